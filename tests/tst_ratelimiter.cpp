#include "core/RateLimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits_data();
    void limits();
    void neverMoreThanLimitInAnyWindow();
    void penaltyGrowsAndClears();
};

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
        limiter.record(rc, 100);
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
            limiter.record(RateClass::OrderWrite, t);
            sent.append(t);
        }
    }
    QVERIFY(sent.size() >= 90);
    for (int i = 10; i < sent.size(); ++i)
        QVERIFY2(sent[i] - sent[i - 10] >= 1000, "11 orders inside one second");
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
