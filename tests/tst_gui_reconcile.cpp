#include "GuiFixture.h"
#include "models/CancelController.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/MessageBar.h"

#include "models/PollingFeed.h"

#include <QAction>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

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
    // The connection dropped on the cancel-all request: a banner all along, and the summary stays.
    void droppedCancelAllEndsInASummary();
    // Last: the exchange restarts and forgets every order (review 31 #4).
    void orderUnknownToExchangeIsToldOnce();
    void ordersUnknownToExchangeAreAllInTheBanner();

private:
    // Cancel all of BTC-USDT through the preview, confirmed with a click.
    void cancelAllConfirmed();
    GuiFixture *f = nullptr;
};

void TestGuiReconcile::cancelAllConfirmed()
{
    f->window->action(QStringLiteral("cancelAll"))->trigger();
    CancelPreviewDialog *preview = nullptr;
    for (auto *d : f->window->findChildren<CancelPreviewDialog *>())
        if (d->isVisible())
            preview = d;
    QVERIFY(preview);
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("confirmCancel")),
                      Qt::LeftButton);
}

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

void TestGuiReconcile::droppedCancelAllEndsInASummary()
{
    const OrderId a = f->place(Side::Buy, "65000.00", "0.0100", QStringLiteral("BTC-USDT"));
    const OrderId b = f->place(Side::Buy, "64990.00", "0.0100", QStringLiteral("BTC-USDT"));
    QVERIFY(a && b);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(a) != nullptr
                                 && probe(f->session).openOrders()->order(b) != nullptr,
                             8000);
    // The connection drops on the batch cancel (carried out) and on the first look-up after it.
    f->exchange()->injectFault(DemoFault::DropAfterAccept, 1, "/api/v1/spot/batch/order");
    f->exchange()->injectFault(DemoFault::DropAfterAccept, 1, "/api/v1/spot/order");
    MessageBar *bar = f->window->ordersMessage();
    // What the banner shows, every 20 ms from the click on.
    struct Sample
    {
        qint64 atMs;
        bool shown;
        QString text;
    };
    QList<Sample> samples;
    QElapsedTimer clock;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, bar, [&] {
        samples.append({clock.elapsed(), bar->isVisible() && !bar->text().isEmpty(), bar->text()});
    });
    QSignalSpy finished(probe(f->session).cancels(), &CancelController::finished);
    cancelAllConfirmed();
    clock.start();
    sampler.start(20);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    // Every order accounted for in the end, and the banner says so.
    QTRY_VERIFY2_WITH_TIMEOUT(probe(f->session).cancels()->unconfirmedCount() == 0
                                  && bar->text().contains(QStringLiteral("2 of 2 cancelled")),
                              qPrintable(bar->text()), 20000);
    const qint64 summaryAt = clock.elapsed();
    // It stays up a readable time (like any success), then goes by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), MessageBar::ExpiryMs + 5000);
    sampler.stop();
    qint64 shownFrom = -1;
    for (const Sample &s : std::as_const(samples)) {
        // From the click until the summary went by itself, never without a banner.
        if (s.atMs <= summaryAt)
            QVERIFY2(s.shown, qPrintable(QStringLiteral("no banner at %1 ms").arg(s.atMs)));
        if (s.shown && s.text.contains(QStringLiteral("2 of 2 cancelled")) && shownFrom < 0)
            shownFrom = s.atMs;
        // The bar's timer is coarse (it may fire 5 % early), and the samples come 20 ms apart.
        if (!s.shown && shownFrom >= 0) {
            QVERIFY2(
                s.atMs - shownFrom >= MessageBar::ExpiryMs * 9 / 10,
                qPrintable(QStringLiteral("the summary went after %1 ms").arg(s.atMs - shownFrom)));
            break;
        }
    }
    QVERIFY(shownFrom >= 0);
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

// Review 32, adv 4: two orders vanished at once; the log told each, the banner only the last.
void TestGuiReconcile::ordersUnknownToExchangeAreAllInTheBanner()
{
    const OrderId a = f->place(Side::Buy, "68700.00", "0.0100", QStringLiteral("BTC-USDT"));
    const OrderId b = f->place(Side::Sell, "71300.00", "0.0200", QStringLiteral("BTC-USDT"));
    QVERIFY(a && b);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(a) != nullptr
                                 && probe(f->session).openOrders()->order(b) != nullptr,
                             8000);
    MessageBar *bar = f->window->ordersMessage();
    // The banner of the test before is read and closed, as a trader would.
    bar->show(MessageBar::Kind::Warning, QStringLiteral("read"));
    QTest::mouseClick(bar->findChild<QToolButton *>(), Qt::LeftButton);
    const auto told = [this] {
        return probe(f->session).log()->find(QStringLiteral("is no longer listed")).size();
    };
    const qsizetype toldBefore = told();
    f->exchange()->engine().forgetOrders();
    const QString first = QStringLiteral("Buy 0.0100 BTC @ 68700.00 USDT (order %1)").arg(a);
    const QString second = QStringLiteral("Sell 0.0200 BTC @ 71300.00 USDT (order %1)").arg(b);
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().startsWith(QStringLiteral("2 orders")), 20000);
    QVERIFY2(bar->text().contains(first) && bar->text().contains(second), qPrintable(bar->text()));
    QVERIFY2(bar->text().startsWith(
                 QStringLiteral("2 orders are no longer listed and the exchange does not know "
                                "them — check on the exchange: ")),
             qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QCOMPARE(told(), toldBefore + 2); // the log names each once
    // Closed: the next order gone has a banner of its own.
    QTest::mouseClick(bar->findChild<QToolButton *>(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestGuiReconcile)
#include "tst_gui_reconcile.moc"
