#include "GuiFixture.h"
#include "models/CancelController.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/MessageBar.h"

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

QTEST_MAIN(TestGuiReconcile)
#include "tst_gui_reconcile.moc"
