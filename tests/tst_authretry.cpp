#include "DemoFixture.h"

#include <QSignalSpy>

#include <optional>

// A 401 is either the clock or the credentials. Any 401 is sent once more, signed with the
// exchange's clock as the 401's own Date header tells it; only a 401 to that fresh timestamp is
// the credentials, and only that pauses signed requests. Against the demo exchange, made stricter
// about timestamps than the documented 60 s so that a step of a few seconds is refused.
class TestAuthRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockStepOfSecondsKeepsTrading();
    void clockStillMovingDoesNotLatch();
    void badKeyStillLatches_data();
    void badKeyStillLatches();
};

namespace {

constexpr qint64 StrictWindowMs = 3000;

// How many orders carry this client order id at the exchange.
int ordersWithClientId(DemoFixture &f, const QString &clientId)
{
    int n = 0;
    for (const Order &o : f.exchange.engine().openOrders(f.account(), {}, 0, 500))
        n += o.clientOrderId == clientId;
    return n;
}

} // namespace

void TestAuthRetry::clockStepOfSecondsKeepsTrading()
{
    DemoFixture f;
    f.exchange.setTimestampWindowMs(StrictWindowMs);
    QSignalSpy blocked(&f.service, &ApiService::authBlockedChanged);
    AWAIT(QList<Order>, first, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    // The exchange's clock steps a few seconds ahead, then back, then a little further back.
    const QList<qint64> steps{6000, 0, -5000};
    int placed = 0;
    for (qint64 skew : steps) {
        f.exchange.setClockSkewMs(skew);
        const QString clientId = QStringLiteral("step%1").arg(placed);
        const int postsBefore = f.exchange.requestCount("POST", "/api/v1/spot/order");
        AWAIT(
            OrderId, order,
            f.service.placeOrder(f.limit(Side::Buy, "65000.00", "0.0010", clientId), nullptr, CB));
        QVERIFY2(order.ok(),
                 qPrintable(QStringLiteral("skew %1: %2").arg(skew).arg(order.error.message)));
        ++placed;
        // Refused for its time once, sent again with the same client order id: one order.
        QCOMPARE(f.exchange.requestCount("POST", "/api/v1/spot/order") - postsBefore, 2);
        QCOMPARE(ordersWithClientId(f, clientId), 1);
        QCOMPARE(f.exchange.engine().orderCount(), placed);
        QVERIFY(qAbs(f.service.clockOffsetMs() - skew) < 2000);
        AWAIT(QList<Order>, open, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
        QVERIFY2(open.ok(), qPrintable(open.error.message));
        QCOMPARE(open.value.size(), placed);
    }
    QVERIFY(!f.service.isAuthBlocked());
    QCOMPARE(blocked.count(), 0);
}

void TestAuthRetry::clockStillMovingDoesNotLatch()
{
    DemoFixture f;
    f.exchange.setTimestampWindowMs(StrictWindowMs);
    AWAIT(QList<Order>, first, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    QVERIFY(first.ok());
    // The clock steps 6 s; the refusal is written only after it has stepped again, to 20 s: the
    // retry, signed with the 6 s its 401 told, is refused too, and its Date header shows that
    // its timestamp was off, not the credentials. So it is signed anew once more, on the 20 s.
    f.exchange.setClockSkewMs(6000);
    f.exchange.holdReplies("/api/v1/spot/order");
    std::optional<ApiResult<OrderId>> placed;
    f.service.placeOrder(f.limit(Side::Buy, "65000.00", "0.0010", QStringLiteral("moving")),
                         nullptr, [&placed](const ApiResult<OrderId> &r) { placed = r; });
    QTRY_COMPARE_WITH_TIMEOUT(f.exchange.heldReplies(), 1, 5000);
    f.exchange.setClockSkewMs(20000);
    f.exchange.holdReplies({});
    f.exchange.releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(placed.has_value(), 10000);
    QVERIFY2(placed->ok(), qPrintable(placed->error.message));
    QCOMPARE(f.exchange.requestCount("POST", "/api/v1/spot/order"), 3);
    QCOMPARE(f.exchange.engine().orderCount(), 1);
    QCOMPARE(ordersWithClientId(f, QStringLiteral("moving")), 1);
    QVERIFY(!f.service.isAuthBlocked());
}

void TestAuthRetry::badKeyStillLatches_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<QString>("code");
    QTest::newRow("unregistered key") << qint64(0) << QStringLiteral("-1002");
    QTest::newRow("wrong private key, clock stepped") << qint64(6000) << QStringLiteral("-1022");
}

void TestAuthRetry::badKeyStillLatches()
{
    QFETCH(qint64, skew);
    QFETCH(QString, code);
    DemoFixture f;
    f.exchange.setTimestampWindowMs(StrictWindowMs);
    AWAIT(QList<Order>, first, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    QVERIFY(first.ok());
    QSignalSpy blocked(&f.service, &ApiService::authBlockedChanged);
    const auto registered = f.exchange.createCredentials();
    const QString apiKey =
        code == QLatin1String("-1002") ? QStringLiteral("not-registered") : registered.apiKey;
    f.service.setCredentials(apiKey, std::make_shared<Ed25519Key>(Ed25519Key::generate()));
    f.exchange.setClockSkewMs(skew);
    f.exchange.resetStats();
    AWAIT(OrderId, order,
          f.service.placeOrder(f.limit(Side::Buy, "65000.00", "0.0010", QStringLiteral("bad")),
                               nullptr, CB));
    QCOMPARE(order.error.kind, ApiError::Kind::Auth);
    QCOMPARE(order.error.httpStatus, 401);
    QCOMPARE(order.error.code, code);
    // Sent once more with the clock just learned; refused again with a fresh timestamp.
    QCOMPARE(f.exchange.requestCount("POST", "/api/v1/spot/order"), 2);
    QCOMPARE(f.exchange.engine().orderCount(), 0);
    QVERIFY(f.service.isAuthBlocked());
    QCOMPARE(blocked.count(), 1);
    // Latched: nothing signed goes out until the credentials change.
    f.exchange.resetStats();
    AWAIT(QList<Order>, after, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    QCOMPARE(after.error.kind, ApiError::Kind::Auth);
    QCOMPARE(f.exchange.totalRequests(), 0);
}

QTEST_GUILESS_MAIN(TestAuthRetry)
#include "tst_authretry.moc"
