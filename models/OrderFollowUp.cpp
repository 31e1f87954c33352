#include "models/OrderFollowUp.h"

#include "core/ApiService.h"

OrderFollowUp::OrderFollowUp(ApiService *service, QObject *parent)
    : QObject(parent),
      m_service(service)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OrderFollowUp::pump);
}

void OrderFollowUp::follow(OrderId id, const QString &accountId)
{
    if (m_entries.contains(id))
        return;
    m_entries.insert(id, {accountId, now() + GraceMs, 0});
    pump();
}

void OrderFollowUp::hurry(OrderId id)
{
    const auto it = m_entries.find(id);
    // A look-up that failed keeps its back-off: the finished view passing it by again is no news.
    if (it == m_entries.end() || it->failures > 0 || it->dueMs <= now())
        return;
    it->dueMs = now();
    pump();
}

void OrderFollowUp::settle(OrderId id)
{
    m_entries.remove(id); // a reply still on its way finds no entry and is not acted on
    if (m_entries.isEmpty())
        m_timer.stop();
}

void OrderFollowUp::clear()
{
    m_entries.clear();
    m_timer.stop();
    ++m_generation;
}

void OrderFollowUp::pump()
{
    if (m_inFlight > 0)
        return; // one of its own at a time; the reply pumps again
    auto next = m_entries.end();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (next == m_entries.end() || it->dueMs < next->dueMs
            || (it->dueMs == next->dueMs && it.key() < next.key()))
            next = it;
    if (next == m_entries.end()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = next->dueMs - now();
    if (wait > 0) {
        m_timer.start(int(wait));
        return;
    }
    m_timer.stop();
    const OrderId id = next.key();
    const quint64 generation = m_generation;
    ++m_inFlight;
    ++m_lookups;
    m_service->getOrder(
        next->accountId, OrderRef::byId(id), this,
        [this, id, generation](const ApiResult<Order> &r) { onReply(id, generation, r); });
}

void OrderFollowUp::onReply(OrderId id, quint64 generation, const ApiResult<Order> &r)
{
    --m_inFlight;
    const auto it = m_entries.find(id);
    if (generation == m_generation && it != m_entries.end()) {
        const bool read = r.ok() && r.value.orderId == id;
        it->notFound = r.error.isNoSuchOrder() ? it->notFound + 1 : 0;
        if (it->notFound >= NotFoundTimes) {
            m_entries.erase(it);
            Q_EMIT unknownToExchange(id);
        } else if (read && OrderEnums::isFinal(r.value.status)) {
            m_entries.erase(it);
        } else {
            // Failed, or still open by its own look-up (the open list may take it back): again
            // after a growing pause.
            it->dueMs =
                now()
                + std::min<qint64>(qint64(FirstRetryMs) << std::min(it->failures, 5), MaxRetryMs);
            ++it->failures;
        }
        if (read)
            Q_EMIT answered(r.value);
    }
    pump();
}
