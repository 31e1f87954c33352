#include "DemoFixture.h"
#include "Quiesce.h"
#include "TestShard.h"
#include "models/ActivityLogModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderFollowUp.h"
#include "models/OrderNotifier.h"
#include "models/OrderTimes.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

// Against the demo exchange: orders move from open to finished, never in both or neither.
class TestOrdersController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // In an order that shares them out evenly between ctest's three shards (every third from the
    // first, second, third: about 28, 26 and 22 s; TestShard.h).
    // An order that leaves the open list is followed by its own look-up until its end is told.
    void fillOutsideFinishedViewAnnouncedOnce_data();
    void fillOutsideFinishedViewAnnouncedOnce();
    // The open list's page cursor read as an exact filter: incomplete, nothing taken off.
    void exactFilterPagingKeepsOrdersAndWarns_data();
    void exactFilterPagingKeepsOrdersAndWarns();
    void failedLookupsRetriedThenAnnouncedOnce();
    void placeSeeCancelSeeFinished();
    void finishedPageNotOlderIsLeftOutAndFlagged_data();
    void finishedPageNotOlderIsLeftOutAndFlagged();
    void seenByLookupAndFinishedListIsOneEvent();
    void timesAreKeptPerExchange();
    void timesAreTheAppsOwnAndKept();
    void cancelsOutsideFinishedViewToldOnceOwnNotNews();
    void minimisedStillPollsSlower();
    void fillMovesToFinishedWithEvents();
    // An exchange restarted forgets its orders: an open order gone that way is told once.
    void orderUnknownToExchangeToldOnce();
    // …and hands ids out again: the times kept of an id are its client order id's.
    void reusedIdGetsNoOldTimes();
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
    QVERIFY(fillAtMarket(f.exchange.engine(), f.account(), placed.value));
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
    controller.setWanted(false);
    QCOMPARE(controller.openFeed()->intervalMs(), 1000 * OrdersController::BackgroundFactor);
    QCOMPARE(controller.finishedFeed()->intervalMs(), 2000 * OrdersController::BackgroundFactor);
    QVERIFY(!controller.openFeed()->isPaused());
    QSignalSpy polled(controller.openFeed(), &PollingFeed::succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 1, 8000); // still polling
    controller.setWanted(true);
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
    // What the trader traded and when is nobody else's business on this computer.
    QCOMPARE(QFileInfo(file).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    OrderTimes again(file); // after a restart
    QCOMPARE(again.times(placed.value).lastFillMs, fillTime);
    QCOMPARE(again.times(placed.value).createdMs, qint64(1767346200000));
    QVERIFY(again.times(placed.value).firstSeen);
}

// Order ids are unique on one exchange only: another exchange's order 7 must not show these times.
void TestOrdersController::timesAreKeptPerExchange()
{
    const QString dir = QStringLiteral("/data");
    const QString a = OrderTimes::fileFor(dir, QUrl(QStringLiteral("https://api.example.com/")));
    QVERIFY(a.startsWith(dir + QLatin1Char('/')));
    QCOMPARE(OrderTimes::fileFor(dir, QUrl(QStringLiteral("https://API.example.com"))), a);
    QVERIFY(OrderTimes::fileFor(dir, QUrl(QStringLiteral("https://other.example.com"))) != a);
    QVERIFY(OrderTimes::fileFor(dir, QUrl(QStringLiteral("https://api.example.com:8443"))) != a);
    QVERIFY(
        OrderTimes::fileFor(QString(), QUrl(QStringLiteral("https://api.example.com"))).isEmpty());
    QVERIFY(OrderTimes::fileFor(dir, QUrl()).isEmpty()); // the demo: its orders go with it

    QTemporaryDir tmp;
    const QUrl first(QStringLiteral("https://one.example.com"));
    {
        OrderTimes times(OrderTimes::fileFor(tmp.path(), first));
        times.placed(7, 1767346200000);
    }
    OrderTimes same(OrderTimes::fileFor(tmp.path(), first));
    QCOMPARE(same.times(7).createdMs, qint64(1767346200000));
    OrderTimes other(
        OrderTimes::fileFor(tmp.path(), QUrl(QStringLiteral("https://two.example.com"))));
    QCOMPARE(other.times(7).createdMs, qint64(0));
}

// One controller on the demo with the events it emits.
struct Rig
{
    explicit Rig(DemoFixture &f)
        : controller(&f.service, &open, &finished)
    {
        Watch::install(&open, &finished, &bothViolations);
        QObject::connect(&controller, &OrdersController::orderEvent, &controller,
                         [this](const OrdersController::Event &e) { events.append(e); });
        controller.setAccount(f.account());
        controller.setIntervals(1000, 1000);
    }
    QList<OrdersController::Event> eventsFor(OrderId id) const
    {
        QList<OrdersController::Event> out;
        for (const auto &e : events)
            if (e.order.orderId == id)
                out.append(e);
        return out;
    }
    // Both lists polled `count` more times after now, and nothing of the service's own pending.
    bool morePolls(DemoFixture &f, int count)
    {
        QSignalSpy openPolls(controller.openFeed(), &PollingFeed::succeeded);
        QSignalSpy finishedPolls(controller.finishedFeed(), &PollingFeed::succeeded);
        return QTest::qWaitFor(
                   [&] { return openPolls.count() >= count && finishedPolls.count() >= count; },
                   20000)
               && quiesce(&f.service);
    }

    OpenOrdersModel open;
    FinishedOrdersModel finished;
    int bothViolations = 0;
    OrdersController controller;
    QList<OrdersController::Event> events;
};

void TestOrdersController::fillOutsideFinishedViewAnnouncedOnce_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("finished view on another symbol") << QStringLiteral("symbol");
    QTest::newRow("finished view from a time in the future") << QStringLiteral("future");
    QTest::newRow("finished view paged to older orders") << QStringLiteral("older");
}

void TestOrdersController::fillOutsideFinishedViewAnnouncedOnce()
{
    QFETCH(QString, view);
    DemoFixture f;
    Rig rig(f);
    rig.controller.start();
    FinishedOrdersQuery q = rig.controller.finishedFilter();
    if (view == QLatin1String("symbol")) {
        q.symbol = QStringLiteral("ETH-USDT");
        rig.controller.setFinishedFilter(q);
    } else if (view == QLatin1String("future")) {
        q.startTime = f.exchange.engine().now() + 24 * 3600 * 1000;
        rig.controller.setFinishedFilter(q);
    } else {
        // An older finished order to page past: the view then shows only orders before it.
        AWAIT(OrderId, old,
              f.service.placeOrder(f.limit(Side::Buy, "69000.00", "0.0010"), nullptr, CB));
        AWAIT(OrderId, gone,
              f.service.cancelOrder(f.account(), OrderRef::byId(old.value), nullptr, CB));
        QVERIFY(gone.ok());
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished.order(old.value) != nullptr, 8000);
        rig.controller.showOlderFinished();
        QCOMPARE(rig.controller.finishedFilter().orderId, old.value);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finished.rowCount(), 0, 8000);
    }
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Sell, "70500.00", "1.0000"), nullptr, CB));
    QVERIFY(placed.ok());
    QTRY_VERIFY_WITH_TIMEOUT(rig.open.order(placed.value) != nullptr, 8000);
    QVERIFY(fillAtMarket(f.exchange.engine(), f.account(), placed.value));

    QTRY_VERIFY_WITH_TIMEOUT(!rig.eventsFor(placed.value).isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.open.order(placed.value), 8000);
    QVERIFY(rig.morePolls(f, 3));
    const auto events = rig.eventsFor(placed.value);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, OrdersController::EventKind::Filled);
    QCOMPARE(events.first().order.status, OrderStatus::Filled);
    QCOMPARE(events.first().order.tradeQty, *Decimal::parse("1.0000"));
    QCOMPARE(events.first().filledBefore, Decimal());
    QVERIFY(!rig.open.order(placed.value));
    QVERIFY(!rig.finished.order(placed.value)); // the view's filter is the trader's
    QCOMPARE(rig.controller.closingCount(), 0);
    QCOMPARE(rig.bothViolations, 0);
}

void TestOrdersController::failedLookupsRetriedThenAnnouncedOnce()
{
    DemoFixture f;
    Rig rig(f);
    FinishedOrdersQuery q = rig.controller.finishedFilter();
    q.symbol = QStringLiteral("SOL-USDT");
    rig.controller.setFinishedFilter(q);
    rig.controller.start();
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Sell, "70500.00", "1.0000"), nullptr, CB));
    QTRY_VERIFY_WITH_TIMEOUT(rig.open.order(placed.value) != nullptr, 8000);
    const QByteArray lookup = "/api/v1/spot/order";
    f.exchange.injectFault(DemoFault::UnavailableBefore, 1, lookup);
    f.exchange.injectFault(DemoFault::DropAfterAccept, 1, lookup);
    const int before = f.exchange.requestCount("GET", lookup);
    QVERIFY(fillAtMarket(f.exchange.engine(), f.account(), placed.value));

    QTRY_VERIFY_WITH_TIMEOUT(!rig.eventsFor(placed.value).isEmpty(), 20000);
    QCOMPARE(f.exchange.requestCount("GET", lookup) - before, 3); // 503, dropped, answered
    QVERIFY(rig.morePolls(f, 3));
    QCOMPARE(rig.eventsFor(placed.value).size(), 1);
    QCOMPARE(rig.eventsFor(placed.value).first().order.status, OrderStatus::Filled);
    QVERIFY(!rig.open.order(placed.value));
    QCOMPARE(rig.controller.closingCount(), 0);
}

void TestOrdersController::seenByLookupAndFinishedListIsOneEvent()
{
    // The finished list is held back until the look-up has told the fill; then it shows it too.
    DemoFixture f;
    Rig rig(f);
    rig.controller.start();
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Sell, "70500.00", "1.0000"), nullptr, CB));
    QTRY_VERIFY_WITH_TIMEOUT(rig.open.order(placed.value) != nullptr, 8000);
    f.exchange.holdReplies("/api/v1/spot/finish_order");
    QVERIFY(fillAtMarket(f.exchange.engine(), f.account(), placed.value));
    QTRY_VERIFY_WITH_TIMEOUT(!rig.eventsFor(placed.value).isEmpty(), 15000);
    QVERIFY(!rig.open.order(placed.value));
    f.exchange.holdReplies({});
    f.exchange.releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(rig.finished.order(placed.value) != nullptr, 8000);
    QVERIFY(rig.morePolls(f, 2));
    QCOMPARE(rig.eventsFor(placed.value).size(), 1);
    QCOMPARE(rig.eventsFor(placed.value).first().kind, OrdersController::EventKind::Filled);
    QCOMPARE(rig.bothViolations, 0);
}

void TestOrdersController::cancelsOutsideFinishedViewToldOnceOwnNotNews()
{
    // Through the notifier as the session wires it: a cancel made elsewhere is news once, one
    // made here is not, with the finished view on another symbol.
    DemoFixture f;
    Rig rig(f);
    ActivityLogModel log;
    QSet<OrderId> cancelledHere;
    OrderNotifier notifier(&log,
                           [&cancelledHere](OrderId id) { return cancelledHere.contains(id); });
    QList<OrderNotifier::Notification> told;
    connect(&notifier, &OrderNotifier::notified, this,
            [&](const OrderNotifier::Notification &n) { told.append(n); });
    connect(&rig.controller, &OrdersController::orderEvent, &notifier,
            &OrderNotifier::onOrderEvent);
    FinishedOrdersQuery q = rig.controller.finishedFilter();
    q.symbol = QStringLiteral("SOL-USDT");
    rig.controller.setFinishedFilter(q);
    rig.controller.start();
    AWAIT(OrderId, theirs,
          f.service.placeOrder(f.limit(Side::Buy, "69000.00", "0.0010"), nullptr, CB));
    AWAIT(OrderId, mine,
          f.service.placeOrder(f.limit(Side::Buy, "69001.00", "0.0010"), nullptr, CB));
    QTRY_VERIFY_WITH_TIMEOUT(rig.open.order(theirs.value) && rig.open.order(mine.value), 8000);
    QVERIFY(f.exchange.engine().cancel(f.account(), OrderRef::byId(theirs.value)).ok());
    cancelledHere.insert(mine.value);
    AWAIT(OrderId, cancelled,
          f.service.cancelOrder(f.account(), OrderRef::byId(mine.value), nullptr, CB));
    QVERIFY(cancelled.ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        !rig.eventsFor(theirs.value).isEmpty() && !rig.eventsFor(mine.value).isEmpty(), 15000);
    QVERIFY(rig.morePolls(f, 3));
    for (OrderId id : {theirs.value, mine.value}) {
        QCOMPARE(rig.eventsFor(id).size(), 1);
        QCOMPARE(rig.eventsFor(id).first().kind, OrdersController::EventKind::Cancelled);
        QVERIFY(!rig.open.order(id));
    }
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().kind, QStringLiteral("cancelled"));
    QVERIFY(told.first().text.contains(QString::number(theirs.value)));
    QCOMPARE(log.rowCount(), 1);
}

void TestOrdersController::exactFilterPagingKeepsOrdersAndWarns_data()
{
    QTest::addColumn<bool>("fromTheStart");
    QTest::newRow("exchange reads orderId as a filter from the start") << true;
    QTest::newRow("after lists that paged as a cursor") << false;
}

void TestOrdersController::exactFilterPagingKeepsOrdersAndWarns()
{
    QFETCH(bool, fromTheStart);
    DemoFixture f;
    for (int i = 0; i < 150; ++i) {
        NewOrder o = f.limit(Side::Buy, "60000.00", "0.0010");
        o.price = *Decimal::parse(QByteArray::number(64000 + i) + ".00");
        QVERIFY(f.exchange.engine().place(o).ok());
    }
    QSet<OrderId> all;
    for (const Order &o : f.exchange.engine().openOrders(f.account(), {}, 0, 1000))
        all.insert(o.orderId);
    QCOMPARE(all.size(), 150);
    Rig rig(f);
    f.exchange.engine().setOrderIdIsFilter(fromTheStart);
    rig.controller.start();
    if (!fromTheStart) {
        QTRY_COMPARE_WITH_TIMEOUT(rig.open.rowCount(), 150, 8000);
        QVERIFY(!rig.open.isCapped());
        f.exchange.engine().setOrderIdIsFilter(true);
    }
    // Page 2 asked "older than X" gets X itself back: not older than the cursor.
    QVERIFY(rig.morePolls(f, 3));
    QCOMPARE(rig.open.rowCount(), fromTheStart ? 100 : 150); // nothing taken off
    QVERIFY(rig.open.isCapped()); // the trader is told the list may be incomplete
    if (!fromTheStart)
        for (OrderId id : std::as_const(all))
            QVERIFY(rig.open.order(id));
    QCOMPARE(rig.controller.closingCount(), 0);
    QVERIFY(rig.events.isEmpty());
    // Back to a cursor that pages: every order, and no warning.
    f.exchange.engine().setOrderIdIsFilter(false);
    QTRY_COMPARE_WITH_TIMEOUT(rig.open.rowCount(), 150, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.open.isCapped(), 8000);
}

void TestOrdersController::finishedPageNotOlderIsLeftOutAndFlagged_data()
{
    QTest::addColumn<bool>("filter");
    QTest::newRow("orderId read as a cursor") << false;
    QTest::newRow("orderId read as an exact filter") << true;
}

void TestOrdersController::finishedPageNotOlderIsLeftOutAndFlagged()
{
    QFETCH(bool, filter);
    DemoFixture f;
    QList<OrderId> ids;
    for (int i = 0; i < 2; ++i) {
        ids.append(f.exchange.engine().place(f.limit(Side::Buy, "69000.00", "0.0010")).orderId);
        QVERIFY(f.exchange.engine().cancel(f.account(), OrderRef::byId(ids.last())).ok());
    }
    f.exchange.engine().setOrderIdIsFilter(filter);
    Rig rig(f);
    QSignalSpy flagged(&rig.finished, &FinishedOrdersModel::pagingMisreadChanged);
    FinishedOrdersQuery q = rig.controller.finishedFilter();
    q.limit = 1; // the newest only; the older one is a page away
    rig.controller.setFinishedFilter(q);
    rig.controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.finished.order(ids[1]) != nullptr, 8000);
    rig.controller.showOlderFinished();
    QCOMPARE(rig.controller.finishedFilter().orderId, ids[1]);
    if (filter) {
        // The "older" page brings the cursor's own order back: not older, left out, and the view
        // says older orders may be missing.
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished.isPagingMisread(), 8000);
        QCOMPARE(rig.finished.rowCount(), 0);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(rig.finished.order(ids[0]) != nullptr, 8000);
        QCOMPARE(rig.finished.rowCount(), 1);
        QVERIFY(rig.morePolls(f, 1));
        QVERIFY(!rig.finished.isPagingMisread());
    }
    rig.controller.showNewestFinished();
    QTRY_VERIFY_WITH_TIMEOUT(rig.finished.order(ids[1]) != nullptr, 8000);
    QVERIFY(!rig.finished.isPagingMisread());
    QCOMPARE(flagged.count(), filter ? 2 : 0);
}

TRADEDESK_SHARDED_GUILESS_MAIN(TestOrdersController)
#include "tst_orderscontroller.moc"

void TestOrdersController::orderUnknownToExchangeToldOnce()
{
    DemoFixture f;
    Rig rig(f);
    rig.controller.start();
    AWAIT(OrderId, gone,
          f.service.placeOrder(f.limit(Side::Buy, "68800.00", "0.0100"), nullptr, CB));
    AWAIT(OrderId, cancelled,
          f.service.placeOrder(f.limit(Side::Buy, "68700.00", "0.0100"), nullptr, CB));
    QVERIFY(gone.ok() && cancelled.ok());
    QTRY_VERIFY_WITH_TIMEOUT(rig.open.order(gone.value) && rig.open.order(cancelled.value), 8000);
    // One ends normally (cancelled): that is told as a cancel, never as unknown.
    AWAIT(OrderId, cancel,
          f.service.cancelOrder(f.account(), OrderRef::byId(cancelled.value), nullptr, CB));
    QVERIFY(cancel.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!rig.eventsFor(cancelled.value).isEmpty(), 10000);

    f.exchange.engine().forgetOrders(); // restarted: "no such order" for the other one now
    QTRY_VERIFY_WITH_TIMEOUT(!rig.eventsFor(gone.value).isEmpty(), 20000);
    QVERIFY(!rig.open.order(gone.value));
    QCOMPARE(rig.controller.closingCount(), 0);
    QVERIFY(rig.controller.followUp()->isIdle());
    // Told once however many lists and look-ups follow.
    QVERIFY(rig.morePolls(f, 3));
    const auto events = rig.eventsFor(gone.value);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, OrdersController::EventKind::UnknownToExchange);
    QCOMPARE(events.first().order.price, *Decimal::parse("68800.00")); // as last seen
    QCOMPARE(events.first().order.quantity, *Decimal::parse("0.0100"));
    QCOMPARE(rig.eventsFor(cancelled.value).size(), 1);
    QCOMPARE(rig.eventsFor(cancelled.value).first().kind, OrdersController::EventKind::Cancelled);
    QVERIFY(!rig.open.order(gone.value));
    QCOMPARE(rig.bothViolations, 0);

    // The trader reads what the order was and what to do, as a warning.
    ActivityLogModel log;
    OrderNotifier notifier(&log, [](OrderId) { return false; });
    notifier.setSymbolRules({*f.exchange.engine().market().rules(QStringLiteral("BTC-USDT"))});
    QSignalSpy told(&notifier, &OrderNotifier::notified);
    notifier.onOrderEvent(events.first());
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.first().first().value<OrderNotifier::Notification>().text,
             QStringLiteral("Buy 0.0100 BTC @ 68,800.00 USDT (order %1) is no longer listed and "
                            "the exchange does not know it — check on the exchange.")
                 .arg(gone.value));
    QCOMPARE(log.rowCount(), 1);
}

void TestOrdersController::reusedIdGetsNoOldTimes()
{
    const auto order = [](OrderId id, const char *clientOrderId) {
        Order o;
        o.orderId = id;
        o.clientOrderId = QString::fromLatin1(clientOrderId);
        return QList<Order>{o};
    };
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("order-times.json"));
    {
        OrderTimes times(file);
        times.placed(7, 1767346200000, QStringLiteral("a-1"));
        QList<Order> finished = order(7, "a-1");
        times.stamp(finished, 1767346260000, true);
        QCOMPARE(finished.first().createTime, qint64(1767346200000));
    }
    // The app and the exchange restarted; the exchange lists another order under id 7.
    OrderTimes again(file);
    QCOMPARE(again.times(7).createdMs, qint64(1767346200000)); // still the old one's, so far
    QList<Order> other = order(7, "b-2");
    again.stamp(other, 1767350000000, false);
    QCOMPARE(other.first().createTime, qint64(1767350000000));
    QVERIFY(other.first().createTimeIsFirstSeen);
    QCOMPARE(other.first().updateTime, qint64(0)); // not the old one's end
    // The same order seen again keeps its times.
    QList<Order> same = order(7, "b-2");
    again.stamp(same, 1767350100000, true);
    QCOMPARE(same.first().createTime, qint64(1767350000000));
    QCOMPARE(same.first().updateTime, qint64(1767350100000));
    // Placed here under the id with a third client order id: that one's times only.
    again.placed(7, 1767360000000, QStringLiteral("c-3"));
    QCOMPARE(again.times(7).createdMs, qint64(1767360000000));
    QVERIFY(!again.times(7).firstSeen);
    QCOMPARE(again.times(7).finishedMs, qint64(0));
    QCOMPARE(again.times(7).clientOrderId, QStringLiteral("c-3"));
}
