#include "DemoFixture.h"
#include "core/ReplyParser.h"
#include "core/RequestSigner.h"

#include <QElapsedTimer>
#include <QFile>
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
    void foreignHostIsRefused_data();
    void foreignHostIsRefused();
    void controlNeedsTheRunsToken_data();
    void controlNeedsTheRunsToken();
    void wrongMethodIs405_data();
    void wrongMethodIs405();
    void hugeBodyIsRefusedBeforeItArrives();
    void chunkedBodyIsRefused();
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

// What a page in a browser, or curl, can send: raw bytes on a socket to the demo's port. The
// reply's head and body as received, once complete, or what came before the connection closed.
QByteArray rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "not connected";
    socket.write(request);
    QByteArray reply;
    const auto complete = [&] {
        reply += socket.readAll();
        const qsizetype end = reply.indexOf("\r\n\r\n");
        if (end < 0)
            return socket.state() != QAbstractSocket::ConnectedState;
        const qsizetype at = reply.toLower().indexOf("content-length:");
        const qsizetype eol = reply.indexOf("\r\n", at);
        const qint64 length = at < 0 ? 0 : reply.mid(at + 15, eol - at - 15).trimmed().toLongLong();
        return reply.size() >= end + 4 + length
               || socket.state() != QAbstractSocket::ConnectedState;
    };
    if (!QTest::qWaitFor(complete, 5000))
        reply += "(no complete reply in 5 s)";
    return reply;
}

int statusOf(const QByteArray &reply)
{
    return reply.startsWith("HTTP/1.1 ") ? reply.mid(9, 3).toInt() : -1;
}

QByteArray hostOf(const DemoFixture &f)
{
    return "127.0.0.1:" + QByteArray::number(f.exchange.baseUrl().port());
}

// The process's peak resident memory since the last reset, in KiB (0 if unknown).
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
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
    socket.write("GET " + path + '?' + sent + " HTTP/1.1\r\nHost: " + hostOf(f) + "\r\n"
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

// DNS rebinding: a page whose own name now points at 127.0.0.1 reaches the port with its name in
// Host. Every request, not only the controls, names this server's loopback address and port.
void TestContract::foreignHostIsRefused_data()
{
    QTest::addColumn<QByteArray>("hostLines");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    const QByteArray mid = "POST /demo/mid?symbol=BTC-USDT&price=1.00";
    const QByteArray price = "GET /api/v1/spot/ticker/price?symbol=BTC-USDT";
    QTest::newRow("control, rebound name")
        << QByteArray("Host: attacker.example:%PORT%\r\n") << mid << 421;
    QTest::newRow("market data, rebound name")
        << QByteArray("Host: attacker.example:%PORT%\r\n") << price << 421;
    QTest::newRow("loopback without the port") << QByteArray("Host: 127.0.0.1\r\n") << price << 421;
    QTest::newRow("another port") << QByteArray("Host: 127.0.0.1:1\r\n") << price << 421;
    QTest::newRow("no Host") << QByteArray() << price << 400;
    QTest::newRow("two Hosts") << QByteArray("Host: 127.0.0.1:%PORT%\r\nHost: attacker.example\r\n")
                               << price << 400;
    QTest::newRow("loopback and port") << QByteArray("Host: 127.0.0.1:%PORT%\r\n") << price << 200;
    QTest::newRow("localhost and port") << QByteArray("Host: localhost:%PORT%\r\n") << price << 200;
}

void TestContract::foreignHostIsRefused()
{
    QFETCH(QByteArray, hostLines);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    DemoFixture f;
    const QByteArray port = QByteArray::number(f.exchange.baseUrl().port());
    const QByteArray reply =
        rawExchange(f.exchange.baseUrl().port(),
                    target + " HTTP/1.1\r\n" + QByteArray(hostLines).replace("%PORT%", port)
                        + "X-Demo-Token: " + f.exchange.controlToken() + "\r\n\r\n");
    QVERIFY2(statusOf(reply) == status, reply.constData());
    QCOMPARE(f.exchange.engine().market().lastPrice(QStringLiteral("BTC-USDT")).toString(),
             QStringLiteral("70000.00"));
}

// A control moves the market or the clock: reaching the port is not enough.
void TestContract::controlNeedsTheRunsToken_data()
{
    QTest::addColumn<QByteArray>("tokenLine");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QByteArray() << 401;
    QTest::newRow("empty token") << QByteArray("X-Demo-Token: \r\n") << 401;
    QTest::newRow("wrong token") << QByteArray("X-Demo-Token: 00112233\r\n") << 403;
    QTest::newRow("the run's token") << QByteArray("X-Demo-Token: %TOKEN%\r\n") << 200;
}

void TestContract::controlNeedsTheRunsToken()
{
    QFETCH(QByteArray, tokenLine);
    QFETCH(int, status);
    DemoFixture f;
    const QByteArray token = QByteArray(tokenLine).replace("%TOKEN%", f.exchange.controlToken());
    const QByteArray head = " HTTP/1.1\r\nHost: " + hostOf(f) + "\r\n" + token;
    const quint16 port = f.exchange.baseUrl().port();
    const QByteArray mid = rawExchange(port, "POST /demo/mid?symbol=BTC-USDT&price=1.00" + head
                                                 + "Content-Length: 0\r\n\r\n");
    QVERIFY2(statusOf(mid) == status, mid.constData());
    const QByteArray skew =
        rawExchange(port, "POST /demo/skew?ms=600000" + head + "Content-Length: 0\r\n\r\n");
    QVERIFY2(statusOf(skew) == status, skew.constData());
    const bool moved = status == 200;
    QCOMPARE(f.exchange.engine().market().lastPrice(QStringLiteral("BTC-USDT")).toString(),
             moved ? QStringLiteral("1.00") : QStringLiteral("70000.00"));
    QCOMPARE(f.exchange.clock().skewMs(), moved ? 600000 : 0);
}

// Each path takes its own method and no other: a GET that a page can make with an <img> must
// not move the market, and a method the path does not know is 405, naming the right one.
void TestContract::wrongMethodIs405_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET a control")
        << QByteArray("GET /demo/mid?symbol=BTC-USDT&price=1.00") << QByteArray("POST");
    QTest::newRow("PUT a control") << QByteArray("PUT /demo/skew?ms=600000") << QByteArray("POST");
    QTest::newRow("POST the stats") << QByteArray("POST /demo/stats") << QByteArray("GET");
    QTest::newRow("PUT an order") << QByteArray("PUT /api/v1/spot/order")
                                  << QByteArray("POST, DELETE, GET");
    QTest::newRow("HEAD market data") << QByteArray("HEAD /api/v1/symbols") << QByteArray("GET");
}

void TestContract::wrongMethodIs405()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, allow);
    DemoFixture f;
    const QByteArray reply =
        rawExchange(f.exchange.baseUrl().port(),
                    requestLine + " HTTP/1.1\r\nHost: " + hostOf(f) + "\r\nX-Demo-Token: "
                        + f.exchange.controlToken() + "\r\nContent-Length: 0\r\n\r\n");
    QVERIFY2(statusOf(reply) == 405, reply.constData());
    QVERIFY2(reply.contains("\r\nAllow: " + allow + "\r\n"), reply.constData());
    QCOMPARE(f.exchange.engine().market().lastPrice(QStringLiteral("BTC-USDT")).toString(),
             QStringLiteral("70000.00"));
    QCOMPARE(f.exchange.clock().skewMs(), 0);
}

// A 64 MB body is refused from its head, before it arrives: the client streams it as curl would
// and the 413 comes back after a small part is sent, and the process never holds the body.
void TestContract::hugeBodyIsRefusedBeforeItArrives()
{
    DemoFixture f;
    const qint64 total = 64 * 1024 * 1024;
    const QByteArray slice(256 * 1024, 'a');
    const bool measured = resetPeak();
    const qint64 before = peakKiB();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.exchange.baseUrl().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/spot/order HTTP/1.1\r\nHost: " + hostOf(f)
                 + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                 + QByteArray::number(total) + "\r\n\r\n");
    qint64 sent = 0;
    QByteArray reply;
    QElapsedTimer clock;
    clock.start();
    while (!reply.contains("\r\n\r\n") && socket.state() == QAbstractSocket::ConnectedState
           && clock.elapsed() < 60000) {
        if (sent < total && socket.bytesToWrite() < slice.size()) {
            socket.write(slice);
            sent += slice.size();
        }
        QTest::qWait(1);
        reply += socket.readAll();
    }
    reply += socket.readAll();
    QVERIFY2(statusOf(reply) == 413, reply.left(200).constData());
    QVERIFY2(sent < 4 * 1024 * 1024, QByteArray::number(sent).constData());
    if (measured) {
        const qint64 grewKiB = peakKiB() - before;
        QVERIFY2(grewKiB < 16 * 1024, QByteArray::number(grewKiB).constData());
    }
}

// Transfer-Encoding: chunked would let the body run on with no length the tap can follow, and
// later requests on the connection be checked against an earlier request's path: refused (411).
void TestContract::chunkedBodyIsRefused()
{
    DemoFixture f;
    const QByteArray path = "/api/v1/spot/open_order";
    const QByteArray query = "accountId=" + f.account().toUtf8();
    const QByteArray ts = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray sig =
        RequestSigner::signatureBase64(*f.key, RequestSigner::message("GET", path, query, {}, ts));
    const QByteArray chunked = "POST /api/v1/spot/order HTTP/1.1\r\nHost: " + hostOf(f)
                               + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "5\r\nhello\r\n0\r\n\r\n";
    const QByteArray signedGet = "GET " + path + '?' + query + " HTTP/1.1\r\nHost: " + hostOf(f)
                                 + "\r\nEXCHANGE-API-KEY: " + f.apiKey.toUtf8()
                                 + "\r\nEXCHANGE-API-TIMESTAMP: " + ts
                                 + "\r\nEXCHANGE-API-SIGN: " + sig + "\r\n\r\n";
    const QByteArray reply = rawExchange(f.exchange.baseUrl().port(), chunked + signedGet);
    QVERIFY2(statusOf(reply) == 411, reply.constData());
    QVERIFY2(reply.contains("Connection: close"), reply.constData());
    // The same signed request on its own connection is fine: the refusal was the chunked body.
    QCOMPARE(statusOf(rawExchange(f.exchange.baseUrl().port(), signedGet)), 200);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
