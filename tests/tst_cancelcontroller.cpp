#include "DemoFixture.h"
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
    for (const auto &o : summary.outcomes) {
        if (o.orderId == ids[2]) {
            QCOMPARE(o.status, OrderStatus::Filled);
            QCOMPARE(o.filled, *Decimal::parse("0.0010"));
        }
        if (o.orderId == ids[1])
            QCOMPARE(o.status, OrderStatus::Canceled);
    }
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

QTEST_GUILESS_MAIN(TestCancelController)
#include "tst_cancelcontroller.moc"
