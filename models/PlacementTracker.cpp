#include "PlacementTracker.h"

#include "ActivityLogModel.h"
#include "ApiService.h"
#include "DecimalFormat.h"

PlacementTracker::PlacementTracker(ApiService *service, ActivityLogModel *log, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_log(log)
{
    m_checkTimer.setSingleShot(true);
    connect(&m_checkTimer, &QTimer::timeout, this, &PlacementTracker::check);
}

QString PlacementTracker::describe(const NewOrder &o)
{
    const QString side = OrderEnums::sideText(o.side);
    if (o.type == OrderType::Market)
        return tr("%1 %2 at market for %3")
            .arg(side, o.symbol, DecimalFormat::display(o.amount, 0));
    return tr("%1 %2 %3 at %4")
        .arg(side, DecimalFormat::display(o.quantity, 0), o.symbol,
             DecimalFormat::display(o.price, 0));
}

bool PlacementTracker::place(const NewOrder &order)
{
    if (isBusy())
        return false;
    m_order = order;
    m_orderId = 0;
    m_notFound = 0;
    m_attempt = 0;
    setState(State::Sending, tr("Sending %1…").arg(describe(order)));
    m_service->placeOrder(order, this, [this](const ApiResult<OrderId> &r) {
        if (r.ok())
            onPlaced(r.value);
        else
            onFailed(r.error);
    });
    return true;
}

void PlacementTracker::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void PlacementTracker::onPlaced(OrderId id)
{
    m_orderId = id;
    const QString text = tr("Placed: order %1 (%2).").arg(id).arg(m_order.clientOrderId);
    m_log->add(tr("Place %1").arg(describe(m_order)), text, ActivityLogModel::Severity::Success);
    setState(State::Placed, text);
    Q_EMIT placed(id);
}

void PlacementTracker::onFailed(const ApiError &error)
{
    const QString action = tr("Place %1").arg(describe(m_order));
    switch (error.kind) {
    case ApiError::Kind::Unknown: {
        m_log->add(action,
                   tr("Outcome unknown: %1 Checking by client ID %2.")
                       .arg(error.message, m_order.clientOrderId),
                   ActivityLogModel::Severity::Warning);
        setState(State::Checking, tr("Unknown, checking… %1").arg(error.message));
        m_checkTimer.start(500);
        return;
    }
    case ApiError::Kind::Rejected:
        m_log->add(action, tr("Rejected: %1").arg(error.message),
                   ActivityLogModel::Severity::Error);
        setState(State::Rejected, tr("Rejected: %1").arg(error.message));
        return;
    default:
        m_log->add(action, tr("Not sent: %1").arg(error.message),
                   ActivityLogModel::Severity::Error);
        setState(State::NotSent, tr("Not placed: %1").arg(error.message));
        return;
    }
}

void PlacementTracker::check()
{
    ++m_attempt;
    m_service->getOrder(
        m_order.accountId, OrderRef::byClientId(m_order.clientOrderId), this,
        [this](const ApiResult<Order> &r) { onLookup(r.ok() ? &r.value : nullptr, r.error); });
}

void PlacementTracker::onLookup(const Order *found, const ApiError &error)
{
    if (found) {
        m_orderId = found->orderId;
        const QString text = tr("Resolved: the order was placed as %1 (%2).")
                                 .arg(found->orderId)
                                 .arg(OrderEnums::statusText(found->status).toLower());
        m_log->add(tr("Check %1").arg(m_order.clientOrderId), text,
                   ActivityLogModel::Severity::Success);
        setState(State::Placed, text);
        Q_EMIT placed(found->orderId);
        return;
    }
    if (error.kind == ApiError::Kind::Rejected) {
        // "No such order". A late request can still land, so ask a few times before saying so.
        if (++m_notFound >= MaxNotFoundChecks) {
            const QString text = tr("Resolved: not placed. The exchange has no order %1; placing "
                                    "again reuses that ID, so it cannot be doubled.")
                                     .arg(m_order.clientOrderId);
            m_log->add(tr("Check %1").arg(m_order.clientOrderId), text,
                       ActivityLogModel::Severity::Warning);
            setState(State::NotPlaced, text);
            return;
        }
    }
    const int delay = std::min(1000 << std::min(m_attempt, 5), 30000);
    setState(State::Checking, tr("Unknown, checking… (check %1: %2)")
                                  .arg(m_attempt)
                                  .arg(error.kind == ApiError::Kind::Rejected ? tr("not found yet")
                                                                              : error.message));
    m_checkTimer.start(delay);
}
