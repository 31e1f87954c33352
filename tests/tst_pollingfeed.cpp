#include "models/PollingFeed.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// The feed's fetch is a fake the test answers by hand, so timing is under the test's control.
class TestPollingFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsNeverOverlap();
    void backoff_data();
    void backoff();
    void successResetsBackoff();
    void answeredExchangeEndsBackoff();
    void refreshNowWhileInFlightQueuesOne();
    void pauseStopsAndResumeFetchesAtOnce();
    void lateAnswerAfterStopIsDropped();
    void followPhaseNeverPollsSoonerThanItsInterval();
};

// Turns the event loop until a timer of `ms` has fired: every timer due sooner has fired too.
static bool turnPast(int ms)
{
    bool turned = false;
    QTimer::singleShot(ms, [&turned] { turned = true; });
    return QTest::qWaitFor([&turned] { return turned; }, ms + 5000);
}

struct FakeFetch
{
    int calls = 0;
    QList<PollingFeed::Done> pending;
    PollingFeed::Fetch fetch()
    {
        return [this](QObject *, PollingFeed::Done done) {
            ++calls;
            pending.append(std::move(done));
        };
    }
    void answer(const ApiError &error = {})
    {
        QVERIFY(!pending.isEmpty());
        pending.takeFirst()(error);
    }
};

static ApiError errorOf(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    e.message = QStringLiteral("x");
    return e;
}

void TestPollingFeed::pollsNeverOverlap()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 50);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    // While a poll is in flight no timer runs that could start another.
    QVERIFY(feed.isInFlight());
    QVERIFY(!feed.isScheduled());
    QCOMPARE(fake.calls, 1);
    fake.answer();
    QTRY_COMPARE(fake.calls, 2);
    QCOMPARE(fake.pending.size(), 1);
}

void TestPollingFeed::backoff_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addRow("429") << ApiError::Kind::RateLimited;
    QTest::addRow("5xx/timeout") << ApiError::Kind::Unknown;
    QTest::addRow("network") << ApiError::Kind::NotSent;
    QTest::addRow("malformed") << ApiError::Kind::Malformed;
}

void TestPollingFeed::backoff()
{
    QFETCH(ApiError::Kind, kind);
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 1000);
    QSignalSpy failed(&feed, &PollingFeed::failed);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    QCOMPARE(feed.nextDelayMs(), qint64(1000));
    fake.answer(errorOf(kind));
    QCOMPARE(feed.nextDelayMs(), qint64(2000));
    QCOMPARE(failed.count(), 1);
    feed.refreshNow(); // an explicit refresh still goes
    QTRY_COMPARE(fake.calls, 2);
    fake.answer(errorOf(kind));
    QCOMPARE(feed.nextDelayMs(), qint64(4000));
    for (int i = 0; i < 10; ++i) {
        feed.refreshNow();
        QTRY_COMPARE(fake.calls, 3 + i);
        fake.answer(errorOf(kind));
    }
    // The rate limit's refusals back off up to a minute; any other failure to a few intervals,
    // so the feed is back soon after the exchange is (a stall once left the lists stale a minute).
    QCOMPARE(feed.nextDelayMs(), kind == ApiError::Kind::RateLimited
                                     ? qint64(PollingFeed::MaxBackoffMs)
                                     : qint64(PollingFeed::MaxFailureFactor) * 1000);
}

void TestPollingFeed::answeredExchangeEndsBackoff()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 60000);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    QSignalSpy recovered(&feed, &PollingFeed::recovered);
    fake.answer(); // a success after none failed: no recovery to tell
    QCOMPARE(recovered.count(), 0);
    feed.refreshNow();
    QTRY_COMPARE(fake.calls, 2);
    fake.answer(errorOf(ApiError::Kind::Unknown));
    QVERIFY(feed.msUntilNextPoll() > 30000); // backed off (capped at MaxBackoffMs)
    feed.setIntervalMs(1000);                // reschedules within the back-off: 2 x 1000 ms
    QVERIFY(feed.msUntilNextPoll() > 1500);
    // Another feed of the same exchange recovered: the next poll comes within one interval
    // (a coarse timer may be 5 % late).
    feed.exchangeAnswered();
    QVERIFY(feed.msUntilNextPoll() <= 1050);
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls, 3, 3000);
    // After the rate limit the back-off stands: that refusal is the exchange's own word.
    fake.answer(errorOf(ApiError::Kind::RateLimited));
    QVERIFY(feed.msUntilNextPoll() > 1500);
    feed.exchangeAnswered();
    QVERIFY(feed.msUntilNextPoll() > 1500);
    // It answers again after failing: the feed tells its recovery, for the others to follow.
    feed.refreshNow();
    QTRY_COMPARE(fake.calls, 4);
    fake.answer();
    QCOMPARE(recovered.count(), 1);
}

void TestPollingFeed::successResetsBackoff()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 1000);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    fake.answer(errorOf(ApiError::Kind::Unknown));
    QCOMPARE(feed.consecutiveFailures(), 1);
    feed.refreshNow();
    QTRY_COMPARE(fake.calls, 2);
    fake.answer();
    QCOMPARE(feed.consecutiveFailures(), 0);
    QCOMPARE(feed.nextDelayMs(), qint64(1000));
    QVERIFY(feed.lastSuccess().isValid());
}

void TestPollingFeed::refreshNowWhileInFlightQueuesOne()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 60000);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    feed.refreshNow();
    feed.refreshNow();
    QCOMPARE(fake.calls, 1); // still only one in flight
    fake.answer();
    QTRY_COMPARE(fake.calls, 2); // exactly one follow-up, at once, not after 60 s
    QVERIFY(!feed.isScheduled());
    fake.answer();
    // Nothing further queued: the next poll is a whole interval away.
    QVERIFY(feed.isScheduled());
    QVERIFY(feed.msUntilNextPoll() > 50000);
    QCOMPARE(fake.calls, 2);
}

void TestPollingFeed::pauseStopsAndResumeFetchesAtOnce()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 30);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    feed.setPaused(true);
    fake.answer();
    QVERIFY(!feed.isScheduled()); // paused: no timer left that could poll
    QVERIFY(turnPast(5 * 30));    // five intervals: a poll would have come by now
    QCOMPARE(fake.calls, 1);
    QVERIFY(!feed.isScheduled());
    feed.setPaused(false);
    QTRY_COMPARE(fake.calls, 2);
}

void TestPollingFeed::lateAnswerAfterStopIsDropped()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 30);
    QSignalSpy failed(&feed, &PollingFeed::failed);
    QSignalSpy succeeded(&feed, &PollingFeed::succeeded);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    // Stopped while the poll is on its way; its answer comes after.
    feed.stop();
    QVERIFY(!feed.isInFlight());
    fake.answer(errorOf(ApiError::Kind::Unknown));
    QVERIFY(turnPast(5 * 30));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(feed.consecutiveFailures(), 0);
    QVERIFY(!feed.isScheduled());
    QCOMPARE(fake.calls, 1);
    // Started again: a fresh poll, whose answer counts.
    feed.start();
    QTRY_COMPARE(fake.calls, 2);
    fake.answer();
    QCOMPARE(succeeded.count(), 1);
}

// The best bid/ask follows the book half a period later (adv2 F1), never sooner than one interval
// after its own last request (its endpoint's limit), never putting off a refresh asked for at once.
void TestPollingFeed::followPhaseNeverPollsSoonerThanItsInterval()
{
    FakeFetch fake;
    PollingFeed feed(QStringLiteral("t"), fake.fetch(), 600);
    feed.start();
    QTRY_COMPARE(fake.calls, 1);
    fake.answer();
    feed.followPhase(100, 0); // its own request went just now: one interval from it
    QVERIFY2(feed.msUntilNextPoll() > 500, qPrintable(QString::number(feed.msUntilNextPoll())));
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls, 2, 2000);
    fake.answer();
    QVERIFY(turnPast(400));
    feed.followPhase(300, 0); // the interval is over in ~200 ms: the phase asked for wins
    QVERIFY2(feed.msUntilNextPoll() > 250 && feed.msUntilNextPoll() <= 330, // a coarse timer
             qPrintable(QString::number(feed.msUntilNextPoll())));
    feed.refreshNow();
    feed.followPhase(300, 0); // asked for at once: not put off
    QVERIFY(feed.msUntilNextPoll() <= 1);
    QTRY_COMPARE(fake.calls, 3);
    fake.answer(errorOf(ApiError::Kind::Unknown));
    const int backedOff = feed.msUntilNextPoll();
    feed.followPhase(10, 0); // failing: its back-off rules
    QVERIFY(feed.msUntilNextPoll() > 10 && feed.msUntilNextPoll() <= backedOff);
    // Asked while in flight (the two polls in phase): applied once the answer is in, at the
    // phase's first slot past its own interval (100 ms + one period of 700), not at 600.
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls, 4, 5000);
    fake.answer();
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls, 5, 5000);
    feed.followPhase(100, 700);
    fake.answer();
    QVERIFY2(feed.msUntilNextPoll() > 700, qPrintable(QString::number(feed.msUntilNextPoll())));
}

QTEST_GUILESS_MAIN(TestPollingFeed)
#include "tst_pollingfeed.moc"
