#include "models/OrdersController.h"

#include "core/ApiService.h"
#include "core/Clocks.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
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
        2000, this, m_nowMs);
    m_finishedFeed = new PollingFeed(
        tr("Finished orders"),
        [this](QObject *context, PollingFeed::Done done) {
            const quint64 seq = ++m_finishedSeq;
            m_service->finishedOrders(
                m_finishedQuery, context,
                [this, done, seq, asked = m_account](ApiResult<QList<Order>> r) {
                    if (asked != m_account)
                        return done({}); // the account left since
                    tagAccount(r.value, asked);
                    if (!r.skipped.isEmpty())
                        Q_EMIT itemsSkipped(tr("finished orders"), r.skipped);
                    if (r.ok() && m_times)
                        m_times->stamp(r.value, m_nowMs(), true);
                    if (r.ok()) {
                        applyFinished(r.value, seq);
                        askFillTimes(r.value);
                    }
                    done(r.error);
                });
        },
        5000, this, m_nowMs);
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
    m_fillAsked.clear();
    m_haveOpenSnapshot = false;
    m_open->applySnapshot({}, false);
    m_finished->setSnapshot({});
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
                              OrderId oldest = before;
                              bool progressed = false;
                              for (const Order &o : r.value) {
                                  // An exchange that ignored the cursor would send the same page
                                  // again.
                                  if (before != 0 && o.orderId >= before)
                                      continue;
                                  sofar.append(o);
                                  progressed = true;
                                  if (oldest == 0 || o.orderId < oldest)
                                      oldest = o.orderId;
                              }
                              // An item whose id could not be read may be any order: such a list
                              // proves no absence.
                              const bool blind = r.skipped.size() > r.skippedIds.size();
                              const bool full = r.value.size() + r.skipped.size() >= OpenPageSize;
                              if (full && progressed && page < MaxOpenPages)
                                  return fetchOpen(std::move(sofar), std::move(unreadable), oldest,
                                                   page + 1, context, std::move(done));
                              tagAccount(sofar, asked);
                              if (m_times)
                                  m_times->stamp(sofar, m_nowMs(), false);
                              applyOpen(sofar, !full && !blind, unreadable);
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

void OrdersController::setIntervals(int openMs, int finishedMs)
{
    m_openIntervalMs = openMs;
    m_finishedIntervalMs = finishedMs;
    const int factor = m_background ? BackgroundFactor : 1;
    m_openFeed->setIntervalMs(openMs * factor);
    m_finishedFeed->setIntervalMs(finishedMs * factor);
}

void OrdersController::setBackground(bool background)
{
    if (background == m_background)
        return;
    m_background = background;
    setIntervals(m_openIntervalMs, m_finishedIntervalMs);
    if (!background)
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

void OrdersController::setPaused(bool paused)
{
    m_openFeed->setPaused(paused);
    m_finishedFeed->setPaused(paused);
}

void OrdersController::refreshNow()
{
    m_openFeed->refreshNow();
    m_finishedFeed->refreshNow();
}

void OrdersController::applyOpen(const QList<Order> &orders, bool complete,
                                 const QList<qint64> &unreadable)
{
    QSet<OrderId> present;
    QList<Order> kept; // on the list but unreadable this time: as last seen
    for (qint64 id : unreadable) {
        present.insert(id);
        if (const Order *before = m_open->order(id))
            kept.append(*before);
    }
    for (const Order &o : orders) {
        present.insert(o.orderId);
        if (const Order *before = m_open->order(o.orderId))
            announce(*before, o);
        m_closing.remove(o.orderId); // back on the list (or never really gone)
    }
    // Pages that ran out may hide orders that are still open: only a complete list proves absence.
    bool newlyClosing = false;
    for (int r = 0; r < m_open->rowCount(); ++r) {
        const Order &o = m_open->orderAt(r);
        if (present.contains(o.orderId) || m_closing.contains(o.orderId))
            continue;
        if (!m_haveOpenSnapshot || !complete)
            continue;
        if (m_finished->order(o.orderId))
            continue; // already in finished: simply goes
        m_closing.insert(o.orderId, {o, m_finishedSeq});
        newlyClosing = true;
    }
    QList<Order> shown = orders + kept;
    for (const Closing &c : std::as_const(m_closing))
        shown.append(c.lastKnown);
    m_open->applySnapshot(shown, !complete);
    m_haveOpenSnapshot = true;
    if (newlyClosing)
        m_finishedFeed->refreshNow();
}

void OrdersController::applyFinished(const QList<Order> &orders, quint64 requestSeq)
{
    // Out of the open list first, then into finished: no moment has an order in both.
    QList<QPair<Order, Order>> moved;
    for (const Order &o : orders) {
        const auto closing = m_closing.constFind(o.orderId);
        if (closing != m_closing.cend())
            moved.append({closing->lastKnown, o});
        else if (const Order *open = m_open->order(o.orderId))
            moved.append({*open, o});
        m_closing.remove(o.orderId);
        m_open->remove(o.orderId);
    }
    m_finished->setSnapshot(orders);
    for (const auto &[before, after] : std::as_const(moved))
        announce(before, after);
    // Gone from open, and a finished query started after that does not have it: it is outside
    // the finished filter, so it leaves the open list now.
    for (auto it = m_closing.begin(); it != m_closing.end();) {
        if (requestSeq > it->afterSeq) {
            m_open->remove(it.key());
            it = m_closing.erase(it);
        } else {
            ++it;
        }
    }
}

void OrdersController::askFillTimes(const QList<Order> &finished)
{
    if (!m_times)
        return;
    for (const Order &o : finished) {
        if (m_fillPending >= MaxFillLookups)
            return; // the rest on a later poll
        if (m_fillAsked.contains(o.orderId) || !m_times->wantsFillTime(o))
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
            qint64 last = 0;
            for (const Trade &t : r.value)
                last = std::max(last, t.time);
            if (r.ok() && last > 0)
                m_times->lastFill(id, last); // shown from the next refresh on
            else if (!r.ok())
                m_fillAsked.remove(id); // try again later
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
