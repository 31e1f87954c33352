#include "core/RateLimiter.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void neverMoreThanLimitInAnyWindow();
    void windowCountsFromTheReply();
    void lateArrivalsNeverCrowdTheExchange();
    void unansweredKeepsItsPlaceAnotherWindow();
    void penaltyGrowsAndClears();
};

// A request the client gave up on (timeout, dropped connection) may still reach the exchange
// after the client gave up, and counts there when it arrives: the next one waits a further
// window. (The storm found a lookup arriving 0.5 s after its timeout, the next 0.55 s later.)
void TestRateLimiter::unansweredKeepsItsPlaceAnotherWindow()
{
    const qint64 margin = RateLimiter::SafetyMarginMs;
    RateLimiter limiter;
    const quint64 ticket = limiter.record(RateClass::GetOrder, 0);
    limiter.settleUnanswered(RateClass::GetOrder, ticket, 400); // gave up at 400 ms
    // A late arrival up to 1,400 ms keeps a full window before the next.
    QVERIFY(limiter.delayMs(RateClass::GetOrder, 1400 + margin) > 0);
    QCOMPARE(limiter.delayMs(RateClass::GetOrder, 2400), qint64(margin));
    QCOMPARE(limiter.delayMs(RateClass::GetOrder, 2400 + margin), qint64(0));
    // An answered request frees its place one window after its answer, as before.
    const quint64 answered = limiter.record(RateClass::OpenOrders, 0);
    limiter.settle(RateClass::OpenOrders, answered, 400);
    QCOMPARE(limiter.delayMs(RateClass::OpenOrders, 1400 + margin), qint64(0));
}

void TestRateLimiter::limits_data()
{
    QTest::addColumn<int>("rateClass");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("window");
    QTest::addRow("orders") << int(RateClass::OrderWrite) << 10 << qint64(1000);
    QTest::addRow("batch") << int(RateClass::BatchCancel) << 1 << qint64(1000);
    QTest::addRow("open") << int(RateClass::OpenOrders) << 1 << qint64(1000);
    QTest::addRow("finished") << int(RateClass::FinishedOrders) << 1 << qint64(1000);
    QTest::addRow("lookup") << int(RateClass::GetOrder) << 1 << qint64(1000);
    QTest::addRow("public") << int(RateClass::Depth) << 1 << qint64(2000);
}

void TestRateLimiter::limits()
{
    QFETCH(int, rateClass);
    QFETCH(int, count);
    QFETCH(qint64, window);
    RateLimiter limiter;
    const auto rc = RateClass(rateClass);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(limiter.delayMs(rc, 100), qint64(0));
        limiter.settle(rc, limiter.record(rc, 100), 100); // answered at once
    }
    QCOMPARE(limiter.delayMs(rc, 100), window + RateLimiter::SafetyMarginMs);
    QCOMPARE(limiter.delayMs(rc, 100 + window + RateLimiter::SafetyMarginMs), qint64(0));
}

void TestRateLimiter::neverMoreThanLimitInAnyWindow()
{
    // Greedy sender: sends whenever allowed over 10 simulated seconds.
    RateLimiter limiter;
    QList<qint64> sent;
    for (qint64 t = 0; t < 10000; ++t) {
        if (limiter.delayMs(RateClass::OrderWrite, t) == 0) {
            limiter.settle(RateClass::OrderWrite, limiter.record(RateClass::OrderWrite, t), t);
            sent.append(t);
        }
    }
    QVERIFY(sent.size() >= 90);
    for (int i = 10; i < sent.size(); ++i)
        QVERIFY2(sent[i] - sent[i - 10] >= 1000, "11 orders inside one second");
}

void TestRateLimiter::windowCountsFromTheReply()
{
    RateLimiter limiter;
    const quint64 first = limiter.record(RateClass::OpenOrders, 0);
    // Unanswered, it holds its place past the window: it may not have arrived yet.
    QVERIFY(limiter.delayMs(RateClass::OpenOrders, 5000) > 0);
    limiter.settle(RateClass::OpenOrders, first, 800); // the reply came at 800 ms
    QCOMPARE(limiter.delayMs(RateClass::OpenOrders, 1000),
             800 + 1000 + RateLimiter::SafetyMarginMs - 1000);
    QCOMPARE(limiter.delayMs(RateClass::OpenOrders, 1850), qint64(0));
    limiter.settle(RateClass::OpenOrders, first, 5000); // settling twice changes nothing
    QCOMPARE(limiter.delayMs(RateClass::OpenOrders, 1850), qint64(0));
}

void TestRateLimiter::lateArrivalsNeverCrowdTheExchange()
{
    // A greedy sender over 20 simulated seconds; each request arrives at the exchange some
    // random time between being sent and its reply (up to 400 ms later). However they arrive,
    // no window at the exchange ever holds more than the limit.
    for (RateClass rc : {RateClass::OrderWrite, RateClass::Trades}) {
        const RateLimiter::Limit limit = RateLimiter::limitFor(rc);
        RateLimiter limiter;
        QRandomGenerator g(42);
        struct Flight
        {
            quint64 ticket;
            qint64 arrives;
            qint64 replies;
        };
        QList<Flight> flying;
        QList<qint64> arrivals;
        for (qint64 t = 0; t < 20000; ++t) {
            for (int i = int(flying.size()) - 1; i >= 0; --i) {
                if (flying[i].replies == t) {
                    limiter.settle(rc, flying[i].ticket, t);
                    flying.removeAt(i);
                }
            }
            if (limiter.delayMs(rc, t) == 0) {
                const qint64 latency = g.bounded(1, 400);
                const qint64 arrives = t + g.bounded(qint64(0), latency);
                flying.append({limiter.record(rc, t), arrives, t + latency});
                arrivals.append(arrives);
            }
        }
        std::sort(arrivals.begin(), arrivals.end());
        QVERIFY(arrivals.size() > 10 * limit.count); // and it did keep sending
        for (qsizetype i = limit.count; i < arrivals.size(); ++i)
            QVERIFY2(arrivals[i] - arrivals[i - limit.count] >= limit.windowMs,
                     "more requests arrived within one window than the exchange allows");
    }
}

void TestRateLimiter::penaltyGrowsAndClears()
{
    RateLimiter limiter;
    QCOMPARE(limiter.penalize(RateClass::OpenOrders, 0), qint64(1000));
    QVERIFY(limiter.isPenalized(RateClass::OpenOrders, 500));
    QCOMPARE(limiter.delayMs(RateClass::OpenOrders, 500), qint64(500));
    QCOMPARE(limiter.penalize(RateClass::OpenOrders, 1000), qint64(2000));
    QCOMPARE(limiter.penalize(RateClass::OpenOrders, 3000), qint64(4000));
    limiter.clearPenalty(RateClass::OpenOrders);
    QCOMPARE(limiter.penalize(RateClass::OpenOrders, 8000), qint64(1000));
    for (int i = 0; i < 10; ++i)
        limiter.penalize(RateClass::Balance, 0);
    QCOMPARE(limiter.penalize(RateClass::Balance, 0), qint64(30000));
}

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
