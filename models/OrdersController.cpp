#include "models/OrdersController.h"

#include "core/ApiService.h"
#include "core/Clocks.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderFollowUp.h"
#include "models/OrderTimes.h"
#include "models/PollingFeed.h"

#include <QSet>

OrdersController::OrdersController(ApiService *service, OpenOrdersModel *open,
                                   FinishedOrdersModel *finished, std::function<qint64()> wallMs,
                                   QObject *parent)
    : QObject(parent),
      m_service(service),
      m_open(open),
      m_finished(finished),
      m_nowMs(wallMs ? std::move(wallMs) : Clocks::system().wallMs)
{
    m_openFeed = new PollingFeed(
        tr("Open orders"),
        [this](QObject *context, PollingFeed::Done done) {
            fetchOpen({}, {}, 0, 1, context, std::move(done));
        },
        PollIntervals::OpenOrdersMs, this, m_nowMs);
    m_finishedFeed = new PollingFeed(
        tr("Finished orders"),
        [this](QObject *context, PollingFeed::Done done) {
            fetchFinished(context, std::move(done));
        },
        PollIntervals::FinishedOrdersMs, this, m_nowMs);
    m_followUp = new OrderFollowUp(service, this);
    connect(m_followUp, &OrderFollowUp::answered, this, &OrdersController::onLookedUp);
    connect(m_followUp, &OrderFollowUp::unknownToExchange, this, &OrdersController::onUnknown);
}

void OrdersController::setAccount(const QString &accountId)
{
    if (accountId == m_account)
        return;
    // Nothing of the account left stays on screen, and replies still in flight for it are
    // dropped on arrival (each is tagged with the account it was asked for).
    m_account = accountId;
    m_finishedQuery.accountId = accountId;
    m_finishedQuery.orderId = 0;
    m_closing.clear();
    m_identity.clear();
    m_toldUnknown.clear();
    m_followUp->clear(); // orders followed for the old account are not this account's news
    m_fillAsked.clear();
    m_haveOpenSnapshot = false;
    m_open->applySnapshot({}, false);
    m_finished->applySnapshot({});
    refreshNow();
}

void OrdersController::tagAccount(QList<Order> &orders, const QString &accountId)
{
    for (Order &o : orders)
        o.accountId = accountId;
}

void OrdersController::fetchOpen(QList<Order> sofar, QList<qint64> unreadable, OrderId before,
                                 int page, QObject *context,
                                 std::function<void(const ApiError &)> done)
{
    OpenOrdersQuery q;
    q.accountId = m_account;
    q.limit = OpenPageSize;
    q.orderId = before;
    if (page == 1)
        m_openAskedAt = m_nowMs();
    m_service->openOrders(q, context,
                          [this, sofar, unreadable, before, page, context, done,
                           asked = m_account](const ApiResult<QList<Order>> &r) mutable {
                              if (asked != m_account)
                                  return done({}); // the account left since: dropped
                              if (!r.ok())
                                  return done(r.error);
                              if (!r.skipped.isEmpty())
                                  Q_EMIT itemsSkipped(tr("open orders"), r.skipped);
                              unreadable += r.skippedIds;
                              const bool empty = r.value.isEmpty() && r.skipped.isEmpty();
                              const PageRead read = readPage(r.value, empty, before, &sofar);
                              // An item whose id could not be read may be any order: such a list
                              // proves no absence.
                              const bool blind = r.skipped.size() > r.skippedIds.size();
                              const bool full = r.value.size() + r.skipped.size() >= OpenPageSize;
                              if (full && !read.misread && read.progressed && page < MaxOpenPages)
                                  return fetchOpen(std::move(sofar), std::move(unreadable),
                                                   read.oldest, page + 1, context, std::move(done));
                              tagAccount(sofar, asked);
                              if (m_times)
                                  m_times->stamp(sofar, m_nowMs(), false);
                              using Gap = OpenOrdersModel::Gap;
                              applyOpen(sofar,
                                        read.misread      ? Gap::PagingMisread
                                        : (full || blind) ? Gap::Incomplete
                                                          : Gap::None,
                                        unreadable);
                              done({});
                          });
}

OrdersController::PageRead OrdersController::readPage(const QList<Order> &items, bool empty,
                                                      OrderId before, QList<Order> *into)
{
    PageRead read;
    read.oldest = before;
    for (const Order &o : items) {
        // Asked for orders older than `before`: one that is not shows the exchange read it
        // otherwise (an exact filter, ignored, reversed). It is listed; paging stops there.
        if (before != 0 && o.orderId >= before) {
            read.misread = true;
            continue;
        }
        into->append(o);
        read.progressed = true;
        if (read.oldest == 0 || o.orderId < read.oldest)
            read.oldest = o.orderId;
    }
    if (before != 0 && read.progressed && !read.misread)
        m_cursorProven = true;
    // An empty page after a full one is the end of the list only where the cursor has been seen
    // to work: an exact filter for an order that closed meanwhile answers the same.
    if (before != 0 && empty && !m_cursorProven)
        read.misread = true;
    return read;
}

void OrdersController::fetchFinished(QObject *context, std::function<void(const ApiError &)> done)
{
    const quint64 seq = ++m_finishedSeq;
    const OrderId cursor = m_finishedQuery.orderId;
    m_service->finishedOrders(
        m_finishedQuery, context,
        [this, done, seq, cursor, asked = m_account](const ApiResult<QList<Order>> &r) {
            if (asked != m_account)
                return done({}); // the account left since: dropped
            if (!r.skipped.isEmpty())
                Q_EMIT itemsSkipped(tr("finished orders"), r.skipped);
            if (!r.ok())
                return done(r.error);
            // A page of older orders holds only orders older than its cursor;
            // any other is left out, and the view says older orders may be
            // missing.
            QList<Order> page;
            bool misread = false;
            for (const Order &o : r.value) {
                if (cursor != 0 && o.orderId >= cursor)
                    misread = true;
                else
                    page.append(o);
            }
            tagAccount(page, asked);
            if (m_times)
                m_times->stamp(page, m_nowMs(), true);
            m_finished->setPagingMisread(misread);
            applyFinished(page, seq);
            askFillTimes(page);
            done({});
        });
}

void OrdersController::setFinishedFilter(const FinishedOrdersQuery &query)
{
    m_finishedQuery = query;
    m_finishedQuery.accountId = m_account;
    m_finishedQuery.limit = std::clamp(query.limit, 1, 500);
    m_finishedFeed->refreshNow();
}

void OrdersController::showOlderFinished()
{
    // Pages by the documented orderId parameter (older than the oldest id shown): the exchange's
    // order objects carry no times to page by.
    const OrderId oldest = m_finished->oldestOrderId();
    if (oldest <= 0)
        return;
    FinishedOrdersQuery q = m_finishedQuery;
    q.orderId = oldest;
    setFinishedFilter(q);
}

void OrdersController::showNewestFinished()
{
    FinishedOrdersQuery q = m_finishedQuery;
    q.orderId = 0;
    setFinishedFilter(q);
}

void OrdersController::placedHere(OrderId id, qint64 sentAtWallMs, const QString &clientOrderId)
{
    // Placed just now, so not an order already seen final, nor one with another client id.
    const auto known = m_identity.constFind(id);
    const QString knownCid =
        known != m_identity.cend() ? known->clientOrderId.trimmed() : QString();
    if (knownCid.isEmpty() ? isKnownFinal(id) : knownCid != clientOrderId.trimmed())
        forget(id);
    if (!clientOrderId.trimmed().isEmpty() && !m_identity.contains(id)) {
        Order placed;
        placed.orderId = id;
        placed.clientOrderId = clientOrderId;
        m_identity.insert(id, placed);
    }
    if (m_times)
        m_times->placed(id, sentAtWallMs, clientOrderId);
}

void OrdersController::setSymbolRules(const QList<SymbolRules> &symbols)
{
    m_open->setSymbolRules(symbols);
    m_finished->setSymbolRules(symbols);
}

void OrdersController::setIntervals(int openMs, int finishedMs)
{
    m_openIntervalMs = openMs;
    m_finishedIntervalMs = finishedMs;
    const int factor = m_wanted ? 1 : BackgroundFactor;
    m_openFeed->setIntervalMs(openMs * factor);
    m_finishedFeed->setIntervalMs(finishedMs * factor);
}

void OrdersController::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    setIntervals(m_openIntervalMs, m_finishedIntervalMs);
    if (wanted)
        refreshNow(); // back in front: fresh at once
}

void OrdersController::start()
{
    m_openFeed->start();
    m_finishedFeed->start();
}

void OrdersController::stop()
{
    m_openFeed->stop();
    m_finishedFeed->stop();
}

void OrdersController::refreshNow()
{
    m_openFeed->refreshNow();
    m_finishedFeed->refreshNow();
}

void OrdersController::applyOpen(const QList<Order> &orders, OpenOrdersModel::Gap gap,
                                 const QList<qint64> &unreadable)
{
    const bool complete = gap == OpenOrdersModel::Gap::None;
    QSet<OrderId> listed;
    QList<Order> shown;
    for (const Order &o : orders) {
        checkIdentity(o);
        if (isKnownFinal(o.orderId))
            continue; // a stale listing of an order whose end is known and told
        listed.insert(o.orderId);
        shown.append(o);
        if (const Order *before = m_open->order(o.orderId))
            announce(*before, o);
        if (m_closing.remove(o.orderId)) // back on the list (or never really gone)
            m_followUp->settle(o.orderId);
    }
    const QList<Order> listedNow = shown; // what this list itself shows open
    const QSet<OrderId> unread(unreadable.cbegin(), unreadable.cend());
    bool newlyClosing = false;
    for (int r = 0; r < m_open->rowCount(); ++r) {
        const Order &o = m_open->orderAt(r);
        if (listed.contains(o.orderId) || m_closing.contains(o.orderId))
            continue;
        // On the list but unreadable this time, or a list that may be incomplete (it proves no
        // order gone): kept as last seen.
        if (unread.contains(o.orderId) || !complete || !m_haveOpenSnapshot) {
            shown.append(o);
            continue;
        }
        if (m_finished->order(o.orderId))
            continue; // already in finished: simply goes
        m_closing.insert(o.orderId, {o, m_finishedSeq});
        m_followUp->follow(o.orderId, m_account);
        newlyClosing = true;
    }
    for (const Closing &c : std::as_const(m_closing))
        if (!c.passed)
            shown.append(c.lastKnown);
    m_open->applySnapshot(shown, gap);
    m_haveOpenSnapshot = true;
    Q_EMIT seen(listedNow, true, m_openAskedAt);
    if (newlyClosing)
        m_finishedFeed->refreshNow();
}

void OrdersController::applyFinished(const QList<Order> &orders, quint64 requestSeq)
{
    // Out of the open list first, then into finished: no moment has an order in both.
    QList<QPair<Order, Order>> moved;
    for (const Order &o : orders) {
        checkIdentity(o);
        const auto closing = m_closing.constFind(o.orderId);
        if (closing != m_closing.cend())
            moved.append({closing->lastKnown, o});
        else if (const Order *open = m_open->order(o.orderId))
            moved.append({*open, o});
        m_closing.remove(o.orderId);
        m_followUp->settle(o.orderId); // its end is known: a look-up on its way is not acted on
        m_open->remove(o.orderId);
    }
    m_finished->applySnapshot(orders);
    for (const auto &[before, after] : std::as_const(moved)) {
        markFinal(after.orderId);
        announce(before, after);
    }
    Q_EMIT seen(orders, false, 0);
    // Gone from open, and a finished query started after that does not show it (a filter, a page
    // of older orders, a full page): it leaves the open table now, and its own look-up tells its
    // end as soon as the queue allows.
    for (auto it = m_closing.begin(); it != m_closing.end(); ++it) {
        if (requestSeq <= it->afterSeq || it->passed)
            continue;
        it->passed = true;
        m_open->remove(it.key());
        m_followUp->hurry(it.key());
    }
}

void OrdersController::onLookedUp(const Order &now)
{
    Q_EMIT seen({now}, false, 0);
    const auto it = m_closing.find(now.orderId);
    if (it == m_closing.end())
        return; // its end came with the finished list, or it is back on the open list
    const Order before = it->lastKnown;
    if (!OrderEnums::isFinal(now.status)) {
        it->lastKnown = now; // still open by its own look-up: followed on, after a pause
        announce(before, now);
        return;
    }
    m_closing.erase(it);
    QList<Order> seen{now};
    if (m_times)
        m_times->stamp(seen, m_nowMs(), true);
    m_open->remove(now.orderId);
    markFinal(now.orderId);
    announce(before, seen.first());
}

void OrdersController::markFinal(OrderId id)
{
    if (m_finals.contains(id))
        return;
    m_finals.insert(id);
    m_finalsOrder.push_back(id);
    if (m_finalsOrder.size() > MaxFinals) {
        m_finals.remove(m_finalsOrder.front());
        m_finalsOrder.pop_front();
    }
}

bool OrdersController::isKnownFinal(OrderId id) const
{
    if (m_finals.contains(id))
        return true;
    const Order *finished = m_finished->order(id);
    return finished && OrderEnums::isFinal(finished->status);
}

void OrdersController::askFillTimes(const QList<Order> &finished)
{
    for (const Order &o : finished) {
        if (m_fillPending >= MaxFillLookups)
            return; // the rest on a later poll
        // Its fills tell when it last filled and what it paid in fees (orders carry no fee).
        const bool wantsTime = m_times && m_times->wantsFillTime(o);
        const bool wantsFee = !o.tradeQty.isZero() && !m_finished->fees().find(o.orderId);
        if (m_fillAsked.contains(o.orderId) || (!wantsTime && !wantsFee))
            continue;
        m_fillAsked.insert(o.orderId);
        ++m_fillPending;
        TradesQuery q;
        q.accountId = m_account;
        q.symbol = o.symbol;
        q.orderId = o.orderId;
        const OrderId id = o.orderId;
        m_service->trades(q, this, [this, id, asked = m_account](const ApiResult<QList<Trade>> &r) {
            --m_fillPending;
            if (asked != m_account)
                return; // the account left since
            if (!r.ok()) {
                m_fillAsked.remove(id); // try again later
                return;
            }
            m_finished->addFills(id, r.value);
            qint64 last = 0;
            for (const Trade &t : r.value)
                last = std::max(last, t.time);
            if (m_times && last > 0)
                m_times->lastFill(id, last); // shown from the next refresh on
        });
    }
}

void OrdersController::announce(const Order &before, const Order &after)
{
    if (before.status == after.status && before.tradeQty == after.tradeQty)
        return;
    if (after.status == OrderStatus::Filled)
        Q_EMIT orderEvent({EventKind::Filled, after, before.tradeQty});
    else if (after.status == OrderStatus::Canceled)
        Q_EMIT orderEvent({EventKind::Cancelled, after, before.tradeQty});
    else if (after.status == OrderStatus::Rejected)
        Q_EMIT orderEvent({EventKind::Rejected, after, before.tradeQty});
    else if (after.tradeQty > before.tradeQty)
        Q_EMIT orderEvent({EventKind::PartiallyFilled, after, before.tradeQty});
}
