#include "models/OrderNotifier.h"

#include "models/AssetFormat.h"
#include "models/OrderText.h"

using Severity = ActivityLogModel::Severity;

OrderNotifier::OrderNotifier(ActivityLogModel *log, CancelledHere cancelledHere, QObject *parent)
    : QObject(parent),
      m_log(log),
      m_cancelledHere(std::move(cancelledHere))
{}

void OrderNotifier::setSymbolRules(const QList<SymbolRules> &rules)
{
    m_rules.clear();
    for (const SymbolRules &r : rules)
        m_rules.insert(r.symbol, r);
}

void OrderNotifier::onOrderEvent(const OrdersController::Event &e)
{
    const Order &o = e.order;
    const SymbolRules rules = OrderText::rulesOrName(m_rules.value(o.symbol), o.symbol);
    // What the order is, then what happened: "Buy 0.0100 BTC @ 69,000.00 USDT — filled".
    const QString what =
        OrderText::describe({o.side, o.type, o.symbol, o.price, o.quantity, o.amount}, rules);
    const QString subject = tr("Order %1").arg(o.orderId);
    const auto qty = [&rules](const Decimal &d) {
        return AssetFormat::withUnit(AssetFormat::quantity(d, rules), rules.baseToken);
    };
    switch (e.kind) {
    case OrdersController::EventKind::Filled: {
        const QString at =
            o.hasAveragePrice ? AssetFormat::priceIn(o.averagePrice, rules) : QStringLiteral("—");
        // A MARKET amount fills in whole lots: what it came to beside what was asked (review 33,
        // trader F10: "for 700.00 USDT" filled 693.04 USDT, and the 700 was seen nowhere).
        if (o.type == OrderType::Market && !o.amount.isZero() && o.tradeAmount != o.amount)
            return tell(QStringLiteral("filled"), subject,
                        tr("%1 — filled %2 at %3: %4 of the %5 asked")
                            .arg(what, qty(o.tradeQty), at,
                                 AssetFormat::valueIn(o.tradeAmount, rules.quoteToken),
                                 AssetFormat::valueIn(o.amount, rules.quoteToken)),
                        Severity::Info);
        return tell(QStringLiteral("filled"), subject,
                    tr("%1 — filled %2 at %3").arg(what, qty(o.tradeQty), at), Severity::Info);
    }
    case OrdersController::EventKind::PartiallyFilled:
        return tell(QStringLiteral("partial"), subject,
                    tr("%1 — partly filled: %2 of %3").arg(what, qty(o.tradeQty), qty(o.quantity)),
                    Severity::Info);
    case OrdersController::EventKind::Rejected:
        return tell(QStringLiteral("rejected"), subject,
                    tr("%1 — rejected (order %2): %3").arg(what).arg(o.orderId).arg(o.failedReason),
                    Severity::Error);
    case OrdersController::EventKind::UnknownToExchange: {
        // Whatever became of it is not known here: the trader is to look (never muted). The
        // banner names every such order not yet read, not only the last (review 32).
        const QString which = tr("%1 (order %2)").arg(what).arg(o.orderId);
        m_vanished.append(which);
        m_vanishedOne = tr("%1 is no longer listed and the exchange does not know it — "
                           "check on the exchange.")
                            .arg(which);
        return tell(QStringLiteral("unknown"), subject, m_vanishedOne, Severity::Warning,
                    vanishedBanner());
    }
    case OrdersController::EventKind::Cancelled: {
        const bool here = m_cancelledHere && m_cancelledHere(o.orderId);
        // A fill that came in between the last poll and the cancel is news either way.
        if (o.tradeQty > e.filledBefore)
            return tell(QStringLiteral("partial"), subject,
                        (here ? tr("%1 — filled %2 of %3 before it was cancelled")
                              : tr("%1 — filled %2 of %3 before it was cancelled elsewhere"))
                            .arg(what, qty(o.tradeQty), qty(o.quantity)),
                        Severity::Info);
        if (here)
            return; // the trader did this here: no news
        return tell(QStringLiteral("cancelled"), subject,
                    tr("%1 — cancelled elsewhere (order %2)").arg(what).arg(o.orderId),
                    Severity::Info);
    }
    }
}

QString OrderNotifier::vanishedBanner() const
{
    const int n = int(m_vanished.size());
    if (n <= 1)
        return n == 1 ? m_vanishedOne : QString();
    // Two named whole, the rest counted: the banner is read at a glance, the log has each.
    constexpr int Named = 2;
    QString which = m_vanished.mid(0, Named).join(QStringLiteral("; "));
    if (n > Named)
        which = tr("%1 and %n more", nullptr, n - Named).arg(which);
    return tr("%n orders are no longer listed and the exchange does not know them — check on "
              "the exchange: %1.",
              nullptr, n)
        .arg(which);
}

void OrderNotifier::tell(const QString &kind, const QString &subject, const QString &text,
                         Severity severity, const QString &banner)
{
    m_log->add(subject, text, severity);
    if (m_preferences.muted.contains(kind))
        return;
    Q_EMIT notified({kind, text, true, m_preferences.sound, banner});
}
