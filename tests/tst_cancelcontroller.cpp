#include "DemoFixture.h"
#include "Quiesce.h"
#include "models/ActivityLogModel.h"
#include "models/CancelController.h"

#include <QSignalSpy>

// Batch cancels against the demo exchange, whose reply names only the ids it cancelled (as the
// documented exchange's does): every id asked for must still end with a known fate.
class TestCancelController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIdAccountedFor();
    void fillBeforeCancelIsReported();
    void failedBatchIsLookedUp();
    void cancelAllAccountsForThePreview();
    void emptyPreviewSendsNothing();
    void failedCancelAllIsNeverGreen_data();
    void failedCancelAllIsNeverGreen();
    void unknownCancelStillOpenIsNotDefinite();
    void otherAccountsOrderIsNeverSent();
};

namespace {

Order ref(OrderId id)
{
    Order o;
    o.orderId = id;
    return o;
}

QList<Order> refs(const QList<OrderId> &ids)
{
    QList<Order> out;
    for (OrderId id : ids)
        out.append(ref(id));
    return out;
}

// Places `n` resting BTC-USDT buys; the orders as a preview lists them (symbol and account).
QList<Order> placeResting(DemoFixture &f, int n)
{
    QList<Order> out;
    for (int i = 0; i < n; ++i) {
        const OrderId id = placeAndWait(&f.service, f.limit(Side::Buy, "65000.00", "0.0010"));
        if (id == 0)
            return {};
        Order o = ref(id);
        o.symbol = QStringLiteral("BTC-USDT");
        o.accountId = f.account();
        o.status = OrderStatus::New;
        out.append(o);
    }
    return out;
}

QList<OrderId> idsOf(const QList<Order> &orders)
{
    QList<OrderId> out;
    for (const Order &o : orders)
        out.append(o.orderId);
    return out;
}

} // namespace

void TestCancelController::everyIdAccountedFor()
{
    DemoFixture f;
    QList<OrderId> ids;
    for (int i = 0; i < 4; ++i) {
        AWAIT(OrderId, placed,
              f.service.placeOrder(f.limit(Side::Buy, "65000.00", "0.0010"), nullptr, CB));
        QVERIFY(placed.ok());
        ids.append(placed.value);
    }
    // Before the batch: one is cancelled elsewhere, one fills completely.
    AWAIT(OrderId, gone, f.service.cancelOrder(f.account(), OrderRef::byId(ids[1]), nullptr, CB));
    QVERIFY(gone.ok());
    QVERIFY(f.exchange.engine().fillPart(ids[2], *Decimal::parse("0.0010")));
    const QList<OrderId> open{ids[0], ids[3]};

    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    QVERIFY(finished.isValid());
    const QList<OrderId> asked{open[0], ids[1], ids[2], open[1]};
    cancels.cancel(refs(asked));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.requested, 4);
    QCOMPARE(summary.outcomes.size(), 4);
    QCOMPARE(summary.ids(CancelController::Result::Cancelled), (QList<OrderId>{open[0], open[1]}));
    QCOMPARE(summary.ids(CancelController::Result::AlreadyFinal), (QList<OrderId>{ids[1], ids[2]}));
    QVERIFY(!summary.allCancelled());
    QHash<OrderId, CancelController::Outcome> outcome;
    for (const auto &o : summary.outcomes)
        outcome.insert(o.orderId, o);
    QVERIFY(outcome.contains(ids[2]) && outcome.contains(ids[1]));
    QCOMPARE(outcome[ids[2]].status, OrderStatus::Filled);
    QCOMPARE(outcome[ids[2]].filled, *Decimal::parse("0.0010"));
    QCOMPARE(outcome[ids[1]].status, OrderStatus::Canceled);
    // Each asked id has its own line in the log.
    for (OrderId id : asked)
        QVERIFY2(!log.find(QString::number(id)).isEmpty(), qPrintable(QString::number(id)));
    QVERIFY(summary.text().contains(QStringLiteral("2")));
}

void TestCancelController::fillBeforeCancelIsReported()
{
    DemoFixture f;
    AWAIT(OrderId, placed,
          f.service.placeOrder(f.limit(Side::Sell, "70100.00", "0.0100"), nullptr, CB));
    QVERIFY(placed.ok());
    QVERIFY(f.exchange.engine().fillPart(placed.value, *Decimal::parse("0.0040")));
    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    cancels.cancel({ref(placed.value)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.ids(CancelController::Result::Cancelled), QList<OrderId>{placed.value});
    AWAIT(Order, after, f.service.getOrder(f.account(), OrderRef::byId(placed.value), nullptr, CB));
    QCOMPARE(after.value.status, OrderStatus::Canceled);
    QCOMPARE(after.value.tradeQty, *Decimal::parse("0.0040"));
}

void TestCancelController::failedBatchIsLookedUp()
{
    DemoFixture f;
    f.service.setTimeoutMs(700);
    QList<OrderId> ids;
    for (int i = 0; i < 2; ++i) {
        AWAIT(OrderId, placed,
              f.service.placeOrder(f.limit(Side::Buy, "65000.00", "0.0010"), nullptr, CB));
        ids.append(placed.value);
    }
    // The batch is carried out but its reply is lost: the look-ups find both cancelled.
    f.exchange.injectFault(DemoFault::ServerErrorAfterAccept, 1, "/api/v1/spot/batch/order");
    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    cancels.cancel(refs(ids));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.ids(CancelController::Result::Cancelled), ids);
    QVERIFY(summary.allCancelled());
}

void TestCancelController::cancelAllAccountsForThePreview()
{
    DemoFixture f;
    const QList<Order> previewed = placeResting(f, 4);
    QCOMPARE(previewed.size(), 4);
    // Between the preview and the batch: one fills, one is cancelled elsewhere, and a new order
    // comes in that the preview did not show.
    QVERIFY(f.exchange.engine().fillPart(previewed[1].orderId, *Decimal::parse("0.0010")));
    AWAIT(OrderId, gone,
          f.service.cancelOrder(f.account(), OrderRef::byId(previewed[2].orderId), nullptr, CB));
    QVERIFY(gone.ok());
    const QList<Order> later = placeResting(f, 1);
    QCOMPARE(later.size(), 1);

    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    const int lookUpsBefore = f.exchange.requestCount("GET", "/api/v1/spot/order");
    cancels.cancelAll(QStringLiteral("BTC-USDT"), previewed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    // Over what the trader saw: 4, each with its fate; the two the reply left out were looked up.
    QCOMPARE(summary.requested, 4);
    QCOMPARE(summary.outcomes.size(), 4);
    QCOMPARE(summary.ids(CancelController::Result::Cancelled),
             (QList<OrderId>{previewed[0].orderId, previewed[3].orderId}));
    QCOMPARE(summary.ids(CancelController::Result::AlreadyFinal),
             (QList<OrderId>{previewed[1].orderId, previewed[2].orderId}));
    QCOMPARE(f.exchange.requestCount("GET", "/api/v1/spot/order") - lookUpsBefore, 2);
    QVERIFY(!summary.allCancelled());
    QVERIFY2(summary.text().startsWith(QStringLiteral("2 of 4 cancelled")),
             qPrintable(summary.text()));
    for (const Order &o : previewed)
        QVERIFY2(!log.find(QString::number(o.orderId)).isEmpty(), qPrintable(summary.text()));
    // The order the preview did not show was never agreed to: it stays open.
    AWAIT(Order, still,
          f.service.getOrder(f.account(), OrderRef::byId(later.first().orderId), nullptr, CB));
    QCOMPARE(still.value.status, OrderStatus::New);
}

void TestCancelController::emptyPreviewSendsNothing()
{
    DemoFixture f;
    const QList<Order> unseen = placeResting(f, 1); // placed after a preview that listed none
    QCOMPARE(unseen.size(), 1);
    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    f.exchange.resetStats();
    cancels.cancelAll(QStringLiteral("BTC-USDT"), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(quiesce(&f.service));
    QCOMPARE(f.exchange.requestCount("DELETE", "/api/v1/spot/batch/order"), 0);
    QCOMPARE(f.exchange.requestCount("DELETE", "/api/v1/spot/order"), 0);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.requested, 0);
    QVERIFY(!summary.allCancelled());
    AWAIT(Order, still,
          f.service.getOrder(f.account(), OrderRef::byId(unseen.first().orderId), nullptr, CB));
    QCOMPARE(still.value.status, OrderStatus::New);
}

void TestCancelController::failedCancelAllIsNeverGreen_data()
{
    QTest::addColumn<DemoFault>("fault");
    QTest::addColumn<bool>("carriedOut");
    QTest::newRow("503 before") << DemoFault::UnavailableBefore << false;
    QTest::newRow("429") << DemoFault::RateLimitBurst << false;
    QTest::newRow("timeout after accept") << DemoFault::StallAfterAccept << true;
}

void TestCancelController::failedCancelAllIsNeverGreen()
{
    QFETCH(DemoFault, fault);
    QFETCH(bool, carriedOut);
    DemoFixture f;
    f.service.setTimeoutMs(700);
    const QList<Order> previewed = placeResting(f, 3);
    QCOMPARE(previewed.size(), 3);
    f.exchange.injectFault(fault, 1, "/api/v1/spot/batch/order");
    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    cancels.cancelAll(QStringLiteral("BTC-USDT"), previewed);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.requested, 3);
    QCOMPARE(summary.outcomes.size(), 3);
    QVERIFY(!summary.failure.isEmpty());
    if (carriedOut) {
        // The reply was lost, the cancels were not: each look-up finds it cancelled.
        QCOMPARE(summary.ids(CancelController::Result::Cancelled), idsOf(previewed));
        return;
    }
    // Nothing was done: not one is reported cancelled, and the summary is not a success.
    QCOMPARE(summary.count(CancelController::Result::Cancelled), 0);
    QVERIFY(!summary.allCancelled());
    QVERIFY2(summary.text().contains(QStringLiteral("failed")), qPrintable(summary.text()));
    QVERIFY2(summary.text().contains(QStringLiteral("0 of 3 cancelled")),
             qPrintable(summary.text()));
    for (const Order &o : previewed) {
        AWAIT(Order, still,
              f.service.getOrder(f.account(), OrderRef::byId(o.orderId), nullptr, CB));
        QCOMPARE(still.value.status, OrderStatus::New);
    }
}

void TestCancelController::unknownCancelStillOpenIsNotDefinite()
{
    DemoFixture f;
    const QList<Order> one = placeResting(f, 1);
    QCOMPARE(one.size(), 1);
    // The cancel's outcome is unknown (503); the look-up a moment later finds the order NEW.
    f.exchange.injectFault(DemoFault::UnavailableBefore, 1, "/api/v1/spot/order");
    ActivityLogModel log;
    const qint64 fixedMs = QDateTime(QDate(2026, 1, 2), QTime(9, 30, 5)).toMSecsSinceEpoch();
    CancelController cancels(&f.service, &log, nullptr, [fixedMs] { return fixedMs; });
    cancels.setAccount(f.account());
    QSignalSpy finished(&cancels, &CancelController::finished);
    cancels.cancel(one);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.outcomes.size(), 1);
    const auto outcome = summary.outcomes.first();
    // Not a definite "still open": the cancel may still be on its way to the book.
    QCOMPARE(outcome.result, CancelController::Result::NotConfirmed);
    QCOMPARE(outcome.status, OrderStatus::New);
    const QString line = log.find(QString::number(one.first().orderId)).join(QLatin1Char('\n'));
    QVERIFY2(
        line.contains(QStringLiteral("still open when checked at 09:30:05"), Qt::CaseInsensitive),
        qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("may still land")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("Not cancelled")), qPrintable(line));
}

void TestCancelController::otherAccountsOrderIsNeverSent()
{
    DemoFixture f;
    const QList<Order> mine = placeResting(f, 2);
    QCOMPARE(mine.size(), 2);
    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    // The orders were listed under this account; the trader has switched to another since.
    cancels.setAccount(QStringLiteral("2"));
    QSignalSpy finished(&cancels, &CancelController::finished);
    f.exchange.resetStats();
    cancels.cancel({mine.first()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    cancels.cancel(mine);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    cancels.cancelAll(QStringLiteral("BTC-USDT"), mine);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);
    QVERIFY(quiesce(&f.service));
    QCOMPARE(f.exchange.requestCount("DELETE", "/api/v1/spot/order"), 0);
    QCOMPARE(f.exchange.requestCount("DELETE", "/api/v1/spot/batch/order"), 0);
    const auto last = finished.last().first().value<CancelController::Summary>();
    QCOMPARE(last.ids(CancelController::Result::NotSent), idsOf(mine));
    QVERIFY(!last.allCancelled());
}

QTEST_GUILESS_MAIN(TestCancelController)
#include "tst_cancelcontroller.moc"
