#include "models/OrderNotifier.h"

#include "models/DecimalFormat.h"

using Severity = ActivityLogModel::Severity;

OrderNotifier::OrderNotifier(ActivityLogModel *log, CancelledHere cancelledHere, QObject *parent)
    : QObject(parent),
      m_log(log),
      m_cancelledHere(std::move(cancelledHere))
{}

void OrderNotifier::onOrderEvent(const OrdersController::Event &e)
{
    const Order &o = e.order;
    const QString subject = tr("Order %1").arg(o.orderId);
    const auto qty = [](const Decimal &d) {
        return DecimalFormat::display(d.normalized(), 0);
    };
    switch (e.kind) {
    case OrdersController::EventKind::Filled:
        return tell(QStringLiteral("filled"), subject,
                    tr("Filled: %1 %2 %3 at %4")
                        .arg(OrderEnums::sideText(o.side), qty(o.tradeQty), o.symbol,
                             o.hasAveragePrice ? qty(o.averagePrice) : QStringLiteral("—")),
                    Severity::Info);
    case OrdersController::EventKind::PartiallyFilled:
        return tell(
            QStringLiteral("partial"), subject,
            tr("Partly filled: %1 of %2 %3").arg(qty(o.tradeQty), qty(o.quantity), o.symbol),
            Severity::Info);
    case OrdersController::EventKind::Rejected:
        return tell(QStringLiteral("rejected"), subject,
                    tr("Rejected: order %1 %2").arg(o.orderId).arg(o.failedReason),
                    Severity::Error);
    case OrdersController::EventKind::Cancelled: {
        const bool here = m_cancelledHere && m_cancelledHere(o.orderId);
        // A fill that came in between the last poll and the cancel is news either way.
        if (o.tradeQty > e.filledBefore)
            return tell(QStringLiteral("partial"), subject,
                        tr("Filled %1 of %2 %3 before it was cancelled%4")
                            .arg(qty(o.tradeQty), qty(o.quantity), o.symbol,
                                 here ? QString() : tr(" elsewhere")),
                        Severity::Info);
        if (here)
            return; // the trader did this here: no news
        return tell(QStringLiteral("cancelled"), subject,
                    tr("Cancelled elsewhere: order %1 (%2)").arg(o.orderId).arg(o.symbol),
                    Severity::Info);
    }
    }
}

void OrderNotifier::tell(const QString &kind, const QString &subject, const QString &text,
                         Severity severity)
{
    m_log->add(subject, text, severity);
    if (m_preferences.muted.contains(kind))
        return;
    Q_EMIT notified({kind, text, true, m_preferences.sound});
}
