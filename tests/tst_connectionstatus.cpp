// What the status bar says, decided without widgets. The seam first, alone: the open orders'
// feed, the order lists' StaleMonitor and plain values, no session and no network. Then the
// session's wiring of it, on the demo exchange.
#include "SessionFixture.h"
#include "demo/DemoExchange.h"
#include "models/ConnectionStatus.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "models/StaleMonitor.h"

#include <QSignalSpy>
#include <QTest>

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The seam alone.
    void linkFollowsTheOpenOrdersFeed();
    void staleIsTheMonitorsWord();
    void agesPausesAndSkewOnTheGivenClock();
    // The session's wiring.
    void offlineSessionIsConnecting();
    void connectsThenHeldBackByTheRateLimit();
    void largeClockSkewIsFlagged();
};

namespace {

constexpr qint64 Start = 1767346200000;
constexpr int IntervalMs = 60000; // no timer fires on its own while a test runs

// Two feeds the test answers by hand (no timer decides when), the order lists' StaleMonitor and
// the status that follows them, all on one hand-turned clock.
struct Seam
{
    qint64 now = Start;
    std::function<qint64()> clock = [this] {
        return now;
    };
    QHash<const PollingFeed *, PollingFeed::Done> pending;
    PollingFeed open{QStringLiteral("open"), fetchFor(&open), IntervalMs, nullptr, clock};
    PollingFeed finished{QStringLiteral("finished"), fetchFor(&finished), IntervalMs, nullptr,
                         clock};
    StaleMonitor monitor{nullptr, clock};
    ConnectionStatus status{&open, &monitor, clock};

    Seam() { monitor.watch(&open); }
    PollingFeed::Fetch fetchFor(const PollingFeed *feed)
    {
        return [this, feed](QObject *, PollingFeed::Done done) {
            pending.insert(feed, std::move(done));
        };
    }
    // Polls `feed` now and answers it with an error of `kind` (None: a success).
    bool poll(PollingFeed &feed, ApiError::Kind kind = ApiError::Kind::None)
    {
        feed.start();
        feed.refreshNow();
        if (!QTest::qWaitFor([this, &feed] { return pending.contains(&feed); }, 5000))
            return false;
        ApiError e;
        e.kind = kind;
        if (kind != ApiError::Kind::None)
            e.message = QStringLiteral("the exchange's words");
        pending.take (&feed)(e);
        return true;
    }
};

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

void TestConnectionStatus::linkFollowsTheOpenOrdersFeed()
{
    using Link = ConnectionStatus::Link;
    Seam f;
    QSignalSpy changed(&f.status, &ConnectionStatus::changed);
    f.status.setExchange({false, QStringLiteral("Example"),
                          QUrl(QStringLiteral("https://api.example.invalid")), QString()});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.status.state().exchange, QStringLiteral("Example"));
    QCOMPARE(f.status.state().baseUrl.host(), QStringLiteral("api.example.invalid"));
    QVERIFY(!f.status.state().demo);
    QCOMPARE(f.status.state().link, Link::Connecting);
    QVERIFY(f.poll(f.open));
    QCOMPARE(f.status.state().link, Link::Connected);
    QVERIFY(f.poll(f.open, ApiError::Kind::RateLimited));
    QCOMPARE(f.status.state().link, Link::RateLimited);
    QVERIFY(f.poll(f.open, ApiError::Kind::Unknown));
    QCOMPARE(f.status.state().link, Link::Trouble);
    QCOMPARE(f.status.state().trouble, QStringLiteral("the exchange's words"));
    // Refused credentials and a session that cannot trade outrank what the feed says.
    f.status.setCredentialsRefused(true);
    QCOMPARE(f.status.state().link, Link::CredentialsRefused);
    f.status.setExchange({false, QStringLiteral("Example"), QUrl(), QStringLiteral("No URL")});
    QCOMPARE(f.status.state().link, Link::NotConnected);
    f.status.setExchange({true, QStringLiteral("Demo"), QUrl(), QString()});
    f.status.setCredentialsRefused(false);
    QVERIFY(f.poll(f.open));
    QCOMPARE(f.status.state().link, Link::Connected);
    QVERIFY(f.status.state().demo);
}

// One rule decides "stale" (StaleMonitor), the one the tables, the book and the ticket follow:
// the status bar says what the monitor says, never a rule of its own.
void TestConnectionStatus::staleIsTheMonitorsWord()
{
    Seam f;
    f.monitor.watch(&f.finished);
    QSignalSpy changed(&f.status, &ConnectionStatus::changed);
    QVERIFY(f.poll(f.open));
    QVERIFY(f.poll(f.finished));
    // One failed poll just after a success: within the monitor's allowance, so not stale, here
    // as on the order tables.
    f.now += IntervalMs;
    QVERIFY(f.poll(f.open, ApiError::Kind::Unknown));
    QVERIFY(!f.monitor.isStale());
    QCOMPARE(f.status.state().ordersStale, false);
    QCOMPARE(f.status.state().ordersFailing, false);
    // Failing beyond StaleIntervals intervals: stale, and the status bar says so at once.
    changed.clear();
    f.now += qint64(StaleMonitor::StaleIntervals) * IntervalMs;
    f.monitor.evaluate();
    QVERIFY(f.monitor.isStale());
    QVERIFY(changed.count() > 0);
    QCOMPARE(f.status.state().ordersStale, true);
    QCOMPARE(f.status.state().ordersFailing, true);
    // The open orders answer again, the finished ones have failed as long: still stale (the
    // finished table is), but the open orders' refresh is not failing.
    QVERIFY(f.poll(f.open));
    QVERIFY(f.poll(f.finished, ApiError::Kind::Unknown));
    f.now += qint64(StaleMonitor::StaleIntervals + 1) * IntervalMs;
    QVERIFY(f.poll(f.open));
    f.monitor.evaluate();
    QVERIFY(f.monitor.isStale());
    QCOMPARE(f.status.state().ordersStale, true);
    QCOMPARE(f.status.state().ordersFailing, false);
    QVERIFY(f.poll(f.finished));
    QVERIFY(!f.monitor.isStale());
    QCOMPARE(f.status.state().ordersStale, false);
    // Refused credentials make the orders stale (the monitor's rule), however fresh they are.
    f.monitor.setCredentialsRefused(true);
    QCOMPARE(f.status.state().ordersStale, true);
}

void TestConnectionStatus::agesPausesAndSkewOnTheGivenClock()
{
    Seam f;
    QVERIFY(!f.status.state().ordersUpdated.isValid());
    QVERIFY(f.poll(f.open));
    QCOMPARE(f.status.state().ordersUpdated.toMSecsSinceEpoch(), Start);
    f.now += 4500;
    QCOMPARE(f.status.state().ordersAgeSeconds, 4);
    f.status.holdBack(3000);
    QCOMPARE(f.status.state().rateLimitPauseMs, 3000);
    f.now += 2000;
    QCOMPARE(f.status.state().rateLimitPauseMs, 1000);
    f.now += 1000;
    QCOMPARE(f.status.state().rateLimitPauseMs, 0);
    f.status.setClockSkewMs(-ConnectionStatus::LargeSkewMs);
    QCOMPARE(f.status.state().clockSkewMs, -ConnectionStatus::LargeSkewMs);
    QVERIFY(!f.status.state().clockSkewLarge); // at the limit: tolerated
    f.status.setClockSkewMs(-ConnectionStatus::LargeSkewMs - 1);
    QVERIFY(f.status.state().clockSkewLarge);
}

void TestConnectionStatus::offlineSessionIsConnecting()
{
    SessionFixture f; // a real exchange's address, not started
    const auto s = probe(f.session).link()->state();
    QCOMPARE(s.link, ConnectionStatus::Link::Connecting);
    QVERIFY(!s.demo);
    QCOMPARE(s.baseUrl.host(), QStringLiteral("api.example.invalid"));
    QVERIFY(!s.ordersUpdated.isValid());
    QVERIFY(!s.ordersStale);
}

void TestConnectionStatus::connectsThenHeldBackByTheRateLimit()
{
    DemoExchange *demo = nullptr;
    qint64 now = Start;
    SessionFixture f(demoOptions(&demo, 0, &now));
    const ConnectionStatus *status = probe(f.session).link();
    QSignalSpy changed(status, &ConnectionStatus::changed);
    f.session.start();
    QVERIFY(status->state().demo);
    QTRY_COMPARE_WITH_TIMEOUT(status->state().link, ConnectionStatus::Link::Connected, 10000);
    QVERIFY(changed.count() > 0);
    // Ages are counted on the injected wall clock.
    QCOMPARE(status->state().ordersUpdated.toMSecsSinceEpoch(), now);
    now += 4000;
    QCOMPARE(status->state().ordersAgeSeconds, 4);

    demo->injectFault(DemoFault::RateLimitBurst, 1, "/api/v1/spot/open_order");
    probe(f.session).orders()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(status->state().link, ConnectionStatus::Link::RateLimited, 10000);
    const auto s = status->state();
    // One refused poll 4 s after a success is within the stale allowance: the status bar says
    // what the order tables' monitor says.
    QCOMPARE(s.ordersStale, probe(f.session).ordersStale()->isStale());
    QVERIFY(!s.ordersStale);
    QVERIFY(s.rateLimitPauseMs > 0);
    now += s.rateLimitPauseMs;
    QCOMPARE(status->state().rateLimitPauseMs, 0); // the pause ends on the same clock
}

void TestConnectionStatus::largeClockSkewIsFlagged()
{
    DemoExchange *demo = nullptr;
    qint64 now = Start;
    SessionFixture f(demoOptions(&demo, 10 * 60 * 1000, &now));
    const ConnectionStatus *status = probe(f.session).link();
    f.session.start();
    QTRY_VERIFY_WITH_TIMEOUT(status->state().clockSkewLarge, 10000);
    QVERIFY(status->state().clockSkewMs > ConnectionStatus::LargeSkewMs);
}

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
