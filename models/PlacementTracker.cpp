#include "models/PlacementTracker.h"

#include "core/ApiService.h"
#include "models/ActivityLogModel.h"
#include "models/DecimalFormat.h"
#include "models/OrderValidator.h"

#include <QDateTime>
#include <QRandomGenerator>

using Severity = ActivityLogModel::Severity;

PlacementTracker::Backend PlacementTracker::Backend::from(ApiService *service)
{
    Backend b;
    b.place = [service](const NewOrder &o, QObject *ctx, auto done) {
        service->placeOrder(o, ctx, std::move(done));
    };
    b.lookup = [service](const NewOrder &o, QObject *ctx, auto done) {
        service->getOrder(o.accountId, OrderRef::byClientId(o.clientOrderId), ctx, std::move(done));
    };
    b.openOrders = [service](const NewOrder &o, QObject *ctx, auto done) {
        service->openOrders({o.accountId, o.symbol, OpenLimit}, ctx, std::move(done));
    };
    b.finishedOrders = [service](const NewOrder &o, qint64 sinceMs, QObject *ctx, auto done) {
        FinishedOrdersQuery q;
        q.accountId = o.accountId;
        q.symbol = o.symbol;
        q.limit = FinishedLimit;
        q.startTime = sinceMs;
        service->finishedOrders(q, ctx, std::move(done));
    };
    return b;
}

PlacementTracker::PlacementTracker(Backend backend, ActivityLogModel *log, Clocks clocks,
                                   std::function<quint64()> random64, QObject *parent)
    : QObject(parent),
      m_backend(std::move(backend)),
      m_log(log),
      m_clocks(std::move(clocks)),
      m_random64(std::move(random64))
{
    if (!m_random64)
        m_random64 = [] {
            return QRandomGenerator::system()->generate64();
        };
    m_roundTimer.setSingleShot(true);
    connect(&m_roundTimer, &QTimer::timeout, this, &PlacementTracker::startRound);
}

QString PlacementTracker::newClientOrderId() const
{
    return OrderValidator::clientOrderId(m_random64());
}

QByteArray PlacementTracker::wireBody(const NewOrder &order)
{
    return ApiService::placeOrderBody(order);
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

PlacementTracker::Refusal PlacementTracker::refusalFor(const NewOrder &order) const
{
    if (isBusy())
        return Refusal::Busy;
    if (isSpentFor(order))
        return Refusal::AlreadySent;
    if (m_clocks.monotonicMs() - m_lastSend < GuardMs)
        return Refusal::TooSoon;
    return Refusal::None;
}

bool PlacementTracker::isSpentFor(const NewOrder &order) const
{
    return m_spent.contains(order.clientOrderId)
           && m_resendable.value(order.clientOrderId) != order;
}

QString PlacementTracker::refusalText(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return {};
    case Refusal::Busy:
        return tr("Not sent: waiting for the exchange's answer to the last order. One order at a "
                  "time until it has answered.");
    case Refusal::TooSoon:
        return tr("Second press ignored: an order went out less than a second ago. One press "
                  "places one order.");
    case Refusal::AlreadySent:
        return tr("Already sent: this order went out with this client order ID. To place it "
                  "again, change it or press ↻ for a new client order ID.");
    }
    return {};
}

bool PlacementTracker::place(const NewOrder &order)
{
    if (refusalFor(order) != Refusal::None)
        return false;
    ++m_generation;
    m_roundTimer.stop();
    m_order = order;
    m_orderId = 0;
    m_rounds = 0;
    m_absentRounds = 0;
    m_sentAt = m_lastSend = m_clocks.monotonicMs();
    m_sentAtWall = m_clocks.wallMs();
    m_spent.insert(order.clientOrderId, 0);
    m_resendable.remove(order.clientOrderId);
    setState(State::Sending, tr("Sending %1…").arg(describe(order)));
    const quint64 generation = m_generation;
    m_backend.place(order, this, [this, generation](const ApiResult<OrderId> &r) {
        if (generation != m_generation)
            return;
        if (r.ok())
            onPlaced(r.value);
        else
            onFailed(r.error);
    });
    return true;
}

void PlacementTracker::dismiss()
{
    if (isBusy() && m_state != State::Checking)
        return;
    ++m_generation;
    m_roundTimer.stop();
    if (m_state == State::Checking || m_state == State::Unresolved)
        m_log->add(tr("Check %1").arg(m_order.clientOrderId),
                   tr("Dismissed while the outcome is unknown: the order may exist on the "
                      "exchange. Client order ID %1 will not be used again.")
                       .arg(m_order.clientOrderId),
                   Severity::Warning);
    setState(State::Idle, {});
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
    m_spent.insert(m_order.clientOrderId, id);
    const QString text = tr("Placed: order %1 (%2).").arg(id).arg(m_order.clientOrderId);
    m_log->add(tr("Place %1").arg(describe(m_order)), text, Severity::Success);
    setState(State::Placed, text);
    Q_EMIT placed(id);
}

void PlacementTracker::onFailed(const ApiError &error)
{
    const QString action = tr("Place %1").arg(describe(m_order));
    switch (error.kind) {
    case ApiError::Kind::Unknown:
        m_log->add(action,
                   tr("Outcome unknown: %1 Looking for client order ID %2 (by ID, then in the open "
                      "and finished orders); nothing is sent again meanwhile.")
                       .arg(error.message, m_order.clientOrderId),
                   Severity::Warning);
        setState(State::Checking,
                 tr("Unknown — checking whether %1 was placed…").arg(m_order.clientOrderId));
        scheduleRound();
        return;
    case ApiError::Kind::Rejected:
        // The exchange said no: the id never named an order and may be used again.
        m_spent.remove(m_order.clientOrderId);
        m_log->add(action, tr("Rejected: %1").arg(error.message), Severity::Error);
        setState(State::Rejected, tr("Rejected: %1").arg(error.message));
        return;
    default:
        m_spent.remove(m_order.clientOrderId);
        m_log->add(action, tr("Not sent: %1").arg(error.message), Severity::Error);
        setState(State::NotSent, tr("Not placed: %1").arg(error.message));
        return;
    }
}

void PlacementTracker::scheduleRound()
{
    const int delay = m_rounds < m_timing.roundDelaysMs.size() ? m_timing.roundDelaysMs[m_rounds]
                                                               : m_timing.retryDelayMs;
    m_roundTimer.start(delay);
}

void PlacementTracker::startRound()
{
    ++m_rounds;
    m_round = {};
    const quint64 generation = m_generation;
    m_backend.lookup(m_order, this, [this, generation](const ApiResult<Order> &r) {
        if (generation == m_generation)
            onLookup(r);
    });
}

void PlacementTracker::onLookup(const ApiResult<Order> &r)
{
    if (r.ok()) {
        resolveFound(r.value, tr("by client order ID"));
        return;
    }
    // Only the exchange's own "no" is an answer; a failed look-up says nothing about the order.
    if (r.error.kind != ApiError::Kind::Rejected) {
        m_round.failed = true;
        m_round.why = r.error.message;
    }
    const quint64 generation = m_generation;
    m_backend.openOrders(m_order, this, [this, generation](const ApiResult<QList<Order>> &l) {
        if (generation == m_generation)
            onOpenList(l);
    });
}

void PlacementTracker::onOpenList(const ApiResult<QList<Order>> &r)
{
    if (r.ok() && foundIn(r.value))
        return;
    const bool openComplete = r.ok() && r.value.size() < OpenLimit;
    if (!r.ok()) {
        m_round.failed = true;
        m_round.why = r.error.message;
    }
    const quint64 generation = m_generation;
    // Creation times are the exchange's; a minute's margin covers its clock against ours.
    m_backend.finishedOrders(m_order, m_sentAtWall - 60000, this,
                             [this, generation, openComplete](const ApiResult<QList<Order>> &l) {
                                 if (generation != m_generation)
                                     return;
                                 m_round.complete = openComplete;
                                 onFinishedList(l);
                             });
}

void PlacementTracker::onFinishedList(const ApiResult<QList<Order>> &r)
{
    if (r.ok() && foundIn(r.value))
        return;
    if (!r.ok()) {
        m_round.failed = true;
        m_round.why = r.error.message;
    }
    m_round.complete = m_round.complete && r.ok() && r.value.size() < FinishedLimit;
    endRound();
}

bool PlacementTracker::foundIn(const QList<Order> &orders)
{
    for (const Order &o : orders) {
        if (!o.clientOrderId.isEmpty() && o.clientOrderId == m_order.clientOrderId) {
            resolveFound(o, tr("in the order lists"));
            return true;
        }
    }
    return false;
}

void PlacementTracker::resolveFound(const Order &order, const QString &where)
{
    ++m_generation;
    m_orderId = order.orderId;
    m_spent.insert(m_order.clientOrderId, order.orderId);
    const QString text = tr("Resolved: the order was placed as %1 (%2), found %3.")
                             .arg(order.orderId)
                             .arg(order.statusLabel().toLower(), where);
    m_log->add(tr("Check %1").arg(m_order.clientOrderId), text, Severity::Success);
    setState(State::Placed, text);
    Q_EMIT placed(order.orderId);
}

void PlacementTracker::endRound()
{
    const bool absent = !m_round.failed && m_round.complete;
    if (absent)
        ++m_absentRounds;
    const bool settled = m_clocks.monotonicMs() - m_sentAt >= m_timing.settleMs;
    if (absent && m_absentRounds >= m_timing.absentRounds && settled) {
        ++m_generation;
        m_resendable.insert(m_order.clientOrderId, m_order);
        const QString text =
            tr("Not found: %1 checks over %2 s (by client order ID, open and finished orders) "
               "were all answered and none shows %3, so it was most likely not placed. Placing "
               "again sends the same order with the same client order ID; the exchange does not "
               "promise to refuse a duplicate, so look at the open orders first if in doubt.")
                .arg(m_absentRounds)
                .arg((m_clocks.monotonicMs() - m_sentAt) / 1000)
                .arg(m_order.clientOrderId);
        m_log->add(tr("Check %1").arg(m_order.clientOrderId), text, Severity::Warning);
        setState(State::NotPlaced, text);
        return;
    }
    if (m_rounds >= m_timing.maxRounds) {
        ++m_generation;
        const QString text =
            tr("Unknown — check the exchange: after %1 checks it is still not known whether %2 "
               "was placed (last: %3). It may exist. Dismiss this message to place other "
               "orders; this client order ID will not be used again.")
                .arg(m_rounds)
                .arg(m_order.clientOrderId,
                     m_round.why.isEmpty() ? tr("a list was too long to tell") : m_round.why);
        m_log->add(tr("Check %1").arg(m_order.clientOrderId), text, Severity::Error);
        setState(State::Unresolved, text);
        return;
    }
    setState(
        State::Checking,
        absent ? tr("Unknown — not found yet (check %1 of %2)…")
                     .arg(m_absentRounds)
                     .arg(m_timing.absentRounds)
               : tr("Unknown — still checking (check %1 of at most %2: %3)…")
                     .arg(m_rounds)
                     .arg(m_timing.maxRounds)
                     .arg(m_round.why.isEmpty() ? tr("a list was too long to tell") : m_round.why));
    scheduleRound();
}
