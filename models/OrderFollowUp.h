#pragma once

#include "core/ApiResult.h"
#include "core/Order.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class ApiService;

// Follows orders that left the open list by their own look-up (getOrder by id, which goes through
// the service's look-up queue, 1 per second) until their final state is known, whatever the
// finished view shows. One look-up of its own at a time, so a burst of orders leaving never
// floods the queue that placements and cancels also look up through; an order whose end the
// finished list shows first is settled and never looked up. A failed look-up is tried again
// after 1, 2, 4 … 30 s; so is one that finds the order still open. An order the exchange answers
// "no such order" for (after a restart it knows none of the old ones) NotFoundTimes times in a
// row is given up as unknown to the exchange.
class OrderFollowUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFollowUp)

public:
    // The finished view usually shows a closed order within a poll: its look-up waits this long
    // unless hurried (the finished view has passed it by).
    static constexpr int GraceMs = 2000;
    static constexpr int FirstRetryMs = 1000;
    static constexpr int MaxRetryMs = 30000;
    // A first "no such order" is asked again (once more, after FirstRetryMs) before it is told.
    static constexpr int NotFoundTimes = 2;

    explicit OrderFollowUp(ApiService *service, QObject *parent = nullptr);

    // Starts following (no-op if followed already): looked up after GraceMs.
    void follow(OrderId id, const QString &accountId);
    // The finished view has passed it by: look it up as soon as the queue allows.
    void hurry(OrderId id);
    // Its state is known otherwise (finished list, back on the open list): stop following.
    void settle(OrderId id);
    void clear();
    bool isFollowing(OrderId id) const { return m_entries.contains(id); }
    int count() const { return int(m_entries.size()); }
    int lookups() const { return m_lookups; }
    bool isIdle() const { return m_entries.isEmpty() && m_inFlight == 0; }

Q_SIGNALS:
    // A look-up answered for a followed order; final states end the following.
    void answered(const Order &order);
    // The exchange does not know a followed order (its look-up said "no such order" each time):
    // no longer followed.
    void unknownToExchange(OrderId id);

private:
    struct Entry
    {
        QString accountId;
        qint64 dueMs = 0;
        int failures = 0;
        int notFound = 0; // "no such order" answers in a row
    };
    void pump();
    void onReply(OrderId id, quint64 generation, const ApiResult<Order> &result);
    qint64 now() const { return m_clock.elapsed(); }

    ApiService *m_service;
    QHash<OrderId, Entry> m_entries;
    QTimer m_timer;
    QElapsedTimer m_clock;
    OrderId m_inFlightId = 0;
    int m_inFlight = 0;
    int m_lookups = 0;
    quint64 m_generation = 0; // a reply from before clear() is not acted on
};
