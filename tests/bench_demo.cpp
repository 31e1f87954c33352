#include "DemoFixture.h"

#include <QElapsedTimer>

// Signed order placements per second, API service to demo exchange over loopback, with the
// rate limiter out of the way (each round waits out its window) so the figure is throughput.
class BenchDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placementsPerSecond();
};

void BenchDemo::placementsPerSecond()
{
    DemoFixture f;
    int placed = 0;
    qint64 busyMs = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        int done = 0;
        for (int i = 0; i < 10; ++i)
            f.service.placeOrder(f.limit(Side::Buy, "65000.00", "0.0010"), nullptr,
                                 [&](const ApiResult<OrderId> &r) {
                                     ++done;
                                     placed += r.ok();
                                 });
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 5000);
        busyMs += t.elapsed();
        QTest::qWait(1100 - int(t.elapsed()));
    }
    QCOMPARE(placed, 50);
    const double perSecond = busyMs > 0 ? 50000.0 / busyMs : 0;
    qInfo("50 signed placements in bursts of 10: %lld ms of round trips, %.0f placements/s", busyMs,
          perSecond);
    QVERIFY(perSecond > 0);
}

QTEST_GUILESS_MAIN(BenchDemo)
#include "bench_demo.moc"
