// The invariants, checked once the storm is over and the calm has let the app converge.
#include "StormRun.h"

#include "../SessionFixture.h"
#include "core/ApiService.h"
#include "demo/DemoExchange.h"
#include "models/ActivityLogModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"

#include <QMetaEnum>

namespace {

using State = PlacementTracker::State;

bool isTold(State s)
{
    return s == State::NotPlaced || s == State::NotSent || s == State::Rejected;
}

QString ids(const QList<OrderId> &list)
{
    QStringList out;
    for (OrderId id : list)
        out.append(QString::number(id));
    return out.join(u',');
}

} // namespace

void StormRun::violate(const QString &invariant, const QString &detail)
{
    m_violations.append({invariant, detail});
    note(QStringLiteral("VIOLATION %1: %2").arg(invariant, detail));
}

QList<Order> StormRun::exchangeOrders(const QString &account) const
{
    MatchingEngine &e = m_exchange->engine();
    return e.openOrders(account, {}, 0, 100000) + e.finishedOrders(account, {}, 0, 100000, 0, 0);
}

std::optional<Order> StormRun::exchangeOrder(OrderId id) const
{
    for (const QString &account : m_accounts) {
        if (auto o = m_exchange->engine().find(account, OrderRef::byId(id)))
            return o;
    }
    return std::nullopt;
}

QList<StormRun::Violation> StormRun::tableViolations() const
{
    QList<Violation> out;
    const Session &s = m_fixture->session;
    const QString account = s.account();
    QHash<OrderId, Order> open;
    for (const Order &o : m_exchange->engine().openOrders(account, {}, 0, 100000))
        open.insert(o.orderId, o);
    QHash<OrderId, Order> shown;
    for (const Order &o : probe(s).openOrders()->orders())
        shown.insert(o.orderId, o);
    for (const Order &o : open) {
        const auto it = shown.constFind(o.orderId);
        if (it == shown.cend())
            out.append({QStringLiteral("open-table"),
                        QStringLiteral("order %1 open at the exchange, not shown").arg(o.orderId)});
        else if (it->status != o.status || it->tradeQty != o.tradeQty)
            out.append({QStringLiteral("open-table"),
                        QStringLiteral("order %1 shown %2 filled %3, exchange %4 filled %5")
                            .arg(o.orderId)
                            .arg(it->statusOnWire(), it->tradeQty.toString(), o.statusOnWire(),
                                 o.tradeQty.toString())});
    }
    for (const Order &o : shown) {
        if (!open.contains(o.orderId))
            out.append({QStringLiteral("open-table"),
                        QStringLiteral("order %1 (account %2) shown open, exchange: %3")
                            .arg(o.orderId)
                            .arg(o.accountId, [&] {
                                const auto e = exchangeOrder(o.orderId);
                                return e ? e->statusOnWire() + QStringLiteral(" in ") + e->accountId
                                         : QStringLiteral("no such order");
                            }())});
    }
    QHash<OrderId, Order> finished;
    for (const Order &o : m_exchange->engine().finishedOrders(account, {}, 0, 500, 0, 0))
        finished.insert(o.orderId, o);
    QSet<OrderId> listed;
    for (const Order &o : probe(s).finishedOrders()->orders()) {
        listed.insert(o.orderId);
        const auto it = finished.constFind(o.orderId);
        if (it == finished.cend() || it->status != o.status || it->tradeQty != o.tradeQty)
            out.append({QStringLiteral("finished-table"),
                        QStringLiteral("order %1 shown finished %2 filled %3, not so at the "
                                       "exchange in account %4")
                            .arg(o.orderId)
                            .arg(o.statusOnWire(), o.tradeQty.toString(), account)});
    }
    for (const Order &o : finished) {
        if (!listed.contains(o.orderId))
            out.append({QStringLiteral("finished-table"),
                        QStringLiteral("order %1 %2 at the exchange, not in the finished table")
                            .arg(o.orderId)
                            .arg(o.statusOnWire())});
    }
    QHash<QString, Balance> shownBalances;
    for (const Balance &b : probe(s).accountData()->balances())
        shownBalances.insert(b.token, b);
    for (const Balance &b : m_exchange->engine().balances(account, {})) {
        const Balance shownB = shownBalances.value(b.token);
        if (shownB.total != b.total || shownB.available != b.available)
            out.append({QStringLiteral("balances"),
                        QStringLiteral("%1 shown %2/%3, exchange %4/%5")
                            .arg(b.token, shownB.total.toString(), shownB.available.toString(),
                                 b.total.toString(), b.available.toString())});
    }
    return out;
}

void StormRun::checkAll()
{
    for (const Violation &v : tableViolations())
        violate(v.invariant, v.detail);
    checkOneIntentOneOrder();
    checkIntentEnds();
    checkCancels();
    checkAnnouncements();
    checkWire();
}

void StormRun::checkOneIntentOneOrder()
{
    QHash<QString, QList<Order>> byClientId;
    for (const QString &account : m_accounts) {
        for (const Order &o : exchangeOrders(account)) {
            if (o.status != OrderStatus::Rejected)
                byClientId[o.clientOrderId].append(o);
        }
    }
    // Each intent's client order IDs are those its presses went out with; an ID the app said
    // never reached the exchange (NotSent) may be reused by the form for the next order, and
    // then belongs to that one (were the app wrong, absent-but-exists says so).
    QHash<int, QStringList> idsOf;
    for (int i = 0; i < m_attempts.size(); ++i) {
        const Attempt &a = m_attempts.at(i);
        bool reused = false;
        for (int j = i + 1; j < m_attempts.size(); ++j)
            reused =
                reused
                || (m_attempts.at(j).clientId == a.clientId && m_attempts.at(j).intent != a.intent);
        if (a.last == State::NotSent && reused)
            continue;
        if (!idsOf[a.intent].contains(a.clientId))
            idsOf[a.intent].append(a.clientId);
    }
    for (const Intent &intent : m_intents) {
        QList<OrderId> made;
        const QStringList clientIds = idsOf.value(intent.index);
        for (const QString &id : clientIds) {
            for (const Order &o : byClientId.value(id))
                made.append(o.orderId);
        }
        if (made.size() > 1)
            violate(QStringLiteral("two-orders"),
                    QStringLiteral("intent #%1 became orders %2 (client ids %3)")
                        .arg(intent.index)
                        .arg(ids(made), clientIds.join(u',')));
    }
    for (const auto &[id, seqs] : m_placeSeqs) {
        int received = 0;
        for (quint64 seq : seqs)
            received += m_carriedOut.contains(seq) ? 1 : 0;
        if (received > 1 && !byClientId.value(id).isEmpty())
            violate(QStringLiteral("client-id-resent"),
                    QStringLiteral("%1 reached the exchange %2 times (requests %3) though it had "
                                   "the order")
                        .arg(id)
                        .arg(received)
                        .arg(ids(QList<OrderId>(seqs.begin(), seqs.end()))));
    }
}

void StormRun::checkIntentEnds()
{
    for (int i = 0; i < m_attempts.size(); ++i) {
        const Attempt &a = m_attempts.at(i);
        bool laterSameId = false;
        for (int j = i + 1; j < m_attempts.size(); ++j)
            laterSameId = laterSameId || m_attempts.at(j).clientId == a.clientId;
        std::optional<Order> held;
        for (const QString &account : m_accounts) {
            if (auto o = m_exchange->engine().find(account, OrderRef::byClientId(a.clientId));
                o && o->status != OrderStatus::Rejected)
                held = o;
        }
        if (a.last == State::Placed && (!held || held->orderId != a.orderId))
            violate(QStringLiteral("intent-end"),
                    QStringLiteral("intent #%1 (%2) said placed as %3; the exchange has %4")
                        .arg(a.intent)
                        .arg(a.clientId)
                        .arg(a.orderId)
                        .arg(held ? QString::number(held->orderId) : QStringLiteral("none")));
        if (isTold(a.last) && held && !laterSameId)
            violate(QStringLiteral("absent-but-exists"),
                    QStringLiteral("intent #%1 (%2) ended %3 while the exchange has order %4 (%5)")
                        .arg(a.intent)
                        .arg(a.clientId, QString::fromLatin1(
                                             QMetaEnum::fromType<State>().valueToKey(int(a.last))))
                        .arg(held->orderId)
                        .arg(held->statusOnWire()));
        if (a.last == State::Sending)
            violate(QStringLiteral("intent-end"),
                    QStringLiteral("intent #%1 (%2) still \"sending\" after the calm")
                        .arg(a.intent)
                        .arg(a.clientId));
    }
}

void StormRun::checkCancels()
{
    for (const auto &[ask, summary] : m_cancelDone) {
        QSet<OrderId> accounted;
        for (const CancelController::Outcome &o : summary.outcomes) {
            accounted.insert(o.orderId);
            const auto e = exchangeOrder(o.orderId);
            if (o.result == CancelController::Result::Cancelled
                && (!e || e->status != OrderStatus::Canceled))
                violate(QStringLiteral("cancel-report"),
                        QStringLiteral("%1: order %2 reported cancelled, exchange: %3")
                            .arg(ask.what)
                            .arg(o.orderId)
                            .arg(e ? e->statusOnWire() : QStringLiteral("no such order")));
            if (o.result == CancelController::Result::AlreadyFinal
                && (!e || !OrderEnums::isFinal(e->status)))
                violate(QStringLiteral("cancel-report"),
                        QStringLiteral("%1: order %2 reported already final, exchange: %3")
                            .arg(ask.what)
                            .arg(o.orderId)
                            .arg(e ? e->statusOnWire() : QStringLiteral("no such order")));
        }
        QList<OrderId> missing;
        for (OrderId id : ask.preview) {
            if (!accounted.contains(id))
                missing.append(id);
        }
        if (!missing.isEmpty())
            violate(ask.all ? QStringLiteral("cancel-all-unaccounted")
                            : QStringLiteral("cancel-unaccounted"),
                    QStringLiteral("%1 %2: orders %3 of the %4 asked for are not in the summary "
                                   "\"%5\"")
                        .arg(ask.what, ask.symbol, ids(missing))
                        .arg(ask.preview.size())
                        .arg(summary.text()));
        if (ask.all && !ask.preview.isEmpty() && summary.allCancelled()) {
            for (OrderId id : ask.preview) {
                const auto e = exchangeOrder(id);
                if (e && e->status == OrderStatus::Canceled)
                    continue;
                violate(QStringLiteral("cancel-all-false-success"),
                        QStringLiteral("cancel all %1 reported \"%2\" but order %3 is %4")
                            .arg(ask.symbol, summary.text())
                            .arg(id)
                            .arg(e ? e->statusOnWire() : QStringLiteral("missing")));
            }
        }
    }
}

void StormRun::checkAnnouncements()
{
    QSet<OrderId> cancelledElsewhere;
    for (const DemoChaos::Entry &e : m_chaos->log()) {
        if (e.kind == DemoChaos::Kind::ExchangeCancel)
            cancelledElsewhere.insert(e.detail.section(u' ', 1, 1).toLongLong());
    }
    const Session &s = m_fixture->session;
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        for (auto kind :
             {OrdersController::EventKind::Filled, OrdersController::EventKind::Cancelled}) {
            if (it->count(kind) > 1)
                violate(QStringLiteral("announced-twice"),
                        QStringLiteral("order %1: event %2 announced %3 times")
                            .arg(it.key())
                            .arg(int(kind))
                            .arg(it->count(kind)));
        }
    }
    for (auto it = m_seenOpenAtSwitch.cbegin(); it != m_seenOpenAtSwitch.cend(); ++it) {
        if (it.value() != m_accountSwitches)
            continue; // the account changed since: the app no longer watches it
        const auto e = m_exchange->engine().find(s.account(), OrderRef::byId(it.key()));
        if (!e)
            continue;
        const auto events = m_events.value(it.key());
        const bool elsewhere = e->status == OrderStatus::Canceled
                               && cancelledElsewhere.contains(it.key())
                               && !probe(s).cancels()->cancelledByUser(it.key());
        if (e->status == OrderStatus::Filled
            && events.count(OrdersController::EventKind::Filled) != 1)
            violate(QStringLiteral("fill-unannounced"),
                    QStringLiteral("order %1 (shown open) filled; announced %2 times")
                        .arg(it.key())
                        .arg(events.count(OrdersController::EventKind::Filled)));
        if (elsewhere && events.count(OrdersController::EventKind::Cancelled) != 1)
            violate(QStringLiteral("cancel-unannounced"),
                    QStringLiteral("order %1 (shown open) cancelled by the exchange; announced %2 "
                                   "times")
                        .arg(it.key())
                        .arg(events.count(OrdersController::EventKind::Cancelled)));
    }
}

void StormRun::checkWire()
{
    const Session &s = m_fixture->session;
    if (m_chaos->earned429() > 0)
        violate(QStringLiteral("rate-limit"),
                QStringLiteral("%1 replies were 429s the app earned, first %2")
                    .arg(m_chaos->earned429())
                    .arg(m_chaos->earned429Requests().first()));
    if (m_chaos->badSignatures() > 0)
        violate(QStringLiteral("signature"),
                QStringLiteral("%1 requests were signed wrongly").arg(m_chaos->badSignatures()));
    if (probe(s).service()->isAuthBlocked())
        violate(QStringLiteral("auth-latched"),
                QStringLiteral("signed requests stopped (\"credentials refused\") though the keys "
                               "are right"));
    for (const auto &[id, sent] : m_placeSent) {
        const qint64 pressed = m_pressedAt.value(id, -1);
        for (qint64 at : sent) {
            if (pressed >= 0 && at - pressed > LateMs)
                violate(QStringLiteral("late-order"),
                        QStringLiteral("%1 left the app %2 ms after the press")
                            .arg(id)
                            .arg(at - pressed));
        }
    }
    if (m_figures.maxQueued > MaxQueued)
        violate(QStringLiteral("bounded"),
                QStringLiteral("%1 requests queued at once").arg(m_figures.maxQueued));
    if (probe(s).log()->rowCount() > MaxLogRows || probe(s).orders()->closingCount() > MaxQueued)
        violate(QStringLiteral("bounded"), QStringLiteral("log %1 rows, %2 orders closing")
                                               .arg(probe(s).log()->rowCount())
                                               .arg(probe(s).orders()->closingCount()));
}

void StormRun::checkAccountScope()
{
    const Session &s = m_fixture->session;
    QList<Order> rows = probe(s).openOrders()->orders() + probe(s).finishedOrders()->orders();
    QList<OrderId> foreign;
    QString theirs;
    for (const Order &o : rows) {
        const auto e = exchangeOrder(o.orderId);
        if (!e || e->accountId == s.account() || m_accountMixReported.contains(o.orderId))
            continue;
        m_accountMixReported.insert(o.orderId);
        foreign.append(o.orderId);
        theirs = e->accountId;
    }
    if (!foreign.isEmpty())
        violate(QStringLiteral("account-scope"),
                QStringLiteral("orders %1 of account %2 shown while trading on account %3")
                    .arg(ids(foreign), theirs, s.account()));
}
