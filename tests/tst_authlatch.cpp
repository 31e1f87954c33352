#include "core/AuthLatch.h"

#include <QTest>

// When a 401 pauses signed requests: every rule of the latch, without a network.
class TestAuthLatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data();
    void judge();
    void clearedByNewCredentials();
};

Q_DECLARE_METATYPE(AuthLatch::Verdict)

void TestAuthLatch::judge_data()
{
    using V = AuthLatch::Verdict;
    QTest::addColumn<int>("resigns");
    QTest::addColumn<qint64>("roundTripMs");
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<V>("verdict");
    QTest::newRow("first 401, fast and fresh: signed again")
        << 0 << qint64(20) << true << V::SignAgain;
    QTest::newRow("first 401, clock off: signed again") << 0 << qint64(20) << false << V::SignAgain;
    QTest::newRow("re-signed, fast and fresh: the credentials")
        << 1 << qint64(20) << true << V::Latch;
    QTest::newRow("re-signed, at the bound: the credentials")
        << 1 << AuthLatch::CredibleRoundTripMs << true << V::Latch;
    QTest::newRow("re-signed, slow: signed again once more")
        << 1 << AuthLatch::CredibleRoundTripMs + 1 << true << V::SignAgain;
    QTest::newRow("re-signed, 6 s late (starved process): signed again once more")
        << 1 << qint64(6000) << true << V::SignAgain;
    QTest::newRow("re-signed, clock moved: signed again once more")
        << 1 << qint64(20) << false << V::SignAgain;
    QTest::newRow("last send, slow: timing, never latched")
        << AuthLatch::MaxResigns << qint64(6000) << true << V::Timing;
    QTest::newRow("last send, clock moved: timing, never latched")
        << AuthLatch::MaxResigns << qint64(20) << false << V::Timing;
    QTest::newRow("last send, fast and fresh: the credentials")
        << AuthLatch::MaxResigns << qint64(20) << true << V::Latch;
}

void TestAuthLatch::judge()
{
    QFETCH(int, resigns);
    QFETCH(qint64, roundTripMs);
    QFETCH(bool, fresh);
    QFETCH(AuthLatch::Verdict, verdict);
    AuthLatch latch;
    AuthLatch::Refusal refusal;
    refusal.resigns = resigns;
    refusal.roundTripMs = roundTripMs;
    refusal.timestampFresh = fresh;
    QCOMPARE(latch.judge(refusal), verdict);
    QCOMPARE(latch.isLatched(), verdict == AuthLatch::Verdict::Latch);
    QCOMPARE(AuthLatch::isEvidence(refusal),
             fresh && roundTripMs <= AuthLatch::CredibleRoundTripMs);
}

void TestAuthLatch::clearedByNewCredentials()
{
    AuthLatch latch;
    QVERIFY(!latch.clear()); // nothing to clear
    AuthLatch::Refusal refusal;
    refusal.resigns = 1;
    refusal.timestampFresh = true;
    QCOMPARE(latch.judge(refusal), AuthLatch::Verdict::Latch);
    QVERIFY(latch.clear());
    QVERIFY(!latch.isLatched());
    QVERIFY(!latch.clear());
}

QTEST_GUILESS_MAIN(TestAuthLatch)
#include "tst_authlatch.moc"
