#include "OrderFactory.h"
#include "bench/QJsonOrders.h"
#include "core/Ed25519Key.h"
#include "core/QueryString.h"
#include "core/ReplyParser.h"
#include "core/ReplyScanner.h"
#include "core/RequestSigner.h"
#include "demo/DemoJson.h"
#ifdef TRADEDESK_BENCH_RAPIDJSON
#include "bench/RapidJsonOrders.h"
#endif

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class BenchCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signOrderRequest();
    void parseFinishedOrders500_data();
    void parseFinishedOrders500();
};

void BenchCore::signOrderRequest()
{
    const Ed25519Key key =
        Ed25519Key::fromData("MC4CAQAwBQYDK2VwBCIEIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f");
    QVERIFY(key.isValid());
    const Decimal price = *Decimal::parse("66666.88");
    const Decimal qty = *Decimal::parse("0.01");
    QByteArray signature;
    QBENCHMARK
    {
        QueryString p;
        p.add("accountId", QStringLiteral("1403134775"));
        p.add("clientOrderId", QStringLiteral("qa-0001"));
        p.add("price", price.toWire());
        p.add("quantity", qty.toWire());
        p.add("side", QStringLiteral("BUY"));
        p.add("symbol", QStringLiteral("BTC-USDT"));
        p.add("type", QStringLiteral("LIMIT"));
        const QByteArray message =
            RequestSigner::message("POST", "/api/v1/spot/order", {}, p.encoded(), "1711351755000");
        signature = RequestSigner::signatureBase64(key, message);
    }
    QCOMPARE(signature, QByteArray("5pnvk49xEmE6MDcb33oygyEEPEjM+F+lUEuzQcJeLxAUXY4Df+"
                                   "kTjUn0o3d6wHkpIoOe/YCId2UpubbmtQ6HAg=="));
}

// 500 finished orders exactly as the demo exchange sends them (ids from 2^53 + 1 up).
static QByteArray finishedOrdersReply()
{
    QList<Order> list = OrderFactory::many(500);
    for (Order &o : list) {
        o.status = o.orderId % 7 ? OrderStatus::Filled : OrderStatus::Canceled;
        o.tradeQty = o.status == OrderStatus::Filled ? o.quantity : Decimal();
        o.tradeAmount = o.status == OrderStatus::Filled ? o.amount : Decimal();
        o.averagePrice = o.price;
        o.hasAveragePrice = o.status == OrderStatus::Filled;
    }
    const QJsonArray data = DemoJson::orders(list, DemoJson::OrderShape::Finished);
    return QJsonDocument(DemoJson::envelope(data)).toJson(QJsonDocument::Compact);
}

void BenchCore::parseFinishedOrders500_data()
{
    QTest::addColumn<QString>("reader");
    QTest::newRow("simdjson (the app)") << "simdjson";
    QTest::newRow("QJsonDocument (before)") << "qjson";
#ifdef TRADEDESK_BENCH_RAPIDJSON
    QTest::newRow("rapidjson SAX") << "rapidjson";
#endif
}

// What the app does with each reply: the envelope checked (ApiService), then the list read.
void BenchCore::parseFinishedOrders500()
{
    QFETCH(QString, reader);
    const QByteArray body = finishedOrdersReply();
    if (qEnvironmentVariableIsSet("BENCH_DUMP_REPLY")) {
        QFile f(qEnvironmentVariable("BENCH_DUMP_REPLY"));
        if (f.open(QIODevice::WriteOnly))
            f.write(body);
    }
    QList<Order> orders;
    QStringList skipped;
    QBENCHMARK
    {
        if (reader == QLatin1String("simdjson")) {
            QVERIFY(ReplyScanner::checkEnvelope(body, false).ok()); // as ReplyClassifier does
            QString why;
            QVERIFY(ReplyParser::orders(ReplyDocument(body), &orders, &why, &skipped));
        } else if (reader == QLatin1String("qjson")) {
            QVERIFY(QJsonOrders::reply(body, &orders, &skipped));
        } else {
#ifdef TRADEDESK_BENCH_RAPIDJSON
            QVERIFY(RapidJsonOrders::reply(body, &orders, &skipped));
#endif
        }
    }
    QVERIFY(skipped.isEmpty());
    QCOMPARE(orders.size(), 500);
    QCOMPARE(orders.first().orderId, Q_INT64_C(9007199254740993));
    QCOMPARE(orders.first().price.toString(), QStringLiteral("63993.93"));
    QCOMPARE(orders.first().failedReason, QString());
    // Every reader makes the same orders.
    QList<Order> reference;
    QStringList none;
    QVERIFY(QJsonOrders::reply(body, &reference, &none));
    QCOMPARE(orders, reference);
}

QTEST_APPLESS_MAIN(BenchCore)
#include "bench_core.moc"
