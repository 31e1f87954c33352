// A whole session on a fake transport (no server at all): what it asks for and what it shows.
#include "FakeNetwork.h"
#include "SessionFixture.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "core/NewOrder.h"
#include "models/OpenOrdersModel.h"

#include <QTest>

class TestSessionTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAnInjectedTransport();
    void requestsBeforeTheTransportWaitAndGoOnce();
};

namespace {

const QByteArray OneOpenOrder = R"({"code":"0","msg":"success","data":[{
    "clientOid":"c1","orderId":9007199254740993,"accountId":"A1","side":"BUY",
    "symbol":"BTC-USDT","price":"69000","quantity":"0.001","amount":"69","status":"NEW",
    "tradeQty":"0","tradeAmount":"0","orderType":"LIMIT","stopStatus":"PENDING",
    "failedReason":" "}]})";

} // namespace

void TestSessionTransport::runsOnAnInjectedTransport()
{
    FakeNetwork fake([](const FakeNetwork::Request &r) {
        FakeNetwork::Response response;
        if (r.path() == QLatin1String("/api/v1/spot/open_order"))
            response.body = OneOpenOrder;
        return response;
    });
    Session::Options o;
    o.baseUrl = QUrl(QStringLiteral("https://fake.exchange.invalid"));
    o.apiKey = QStringLiteral("fake-key");
    o.key = std::make_shared<const Ed25519Key>(Ed25519Key::generate());
    o.account = QStringLiteral("A1");
    o.symbol = QStringLiteral("BTC-USDT");
    o.network = fake.transport();
    SessionFixture fx(o);
    QVERIFY(probe(fx.session).problem().isEmpty());
    fx.session.start();

    // The list shows what the fake said, with the id exact beyond 2^53.
    QTRY_COMPARE(probe(fx.session).openOrders()->rowCount(), 1);
    QCOMPARE(probe(fx.session).openOrders()->orders().first().orderId, Q_INT64_C(9007199254740993));
    // Every request went through the fake; the orders query is signed and for the account.
    QVERIFY(fake.count(QStringLiteral("/api/v1/spot/open_order")) >= 1);
    bool signedQuery = false;
    for (const auto &r : fake.sent()) {
        QCOMPARE(r.url.host(), QStringLiteral("fake.exchange.invalid"));
        if (r.path() == QLatin1String("/api/v1/spot/open_order")) {
            QCOMPARE(r.param(QStringLiteral("accountId")), QStringLiteral("A1"));
            QCOMPARE(r.request.rawHeader("EXCHANGE-API-KEY"), QByteArray("fake-key"));
            signedQuery = !r.request.rawHeader("EXCHANGE-API-SIGN").isEmpty();
        }
    }
    QVERIFY(signedQuery);
}

void TestSessionTransport::requestsBeforeTheTransportWaitAndGoOnce()
{
    // The app's transport is made when the session starts (its module is opened after the first
    // frame): an order asked for before then waits in the queue, and goes exactly once after.
    FakeNetwork fake([](const FakeNetwork::Request &r) {
        FakeNetwork::Response response;
        if (r.verb == "POST" && r.path() == QLatin1String("/api/v1/spot/order"))
            response.body = R"({"code":"0","msg":"success","data":"4242"})";
        return response;
    });
    int made = 0;
    Session::Options o;
    o.baseUrl = QUrl(QStringLiteral("https://fake.exchange.invalid"));
    o.apiKey = QStringLiteral("fake-key");
    o.key = std::make_shared<const Ed25519Key>(Ed25519Key::generate());
    o.account = QStringLiteral("A1");
    o.symbol = QStringLiteral("BTC-USDT");
    o.makeNetwork = [&fake, &made](QString *) -> std::unique_ptr<HttpTransport> {
        ++made;
        return std::make_unique<NetworkTransport>(&fake);
    };
    SessionFixture fx(o);
    ApiService *service = probe(fx.session).service();
    NewOrder order;
    order.accountId = QStringLiteral("A1");
    order.symbol = QStringLiteral("BTC-USDT");
    order.price = *Decimal::parse("69000");
    order.quantity = *Decimal::parse("0.001");
    order.clientOrderId = QStringLiteral("td-before-start");
    QList<ApiResult<OrderId>> answers;
    service->placeOrder(order, nullptr, [&answers](const ApiResult<OrderId> &r) { answers += r; });
    const auto placements = [&fake] {
        int n = 0;
        for (const auto &r : fake.sent())
            n += r.verb == "POST" && r.param(QStringLiteral("clientOrderId")) == "td-before-start";
        return n;
    };
    // Several event-loop turns (every timer of the queue that is due): it waits, unanswered.
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QCOMPARE(made, 0);
    QVERIFY(fake.sent().isEmpty());
    QVERIFY(answers.isEmpty());
    QCOMPARE(service->queuedRequests(), 1);

    fx.session.start();
    QCOMPARE(made, 1);
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY2(answers.first().ok(), qPrintable(answers.first().error.message));
    QCOMPARE(answers.first().value, OrderId(4242));
    QCOMPARE(placements(), 1);
    // A round trip later (the lists the session polls on start) it is still one placement.
    const int before = int(fake.sent().size());
    QTRY_VERIFY(fake.sent().size() > before);
    QCOMPARE(placements(), 1);
    QCOMPARE(answers.size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionTransport)
#include "tst_sessiontransport.moc"
