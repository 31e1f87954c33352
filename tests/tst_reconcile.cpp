#include "DemoFixture.h"
#include "models/ActivityLogModel.h"
#include "models/CancelController.h"
#include "models/ConnectionStatus.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderFees.h"
#include "models/OrderTimes.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "models/StaleMonitor.h"

#include <QSignalSpy>

// Outcomes a later refresh settles, over real HTTP against the demo exchange: a cancel told "not
// confirmed" is resolved (F3), the order lists recover by themselves after a stall and say one
// age (F4), and an id an exchange restart hands out again is a new order (F5).
class TestReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unconfirmedCancelIsResolved_data();
    void unconfirmedCancelIsResolved();
    void stallEndsByItselfWithOneAge();
    void reusedIdIsANewOrder_data();
    void reusedIdIsANewOrder();
};

namespace {

const QString Symbol = QStringLiteral("BTC-USDT");

Order resting(DemoFixture &f, const char *price)
{
    Order o;
    o.orderId = placeAndWait(&f.service, f.limit(Side::Buy, price, "0.0100"));
    o.symbol = Symbol;
    o.accountId = f.account();
    o.side = Side::Buy;
    o.price = *Decimal::parse(QByteArray(price));
    o.quantity = *Decimal::parse("0.0100");
    o.status = OrderStatus::New;
    return o;
}

QString joined(const ActivityLogModel &log, OrderId id)
{
    return log.find(QString::number(id)).join(QLatin1Char('\n'));
}

} // namespace

void TestReconcile::unconfirmedCancelIsResolved_data()
{
    QTest::addColumn<DemoFault>("batchFault");
    QTest::addColumn<bool>("carriedOut");
    QTest::addColumn<QString>("resolved");
    // The batch was carried out but its reply lost, and the look-up of the first failed too.
    QTest::newRow("500 after accept")
        << DemoFault::ServerErrorAfterAccept << true << QStringLiteral("is cancelled");
    // The batch never reached the book: a later open list still shows the order.
    QTest::newRow("503 before") << DemoFault::UnavailableBefore << false
                                << QStringLiteral("is still open — it was not cancelled");
}

void TestReconcile::unconfirmedCancelIsResolved()
{
    QFETCH(DemoFault, batchFault);
    QFETCH(bool, carriedOut);
    QFETCH(QString, resolved);
    DemoFixture f;
    f.service.setTimeoutMs(700);
    const QList<Order> two{resting(f, "65000.00"), resting(f, "64990.00")};
    QVERIFY(two[0].orderId != 0 && two[1].orderId != 0);
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    OrdersController orders(&f.service, &open, &finished);
    orders.setAccount(f.account());
    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    cancels.setSymbolRules({*f.exchange.engine().market().rules(Symbol)});
    // As the session wires them.
    connect(&orders, &OrdersController::seen, &cancels, &CancelController::reconcile);
    QSignalSpy finishedSpy(&cancels, &CancelController::finished);
    QSignalSpy revised(&cancels, &CancelController::summaryRevised);
    // The batch fails; the first look-up fails as well (the second one answers).
    f.exchange.injectFault(batchFault, 1, "/api/v1/spot/batch/order");
    f.exchange.injectFault(DemoFault::ServerErrorAfterAccept, 1, "/api/v1/spot/order");
    cancels.cancelAll(Symbol, two);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 20000);
    const auto told = finishedSpy.first().first().value<CancelController::Summary>();
    // The first is not confirmed (its look-up failed); the second, looked up, is cancelled when
    // the batch was carried out, and open with the cancel maybe on its way when it was not.
    const QList<OrderId> unconfirmed = carriedOut ? QList<OrderId>{two[0].orderId}
                                                  : QList<OrderId>{two[0].orderId, two[1].orderId};
    QCOMPARE(told.ids(CancelController::Result::NotConfirmed), unconfirmed);
    QVERIFY2(told.text().contains(QStringLiteral("may still be open")), qPrintable(told.text()));
    QCOMPARE(cancels.unconfirmedCount(), unconfirmed.size());

    // The lists refresh later, as they do every few seconds.
    orders.setIntervals(1000, 1000);
    orders.start();
    QTRY_COMPARE_WITH_TIMEOUT(revised.count(), unconfirmed.size(), 15000);
    const auto now = revised.last().first().value<CancelController::Summary>();
    QCOMPARE(revised.first().at(1).toString(), told.text()); // what the banner said until now
    QVERIFY2(!now.text().contains(QStringLiteral("may still be open")), qPrintable(now.text()));
    QCOMPARE(now.count(CancelController::Result::NotConfirmed), 0);
    QCOMPARE(now.allCancelled(), carriedOut);
    const QString line = joined(log, two[0].orderId);
    QVERIFY2(line.contains(QStringLiteral("Resolved: Buy 0.0100 BTC @ 65,000.00")),
             qPrintable(line));
    QVERIFY2(line.contains(resolved), qPrintable(line));
    QCOMPARE(cancels.unconfirmedCount(), 0);
    // Told once: later refreshes add no second resolution.
    QCOMPARE(log.find(QStringLiteral("Resolved:")).size(), unconfirmed.size());
    const QDateTime last = orders.openFeed()->lastSuccess();
    orders.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(orders.openFeed()->lastSuccess() > last, 5000);
    QCOMPARE(revised.count(), unconfirmed.size());
    QCOMPARE(log.find(QStringLiteral("Resolved:")).size(), unconfirmed.size());
}

void TestReconcile::stallEndsByItselfWithOneAge()
{
    DemoFixture f;
    f.service.setTimeoutMs(300);
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    OrdersController orders(&f.service, &open, &finished);
    orders.setAccount(f.account());
    StaleMonitor stale;
    stale.watch(orders.openFeed());
    stale.watch(orders.finishedFeed());
    ConnectionStatus link(orders.openFeed(), &stale);
    // As the session wires its feeds: one recovering wakes the others.
    connect(orders.openFeed(), &PollingFeed::recovered, orders.finishedFeed(),
            &PollingFeed::exchangeAnswered);
    connect(orders.finishedFeed(), &PollingFeed::recovered, orders.openFeed(),
            &PollingFeed::exchangeAnswered);
    orders.setIntervals(500, 500);
    orders.start();
    QTRY_VERIFY_WITH_TIMEOUT(orders.finishedFeed()->lastSuccess().isValid(), 5000);
    // The finished list stalls (each request times out) while the open list answers.
    f.exchange.injectFault(DemoFault::StallAfterAccept, 1000, "/api/v1/spot/finish_order");
    QTRY_VERIFY_WITH_TIMEOUT(stale.isStale(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(orders.finishedFeed()->consecutiveFailures() >= 4, 30000);
    QVERIFY(stale.isStale());
    // One fact: the age told with "stale" is the age stale was decided on, never "0 s ago".
    const ConnectionStatus::State during = link.state();
    QVERIFY(during.ordersStale);
    QCOMPARE(during.ordersUpdated, stale.lastUpdate());
    QVERIFY2(during.ordersAgeSeconds >= 1, qPrintable(QString::number(during.ordersAgeSeconds)));
    // The exchange answers again (the restart that clears its stalls): the lists are fresh by
    // themselves within a few intervals, without a manual refresh.
    f.exchange.clearFaults();
    QTRY_VERIFY_WITH_TIMEOUT(!stale.isStale(), 5000);
    QCOMPARE(link.state().ordersStale, false);
}

void TestReconcile::reusedIdIsANewOrder_data()
{
    QTest::addColumn<bool>("placedHere");
    QTest::newRow("placed from this app") << true;
    QTest::newRow("placed elsewhere") << false;
}

void TestReconcile::reusedIdIsANewOrder()
{
    QFETCH(bool, placedHere);
    DemoFixture f;
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    OrderTimes times; // in memory
    OrdersController orders(&f.service, &open, &finished);
    orders.setTimes(&times);
    orders.setAccount(f.account());
    orders.setSymbolRules({*f.exchange.engine().market().rules(Symbol)});
    orders.setIntervals(1000, 1000);
    orders.start();
    // The old order: a sell that fills, paying its fee in USDT.
    const OrderId old = placeAndWait(
        &f.service, f.limit(Side::Sell, "70500.00", "0.0100", QStringLiteral("old-1")));
    QVERIFY(old != 0);
    QVERIFY(fillAtMarket(f.exchange.engine(), f.account(), old));
    QTRY_VERIFY_WITH_TIMEOUT(finished.order(old) && finished.fees().find(old), 15000);
    QVERIFY(times.times(old).finishedMs != 0);
    QVERIFY(finished.fees().find(old)->byAsset.contains(QStringLiteral("USDT")));

    // The exchange restarts on the same address with the same key: its ids start again.
    DemoExchange restarted(DemoFixture::deterministic());
    QVERIFY(restarted.addApiKey(f.apiKey, QByteArray::fromBase64(f.key->publicKeySpkiBase64())));
    restarted.listen(0);
    f.service.setBaseUrl(restarted.baseUrl());
    QSignalSpy replaced(&orders, &OrdersController::orderReplaced);
    const OrderId id =
        placeAndWait(&f.service, OrderFactory::limit(f.account(), Side::Buy, "69500.00", "0.0100",
                                                     Symbol, QStringLiteral("new-1")));
    QCOMPARE(id, old); // the same id, another order
    if (placedHere)
        orders.placedHere(id, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("new-1"));
    orders.refreshNow();
    // Listed open (once), as itself: not hidden as the old order's known end.
    QTRY_VERIFY_WITH_TIMEOUT(open.order(id) != nullptr, 10000);
    QCOMPARE(open.order(id)->side, Side::Buy);
    QCOMPARE(open.order(id)->clientOrderId, QStringLiteral("new-1"));
    QVERIFY(!finished.order(id));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(times.times(id).finishedMs, 0); // the old order's end is not the new one's
    // It fills: the finished row is the new order with its own fee (BTC), nothing of the old.
    QVERIFY(fillAtMarket(restarted.engine(), f.account(), id, "69000.00"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.order(id), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(finished.fees().find(id), 15000);
    QCOMPARE(finished.order(id)->side, Side::Buy);
    QCOMPARE(finished.order(id)->status, OrderStatus::Filled);
    QVERIFY(!open.order(id));
    QCOMPARE(finished.rowCount(), 1);
    const OrderFees::Entry *fee = finished.fees().find(id);
    QCOMPARE(fee->byAsset.keys(), QStringList{QStringLiteral("BTC")});
    QVERIFY(fee->quantity == *Decimal::parse("0.0100"));
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
