#include "models/ActivityLogModel.h"
#include "models/PlacementTracker.h"

// The reconciliation of an unknown outcome: rounds of look-ups for one placement.

using Severity = ActivityLogModel::Severity;

template <typename F> auto PlacementTracker::answer(Placement &p, F f)
{
    return [this, id = p.order.clientOrderId, generation = p.generation, f](const auto &r) {
        if (Placement *q = find(id, generation))
            (this->*f)(*q, r);
    };
}

void PlacementTracker::logNotSent(const NewOrder &order, const QString &why)
{
    m_log->add(tr("Place %1").arg(describe(order, m_rules.value(order.symbol))), why,
               Severity::Info);
}

void PlacementTracker::startUnknown(Placement &p, const ApiError &error)
{
    m_log->add(tr("Place %1").arg(describe(p.order, m_rules.value(p.order.symbol))),
               tr("Outcome unknown: %1 Looking for client order ID %2 (by ID, then in the open "
                  "and finished orders); this same order is not sent again meanwhile.")
                   .arg(error.message, p.order.clientOrderId),
               Severity::Warning);
    setState(p, State::Checking,
             about(p, tr("outcome unknown, checking whether it was placed (client order ID "
                         "%1)…")
                          .arg(p.order.clientOrderId)));
    scheduleRound(p);
}

void PlacementTracker::scheduleRound(Placement &p)
{
    const int delay = p.rounds < m_timing.roundDelaysMs.size() ? m_timing.roundDelaysMs[p.rounds]
                                                               : m_timing.retryDelayMs;
    if (!p.timer) {
        p.timer = std::make_unique<QTimer>();
        p.timer->setSingleShot(true);
    }
    p.timer->disconnect();
    connect(p.timer.get(), &QTimer::timeout, this,
            [this, id = p.order.clientOrderId, generation = p.generation] {
                startRound(id, generation);
            });
    p.timer->start(delay);
}

void PlacementTracker::startRound(const QString &clientOrderId, quint64 generation)
{
    Placement *p = find(clientOrderId, generation);
    if (!p)
        return;
    ++p->rounds;
    p->round = {};
    p->round.startedAt = m_clocks.monotonicMs();
    m_backend.lookup(p->order, this, answer(*p, &PlacementTracker::onLookup));
}

void PlacementTracker::onLookup(Placement &p, const ApiResult<Order> &r)
{
    if (r.ok()) {
        resolveFound(p, r.value, tr("by client order ID"));
        return;
    }
    // Only the exchange's own "no such order" is an answer; any other refusal (another code,
    // another 4xx, "system busy") or a failure says nothing about the order.
    p.round.noSuchOrder = r.error.isNoSuchOrder();
    if (!p.round.noSuchOrder) {
        p.round.failed = true;
        p.round.why = r.error.message;
    }
    m_backend.openOrders(p.order, this, answer(p, &PlacementTracker::onOpenList));
}

namespace {

// A list proves an order absent only when it was answered, every item was read (an unreadable
// item may be that order), and it is shorter than a page (a full page may have more).
bool completeList(const ApiResult<QList<Order>> &r, int limit)
{
    return r.ok() && r.skipped.isEmpty() && r.value.size() + r.skipped.size() < limit;
}

} // namespace

void PlacementTracker::onOpenList(Placement &p, const ApiResult<QList<Order>> &r)
{
    if (r.ok() && foundIn(p, r.value))
        return;
    p.round.complete = completeList(r, OpenLimit);
    if (!r.ok()) {
        p.round.failed = true;
        p.round.why = r.error.message;
    } else if (!r.skipped.isEmpty()) {
        p.round.why = tr("an open order could not be read");
    }
    // Creation times are the exchange's: the window is on its clock, with a margin.
    const qint64 offset = m_backend.clockOffsetMs ? m_backend.clockOffsetMs() : 0;
    const qint64 since = p.sentAtWall + offset - m_timing.windowMarginMs;
    m_backend.finishedOrders(p.order, since, this, answer(p, &PlacementTracker::onFinishedList));
}

void PlacementTracker::onFinishedList(Placement &p, const ApiResult<QList<Order>> &r)
{
    if (r.ok() && foundIn(p, r.value))
        return;
    if (!r.ok()) {
        p.round.failed = true;
        p.round.why = r.error.message;
    } else if (!r.skipped.isEmpty()) {
        p.round.why = tr("a finished order could not be read");
    }
    p.round.complete = p.round.complete && completeList(r, FinishedLimit);
    endRound(p);
}

bool PlacementTracker::foundIn(Placement &p, const QList<Order> &orders)
{
    for (const Order &o : orders) {
        if (!o.clientOrderId.isEmpty() && o.clientOrderId == p.order.clientOrderId) {
            resolveFound(p, o, tr("in the order lists"));
            return true;
        }
    }
    return false;
}

void PlacementTracker::resolveFound(Placement &p, const Order &order, const QString &where)
{
    p.generation = ++m_nextGeneration;
    p.resendCheck = false;
    p.orderId = order.orderId;
    m_spent.insert(p.order.clientOrderId, order.orderId);
    m_resendable.remove(p.order.clientOrderId);
    const QString text = tr("Resolved: the order was placed as %1 (%2), found %3.")
                             .arg(order.orderId)
                             .arg(order.statusLabel().toLower(), where);
    m_log->add(checkAction(p.order), text, Severity::Success);
    setState(p, State::Placed, about(p, text));
    Q_EMIT placed(order.orderId, p.sentAtWall, p.order.clientOrderId);
}

void PlacementTracker::endRound(Placement &p)
{
    const bool absent = !p.round.failed && p.round.noSuchOrder && p.round.complete;
    if (p.resendCheck)
        return endResendCheck(p, absent);
    // Only rounds in a row count, while the exchange answers normally.
    if (absent) {
        ++p.absentRounds;
        if (p.cleanSince < 0)
            p.cleanSince = p.round.startedAt;
    } else {
        p.absentRounds = 0;
        p.cleanSince = -1;
    }
    const qint64 now = m_clocks.monotonicMs();
    const bool settled = now - p.sentAt >= m_timing.settleMs && p.cleanSince >= 0
                         && now - p.cleanSince >= m_timing.quietMs;
    if (absent && p.absentRounds >= m_timing.absentRounds && settled)
        return concludeAbsent(p);
    if (p.rounds >= m_timing.maxRounds)
        return concludeUnresolved(p);
    const QString why = p.round.why.isEmpty() ? tr("a list was too long to tell") : p.round.why;
    setState(
        p, State::Checking,
        about(p, absent ? tr("unknown, not found yet (check %1; %2 clean checks in a row and %3 s "
                             "are needed)…")
                              .arg(p.rounds)
                              .arg(m_timing.absentRounds)
                              .arg(m_timing.settleMs / 1000)
                        : tr("unknown, still checking (check %1 of at most %2: %3)…")
                              .arg(p.rounds)
                              .arg(m_timing.maxRounds)
                              .arg(why)));
    scheduleRound(p);
}

void PlacementTracker::endResendCheck(Placement &p, bool absent)
{
    p.resendCheck = false;
    if (absent) {
        p.generation = ++m_nextGeneration;
        send(p);
        return;
    }
    p.generation = ++m_nextGeneration;
    const QString why = p.round.why.isEmpty() ? tr("a list was too long to tell") : p.round.why;
    const QString text = tr("Not sent again: the check just before sending could not prove that "
                            "%1 is not on the exchange (%2). Nothing was sent; look at the open "
                            "orders, then place it again or dismiss this message.")
                             .arg(p.order.clientOrderId, why);
    m_log->add(checkAction(p.order), text, Severity::Warning);
    setState(p, State::NotPlaced, about(p, text));
}

void PlacementTracker::concludeAbsent(Placement &p)
{
    p.generation = ++m_nextGeneration;
    m_resendable.insert(p.order.clientOrderId, p.order);
    const QString text =
        tr("Not found: %1 checks in a row over %2 s (by client order ID, open and finished "
           "orders) were all answered and none shows %3, so it was most likely not placed. "
           "Placing again checks once more, then sends the same order with the same client "
           "order ID; the exchange does not promise to refuse a duplicate, so look at the open "
           "orders first if in doubt.")
            .arg(p.absentRounds)
            .arg((m_clocks.monotonicMs() - p.sentAt) / 1000)
            .arg(p.order.clientOrderId);
    m_log->add(checkAction(p.order), text, Severity::Warning);
    setState(p, State::NotPlaced, about(p, text));
}

void PlacementTracker::concludeUnresolved(Placement &p)
{
    p.generation = ++m_nextGeneration;
    const QString text =
        tr("unknown, check the exchange: after %1 checks it is still not known whether %2 "
           "was placed (last: %3). It may exist. Dismiss this message to clear it; this client "
           "order ID will not be used again.")
            .arg(p.rounds)
            .arg(p.order.clientOrderId,
                 p.round.why.isEmpty() ? tr("a list was too long to tell") : p.round.why);
    m_log->add(checkAction(p.order), text, Severity::Error);
    setState(p, State::Unresolved, about(p, text));
}
