#include "DemoFixture.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderTimes.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

// Against the demo exchange: orders move from open to finished, never in both or neither.
class TestOrdersController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeSeeCancelSeeFinished();
    void fillMovesToFinishedWithEvents();
    void minimisedStillPollsSlower();
    void timesAreTheAppsOwnAndKept();
};

struct Watch
{
    // Checked on every model change: no order is in both lists.
    static void install(OpenOrdersModel *open, FinishedOrdersModel *finished, int *violations)
    {
        const auto check = [open, finished, violations] {
            for (int r = 0; r < open->rowCount(); ++r)
                if (finished->order(open->orderAt(r).orderId))
                    ++*violations;
        };
        for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(open),
                                      static_cast<QAbstractItemModel *>(finished)}) {
            QObject::connect(m, &QAbstractItemModel::rowsInserted, m, check);
            QObject::connect(m, &QAbstractItemModel::rowsRemoved, m, check);
            QObject::connect(m, &QAbstractItemModel::dataChanged, m, check);
        }
    }
};

void TestOrdersController::placeSeeCancelSeeFinished()
{
    DemoFixture f;
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    QAbstractItemModelTester t1(&open, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&finished, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int bothViolations = 0;
    Watch::install(&open, &finished, &bothViolations);
    OrdersController controller(&f.service, &open, &finished);
    controller.setAccount(f.account());
    controller.setIntervals(1000, 1000);
    controller.start();

    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Buy, "69000.00", "0.0100"), nullptr, CB));
    QVERIFY(placed.ok());
    controller.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(open.order(placed.value) != nullptr, 5000);
    QCOMPARE(open.order(placed.value)->status, OrderStatus::New);

    // Every moment from here until it shows as finished, it must be in exactly one list.
    int neitherViolations = 0;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (!open.order(placed.value) && !finished.order(placed.value))
            ++neitherViolations;
    });
    probe.start(5);
    AWAIT(OrderId, cancelled,
          f.service.cancelOrder(f.account(), OrderRef::byId(placed.value), nullptr, CB));
    QVERIFY(cancelled.ok());
    controller.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(finished.order(placed.value) != nullptr, 8000);
    QCOMPARE(finished.order(placed.value)->status, OrderStatus::Canceled);
    QVERIFY(!open.order(placed.value));
    QCOMPARE(neitherViolations, 0);
    QCOMPARE(bothViolations, 0);
    QCOMPARE(controller.closingCount(), 0);
}

void TestOrdersController::fillMovesToFinishedWithEvents()
{
    DemoFixture f;
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    int bothViolations = 0;
    Watch::install(&open, &finished, &bothViolations);
    OrdersController controller(&f.service, &open, &finished);
    QList<OrdersController::Event> events;
    connect(&controller, &OrdersController::orderEvent, this,
            [&](const OrdersController::Event &e) { events.append(e); });
    controller.setAccount(f.account());
    controller.setIntervals(1000, 1000);
    controller.start();
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Sell, "70500.00", "1.0000"), nullptr, CB));
    QTRY_VERIFY_WITH_TIMEOUT(open.order(placed.value) != nullptr, 5000);
    // Walk the market through the order until it is filled.
    while (f.exchange.engine().find(f.account(), OrderRef::byId(placed.value))->status
           != OrderStatus::Filled)
        f.exchange.engine().moveMarket(QStringLiteral("BTC-USDT"), *Decimal::parse("70600.00"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.order(placed.value) != nullptr, 8000);
    QVERIFY(!open.order(placed.value));
    QCOMPARE(finished.order(placed.value)->status, OrderStatus::Filled);
    QCOMPARE(bothViolations, 0);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, OrdersController::EventKind::Filled);
    QCOMPARE(events.last().order.orderId, placed.value);
    int filledEvents = 0;
    for (const auto &e : events)
        filledEvents += e.kind == OrdersController::EventKind::Filled;
    QCOMPARE(filledEvents, 1);
}

void TestOrdersController::minimisedStillPollsSlower()
{
    // Fills must be announced while the window is minimised: the order polls go on, slower.
    DemoFixture f;
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    OrdersController controller(&f.service, &open, &finished);
    controller.setAccount(f.account());
    controller.setIntervals(1000, 2000);
    controller.start();
    controller.setBackground(true);
    QCOMPARE(controller.openFeed()->intervalMs(), 1000 * OrdersController::BackgroundFactor);
    QCOMPARE(controller.finishedFeed()->intervalMs(), 2000 * OrdersController::BackgroundFactor);
    QVERIFY(!controller.openFeed()->isPaused());
    QSignalSpy polled(controller.openFeed(), &PollingFeed::succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 1, 8000); // still polling
    controller.setBackground(false);
    QCOMPARE(controller.openFeed()->intervalMs(), 1000);
    QVERIFY(controller.openFeed()->isInFlight() || controller.openFeed()->isScheduled());
}

void TestOrdersController::timesAreTheAppsOwnAndKept()
{
    // The documented order objects carry no times: the app records when it first saw an order,
    // when it saw it finished, and asks account/trades when it last filled; the file keeps them.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("order-times.json"));
    DemoFixture f;
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Buy, "69000.00", "0.0010"), nullptr, CB));
    QVERIFY(f.exchange.engine().fillPart(placed.value, *Decimal::parse("0.0010")));
    const qint64 fillTime =
        f.exchange.engine().trades(f.account(), {}, placed.value, 10, 0, 0).first().time;
    {
        OrderTimes times(file);
        OpenOrdersModel open;
        FinishedOrdersModel finished;
        OrdersController controller(&f.service, &open, &finished,
                                    [] { return qint64(1767346200000); });
        controller.setAccount(f.account());
        controller.setTimes(&times);
        controller.setIntervals(1000, 1000);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.order(placed.value) != nullptr, 8000);
        const Order *o = finished.order(placed.value);
        QCOMPARE(o->createTime, qint64(1767346200000));
        QVERIFY(o->createTimeIsFirstSeen); // not placed through this app's form
        QCOMPARE(o->updateTime, qint64(1767346200000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.order(placed.value)->lastFillTime, fillTime, 10000);
    }
    OrderTimes again(file); // after a restart
    QCOMPARE(again.times(placed.value).lastFillMs, fillTime);
    QCOMPARE(again.times(placed.value).createdMs, qint64(1767346200000));
    QVERIFY(again.times(placed.value).firstSeen);
}

QTEST_GUILESS_MAIN(TestOrdersController)
#include "tst_orderscontroller.moc"
