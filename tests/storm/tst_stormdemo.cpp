// The demo exchange's storm machinery on its own: what the storm found in it.
#include "demo/DemoExchange.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestStormDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Found by the storm (seeds 1-60 in one process): a reply held back (out of order) whose
    // client hung up meanwhile (its timeout) was still written on release, into the socket
    // the server had already deleted: a crash of the whole storm process.
    void heldReplyForAClientThatHungUp();
    // deliver-late: a request held on its way reaches the exchange later, as it was sent (its
    // headers too), is judged and counted then, once, and answered at once.
    void requestHeldOnItsWayArrivesLater();
};

namespace {

// Holds the first request 300 ms on its way; notes what arrives.
class HoldFirst final : public DemoRequestHook
{
public:
    DemoFault before(const DemoRequest &request) override
    {
        m_hold = {};
        if (request.heldId != 0) {
            arrivedId = request.heldId;
            arrivedProbe = request.header("X-Probe");
            arrivedAfterMs = clock.elapsed();
        } else if (!held) {
            held = true;
            clock.start();
            m_hold = {300, 7};
        }
        return DemoFault::None;
    }
    void after(const DemoRequest &, DemoFault, DemoResponse *) override { ++answered; }
    Hold hold() const override { return m_hold; }

    bool held = false;
    quint64 arrivedId = 0;
    QByteArray arrivedProbe;
    qint64 arrivedAfterMs = -1;
    int answered = 0;
    QElapsedTimer clock;

private:
    Hold m_hold;
};

} // namespace

void TestStormDemo::heldReplyForAClientThatHungUp()
{
    DemoExchangeOptions options;
    options.stepIntervalMs = 0;
    DemoExchange exchange(options);
    QVERIFY(exchange.listen(0));
    exchange.holdReplies("/api/v1/spot/ticker/");
    QNetworkAccessManager nam;
    QUrl url = exchange.baseUrl();
    url.setPath(QStringLiteral("/api/v1/spot/ticker/price"));
    url.setQuery(QStringLiteral("symbol=BTC-USDT"));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QTRY_COMPARE(exchange.heldReplies(), 1);
    // The client gives up (its timeout) and closes the connection; the server notices.
    QSignalSpy gone(reply, &QObject::destroyed);
    reply->abort();
    reply->deleteLater();
    QTRY_COMPARE(gone.count(), 1);
    QTest::qWait(200);      // the server's side of the closed connection is torn down
    exchange.releaseHeld(); // crashed here: the held responder wrote to the deleted socket
    QCOMPARE(exchange.heldReplies(), 0);
    // The exchange still answers (its own rate limit may refuse the second ticker at once).
    exchange.holdReplies({});
    QNetworkReply *next = nam.get(QNetworkRequest(url));
    QSignalSpy finished(next, &QNetworkReply::finished);
    QTRY_COMPARE(finished.count(), 1);
    const int status = next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QVERIFY2(status == 200 || status == 429, qPrintable(QString::number(status)));
    delete next;
}

void TestStormDemo::requestHeldOnItsWayArrivesLater()
{
    DemoExchangeOptions options;
    options.stepIntervalMs = 0;
    DemoExchange exchange(options);
    HoldFirst hook;
    exchange.setRequestHook(&hook);
    QVERIFY(exchange.listen(0));
    QNetworkAccessManager nam;
    QUrl url = exchange.baseUrl();
    url.setPath(QStringLiteral("/api/v1/spot/ticker/price"));
    url.setQuery(QStringLiteral("symbol=BTC-USDT"));
    QNetworkRequest request(url);
    request.setRawHeader("X-Probe", "on its way");
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(hook.arrivedId, quint64(7));
    QCOMPARE(hook.arrivedProbe, QByteArray("on its way"));
    QVERIFY2(hook.arrivedAfterMs >= 300, qPrintable(QString::number(hook.arrivedAfterMs)));
    QCOMPARE(hook.answered, 1); // answered once, when it arrived
    QCOMPARE(exchange.requestCount("GET", "/api/v1/spot/ticker/price"), 1);
    delete reply;
}

QTEST_GUILESS_MAIN(TestStormDemo)
#include "tst_stormdemo.moc"
