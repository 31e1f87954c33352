#include "ui/CancelPreviewDialog.h"

#include "models/DecimalFormat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

QString CancelPreviewDialog::summary(const QList<Order> &orders)
{
    // Notional still on the book, per side and quote currency.
    QMap<QString, Decimal> buy, sell;
    int buys = 0, sells = 0;
    for (const Order &o : orders) {
        const QString quote = o.symbol.section(QLatin1Char('-'), 1);
        const Decimal left = o.quantity.subtract(o.tradeQty).value_or(Decimal());
        const Decimal value =
            o.type == OrderType::Limit ? o.price.multiply(left).value_or(Decimal()) : o.amount;
        auto &bucket = o.side == Side::Buy ? buy : sell;
        bucket[quote] = bucket.value(quote).add(value).value_or(Decimal());
        (o.side == Side::Buy ? buys : sells)++;
    }
    const auto amounts = [](const QMap<QString, Decimal> &m) {
        QStringList parts;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(
                DecimalFormat::display(it.value().normalized(), 2), it.key()));
        return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(", "));
    };
    return QObject::tr("%n order(s): ", nullptr, int(orders.size()))
           + QObject::tr("%1 buy worth %2; %3 sell worth %4.")
                 .arg(buys)
                 .arg(amounts(buy))
                 .arg(sells)
                 .arg(amounts(sell));
}

CancelPreviewDialog::CancelPreviewDialog(const QString &title, const QList<Order> &orders,
                                         QWidget *parent)
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
    layout->addWidget(details);
    auto *note = new QLabel(tr("Only these orders are cancelled: an order placed after this list "
                               "stays open. Orders that fill meanwhile cannot be cancelled; the "
                               "result says which."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go = buttons->addButton(tr("Cancel &orders"), QDialogButtonBox::AcceptRole);
    QPushButton *keep = buttons->addButton(tr("&Keep them"), QDialogButtonBox::RejectRole);
    go->setObjectName(QStringLiteral("confirmCancel"));
    keep->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, sizeHint().height());
}
