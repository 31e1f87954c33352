#include "OrdersController.h"

#include "ApiService.h"
#include "FinishedOrdersModel.h"
#include "OpenOrdersModel.h"
#include "PollingFeed.h"

#include <QSet>

OrdersController::OrdersController(ApiService *service, OpenOrdersModel *open,
                                   FinishedOrdersModel *finished, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_open(open),
      m_finished(finished)
{
    m_openFeed = new PollingFeed(
        tr("Open orders"),
        [this](QObject *context, PollingFeed::Done done) {
            m_service->openOrders({m_account, m_openSymbol, m_openLimit}, context,
                                  [this, done](const ApiResult<QList<Order>> &r) {
                                      if (r.ok())
                                          applyOpen(r.value);
                                      done(r.error);
                                  });
        },
        2000, this);
    m_finishedFeed = new PollingFeed(
        tr("Finished orders"),
        [this](QObject *context, PollingFeed::Done done) {
            const quint64 seq = ++m_finishedSeq;
            m_service->finishedOrders(m_finishedQuery, context,
                                      [this, done, seq](const ApiResult<QList<Order>> &r) {
                                          if (r.ok())
                                              applyFinished(r.value, seq);
                                          done(r.error);
                                      });
        },
        5000, this);
}

void OrdersController::setAccount(const QString &accountId)
{
    m_account = accountId;
    m_finishedQuery.accountId = accountId;
}

void OrdersController::setOpenFilter(const QString &symbol, int limit)
{
    m_openSymbol = symbol;
    m_openLimit = std::clamp(limit, 1, 100);
    m_openFeed->refreshNow();
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
    const qint64 oldest = m_finished->oldestCreateTime();
    if (oldest <= 0)
        return;
    FinishedOrdersQuery q = m_finishedQuery;
    q.endTime = oldest - 1;
    setFinishedFilter(q);
}

void OrdersController::showNewestFinished()
{
    FinishedOrdersQuery q = m_finishedQuery;
    q.endTime = 0;
    setFinishedFilter(q);
}

void OrdersController::setIntervals(int openMs, int finishedMs)
{
    m_openFeed->setIntervalMs(openMs);
    m_finishedFeed->setIntervalMs(finishedMs);
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

void OrdersController::applyOpen(const QList<Order> &orders)
{
    QSet<OrderId> present;
    for (const Order &o : orders) {
        present.insert(o.orderId);
        if (const Order *before = m_open->order(o.orderId))
            announce(*before, o);
        m_closing.remove(o.orderId); // back on the list (or never really gone)
    }
    // A full page may hide orders that are still open: only a short page proves absence.
    const bool complete = orders.size() < m_openLimit;
    bool newlyClosing = false;
    for (int r = 0; r < m_open->rowCount(); ++r) {
        const Order &o = m_open->orderAt(r);
        if (present.contains(o.orderId) || m_closing.contains(o.orderId))
            continue;
        const bool filteredOut = !m_openSymbol.isEmpty() && o.symbol != m_openSymbol;
        if (!m_haveOpenSnapshot || filteredOut || !complete)
            continue;
        if (m_finished->order(o.orderId))
            continue; // already in finished: simply goes
        m_closing.insert(o.orderId, {o, m_finishedSeq});
        newlyClosing = true;
    }
    QList<Order> shown = orders;
    for (const Closing &c : std::as_const(m_closing))
        shown.append(c.lastKnown);
    m_open->applySnapshot(shown, m_openLimit);
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

void OrdersController::announce(const Order &before, const Order &after)
{
    if (before.status == after.status && before.tradeQty == after.tradeQty)
        return;
    if (after.status == OrderStatus::Filled)
        Q_EMIT orderEvent({EventKind::Filled, after});
    else if (after.status == OrderStatus::Canceled)
        Q_EMIT orderEvent({EventKind::Cancelled, after});
    else if (after.status == OrderStatus::Rejected)
        Q_EMIT orderEvent({EventKind::Rejected, after});
    else if (after.tradeQty > before.tradeQty)
        Q_EMIT orderEvent({EventKind::PartiallyFilled, after});
}
