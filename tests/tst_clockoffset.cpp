#include "core/ClockOffset.h"

#include <QDateTime>
#include <QTest>

class TestClockOffset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDateHeader_data();
    void fromDateHeader();
};

void TestClockOffset::fromDateHeader_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<qint64>("localOffsetMs"); // our clock minus the server's, at the midpoint
    QTest::addColumn<qint64>("roundTripMs");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const QByteArray date("Wed, 25 Nov 2026 14:00:00 GMT");
    QTest::newRow("in step") << date << qint64(0) << qint64(40) << true << qint64(0);
    QTest::newRow("1.4 s behind: header resolution, not skew")
        << date << qint64(-1400) << qint64(40) << true << qint64(0);
    QTest::newRow("we are 120 s behind")
        << date << qint64(-120000) << qint64(40) << true << qint64(120000);
    QTest::newRow("we are 45 s ahead")
        << date << qint64(45000) << qint64(300) << true << qint64(-45000);
    QTest::newRow("numeric zone") << QByteArray("Wed, 25 Nov 2026 14:00:00 +0000") << qint64(-60000)
                                  << qint64(10) << true << qint64(60000);
    QTest::newRow("no header") << QByteArray() << qint64(0) << qint64(10) << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("yesterday") << qint64(0) << qint64(10) << false
                             << qint64(0);
    QTest::newRow("ISO date is not an HTTP date")
        << QByteArray("2026-11-25T14:00:00Z") << qint64(0) << qint64(10) << false << qint64(0);
}

void TestClockOffset::fromDateHeader()
{
    QFETCH(QByteArray, date);
    QFETCH(qint64, localOffsetMs);
    QFETCH(qint64, roundTripMs);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    // The server stamped 14:00:00.500 on average (its header truncates to whole seconds).
    const qint64 server =
        QDateTime(QDate(2026, 11, 25), QTime(14, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch();
    const qint64 midpoint = server + localOffsetMs;
    const std::optional<qint64> offset =
        ClockOffset::fromDateHeader(date, midpoint - roundTripMs / 2, midpoint + roundTripMs / 2);
    QCOMPARE(offset.has_value(), valid);
    if (valid)
        QCOMPARE(*offset, expected);
}

QTEST_MAIN(TestClockOffset)
#include "tst_clockoffset.moc"
