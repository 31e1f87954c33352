#include "DemoFixture.h"

// Every fault mode of the demo exchange produces the right typed result in the service, and the
// exchange holds exactly what the fault implies.
class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placement_data();
    void placement();
    void query_data();
    void query();
    void rateLimitBurstBacksOff();
};

void TestFaults::placement_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("ordersAtExchange");
    QTest::addRow("500 after accept") << "500-after-accept" << ApiError::Kind::Unknown << 1;
    QTest::addRow("503 before") << "503-before" << ApiError::Kind::Unknown << 0;
    QTest::addRow("stall") << "stall" << ApiError::Kind::Unknown << 1;
    QTest::addRow("drop") << "drop" << ApiError::Kind::Unknown << 1;
    QTest::addRow("malformed") << "malformed" << ApiError::Kind::Unknown << 1;
    QTest::addRow("truncated") << "truncated" << ApiError::Kind::Unknown << 1;
    QTest::addRow("wrong types") << "wrong-types" << ApiError::Kind::Unknown << 1;
    QTest::addRow("429") << "429-burst" << ApiError::Kind::RateLimited << 0;
}

void TestFaults::placement()
{
    QFETCH(QString, fault);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, ordersAtExchange);
    DemoFixture f;
    f.service.setTimeoutMs(700);
    f.exchange.injectFault(DemoFaults::fromName(fault), 1, "/api/v1/spot/order");
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Buy, "69000.00", "0.0010", QStringLiteral("f-1")),
                               nullptr, CB));
    QCOMPARE(placed.error.kind, kind);
    QVERIFY(!placed.error.message.isEmpty());
    QCOMPARE(f.exchange.engine().orderCount(), ordersAtExchange);
    // The network stack must not have sent it again on its own after a dropped connection.
    QCOMPARE(f.exchange.requestCount("POST", "/api/v1/spot/order"), 1);
    // Reconciliation by clientOrderId tells what really happened.
    AWAIT(
        Order, lookup,
        f.service.getOrder(f.account(), OrderRef::byClientId(QStringLiteral("f-1")), nullptr, CB));
    QCOMPARE(lookup.ok(), ordersAtExchange == 1);
    if (!lookup.ok()) {
        QCOMPARE(lookup.error.kind, ApiError::Kind::Rejected);
        // The one refusal that proves absence to the placement tracker.
        QVERIFY(lookup.error.isNoSuchOrder());
    }
}

void TestFaults::query_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addRow("500") << "500-after-accept" << ApiError::Kind::Unknown;
    QTest::addRow("503") << "503-before" << ApiError::Kind::Unknown;
    QTest::addRow("stall") << "stall" << ApiError::Kind::Unknown;
    QTest::addRow("drop") << "drop" << ApiError::Kind::Unknown;
    QTest::addRow("malformed") << "malformed" << ApiError::Kind::Malformed;
    QTest::addRow("truncated") << "truncated" << ApiError::Kind::Malformed;
    // A list whose items are unreadable is still a list: they are skipped and reported.
    QTest::addRow("wrong types") << "wrong-types" << ApiError::Kind::None;
    QTest::addRow("429") << "429-burst" << ApiError::Kind::RateLimited;
}

void TestFaults::query()
{
    QFETCH(QString, fault);
    QFETCH(ApiError::Kind, kind);
    DemoFixture f;
    f.service.setTimeoutMs(700);
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Buy, "69000.00", "0.0010"), nullptr, CB));
    QVERIFY(placed.ok());
    f.exchange.injectFault(DemoFaults::fromName(fault), 1, "/api/v1/spot/open_order");
    AWAIT(QList<Order>, open, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    QCOMPARE(open.error.kind, kind);
    QVERIFY(open.value.isEmpty());
    QCOMPARE(open.skipped.size(), kind == ApiError::Kind::None ? 1 : 0);
    AWAIT(QList<Order>, after, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
    QVERIFY2(after.ok(), qPrintable(after.error.message));
    QCOMPARE(after.value.size(), 1);
}

void TestFaults::rateLimitBurstBacksOff()
{
    DemoFixture f;
    f.exchange.injectFault(DemoFault::RateLimitBurst, 3, "/api/v1/spot/open_order");
    QList<ApiError::Kind> kinds;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i) {
        AWAIT(QList<Order>, open, f.service.openOrders({f.account(), {}, 100}, nullptr, CB));
        kinds.append(open.error.kind);
    }
    QCOMPARE(kinds, (QList<ApiError::Kind>{ApiError::Kind::RateLimited, ApiError::Kind::RateLimited,
                                           ApiError::Kind::RateLimited, ApiError::Kind::None}));
    // Pauses of 1 s, 2 s and 4 s after the three 429s.
    QVERIFY2(timer.elapsed() >= 7000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(f.exchange.requestCount("GET", "/api/v1/spot/open_order"), 4);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
