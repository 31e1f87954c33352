#include "ui/LookupDialog.h"

#include "models/AssetFormat.h"
#include "models/OrderText.h"
#include "ui/MessageBar.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LookupDialog::LookupDialog(LookUp find, RulesOf rulesOf, const ColorScheme *colors, QWidget *parent)
    : QDialog(parent),
      m_lookUp(std::move(find)),
      m_rulesOf(std::move(rulesOf)),
      m_query(new QLineEdit(this)),
      m_go(new QPushButton(tr("&Look up"), this)),
      m_message(new MessageBar(colors, this)),
      m_details(new QWidget(this)),
      m_form(new QFormLayout(m_details))
{
    setObjectName(QStringLiteral("lookupDialog"));
    setWindowTitle(tr("Look up an order"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Order &ID or client ID"), this);
    label->setBuddy(m_query);
    m_query->setObjectName(QStringLiteral("lookupQuery"));
    m_query->setAccessibleName(tr("Order ID or client ID"));
    m_query->setPlaceholderText(tr("e.g. 9007199254740993 or td-3f2a…"));
    m_go->setObjectName(QStringLiteral("lookupGo"));
    m_go->setAccessibleName(tr("Look up"));
    m_go->setDefault(true);
    row->addWidget(label);
    row->addWidget(m_query, 1);
    row->addWidget(m_go);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_details);
    for (const QString &name :
         {tr("Order ID"), tr("Client ID"), tr("Account"), tr("Symbol"), tr("Side"), tr("Type"),
          tr("Status"), tr("Price"), tr("Quantity"), tr("Amount"), tr("Filled quantity"),
          tr("Filled amount"), tr("Average price"), tr("Failure reason"), tr("First seen"),
          tr("Seen finished"), tr("Last fill")}) {
        auto *v = new QLabel(m_details);
        v->setTextFormat(Qt::PlainText); // the exchange's words, never markup
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setAccessibleName(name);
        m_form->addRow(name, v);
        m_values.append(v);
    }
    setValues({});
    connect(m_go, &QPushButton::clicked, this, [this] { lookUp(m_query->text()); });
    // The whole of an exchange id (20 digits at most) or one of this app's client ids in the
    // field, and one size from the start: the result fills reserved rows (review 33, trader F7:
    // the dialog shrank when it came, Look up jumped 160 px and the id lost its first digit).
    m_query->setMinimumWidth(m_query->fontMetrics().horizontalAdvance(QString(24, u'8')) + 16);
    const QSize size = sizeHint().expandedTo(QSize(520, 0));
    setMinimumSize(size);
    resize(size);
}

void LookupDialog::setValues(const QStringList &values)
{
    for (int i = 0; i < m_values.size(); ++i) {
        const QString v = i < values.size() ? values.at(i) : QString();
        m_values.at(i)->setText(v.isEmpty() ? QStringLiteral("—") : v);
    }
}

void LookupDialog::lookUp(const QString &text)
{
    const QString q = text.trimmed();
    m_query->setText(q);
    if (q.isEmpty()) {
        m_message->show(MessageBar::Kind::Error, tr("Enter an order ID or a client order ID."));
        return;
    }
    m_message->show(MessageBar::Kind::Busy, tr("Looking up %1…").arg(q));
    m_go->setEnabled(false);
    m_lookUp(q, this, [this](const ApiResult<Order> &r) {
        m_go->setEnabled(true);
        if (r.ok()) {
            m_message->clear();
            showOrder(r.value);
            Q_EMIT orderShown(r.value.orderId);
        } else {
            setValues({});
            m_message->show(MessageBar::Kind::Error, r.error.message);
        }
    });
}

void LookupDialog::showOrder(const Order &o)
{
    const auto time = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(
                   QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) // to the ms: what happened first
                      : QString();
    };
    // One format per asset, each number with its unit.
    const auto known = m_rulesOf ? m_rulesOf(o.symbol) : std::nullopt;
    const SymbolRules rules = OrderText::rulesOrName(known ? *known : SymbolRules(), o.symbol);
    const auto inBase = [&rules](const Decimal &d) {
        return AssetFormat::withUnit(AssetFormat::quantity(d, rules), rules.baseToken);
    };
    const auto inQuote = [&rules](const QString &number) {
        return AssetFormat::withUnit(number, rules.quoteToken);
    };
    setValues(
        {QString::number(o.orderId), o.clientOrderId, o.accountId, o.symbol,
         OrderEnums::sideText(o.side), o.typeLabel(), o.statusLabel(),
         o.type == OrderType::Market ? tr("Market") : inQuote(AssetFormat::price(o.price, rules)),
         inBase(o.quantity), inQuote(AssetFormat::value(o.amount, rules.quoteToken)),
         inBase(o.tradeQty), inQuote(AssetFormat::value(o.tradeAmount, rules.quoteToken)),
         o.hasAveragePrice ? inQuote(AssetFormat::price(o.averagePrice, rules)) : QString(),
         o.failedReason, time(o.createTime), time(o.updateTime), time(o.lastFillTime)});
    // The exchange reports no times: these are this app's own, named for what they are.
    const QString placed = o.createTimeIsFirstSeen ? tr("First seen") : tr("Placed");
    QLabel *created = m_values.at(14);
    created->setAccessibleName(placed);
    if (auto *name = qobject_cast<QLabel *>(m_form->labelForField(created)))
        name->setText(placed);
}
