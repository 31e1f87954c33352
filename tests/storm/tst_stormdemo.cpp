// The demo exchange's storm machinery on its own: what the storm found in it.
#include "demo/DemoExchange.h"

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
};

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

QTEST_GUILESS_MAIN(TestStormDemo)
#include "tst_stormdemo.moc"
