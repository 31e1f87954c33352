#include "core/RateLimiter.h"
#include "core/RequestQueue.h"

#include <QTest>

// The lines requests wait in: order per rate class, the limiter's room, the clock for signed
// requests, deadlines, and withdrawal. On a virtual clock, without a network.
class TestRequestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goesInOrderWithinTheLimit();
    void signedWaitsForTheClock();
    void resignedGoesFirst();
    void pastItsDeadlineLeavesUnsent();
    void takenOutByTicket();
};

namespace {

PendingRequest request(Endpoint endpoint, quint64 ticket, qint64 leaveBy = -1)
{
    PendingRequest r;
    r.endpoint = endpoint;
    r.ticket = ticket;
    r.leaveBy = leaveBy;
    return r;
}

// Drains at `nowMs`; the tickets sent and expired, in order.
struct Drain
{
    QList<quint64> sent;
    QList<quint64> expired;
    RequestQueue::Drained result;

    Drain(RequestQueue &queue, RateLimiter &limiter, qint64 nowMs, bool clockKnown = true)
    {
        result = queue.drain(
            limiter, nowMs, clockKnown, [this](PendingRequest &&r) { sent.append(r.ticket); },
            [this](PendingRequest &&r) { expired.append(r.ticket); });
    }
};

} // namespace

void TestRequestQueue::goesInOrderWithinTheLimit()
{
    RequestQueue queue;
    RateLimiter limiter;
    for (quint64 t = 1; t <= 12; ++t)
        queue.push(request(Endpoint::PlaceOrder, t)); // 10 per second
    queue.push(request(Endpoint::OpenOrders, 13));    // its own line: 1 per second
    queue.push(request(Endpoint::OpenOrders, 14));
    QCOMPARE(queue.size(), 14);
    const Drain first(queue, limiter, 0);
    QCOMPARE(first.sent, (QList<quint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13}));
    QVERIFY(first.expired.isEmpty());
    QVERIFY(first.result.nextDelayMs > 0);
    QVERIFY(!first.result.needClock);
    QCOMPARE(queue.size(), 3);
    QVERIFY(Drain(queue, limiter, 10).sent.isEmpty()); // no room yet, and no reply settled it
}

void TestRequestQueue::signedWaitsForTheClock()
{
    RequestQueue queue;
    RateLimiter limiter;
    queue.push(request(Endpoint::PlaceOrder, 1));
    queue.push(request(Endpoint::Symbols, 2)); // public: needs no clock
    const Drain unknown(queue, limiter, 0, false);
    QCOMPARE(unknown.sent, QList<quint64>{2});
    QVERIFY(unknown.result.needClock);
    QCOMPARE(queue.size(), 1);
    const Drain known(queue, limiter, 0, true);
    QCOMPARE(known.sent, QList<quint64>{1});
    QVERIFY(!known.result.needClock);
}

void TestRequestQueue::resignedGoesFirst()
{
    RequestQueue queue;
    RateLimiter limiter;
    queue.push(request(Endpoint::GetOrder, 1));
    queue.pushFront(request(Endpoint::GetOrder, 2));
    QCOMPARE(Drain(queue, limiter, 0).sent, QList<quint64>{2});
}

void TestRequestQueue::pastItsDeadlineLeavesUnsent()
{
    RequestQueue queue;
    RateLimiter limiter;
    queue.push(request(Endpoint::PlaceOrder, 1, 300));
    queue.push(request(Endpoint::PlaceOrder, 2));
    const Drain late(queue, limiter, 300, false); // held by the clock until its deadline
    QCOMPARE(late.expired, QList<quint64>{1});
    QVERIFY(late.sent.isEmpty());
    QVERIFY(late.result.needClock);
    QCOMPARE(queue.size(), 1);
}

void TestRequestQueue::takenOutByTicket()
{
    RequestQueue queue;
    queue.push(request(Endpoint::PlaceOrder, 1));
    queue.push(request(Endpoint::Balance, 2));
    QVERIFY(queue.contains(2));
    const auto taken = queue.take(2);
    QVERIFY(taken.has_value());
    QCOMPARE(taken->endpoint, Endpoint::Balance);
    QVERIFY(!queue.contains(2));
    QVERIFY(!queue.take(2).has_value());
    QCOMPARE(queue.size(), 1);
}

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
