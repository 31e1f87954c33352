#include "ui/CancelPreviewDialog.h"

#include "models/AssetFormat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

QString CancelPreviewDialog::summary(const QList<Order> &orders)
{
    // Notional still on the book, per side and quote asset; a side with no order is not told.
    QMap<QString, Decimal> buy, sell;
    int buys = 0, sells = 0, unvalued = 0;
    for (const Order &o : orders) {
        const QString quote = o.symbol.section(QLatin1Char('-'), 1);
        const Decimal left = o.quantity.subtract(o.tradeQty).value_or(Decimal());
        // A limit order's rest at its price; a market order's amount (what it spends).
        const Decimal value =
            o.type == OrderType::Limit ? o.price.multiply(left).value_or(Decimal()) : o.amount;
        if (value.isZero()) {
            ++unvalued;
        } else {
            auto &bucket = o.side == Side::Buy ? buy : sell;
            bucket[quote] = bucket.value(quote).add(value).value_or(Decimal());
        }
        (o.side == Side::Buy ? buys : sells)++;
    }
    const auto amounts = [](const QMap<QString, Decimal> &m) {
        QStringList parts;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            parts.append(AssetFormat::withUnit(AssetFormat::value(it.value(), it.key()), it.key()));
        return parts.join(QStringLiteral(", "));
    };
    const auto side = [&amounts](int count, const QMap<QString, Decimal> &worth, bool isBuy) {
        if (worth.isEmpty())
            return isBuy ? tr("%n buy order(s)", nullptr, count)
                         : tr("%n sell order(s)", nullptr, count);
        return (isBuy ? tr("%n buy order(s) worth %1", nullptr, count)
                      : tr("%n sell order(s) worth %1", nullptr, count))
            .arg(amounts(worth));
    };
    QStringList parts;
    if (buys > 0)
        parts.append(side(buys, buy, true));
    if (sells > 0)
        parts.append(side(sells, sell, false));
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (unvalued > 0)
        text += QLatin1Char(' ') + tr("The value of %n of them is not known.", nullptr, unvalued);
    return text;
}

CancelPreviewDialog::CancelPreviewDialog(const QString &title, const QList<Order> &orders,
                                         QWidget *parent, const QStringList &named)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cancelPreview"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *details = new QLabel(summary(orders), this);
    details->setObjectName(QStringLiteral("cancelPreviewSummary"));
    details->setWordWrap(true);
    layout->addWidget(text);
    if (!named.isEmpty()) {
        auto *list = new QLabel(named.join(QLatin1Char('\n')), this);
        list->setObjectName(QStringLiteral("cancelPreviewOrders"));
        list->setTextFormat(Qt::PlainText);
        list->setWordWrap(true);
        layout->addWidget(list);
    }
    layout->addWidget(details);
    // One order reads as one (review 32: "Cancel orders" / "Keep them" for a single order; review
    // 33: the list's "only these orders" note read as a cancel-all for one order from the book).
    const bool one = orders.size() == 1;
    auto *note = new QLabel(one ? tr("If it fills meanwhile it cannot be cancelled; the result "
                                     "says so.")
                                : tr("Only these orders are cancelled: an order placed after this "
                                     "list stays open. Orders that fill meanwhile cannot be "
                                     "cancelled; the result says which."),
                            this);
    note->setObjectName(QStringLiteral("cancelPreviewNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(this);
    m_go = buttons->addButton(one ? tr("Cancel &order") : tr("Cancel &orders"),
                              QDialogButtonBox::AcceptRole);
    m_keep =
        buttons->addButton(one ? tr("&Keep it") : tr("&Keep them"), QDialogButtonBox::RejectRole);
    m_go->setObjectName(QStringLiteral("confirmCancel"));
    m_keep->setObjectName(QStringLiteral("keepOrders"));
    // Enter means "keep", even with the focus moved to "Cancel": only its mnemonic or a click.
    m_go->setAutoDefault(false);
    m_keep->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
    // Key events go to whichever child has the focus: every one of them is watched.
    installEventFilter(this);
    const auto children = findChildren<QWidget *>();
    for (QWidget *w : children)
        w->installEventFilter(this);
}

void CancelPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_keys.reset();
    m_keep->setFocus(Qt::OtherFocusReason);
    activateWindow(); // the keyboard comes here, to the safe choice
}

// As the placement's confirmation (ConfirmOrderDialog): a held Delete that opened the preview, a
// held Alt+O or a release of a key pressed before it opened never cancels.
bool CancelPreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (const std::optional<bool> eaten = m_keys.filter(event))
        return *eaten;
    return QDialog::eventFilter(watched, event);
}
