#include "core/ServerClock.h"

#include <QDateTime>
#include <QTest>

// The exchange's clock as the service learns it: from Date headers, forgotten when doubtful,
// and probed once at a time. Without a network.
class TestServerClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsFromDateHeader();
    void undatedReplyTeachesNothing();
    void forgottenUntilLearnedAgain();
    void oneProbeAtATime();
    void agreement();
};

namespace {

const QByteArray Date("Wed, 25 Nov 2026 14:00:00 GMT");

// Our clock's milliseconds when the exchange's says `Date` (+ 0.5 s, its midpoint), `aheadMs` on.
qint64 ourMs(qint64 exchangeAheadMs)
{
    return QDateTime(QDate(2026, 11, 25), QTime(14, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch()
           - exchangeAheadMs;
}

} // namespace

void TestServerClock::learnsFromDateHeader()
{
    ServerClock clock;
    QVERIFY(!clock.isKnown());
    bool changed = false;
    QVERIFY(clock.learn(Date, ourMs(120000) - 20, ourMs(120000) + 20, &changed));
    QVERIFY(changed);
    QVERIFY(clock.isKnown());
    QCOMPARE(clock.offsetMs(), 120000);
    QCOMPARE(clock.timestampMs(1000), 121000);
    QVERIFY(clock.learn(Date, ourMs(120000) - 20, ourMs(120000) + 20, &changed));
    QVERIFY(!changed); // the same offset again
}

void TestServerClock::undatedReplyTeachesNothing()
{
    ServerClock clock;
    bool changed = true;
    QVERIFY(!clock.learn({}, 0, 10, &changed));
    QVERIFY(!changed);
    QVERIFY(!clock.learn("not a date", 0, 10));
    QVERIFY(!clock.isKnown());
    QCOMPARE(clock.offsetMs(), 0);
}

void TestServerClock::forgottenUntilLearnedAgain()
{
    ServerClock clock;
    QVERIFY(clock.learn(Date, ourMs(-45000), ourMs(-45000)));
    clock.forget();
    QVERIFY(!clock.isKnown());
    QCOMPARE(clock.offsetMs(), -45000); // kept until a better one comes
    QVERIFY(clock.learn(Date, ourMs(0), ourMs(0)));
    QVERIFY(clock.isKnown());
    QCOMPARE(clock.offsetMs(), 0);
}

void TestServerClock::oneProbeAtATime()
{
    ServerClock clock;
    QVERIFY(clock.startProbe());
    QVERIFY(!clock.startProbe());
    QVERIFY(!clock.isKnown());
    clock.endProbe(); // nothing to learn it from: go on with what is known
    QVERIFY(clock.isKnown());
    QVERIFY(clock.startProbe());
}

void TestServerClock::agreement()
{
    ServerClock clock;
    QVERIFY(!clock.agrees(0, 0)); // unknown: nothing agrees
    QVERIFY(clock.learn(Date, ourMs(6000), ourMs(6000)));
    QVERIFY(clock.agrees(6000, 0));
    QVERIFY(clock.agrees(6000 - ServerClock::AgreementMs, 0));
    QVERIFY(!clock.agrees(0, 0));   // signed before the 6 s step
    QVERIFY(clock.agrees(0, 3000)); // unless the request took that long
    clock.forget();
    QVERIFY(!clock.agrees(6000, 0));
}

QTEST_GUILESS_MAIN(TestServerClock)
#include "tst_serverclock.moc"
