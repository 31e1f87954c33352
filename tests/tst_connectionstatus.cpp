// What the status bar says, decided without widgets, on a real session and demo exchange.
#include "SessionFixture.h"
#include "demo/DemoExchange.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "session/ConnectionStatus.h"

#include <QSignalSpy>
#include <QTest>

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineSessionIsConnecting();
    void connectsThenHeldBackByTheRateLimit();
    void largeClockSkewIsFlagged();
};

namespace {

Session::Options demoOptions(DemoExchange **made, qint64 skewMs, const qint64 *wallMs)
{
    Session::Options o;
    DemoExchangeOptions d;
    d.stepIntervalMs = 0;
    d.clockSkewMs = skewMs;
    o.embedded = DemoExchange::maker(d, made);
    o.account = DemoExchange::defaultAccountId();
    o.clocks.wallMs = [wallMs] {
        return *wallMs;
    };
    return o;
}

} // namespace

void TestConnectionStatus::offlineSessionIsConnecting()
{
    SessionFixture f; // a real exchange's address, not started
    ConnectionStatus status(&f.session);
    const auto s = status.state();
    QCOMPARE(s.link, ConnectionStatus::Link::Connecting);
    QVERIFY(!s.demo);
    QCOMPARE(s.baseUrl.host(), QStringLiteral("api.example.invalid"));
    QVERIFY(!s.ordersUpdated.isValid());
    QVERIFY(!s.ordersStale);
}

void TestConnectionStatus::connectsThenHeldBackByTheRateLimit()
{
    DemoExchange *demo = nullptr;
    qint64 now = 1767346200000;
    SessionFixture f(demoOptions(&demo, 0, &now));
    ConnectionStatus status(&f.session);
    QSignalSpy changed(&status, &ConnectionStatus::changed);
    f.session.start();
    QTRY_COMPARE_WITH_TIMEOUT(status.state().link, ConnectionStatus::Link::Connected, 10000);
    QVERIFY(changed.count() > 0);
    // Ages are counted on the injected wall clock.
    QCOMPARE(status.state().ordersUpdated.toMSecsSinceEpoch(), now);
    now += 4000;
    QCOMPARE(status.state().ordersAgeSeconds, 4);

    demo->injectFault(DemoFault::RateLimitBurst, 1, "/api/v1/spot/open_order");
    probe(f.session).orders()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(status.state().link, ConnectionStatus::Link::RateLimited, 10000);
    const auto s = status.state();
    QVERIFY(s.ordersFailing);
    QVERIFY(s.ordersStale);
    QVERIFY(s.rateLimitPauseMs > 0);
    now += s.rateLimitPauseMs;
    QCOMPARE(status.state().rateLimitPauseMs, 0); // the pause ends on the same clock
}

void TestConnectionStatus::largeClockSkewIsFlagged()
{
    DemoExchange *demo = nullptr;
    qint64 now = 1767346200000;
    SessionFixture f(demoOptions(&demo, 10 * 60 * 1000, &now));
    ConnectionStatus status(&f.session);
    f.session.start();
    QTRY_VERIFY_WITH_TIMEOUT(status.state().clockSkewLarge, 10000);
    QVERIFY(status.state().clockSkewMs > ConnectionStatus::LargeSkewMs);
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
