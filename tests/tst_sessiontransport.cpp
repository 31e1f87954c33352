// A whole session on a fake transport (no server at all): what it asks for and what it shows.
#include "FakeNetwork.h"
#include "SessionFixture.h"
#include "core/Ed25519Key.h"
#include "models/OpenOrdersModel.h"

#include <QTest>

class TestSessionTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAnInjectedTransport();
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
    o.network = &fake;
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

QTEST_GUILESS_MAIN(TestSessionTransport)
#include "tst_sessiontransport.moc"
