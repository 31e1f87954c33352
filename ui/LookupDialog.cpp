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
    m_details->hide();
    connect(m_go, &QPushButton::clicked, this, [this] { lookUp(m_query->text()); });
    resize(520, 200);
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
            m_details->hide();
            m_message->show(MessageBar::Kind::Error, r.error.message);
        }
    });
}

void LookupDialog::showOrder(const Order &o)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto time = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(
                   QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) // to the ms: what happened first
                      : QStringLiteral("—");
    };
    const auto add = [this](const QString &name, const QString &value) {
        auto *v = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_details);
        v->setTextFormat(Qt::PlainText); // the exchange's words, never markup
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setAccessibleName(name);
        m_form->addRow(name, v);
    };
    add(tr("Order ID"), QString::number(o.orderId));
    add(tr("Client ID"), o.clientOrderId);
    add(tr("Account"), o.accountId);
    add(tr("Symbol"), o.symbol);
    add(tr("Side"), OrderEnums::sideText(o.side));
    add(tr("Type"), o.typeLabel());
    add(tr("Status"), o.statusLabel());
    // One format per asset, each number with its unit.
    const auto known = m_rulesOf ? m_rulesOf(o.symbol) : std::nullopt;
    const SymbolRules rules = OrderText::rulesOrName(known ? *known : SymbolRules(), o.symbol);
    const auto inBase = [&rules](const Decimal &d) {
        return AssetFormat::withUnit(AssetFormat::quantity(d, rules), rules.baseToken);
    };
    const auto inQuote = [&rules](const QString &number) {
        return AssetFormat::withUnit(number, rules.quoteToken);
    };
    add(tr("Price"),
        o.type == OrderType::Market ? tr("Market") : inQuote(AssetFormat::price(o.price, rules)));
    add(tr("Quantity"), inBase(o.quantity));
    add(tr("Amount"), inQuote(AssetFormat::value(o.amount, rules.quoteToken)));
    add(tr("Filled quantity"), inBase(o.tradeQty));
    add(tr("Filled amount"), inQuote(AssetFormat::value(o.tradeAmount, rules.quoteToken)));
    add(tr("Average price"),
        o.hasAveragePrice ? inQuote(AssetFormat::price(o.averagePrice, rules)) : QString());
    add(tr("Failure reason"), o.failedReason);
    // The exchange reports no times: these are this app's own, named for what they are.
    add(o.createTimeIsFirstSeen ? tr("First seen") : tr("Placed"), time(o.createTime));
    add(tr("Seen finished"), time(o.updateTime));
    add(tr("Last fill"), time(o.lastFillTime));
    m_details->show();
    adjustSize();
}
