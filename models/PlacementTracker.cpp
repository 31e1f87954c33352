#include "models/PlacementTracker.h"

#include "core/ApiService.h"
#include "models/ActivityLogModel.h"
#include "models/DecimalFormat.h"
#include "models/OrderText.h"
#include "models/OrderValidator.h"

#include <QRandomGenerator>

using Severity = ActivityLogModel::Severity;

namespace {

// Finished placements kept beside the active ones (for their state and the resend check).
constexpr size_t KeptPlacements = 64;

bool isActive(PlacementTracker::State s)
{
    using S = PlacementTracker::State;
    return s == S::Queued || s == S::Sending || s == S::Checking;
}

} // namespace

PlacementTracker::Backend PlacementTracker::Backend::from(ApiService *service)
{
    Backend b;
    b.place = [service](const NewOrder &o, int leaveWithinMs, QObject *ctx,
                        std::function<void()> onWire, PlaceDone done) {
        ApiService::PlaceOptions options;
        options.leaveWithinMs = leaveWithinMs;
        options.onWire = std::move(onWire);
        return service->placeOrder(o, ctx, std::move(done), std::move(options));
    };
    b.withdraw = [service](quint64 ticket) {
        return service->withdraw(ticket);
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
    b.clockOffsetMs = [service] {
        return service->clockOffsetMs();
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
}

PlacementTracker::~PlacementTracker() = default;

QString PlacementTracker::newClientOrderId() const
{
    return OrderValidator::clientOrderId(m_random64());
}

QByteArray PlacementTracker::wireBody(const NewOrder &order)
{
    return ApiService::placeOrderBody(order);
}

QString PlacementTracker::describe(const NewOrder &o, const SymbolRules &rules)
{
    return OrderText::describe({o.side, o.type, o.symbol, o.price, o.quantity, o.amount}, rules);
}

QString PlacementTracker::checkAction(const NewOrder &order) const
{
    return tr("Check %1").arg(describe(order, m_rules.value(order.symbol)));
}

QString PlacementTracker::about(const Placement &p, const QString &text) const
{
    return tr("%1 — %2").arg(describe(p.order, m_rules.value(p.order.symbol)), text);
}

void PlacementTracker::setSymbolRules(const QList<SymbolRules> &rules)
{
    m_rules.clear();
    for (const SymbolRules &r : rules)
        m_rules.insert(r.symbol, r);
}

bool PlacementTracker::sameIntent(const NewOrder &a, const NewOrder &b)
{
    NewOrder x = a;
    x.clientOrderId = b.clientOrderId;
    return x == b;
}

PlacementTracker::Placement *PlacementTracker::find(const QString &clientOrderId,
                                                    quint64 generation) const
{
    const auto it = m_placements.find(clientOrderId);
    if (it == m_placements.end() || (generation != 0 && it->second->generation != generation))
        return nullptr;
    return it->second.get();
}

const PlacementTracker::Placement *PlacementTracker::latestPlacement() const
{
    return find(m_latest, 0);
}

PlacementTracker::State PlacementTracker::stateOf(const QString &clientOrderId) const
{
    const Placement *p = find(clientOrderId, 0);
    return p ? p->state : State::Idle;
}

QStringList PlacementTracker::tracked() const
{
    QStringList ids;
    for (const auto &[id, p] : m_placements)
        ids.append(id);
    return ids;
}

QString PlacementTracker::message() const
{
    const Placement *p = latestPlacement();
    return p ? p->message : QString();
}

OrderId PlacementTracker::orderId() const
{
    const Placement *p = latestPlacement();
    return p ? p->orderId : 0;
}

int PlacementTracker::rounds() const
{
    const Placement *p = latestPlacement();
    return p ? p->rounds : 0;
}

qint64 PlacementTracker::sentAtWallMs() const
{
    const Placement *p = latestPlacement();
    return p ? p->sentAtWall : 0;
}

bool PlacementTracker::isBusy() const
{
    for (const auto &[id, p] : m_placements) {
        if (isActive(p->state))
            return true;
    }
    return false;
}

PlacementTracker::Refusal PlacementTracker::refusalFor(const NewOrder &order) const
{
    // Only the same order is held: the same client ID, or the same account, symbol, side, type,
    // price and size under a fresh one.
    bool tooSoon = false;
    for (const auto &[id, p] : m_placements) {
        const bool sameOrder = sameIntent(p->order, order);
        if ((sameOrder || id == order.clientOrderId) && isActive(p->state))
            return Refusal::Busy;
        if (sameOrder && p->sentAt >= 0 && m_clocks.monotonicMs() - p->sentAt < GuardMs)
            tooSoon = true;
    }
    if (isSpentFor(order))
        return Refusal::AlreadySent;
    return tooSoon ? Refusal::TooSoon : Refusal::None;
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
        return tr("Not sent: this same order is still being sent or checked. Other orders (another "
                  "symbol, the other side, another price or size) can go meanwhile.");
    case Refusal::TooSoon:
        return tr("Second press ignored: this order went out less than a second ago. One press "
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
    const bool resend = m_resendable.contains(order.clientOrderId);
    auto &slot = m_placements[order.clientOrderId];
    if (!slot)
        slot = std::make_unique<Placement>();
    Placement &p = *slot;
    p.generation = ++m_nextGeneration;
    if (p.timer)
        p.timer->stop();
    p.order = order;
    p.orderId = 0;
    p.rounds = 0;
    p.absentRounds = 0;
    p.cleanSince = -1;
    p.resendCheck = false;
    m_latest = order.clientOrderId;
    if (resend) {
        // Sent before and judged "not placed": one more round of look-ups before it goes again.
        p.resendCheck = true;
        const QString text = tr("Checking once more that %1 is not on the exchange before sending "
                                "it again…")
                                 .arg(order.clientOrderId);
        m_log->add(tr("Place %1").arg(describe(order, m_rules.value(order.symbol))), text,
                   Severity::Info);
        setState(p, State::Checking, text);
        startRound(order.clientOrderId, p.generation);
        return true;
    }
    send(p);
    trim();
    return true;
}

void PlacementTracker::send(Placement &p)
{
    p.sentAt = m_clocks.monotonicMs();
    p.sentAtWall = m_clocks.wallMs();
    p.ticket = 0;
    m_spent.insert(p.order.clientOrderId, 0);
    m_resendable.remove(p.order.clientOrderId);
    setState(p, State::Queued,
             tr("Waiting to send %1… (Esc withdraws it)")
                 .arg(describe(p.order, m_rules.value(p.order.symbol))));
    const QString id = p.order.clientOrderId;
    const quint64 generation = p.generation;
    auto onWire = [this, id, generation] {
        if (Placement *q = find(id, generation); q && q->state == State::Queued)
            setState(*q, State::Sending,
                     tr("Sending %1…").arg(describe(q->order, m_rules.value(q->order.symbol))));
    };
    p.ticket = m_backend.place(p.order, m_leaveWithinMs, this, onWire,
                               [this, id, generation](const ApiResult<OrderId> &r) {
                                   Placement *q = find(id, generation);
                                   if (!q)
                                       return;
                                   if (r.ok())
                                       onPlaced(*q, r.value);
                                   else
                                       onFailed(*q, r.error);
                               });
}

bool PlacementTracker::withdraw(const QString &clientOrderId)
{
    Placement *p = find(clientOrderId.isEmpty() ? m_latest : clientOrderId, 0);
    // Once on the wire it is the exchange's: only a queued order can be taken back.
    if (!p || p->state != State::Queued || !m_backend.withdraw)
        return false;
    return m_backend.withdraw(p->ticket); // answered NotSent through the place callback
}

void PlacementTracker::dismiss(const QString &clientOrderId)
{
    Placement *p = find(clientOrderId.isEmpty() ? m_latest : clientOrderId, 0);
    if (!p || p->state == State::Queued || p->state == State::Sending)
        return;
    p->generation = ++m_nextGeneration; // late answers are dropped
    if (p->timer)
        p->timer->stop();
    if (p->state == State::Checking && p->resendCheck) {
        // Only the check before a resend was running: the order is still "not placed".
        p->resendCheck = false;
    } else if (p->state == State::Checking || p->state == State::Unresolved) {
        m_log->add(checkAction(p->order),
                   tr("Dismissed while the outcome is unknown: the order may exist on the "
                      "exchange. Client order ID %1 will not be used again.")
                       .arg(p->order.clientOrderId),
                   Severity::Warning);
    }
    setState(*p, State::Idle, {});
}

void PlacementTracker::setState(Placement &p, State state, const QString &message)
{
    p.state = state;
    p.message = message;
    const QString id = p.order.clientOrderId;
    Q_EMIT placementChanged(id, state, message);
    if (id == m_latest)
        Q_EMIT stateChanged(state, message);
}

void PlacementTracker::onPlaced(Placement &p, OrderId id)
{
    p.orderId = id;
    m_spent.insert(p.order.clientOrderId, id);
    const QString text = tr("%1 — placed: order %2 (%3).")
                             .arg(describe(p.order, m_rules.value(p.order.symbol)))
                             .arg(id)
                             .arg(p.order.clientOrderId);
    // The log's action names the order already: its result says only what became of it.
    m_log->add(tr("Place %1").arg(describe(p.order, m_rules.value(p.order.symbol))),
               tr("Placed: order %1 (%2).").arg(id).arg(p.order.clientOrderId), Severity::Success);
    setState(p, State::Placed, text);
    Q_EMIT placed(id, p.sentAtWall, p.order.clientOrderId);
}

void PlacementTracker::onFailed(Placement &p, const ApiError &error)
{
    const QString what = describe(p.order, m_rules.value(p.order.symbol));
    const QString action = tr("Place %1").arg(what);
    // The log's line names the order in its action; the message says which order it was.
    switch (error.kind) {
    case ApiError::Kind::Unknown: startUnknown(p, error); return;
    case ApiError::Kind::Rejected:
        // The exchange said no: the id never named an order and may be used again.
        m_spent.remove(p.order.clientOrderId);
        m_log->add(action, tr("Rejected: %1").arg(error.message), Severity::Error);
        setState(p, State::Rejected, tr("%1 — rejected: %2").arg(what, error.message));
        return;
    default:
        m_spent.remove(p.order.clientOrderId);
        m_log->add(action, tr("Not sent: %1").arg(error.message), Severity::Error);
        setState(p, State::NotSent, tr("%1 — not sent: %2").arg(what, error.message));
        return;
    }
}

void PlacementTracker::trim()
{
    size_t kept = m_placements.size();
    for (auto it = m_placements.begin(); it != m_placements.end() && kept > KeptPlacements;) {
        const State s = it->second->state;
        const bool settled =
            s == State::Placed || s == State::Rejected || s == State::NotSent || s == State::Idle;
        if (settled && it->first != m_latest) {
            it = m_placements.erase(it);
            --kept;
        } else {
            ++it;
        }
    }
}
