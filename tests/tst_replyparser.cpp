#include "bench/QJsonOrders.h"
#include "core/ReplyParser.h"
#include "core/ReplyScanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specCreateReply();
    void specCancelReply();
    void specBatchCancelReply();
    void specGetOrderReply();
    void specFinishedOrders();
    void specOpenOrders();
    void orderIdsBeyondDouble_data();
    void orderIdsBeyondDouble();
    void envelopes_data();
    void envelopes();
    void wrongTypes_data();
    void wrongTypes();
    void marketData();
    void scannerReadsAsTheTreeDid_data();
    void scannerReadsAsTheTreeDid();
    void scannerChecksData();
};

static ReplyParser::Envelope load(const char *name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/%1").arg(QLatin1String(name))));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return ReplyParser::envelope(f.readAll());
}

void TestReplyParser::specCreateReply()
{
    const auto e = load("spec-create-reply.json");
    QVERIFY(e.error.ok());
    OrderId id = 0;
    QVERIFY(ReplyParser::orderId(e.root.value(QLatin1String("data")), &id));
    QCOMPARE(id, Q_INT64_C(2000000074758463));
}

void TestReplyParser::specCancelReply()
{
    const auto e = load("spec-cancel-reply.json");
    QVERIFY(e.error.ok());
    OrderId id = 0;
    QVERIFY(ReplyParser::orderId(e.root.value(QLatin1String("orderId")), &id));
    QCOMPARE(id, Q_INT64_C(2000000074758463));
}

void TestReplyParser::specBatchCancelReply()
{
    const auto e = load("spec-batch-cancel-reply.json");
    QVERIFY(e.error.ok());
    BatchCancelResult r;
    QString why;
    QVERIFY2(ReplyParser::batchCancel(e.root, &r, &why), qPrintable(why));
    QCOMPARE(r.canceled, (QList<OrderId>{2000000074758463, 2000000074758464}));
}

void TestReplyParser::specGetOrderReply()
{
    const auto e = load("spec-get-order-reply.json");
    Order o;
    QString why;
    QVERIFY2(ReplyParser::order(e.root.value(QLatin1String("data")), &o, &why), qPrintable(why));
    QCOMPARE(o.orderId, Q_INT64_C(2000000074758463));
    QCOMPARE(o.clientOrderId, QString()); // " " means blank
    QCOMPARE(o.failedReason, QString());
    QCOMPARE(o.price.toString(), QStringLiteral("69000"));
    QCOMPARE(o.quantity.toString(), QStringLiteral("0.001"));
    QCOMPARE(o.amount.toString(), QStringLiteral("69"));
    QCOMPARE(o.status, OrderStatus::New);
    QCOMPARE(o.side, Side::Buy);
    QCOMPARE(o.type, OrderType::Limit);
    QVERIFY(!o.hasAveragePrice);
}

void TestReplyParser::specFinishedOrders()
{
    const auto e = load("spec-finished-orders-reply.json");
    QList<Order> orders;
    QString why;
    QVERIFY2(ReplyParser::orders(e.root.value(QLatin1String("data")), &orders, &why),
             qPrintable(why));
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders[0].orderId, Q_INT64_C(2000000074758461));
    QCOMPARE(orders[0].price.toString(), QStringLiteral("70745.48"));
    QCOMPARE(orders[0].quantity.toString(), QStringLiteral("0.0002"));
    QCOMPARE(orders[0].amount.toString(), QStringLiteral("14.149096"));
    QCOMPARE(orders[0].tradeAmount.toString(), QStringLiteral("14.149096"));
    QCOMPARE(orders[0].averagePrice.toString(), QStringLiteral("70745.48"));
    QVERIFY(orders[0].hasAveragePrice);
    QCOMPARE(orders[0].status, OrderStatus::Filled);
    QCOMPARE(orders[1].orderId, Q_INT64_C(2000000074758404));
    QCOMPARE(orders[1].quantity.toString(), QStringLiteral("0.00075"));
    QCOMPARE(orders[1].amount.toString(), QStringLiteral("53.09961"));
}

void TestReplyParser::specOpenOrders()
{
    const auto e = load("spec-open-orders-reply.json");
    QList<Order> orders;
    QString why;
    QVERIFY2(ReplyParser::orders(e.root.value(QLatin1String("data")), &orders, &why),
             qPrintable(why));
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders[1].orderId, Q_INT64_C(2000000074758423));
    QCOMPARE(orders[1].price.toString(), QStringLiteral("70613.48"));
    QCOMPARE(orders[1].amount.toString(), QStringLiteral("25.4208528"));
    QCOMPARE(orders[1].status, OrderStatus::New);
}

void TestReplyParser::orderIdsBeyondDouble_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("valid");
    QTest::addRow("2^53+1 number")
        << QByteArray("9007199254740993") << Q_INT64_C(9007199254740993) << true;
    QTest::addRow("2^53+1 string")
        << QByteArray("\"9007199254740993\"") << Q_INT64_C(9007199254740993) << true;
    QTest::addRow("int64 max") << QByteArray("9223372036854775807")
                               << Q_INT64_C(9223372036854775807) << true;
    QTest::addRow("fraction") << QByteArray("1.5") << qint64(0) << false;
    QTest::addRow("negative") << QByteArray("-4") << qint64(0) << false;
    QTest::addRow("text") << QByteArray("\"abc\"") << qint64(0) << false;
    QTest::addRow("bool") << QByteArray("true") << qint64(0) << false;
}

void TestReplyParser::orderIdsBeyondDouble()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    QFETCH(bool, valid);
    const auto doc = QJsonDocument::fromJson("[" + json + "]");
    OrderId id = 0;
    QCOMPARE(ReplyParser::orderId(doc.array().at(0), &id), valid);
    if (valid)
        QCOMPARE(id, expected);
}

void TestReplyParser::envelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("success") << QByteArray(R"({"code":"0","msg":"success","data":1})")
                             << int(ApiError::Kind::None) << "";
    QTest::addRow("numeric zero code")
        << QByteArray(R"({"code":0,"data":1})") << int(ApiError::Kind::None) << "";
    QTest::addRow("rejected") << QByteArray(R"({"code":"-1131","msg":"Balance insufficient"})")
                              << int(ApiError::Kind::Rejected) << "Balance insufficient";
    QTest::addRow("rejected no msg")
        << QByteArray(R"({"code":"7"})") << int(ApiError::Kind::Rejected) << "code 7";
    QTest::addRow("truncated") << QByteArray(R"({"code":"0","da)") << int(ApiError::Kind::Malformed)
                               << "not valid JSON";
    QTest::addRow("html") << QByteArray("<html>502</html>") << int(ApiError::Kind::Malformed)
                          << "not valid JSON";
    QTest::addRow("array") << QByteArray("[1,2]") << int(ApiError::Kind::Malformed)
                           << "not a JSON object";
    QTest::addRow("no code") << QByteArray(R"({"msg":"x"})") << int(ApiError::Kind::Malformed)
                             << "no result code";
    QTest::addRow("empty") << QByteArray() << int(ApiError::Kind::Malformed) << "not valid JSON";
}

void TestReplyParser::envelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const auto e = ReplyParser::envelope(body);
    QCOMPARE(int(e.error.kind), kind);
    QVERIFY2(e.error.message.contains(message), qPrintable(e.error.message));
}

void TestReplyParser::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("order");
    QTest::addColumn<QString>("reason");
    const QByteArray base = R"({"orderId":1,"symbol":"BTC-USDT","side":"BUY","orderType":"LIMIT",)"
                            R"("status":"NEW",)";
    QTest::addRow("price as float") << base + R"("price":69000.5})"
                                    << "price";
    QTest::addRow("price as object") << base + R"("price":{}})"
                                     << "price";
    QTest::addRow("price exponent") << base + R"("price":"6.9e4"})"
                                    << "price";
    QTest::addRow("bad side") << QByteArray(R"({"orderId":1,"symbol":"X","side":"HOLD",)"
                                            R"("orderType":"LIMIT"})")
                              << "side";
    QTest::addRow("missing id") << QByteArray(R"({"symbol":"X","side":"BUY","orderType":"LIMIT"})")
                                << "orderId";
    QTest::addRow("symbol as array") << QByteArray(R"({"orderId":1,"symbol":[],"side":"BUY",)"
                                                   R"("orderType":"LIMIT"})")
                                     << "symbol";
    QTest::addRow("not an object") << QByteArray("42") << "object";
}

void TestReplyParser::wrongTypes()
{
    QFETCH(QByteArray, order);
    QFETCH(QString, reason);
    const auto doc = QJsonDocument::fromJson("[" + order + "]");
    Order o;
    QString why;
    QVERIFY(!ReplyParser::order(doc.array().at(0), &o, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestReplyParser::marketData()
{
    const auto book = QJsonDocument::fromJson(
        R"({"bid":[["69999.5","0.3"]],"ask":[["70000.1","1.25"]],"time":1711351755000})");
    BookTicker t;
    QString why;
    QVERIFY(ReplyParser::bookTicker(book.object(), &t, &why));
    QCOMPARE(t.bid.price.toString(), QStringLiteral("69999.5"));
    QCOMPARE(t.ask.quantity.toString(), QStringLiteral("1.25"));
    QCOMPARE(t.time, Q_INT64_C(1711351755000));

    const auto balances = QJsonDocument::fromJson(
        R"([{"tokenCode":"USDT","total":"1000.5","avaliable":"900.25","frozen":"100.25"}])");
    QList<Balance> b;
    QVERIFY(ReplyParser::balances(balances.array(), &b, &why));
    QCOMPARE(b.first().available.toString(), QStringLiteral("900.25"));

    const auto symbols = QJsonDocument::fromJson(
        R"([{"symbol":"BTC-USDT","baseToken":"BTC","quoteToken":"USDT","priceIncrement":"0.01",)"
        R"("baseIncrement":"0.0001","baseMinSize":"0.0001","quoteMinSize":"5",)"
        R"("enableTrading":true,"priceLimitRate":"0.1"}])");
    QList<SymbolRules> s;
    QVERIFY2(ReplyParser::symbols(symbols.array(), &s, &why), qPrintable(why));
    QCOMPARE(s.first().priceDecimals(), 2);
    QCOMPARE(s.first().quantityDecimals(), 4);
    QVERIFY(s.first().enableTrading);
}

void TestReplyParser::scannerReadsAsTheTreeDid_data()
{
    QTest::addColumn<QByteArray>("item");
    const QByteArray base = R"("orderId":7,"symbol":"BTC-USDT","side":"BUY","orderType":"LIMIT",)"
                            R"("status":"NEW","accountId":"1")";
    const auto with = [&base](const char *more) {
        return "{" + base + "," + more + "}";
    };
    QTest::addRow("blank texts") << with(
        R"("clientOid":" ","failedReason":" ","averagePrice":"0")");
    QTest::addRow("unicode blank") << with(R"("failedReason":"\u00a0","price":" ")");
    QTest::addRow("java decimals")
        << with(R"("price":"0E-8","quantity":"1.5E-7","amount":" 1E-8 ")");
    QTest::addRow("float exponent") << with(R"("price":"6.9e4")");
    QTest::addRow("decimal text edge")
        << with(R"("price":"-1.5","quantity":"+1","amount":"1.","tradeQty":".5")");
    QTest::addRow("long decimals")
        << with(R"("price":"123456789012345678901","quantity":"0.1234567890123456789")");
    QTest::addRow("filled") << with(R"("tradeQty":"0.5","tradeAmount":"35000.25")");
    QTest::addRow("numbers for money") << with(R"("price":5,"quantity":5.0,"amount":5e0)");
    QTest::addRow("fraction number") << with(R"("price":69000.5)");
    QTest::addRow("huge number") << with(R"("price":1e30)");
    QTest::addRow("money as object") << with(R"("price":{"v":1},"quantity":[1])");
    QTest::addRow("unknown type and status") << with(R"("orderType":"STOP_LIMIT","status":"X")");
    QTest::addRow("account as numbers") << with(R"("accountId":2,"clientOid":3.0)");
    QTest::addRow("account as fraction") << with(R"("accountId":2.5)");
    QTest::addRow("side as number") << with(R"("side":1)");
    QTest::addRow("symbol null") << with(R"("symbol":null)");
    QTest::addRow("escapes") << with(R"("clientOid":"a\"b\\c\u00e9","\u0073ymbol":"ETH-USDT")");
    QTest::addRow("repeated key") << with(R"("price":"1","price":"2")");
    QTest::addRow("non-latin") << with(R"("clientOid":"æ¥æ¬")");
    for (const char *id :
         {"9007199254740993", "\"9007199254740993\"", "\" 42 \"", "9223372036854775807",
          "9223372036854775808", "1.0", "1.5", "-4", "0", "\"abc\"", "true", "null", "{}", "1e3"})
        QTest::addRow("id %s", id) << QByteArray(R"({"orderId":)") + id
                                          + R"(,"symbol":"X","side":"SELL","orderType":"MARKET",)"
                                            R"("status":"FILLED"})";
    QTest::addRow("no id") << QByteArray(R"({"symbol":"X","side":"BUY","orderType":"LIMIT"})");
    for (const char *item : {"42", "\"x\"", "[]", "null", "[{\"orderId\":1}]"})
        QTest::addRow("item %s", item) << QByteArray(item);
}

// The one-pass reader gives exactly what the QJsonDocument tree and FieldReader gave: the same
// orders, the same items skipped for the same reasons.
void TestReplyParser::scannerReadsAsTheTreeDid()
{
    QFETCH(QByteArray, item);
    const QByteArray body = R"({"code":"0","msg":"success","data":[)" + item + "," + item + "]}";
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    QCOMPARE(perr.error, QJsonParseError::NoError);
    QList<Order> expected;
    QStringList expectedSkipped;
    QList<qint64> expectedIds;
    QString why;
    QVERIFY(QJsonOrders::list(doc.object().value(QLatin1String("data")), &expected, &why,
                              &expectedSkipped, &expectedIds));
    QVERIFY(ReplyScanner::checkEnvelope(body, false).ok());
    QList<Order> scanned;
    QStringList skipped;
    QList<qint64> ids;
    QVERIFY2(ReplyParser::orders(ReplyDocument(body), &scanned, &why, &skipped, &ids),
             qPrintable(why));
    QCOMPARE(skipped, expectedSkipped);
    QCOMPARE(ids, expectedIds);
    QCOMPARE(scanned, expected);
    for (qsizetype i = 0; i < scanned.size(); ++i) { // same value and the same digits
        QCOMPARE(scanned[i].price.toString(), expected[i].price.toString());
        QCOMPARE(scanned[i].quantity.toString(), expected[i].quantity.toString());
    }
    // One order ("get order") reads the same way.
    const QByteArray one = R"({"code":"0","data":)" + item + "}";
    Order a;
    Order b;
    QString whyA;
    QString whyB;
    const bool okA =
        QJsonOrders::order(QJsonDocument::fromJson(one).object().value("data"), &a, &whyA);
    QCOMPARE(ReplyParser::order(ReplyDocument(one), &b, &whyB), okA);
    QCOMPARE(whyB, whyA);
    QCOMPARE(b, a);
}

// Passed over by the envelope check, "data" is checked by the order readers as they read it.
void TestReplyParser::scannerChecksData()
{
    for (const QByteArray data :
         {QByteArray("[tru]"), QByteArray(R"([{"orderId":01}])"), QByteArray(R"(["\x"])"),
          QByteArray(R"([{"orderId":1,"stopType":-}])"), QByteArray(R"([{"a" 1}])")}) {
        const QByteArray body = R"({"code":"0","data":)" + data + "}";
        QCOMPARE(ReplyScanner::checkEnvelope(body).kind, ApiError::Kind::Malformed);
        // As Qt's own parser says; but for "\x", which Qt lets through: not JSON (RFC 8259).
        QCOMPARE(QJsonDocument::fromJson(body).isObject(), data.contains('\\'));
        QList<Order> orders;
        QString why;
        QVERIFY2(!ReplyParser::orders(ReplyDocument(body), &orders, &why), data.constData());
        QVERIFY2(why.contains(QLatin1String("not valid JSON")), qPrintable(why));
    }
    // Whatever follows the reply's object makes it no JSON document.
    QCOMPARE(ReplyScanner::checkEnvelope(R"({"code":"0"} x)").kind, ApiError::Kind::Malformed);
    QCOMPARE(ReplyScanner::checkEnvelope(R"({"code":"0"}})").kind, ApiError::Kind::Malformed);
}

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
