#include "GuiFixture.h"
#include "models/CancelController.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/MessageBar.h"

#include "models/PollingFeed.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>

// The trader's window: a cancel-all banner that said "may still be open" is brought up to date
// when a later refresh shows the order cancelled (review30 F3).
class TestGuiReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        f = new GuiFixture;
        QVERIFY(f->ready());
    }
    void cleanupTestCase() { delete f; }
    void unconfirmedCancelAllBannerIsResolved();
    // Last: the exchange restarts and forgets every order (review 31 #4).
    void orderUnknownToExchangeIsToldOnce();

private:
    GuiFixture *f = nullptr;
};

void TestGuiReconcile::unconfirmedCancelAllBannerIsResolved()
{
    const OrderId a = f->place(Side::Buy, "65000.00", "0.0100", QStringLiteral("BTC-USDT"));
    const OrderId b = f->place(Side::Buy, "64990.00", "0.0100", QStringLiteral("BTC-USDT"));
    QVERIFY(a && b);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(b) != nullptr, 8000);
    // The batch is carried out but answered 500; the first look-up is answered 500 as well.
    f->exchange()->injectFault(DemoFault::ServerErrorAfterAccept, 1, "/api/v1/spot/batch/order");
    f->exchange()->injectFault(DemoFault::ServerErrorAfterAccept, 1, "/api/v1/spot/order");
    f->window->action(QStringLiteral("cancelAll"))->trigger();
    CancelPreviewDialog *preview = nullptr;
    for (auto *d : f->window->findChildren<CancelPreviewDialog *>())
        if (d->isVisible())
            preview = d;
    QVERIFY(preview);
    QSignalSpy finished(probe(f->session).cancels(), &CancelController::finished);
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("confirmCancel")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    MessageBar *bar = f->window->ordersMessage();
    // The lists refresh by themselves: the banner ends saying both were cancelled, whether the
    // refresh settled the order before the summary was told or revised it after.
    QTRY_VERIFY2_WITH_TIMEOUT(!bar->text().contains(QStringLiteral("may still be open"))
                                  && bar->text().contains(QStringLiteral("2 of 2 cancelled")),
                              qPrintable(bar->text()), 20000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Success);
    // Green, so never "failed" as news (review 31): the failure is told as what was checked after.
    QVERIFY2(!bar->text().contains(QStringLiteral("The cancel request failed")),
             qPrintable(bar->text()));
    const QStringList resolved = probe(f->session).log()->find(QStringLiteral("Resolved:"));
    QCOMPARE(resolved.size(), 1);
    QVERIFY2(resolved.first().contains(QString::number(std::min(a, b)))
                 || resolved.first().contains(QString::number(std::max(a, b))),
             qPrintable(resolved.first()));
    QVERIFY2(resolved.first().contains(QStringLiteral("is cancelled")),
             qPrintable(resolved.first()));
}

void TestGuiReconcile::orderUnknownToExchangeIsToldOnce()
{
    const OrderId id = f->place(Side::Buy, "68800.00", "0.0100", QStringLiteral("BTC-USDT"));
    QVERIFY(id);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    f->exchange()->engine().forgetOrders(); // what a restarted exchange knows: nothing
    const QString told =
        QStringLiteral("Buy 0.0100 BTC @ 68800.00 USDT (order %1) is no longer listed and the "
                       "exchange does not know it — check on the exchange.")
            .arg(id);
    MessageBar *bar = f->window->ordersMessage();
    QTRY_COMPARE_WITH_TIMEOUT(bar->text(), told, 20000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY(!probe(f->session).openOrders()->order(id));
    // Told once, and still there after three more refreshes of the open list.
    QSignalSpy polls(probe(f->session).orders()->openFeed(), &PollingFeed::succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(polls.count() >= 3, 15000);
    QCOMPARE(probe(f->session).log()->find(QStringLiteral("is no longer listed")).size(), 1);
    QCOMPARE(bar->text(), told);
    QVERIFY(bar->isVisible());
}

QTEST_MAIN(TestGuiReconcile)
#include "tst_gui_reconcile.moc"
