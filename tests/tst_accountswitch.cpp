#include "DemoFixture.h"
#include "Quiesce.h"
#include "models/ActivityLogModel.h"
#include "models/CancelController.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrdersController.h"

#include <QSignalSpy>

// Everything of an account is tagged with it: after a switch the tables hold only the new
// account's orders, a reply still in flight for the old account is dropped, and an order listed
// under the old account can never be cancelled with the new account's id.
class TestAccountSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inFlightReplyForOldAccountIsDropped();
    void oldAccountsOrderCannotBeCancelled();
};

namespace {

const QString Second = QStringLiteral("1403134776");

// A second account at the demo exchange, under the same API key.
void addSecondAccount(DemoFixture &f)
{
    f.exchange.engine().addAccount(
        {Second, QStringLiteral("Second"), QStringLiteral("SPOT"), QStringLiteral("NORMAL"), true},
        {{QStringLiteral("USDT"), *Decimal::parse("50000.00")}});
}

OrderId place(DemoFixture &f, const QString &account, const char *price)
{
    return placeAndWait(&f.service, OrderFactory::limit(account, Side::Buy, price, "0.0010"));
}

QSet<QString> accountsIn(const OrderTableModel &model)
{
    QSet<QString> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.insert(model.orderAt(r).accountId);
    return out;
}

} // namespace

void TestAccountSwitch::inFlightReplyForOldAccountIsDropped()
{
    DemoFixture f;
    addSecondAccount(f);
    const OrderId oldOpen = place(f, f.account(), "65000.00");
    const OrderId oldDone = place(f, f.account(), "65001.00");
    const OrderId newOpen = place(f, Second, "64000.00");
    QVERIFY(oldOpen && oldDone && newOpen);
    AWAIT(OrderId, gone, f.service.cancelOrder(f.account(), OrderRef::byId(oldDone), nullptr, CB));
    QVERIFY(gone.ok());

    OpenOrdersModel open;
    FinishedOrdersModel finished;
    OrdersController controller(&f.service, &open, &finished);
    controller.setAccount(f.account());
    controller.setIntervals(1000, 1000);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(open.order(oldOpen) && finished.order(oldDone), 8000);
    QCOMPARE(open.order(oldOpen)->accountId, f.account());

    // Both lists' next replies for the old account are held in flight across the switch.
    f.exchange.holdReplies("/api/v1/spot/");
    controller.refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(f.exchange.heldReplies() >= 2, 8000);
    controller.setAccount(Second);
    QCOMPARE(open.rowCount(), 0); // nothing of the old account stays on screen
    QCOMPARE(finished.rowCount(), 0);
    // From here on, no row of the old account may appear.
    int oldRows = 0;
    const auto watch = [&](const OrderTableModel *model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [&, model] {
            oldRows += accountsIn(*model).contains(f.account());
            oldRows += model->order(oldOpen) != nullptr || model->order(oldDone) != nullptr;
        });
    };
    watch(&open);
    watch(&finished);
    f.exchange.holdReplies({});
    f.exchange.releaseHeld();
    QTRY_VERIFY_WITH_TIMEOUT(open.order(newOpen) != nullptr, 8000);
    QVERIFY(quiesce(&f.service));
    QCOMPARE(oldRows, 0);
    QCOMPARE(accountsIn(open), QSet<QString>{Second});
    QVERIFY(!open.order(oldOpen));
    QVERIFY(!finished.order(oldDone));
}

void TestAccountSwitch::oldAccountsOrderCannotBeCancelled()
{
    DemoFixture f;
    addSecondAccount(f);
    const OrderId oldOpen = place(f, f.account(), "65000.00");
    QVERIFY(oldOpen);
    OpenOrdersModel open;
    FinishedOrdersModel finished;
    OrdersController controller(&f.service, &open, &finished);
    controller.setAccount(f.account());
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(open.order(oldOpen) != nullptr, 8000);
    // The row as the window had it selected (or in a preview) before the switch.
    const Order selected = *open.order(oldOpen);

    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    controller.setAccount(Second);
    cancels.setAccount(Second);
    QSignalSpy finishedSpy(&cancels, &CancelController::finished);
    f.exchange.resetStats();
    cancels.cancel({selected});
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 5000);
    cancels.cancelAll(QStringLiteral("BTC-USDT"), {selected});
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 2, 5000);
    QVERIFY(quiesce(&f.service));
    QCOMPARE(f.exchange.requestCount("DELETE", "/api/v1/spot/order"), 0);
    QCOMPARE(f.exchange.requestCount("DELETE", "/api/v1/spot/batch/order"), 0);
    for (const auto &args : finishedSpy) {
        const auto summary = args.first().value<CancelController::Summary>();
        QCOMPARE(summary.ids(CancelController::Result::NotSent), QList<OrderId>{oldOpen});
        QVERIFY(!summary.allCancelled());
    }
    AWAIT(Order, still, f.service.getOrder(f.account(), OrderRef::byId(oldOpen), nullptr, CB));
    QCOMPARE(still.value.status, OrderStatus::New);
}

QTEST_GUILESS_MAIN(TestAccountSwitch)
#include "tst_accountswitch.moc"
