#include "DemoFixture.h"
#include "core/ReplyParser.h"
#include "core/RequestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>

// The documented exchange is the contract. The client reads what order-api.md and exchange.md
// promise, including their quirks and the edges a real server produces; and the demo exchange
// sends nothing they do not promise, checked on every reply it gives to every endpoint.
class TestContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgeOrders_data();
    void edgeOrders();
    void malformedItemIsSkippedNotFatal();
    void demoSendsOnlyDocumentedFields();
    void everyOpenOrderIsReachable();
    void demoVerifiesTheBytesReceived_data();
    void demoVerifiesTheBytesReceived();
    void missingParameterIs412();
};

namespace {

const QByteArray Base = R"("orderId":2000000074758463,"accountId":"2","side":"BUY",)"
                        R"("symbol":"BTC-USDT","price":"69000","quantity":"0.001","amount":"69",)"
                        R"("tradeQty":"0","tradeAmount":"0","stopStatus":"PENDING",)"
                        R"("failedReason":" ")";

QByteArray item(const QByteArray &extra, const QByteArray &status = "NEW",
                const QByteArray &type = "LIMIT")
{
    return "{" + Base + R"(,"clientOid":" ","status":")" + status + R"(","orderType":")" + type
           + "\"" + (extra.isEmpty() ? QByteArray() : "," + extra) + "}";
}

// The fields each endpoint's documented reply shows (order-api.md, exchange.md).
const QSet<QString> &documentedOrderFields()
{
    static const QSet<QString> f{
        QStringLiteral("clientOid"),  QStringLiteral("orderId"),     QStringLiteral("accountId"),
        QStringLiteral("side"),       QStringLiteral("symbol"),      QStringLiteral("price"),
        QStringLiteral("quantity"),   QStringLiteral("amount"),      QStringLiteral("status"),
        QStringLiteral("tradeQty"),   QStringLiteral("tradeAmount"), QStringLiteral("orderType"),
        QStringLiteral("stopStatus"), QStringLiteral("failedReason")};
    return f;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.cbegin(), k.cend());
}

// Empty when the reply to this endpoint carries only documented fields; else what is extra.
QStringList undocumented(const QByteArray &path, const QJsonObject &root)
{
    QStringList extra;
    const auto check = [&extra](const QString &where, const QSet<QString> &have,
                                const QSet<QString> &allowed) {
        for (const QString &k : have)
            if (!allowed.contains(k))
                extra.append(where + QLatin1Char('.') + k);
    };
    const QSet<QString> envelope{QStringLiteral("code"), QStringLiteral("msg"),
                                 QStringLiteral("data")};
    const QJsonValue data = root.value(QLatin1String("data"));
    if (path == "/api/v1/spot/order" && root.contains(QLatin1String("orderId"))) {
        check(QStringLiteral("cancel"), keysOf(root),
              {QStringLiteral("code"), QStringLiteral("msg"), QStringLiteral("orderId")});
        return extra;
    }
    if (path == "/api/v1/spot/batch/order") {
        check(QStringLiteral("batch"), keysOf(root), envelope + QSet{QStringLiteral("success")});
        for (const QJsonValue &v : data.toArray())
            check(QStringLiteral("batch[]"), keysOf(v.toObject()),
                  {QStringLiteral("code"), QStringLiteral("msg"), QStringLiteral("orderId")});
        return extra;
    }
    check(QStringLiteral("envelope"), keysOf(root), envelope);
    if (path == "/api/v1/spot/order" && data.isObject())
        check(QStringLiteral("order"), keysOf(data.toObject()), documentedOrderFields());
    if (path == "/api/v1/spot/open_order")
        for (const QJsonValue &v : data.toArray())
            check(QStringLiteral("open[]"), keysOf(v.toObject()), documentedOrderFields());
    if (path == "/api/v1/spot/finish_order")
        for (const QJsonValue &v : data.toArray())
            check(QStringLiteral("finished[]"), keysOf(v.toObject()),
                  documentedOrderFields()
                      + QSet{QStringLiteral("stopType"), QStringLiteral("averagePrice")});
    if (path == "/api/v1/user/info") {
        check(QStringLiteral("user"), keysOf(data.toObject()), {QStringLiteral("accounts")});
        for (const QJsonValue &v : data.toObject().value(QLatin1String("accounts")).toArray())
            check(QStringLiteral("accounts[]"), keysOf(v.toObject()),
                  {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"),
                   QStringLiteral("status"), QStringLiteral("enableTrading")});
    }
    if (path == "/api/v1/account/balance")
        for (const QJsonValue &v : data.toArray())
            check(QStringLiteral("balance[]"), keysOf(v.toObject()),
                  {QStringLiteral("tokenCode"), QStringLiteral("total"),
                   QStringLiteral("avaliable"), QStringLiteral("frozen")});
    if (path == "/api/v1/account/trades")
        for (const QJsonValue &v : data.toArray())
            check(QStringLiteral("trades[]"), keysOf(v.toObject()),
                  {QStringLiteral("tradeId"), QStringLiteral("symbol"), QStringLiteral("price"),
                   QStringLiteral("quantity"), QStringLiteral("amount"), QStringLiteral("side"),
                   QStringLiteral("isMaker"), QStringLiteral("fee"), QStringLiteral("feeAsset"),
                   QStringLiteral("time")});
    if (path == "/api/v1/symbols")
        for (const QJsonValue &v : data.toArray())
            check(QStringLiteral("symbols[]"), keysOf(v.toObject()),
                  {QStringLiteral("symbol"), QStringLiteral("baseToken"),
                   QStringLiteral("quoteToken"), QStringLiteral("priceIncrement"),
                   QStringLiteral("baseIncrement"), QStringLiteral("baseMinSize"),
                   QStringLiteral("quoteMinSize"), QStringLiteral("enableTrading"),
                   QStringLiteral("priceLimitRate")});
    if (path == "/api/v1/spot/ticker/book_ticker")
        check(QStringLiteral("book"), keysOf(data.toObject()),
              {QStringLiteral("bid"), QStringLiteral("ask"), QStringLiteral("time")});
    if (path == "/api/v1/spot/depth")
        check(QStringLiteral("depth"), keysOf(data.toObject()),
              {QStringLiteral("bids"), QStringLiteral("asks")});
    if (path == "/api/v1/spot/ticker/24hr")
        check(QStringLiteral("24hr"), keysOf(data.toObject()),
              {QStringLiteral("lastPrice"), QStringLiteral("priceChangePercent"),
               QStringLiteral("highPrice"), QStringLiteral("lowPrice"), QStringLiteral("amount")});
    return extra;
}

} // namespace

void TestContract::edgeOrders_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addRow("documented example as is") << item({}) << "price"
                                              << "69000";
    QTest::addRow("blank average price") << item(R"("averagePrice":" ")") << "averagePrice"
                                         << "none";
    QTest::addRow("Java zero 0E-8") << item(R"("averagePrice":"0E-8")") << "averagePrice"
                                    << "none";
    QTest::addRow("Java small 1.5E-7 quantity")
        << "{" + QByteArray(Base).replace(R"("quantity":"0.001")", R"("quantity":"1.5E-7")")
               + R"(,"clientOid":" ","status":"NEW","orderType":"LIMIT"})"
        << "quantity"
        << "0.00000015";
    QTest::addRow("unknown type kept by name") << item({}, "NEW", "STOP_LIMIT") << "type"
                                               << "STOP_LIMIT";
    QTest::addRow("unknown status kept by name") << item({}, "PENDING_TRIGGER") << "status"
                                                 << "PENDING_TRIGGER";
    QTest::addRow("PENDING_NEW is known") << item({}, "PENDING_NEW") << "status"
                                          << "Pending";
    QTest::addRow("id past 2^53 as a number")
        << QByteArray(item({}).replace("2000000074758463", "9007199254740993")) << "orderId"
        << "9007199254740993";
    QTest::addRow("id as a string")
        << QByteArray(item({}).replace("2000000074758463", "\"9223372036854775807\"")) << "orderId"
        << "9223372036854775807";
    QTest::addRow("missing optional fields")
        << QByteArray(R"({"orderId":5,"side":"SELL","symbol":"ETH-USDT","orderType":"MARKET",)"
                      R"("status":"FILLED"})")
        << "price"
        << "0";
    QTest::addRow("average derived from documented fields when absent")
        << QByteArray(item({}).replace(R"("tradeQty":"0","tradeAmount":"0")",
                                       R"("tradeQty":"0.0004","tradeAmount":"27.6")"))
        << "averagePrice"
        << "69000";
}

void TestContract::edgeOrders()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    QList<Order> orders;
    QString why;
    QStringList skipped;
    QVERIFY(ReplyParser::orders(doc.array(), &orders, &why, &skipped));
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u"; ")));
    QCOMPARE(orders.size(), 1);
    const Order &o = orders.first();
    QString got;
    if (field == QLatin1String("price"))
        got = o.price.toString();
    else if (field == QLatin1String("quantity"))
        got = o.quantity.toString();
    else if (field == QLatin1String("averagePrice"))
        got = o.hasAveragePrice ? o.averagePrice.toString() : QStringLiteral("none");
    else if (field == QLatin1String("type"))
        got = o.typeLabel();
    else if (field == QLatin1String("status"))
        got = o.statusLabel();
    else if (field == QLatin1String("orderId"))
        got = QString::number(o.orderId);
    QCOMPARE(got, expected);
    QVERIFY(o.clientOrderId.isEmpty()); // " " is blank
    QVERIFY(o.failedReason.isEmpty());
}

void TestContract::malformedItemIsSkippedNotFatal()
{
    const QByteArray list = "[" + item({}) + R"(,{"orderId":7,"side":"HOLD","symbol":"X",)"
                            + R"("orderType":"LIMIT","status":"NEW"},{"nothing":1},)"
                            + QByteArray(item({}).replace("2000000074758463", "8")) + "]";
    QList<Order> orders;
    QString why;
    QStringList skipped;
    QList<qint64> skippedIds;
    QVERIFY(ReplyParser::orders(QJsonDocument::fromJson(list).array(), &orders, &why, &skipped,
                                &skippedIds));
    QCOMPARE(orders.size(), 2);
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skippedIds, QList<qint64>{7});
    QVERIFY(!ReplyParser::orders(QJsonValue(42), &orders, &why)); // not a list at all
}

void TestContract::demoSendsOnlyDocumentedFields()
{
    DemoFixture f;
    QSet<QByteArray> seen;
    QStringList extra;
    connect(&f.exchange, &DemoExchange::replied, this,
            [&](const QByteArray &, const QByteArray &path, const QByteArray &body) {
                seen.insert(path);
                const QJsonObject root = QJsonDocument::fromJson(body).object();
                if (root.value(QLatin1String("code")).toString() == QLatin1String("0"))
                    extra += undocumented(path, root);
            });
    // Every endpoint, with orders open, filled and cancelled so every shape has content.
    QList<OrderId> ids;
    for (const char *price : {"69000.00", "69100.00", "68900.00"}) {
        AWAIT(OrderId, placed,
              f.service.placeOrder(f.limit(Side::Buy, price, "0.0010"), nullptr, CB));
        QVERIFY(placed.ok());
        ids.append(placed.value);
    }
    QVERIFY(f.exchange.engine().fillPart(ids[2], *Decimal::parse("0.0010")));
    AWAIT(OrderId, c, f.service.cancelOrder(f.account(), OrderRef::byId(ids[0]), nullptr, CB));
    AWAIT(BatchCancelResult, b, f.service.batchCancel(f.account(), {ids[1], ids[2]}, nullptr, CB));
    AWAIT(Order, one, f.service.getOrder(f.account(), OrderRef::byId(ids[2]), nullptr, CB));
    AWAIT(QList<Order>, open, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    FinishedOrdersQuery fq;
    fq.accountId = f.account();
    AWAIT(QList<Order>, done, f.service.finishedOrders(fq, nullptr, CB));
    QCOMPARE(done.value.size(), 3);
    AWAIT(QList<Account>, accounts, f.service.userInfo(nullptr, CB));
    AWAIT(QList<Balance>, balances, f.service.balances(f.account(), {}, nullptr, CB));
    TradesQuery tq;
    tq.accountId = f.account();
    AWAIT(QList<Trade>, trades, f.service.trades(tq, nullptr, CB));
    QVERIFY(!trades.value.isEmpty());
    const QString btc = QStringLiteral("BTC-USDT");
    AWAIT(Decimal, price, f.service.tickerPrice(btc, nullptr, CB));
    AWAIT(BookTicker, book, f.service.bookTicker(btc, nullptr, CB));
    QVERIFY(book.value.time > 0);
    AWAIT(Depth, depth, f.service.depth(btc, nullptr, CB));
    AWAIT(Ticker24h, day, f.service.ticker24h(btc, nullptr, CB));
    QCOMPARE(seen.size(), 12); // every path of the API
    QVERIFY2(extra.isEmpty(), qPrintable(extra.join(u", ")));
}

void TestContract::everyOpenOrderIsReachable()
{
    // 150 open orders: more than the exchange's 100 a page. The client pages by the oldest id.
    DemoFixture f;
    QSet<OrderId> placed;
    for (int i = 0; i < 150; ++i) {
        NewOrder o = f.limit(Side::Buy, "60000.00", "0.0001");
        o.price = *Decimal::parse(QByteArray::number(64000 + i) + ".00");
        o.quantity = *Decimal::parse("0.0010");
        f.exchange.engine().place(o);
    }
    for (const Order &o : f.exchange.engine().openOrders(f.account(), {}, 0, 1000))
        placed.insert(o.orderId);
    QCOMPARE(placed.size(), 150);
    OpenOrdersQuery q{f.account(), {}, 100};
    AWAIT(QList<Order>, first, f.service.openOrders(q, nullptr, CB));
    QCOMPARE(first.value.size(), 100);
    OrderId oldest = first.value.first().orderId;
    for (const Order &o : first.value)
        oldest = std::min(oldest, o.orderId);
    q.orderId = oldest;
    AWAIT(QList<Order>, second, f.service.openOrders(q, nullptr, CB));
    QCOMPARE(second.value.size(), 50);
    QSet<OrderId> got;
    for (const Order &o : first.value + second.value)
        got.insert(o.orderId);
    QCOMPARE(got, placed);
}

void TestContract::demoVerifiesTheBytesReceived_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("signed_");
    QTest::addColumn<int>("status");
    const QByteArray a = "accountId=1403134775&limit=";
    QTest::newRow("plain, signed as sent") << a + "10" << a + "10" << 200;
    QTest::newRow("%31%30 signed as sent") << a + "%31%30" << a + "%31%30" << 200;
    QTest::newRow("%31%30 signed as a parser would re-encode it")
        << a + "%31%30" << a + "10" << 401;
    const QByteArray s = "accountId=1403134775&symbol=BTC";
    QTest::newRow("lower-case %2d signed as sent") << s + "%2dUSDT" << s + "%2dUSDT" << 200;
    QTest::newRow("lower-case %2d signed upper-cased") << s + "%2dUSDT" << s + "%2DUSDT" << 401;
}

void TestContract::demoVerifiesTheBytesReceived()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, signed_);
    QFETCH(int, status);
    DemoFixture f;
    const QByteArray path = "/api/v1/spot/open_order";
    const QByteArray ts = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray sig = RequestSigner::signatureBase64(
        *f.key, RequestSigner::message("GET", path, signed_, {}, ts));
    // Raw bytes on a socket: QNetworkAccessManager would normalise the URL on its own.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.exchange.baseUrl().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET " + path + '?' + sent + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 + "EXCHANGE-API-KEY: " + f.apiKey.toUtf8() + "\r\nEXCHANGE-API-TIMESTAMP: " + ts
                 + "\r\nEXCHANGE-API-SIGN: " + sig + "\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("\r\n"), 5000);
    QVERIFY2(reply.startsWith("HTTP/1.1 " + QByteArray::number(status)), reply.constData());
}

void TestContract::missingParameterIs412()
{
    DemoFixture f;
    NewOrder o = f.limit(Side::Buy, "69000.00", "0.0010");
    o.accountId.clear(); // a mandatory parameter missing
    AWAIT(OrderId, placed, f.service.placeOrder(o, nullptr, CB));
    QCOMPARE(placed.error.httpStatus, 412);
    QCOMPARE(placed.error.kind, ApiError::Kind::Auth); // exchange.md groups 412 with 401 and 403
    QCOMPARE(f.exchange.engine().orderCount(), 0);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
