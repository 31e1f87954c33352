#include "DemoFixture.h"
#include "GuiFixture.h"
#include "Quiesce.h"
#include "core/ApiService.h"
#include "models/BookController.h"
#include "models/CancelController.h"
#include "models/OrderSortProxy.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/MessageBar.h"
#include "ui/OrdersView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTableView>

// One intent, one order, under real hands and a hostile world: held keys, double clicks, a
// reply for the symbol the trader just left, an exchange clock ten minutes away, a batch cancel
// the exchange carries out only in part. Every "nothing more was sent" is proven after a round
// trip through the same service (quiesce), never after a sleep.
class TestGuiIntent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void heldEnterPlacesOnce();
    void heldCtrlReturnPlacesOnce();
    void doubleClickPlacesOnce();
    void twoPressesApartPlaceOnce();
    void replyForTheOldSymbolIsDropped();
    void clockOffTenMinutes_data();
    void clockOffTenMinutes();
    void batchCancelNamesWhatWasNotCancelled();
    void heldDeleteKeepsTheCancelsMessage();

private:
    int placements() const { return f->placements(); }
    // One auto-repeated press and release, as the window system sends for a held key.
    static void repeat(QWidget *to, int key, Qt::KeyboardModifiers mods)
    {
        GuiFixture::sendKey(to, key, mods, true, true);
        GuiFixture::sendKey(to, key, mods, false, true);
    }

    std::unique_ptr<GuiFixture> f;
};

void TestGuiIntent::init()
{
    QLocale::setDefault(QLocale::c());
    if (qstrcmp(QTest::currentTestFunction(), "clockOffTenMinutes") == 0)
        return; // it makes its own, on an exchange whose clock is off
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
}

void TestGuiIntent::cleanup()
{
    f.reset();
}

void TestGuiIntent::heldEnterPlacesOnce()
{
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    auto *q = f->field<QLineEdit>("quantity");
    GuiFixture::sendKey(q, Qt::Key_Return, Qt::NoModifier, true, false);
    for (int i = 0; i < 30; ++i) {
        repeat(q, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::processEvents(); // replies come in between repeats, as they do live
    }
    QTest::keyRelease(q, Qt::Key_Return);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before + 1);
}

void TestGuiIntent::heldCtrlReturnPlacesOnce()
{
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    QVERIFY(!f->window->action(QStringLiteral("place"))->autoRepeat());
    auto *q = f->field<QLineEdit>("quantity");
    // The shortcut belongs to the window: a held Ctrl+Return reaches it as repeated key events.
    QTest::keyPress(q, Qt::Key_Return, Qt::ControlModifier);
    for (int i = 0; i < 30; ++i) {
        repeat(q, Qt::Key_Return, Qt::ControlModifier);
        QCoreApplication::processEvents();
    }
    QTest::keyRelease(q, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before + 1);
}

void TestGuiIntent::doubleClickPlacesOnce()
{
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    QTest::mouseDClick(f->placeButton(), Qt::LeftButton);
    QTest::mouseClick(f->placeButton(), Qt::LeftButton);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    QTest::mouseClick(f->placeButton(), Qt::LeftButton); // after the answer: still the same form
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before + 1);
    QCOMPARE(f->form()->messageBar()->kind(), MessageBar::Kind::Success);
}

void TestGuiIntent::twoPressesApartPlaceOnce()
{
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    auto *q = f->field<QLineEdit>("quantity");
    QTest::keyClick(q, Qt::Key_Return);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    QTest::qWait(150); // the nervous hand's second press comes 150 ms later
    QTest::keyClick(q, Qt::Key_Return);
    // Refused, and the trader is told why.
    QCOMPARE(f->form()->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before + 1);
    // An edit is a new intent: then it places.
    QTest::keyClick(q, Qt::Key_Backspace);
    QTest::keyClick(q, Qt::Key_2);
    QTRY_VERIFY(f->placeButton()->isEnabled()); // past the one-second guard
    QTest::keyClick(q, Qt::Key_Return);
    QTRY_COMPARE(placements(), before + 2);
}

void TestGuiIntent::replyForTheOldSymbolIsDropped()
{
    MarketDataController *market = probe(f->session).market();
    const Decimal btc = *market->lastPrice();
    const Decimal eth = f->exchange()->engine().market().lastPrice(QStringLiteral("ETH-USDT"));
    QVERIFY(btc != eth);
    // BTC's ticker replies are on their way while the trader switches to ETH.
    f->exchange()->holdReplies("/api/v1/spot/ticker/");
    market->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(f->exchange()->heldReplies() >= 2, 10000);
    f->exchange()->holdReplies({});
    QList<Decimal> seen;
    connect(market, &MarketDataController::marketChanged, this, [&seen, market] {
        if (market->lastPrice())
            seen.append(*market->lastPrice());
        if (market->book() && market->book()->hasBid)
            seen.append(market->book()->bid.price);
    });
    f->field<QComboBox>("symbol")->setCurrentText(QStringLiteral("ETH-USDT"));
    QCOMPARE(market->symbol(), QStringLiteral("ETH-USDT"));
    // Until ETH's own data is in, the price is never checked against stale numbers: the form
    // says there is no last price and asks before anything goes.
    f->field<QLineEdit>("price")->setText(QStringLiteral("3500.00"));
    f->field<QLineEdit>("quantity")->setText(QStringLiteral("0.100"));
    // No event-loop turn since the switch: nothing of ETH's can have come yet, and BTC's price
    // must already be gone.
    QVERIFY(!market->lastPrice().has_value());
    QVERIFY2(f->form()
                 ->check()
                 .warnings.join(QLatin1Char(' '))
                 .contains(QStringLiteral("No last price for ETH-USDT")),
             qPrintable(f->form()->check().warnings.join(QLatin1Char(' '))));
    f->exchange()->releaseHeld();
    QVERIFY(quiesce(probe(f->session).service())); // the BTC replies have arrived and been handled
    QTRY_VERIFY_WITH_TIMEOUT(market->lastPrice().has_value() && market->book().has_value(), 10000);
    QCOMPARE(*market->lastPrice(), eth);
    QVERIFY(seen.contains(eth)); // the prices were watched while the BTC replies came in
    for (const Decimal &d : std::as_const(seen))
        QVERIFY2(d < *Decimal::parse("10000"), qPrintable(d.toString())); // never BTC's ~69,000
    // Clicking the bid takes ETH's bid, never BTC's.
    QTest::mouseClick(f->field<QPushButton>("bestBid"), Qt::LeftButton);
    // (The bid shown: the freshest touch, the book's or the best bid/ask feed's.)
    BookController *book = probe(f->session).book();
    const auto shown = MarketDataController::bestQuote(
        market->book(), market->bookAgeMs(), book->depthOf(market->symbol()), book->depthAgeMs());
    QVERIFY(shown.levels.bid.price < *Decimal::parse("10000"));
    QCOMPARE(f->field<QLineEdit>("price")->text(), shown.levels.bid.price.toString());
    disconnect(market, nullptr, this, nullptr);
}

void TestGuiIntent::clockOffTenMinutes_data()
{
    QTest::addColumn<qint64>("skewMs");
    QTest::addRow("exchange 10 min ahead") << qint64(600000);
    QTest::addRow("exchange 10 min behind") << qint64(-600000);
}

void TestGuiIntent::clockOffTenMinutes()
{
    QFETCH(qint64, skewMs);
    f = std::make_unique<GuiFixture>(skewMs);
    QVERIFY(f->ready());
    ApiService *service = probe(f->session).service();
    QVERIFY(std::abs(service->clockOffsetMs() - skewMs) < 3000); // learned from the exchange
    // Orders load: signed polls succeed.
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).orders()->openFeed()->lastSuccess().isValid(),
                             10000);
    QVERIFY(f->typeOrder("69000.00"));
    QTest::keyClick(f->field<QLineEdit>("quantity"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(probe(f->session).placement()->state(),
                              PlacementTracker::State::Placed, 10000);
    QVERIFY(!service->isAuthBlocked());
    QCOMPARE(f->exchange()->requestCount("POST", "/api/v1/spot/order"), 1);
}

void TestGuiIntent::batchCancelNamesWhatWasNotCancelled()
{
    QList<OrderId> ids;
    for (int i = 0; i < 4; ++i) {
        ids.append(f->place(Side::Buy, "65000.00", "0.0100"));
        QVERIFY(ids.last() > 0);
    }
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(ids.last()) != nullptr, 8000);
    f->selectOpen(ids);
    QTableView *table = f->window->openView()->table();
    // Between the trader's look and the cancel, one order fills completely.
    QVERIFY(f->exchange()->engine().fillPart(ids[1], *Decimal::parse("0.0100")));
    QSignalSpy finished(probe(f->session).cancels(), &CancelController::finished);
    QTest::keyClick(table, Qt::Key_Delete);
    auto *preview = f->window->findChild<CancelPreviewDialog *>();
    QVERIFY(preview && preview->isVisible());
    preview->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto summary = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(summary.requested, 4);
    QCOMPARE(summary.ids(CancelController::Result::Cancelled),
             (QList<OrderId>{ids[0], ids[2], ids[3]}));
    QCOMPARE(summary.ids(CancelController::Result::AlreadyFinal), QList<OrderId>{ids[1]});
    QCOMPARE(f->window->ordersMessage()->kind(), MessageBar::Kind::Warning);
    QVERIFY(f->window->ordersMessage()->text().contains(QString::number(ids[1])));
    QVERIFY(!probe(f->session).log()->find(QString::number(ids[1])).isEmpty());
}

// As X sends a held key without detectable auto-repeat: release-press pairs with one timestamp,
// not flagged as repeats; a press goes through the shortcuts first.
static void xKey(QWidget *to, int key, quint64 at, bool press)
{
    if (press && qt_sendShortcutOverrideEvent(to, at, key, Qt::NoModifier))
        return;
    QKeyEvent e(press ? QEvent::KeyPress : QEvent::KeyRelease, key, Qt::NoModifier);
    e.setTimestamp(at);
    QApplication::sendEvent(to, &e);
}

// Review 33 (trader F8): a held Delete cancelled one order, then its repeats ran the cancel again
// with the row gone and replaced the cancel's message with "Select the open orders to cancel
// first.". The repeats do nothing; a new press still acts.
void TestGuiIntent::heldDeleteKeepsTheCancelsMessage()
{
    f->settings.setConfirmOrders(false);
    const OrderId id = f->place(Side::Buy, "65000.00", "0.0100");
    QVERIFY(id > 0);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    f->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
    f->selectOpen({id});
    QTableView *table = f->window->openView()->table();
    QTRY_VERIFY(table->hasFocus());
    const auto cancels = [this] {
        return f->exchange()->requestCount("DELETE", "/api/v1/spot/order")
               + f->exchange()->requestCount("DELETE", "/api/v1/spot/batch/order");
    };
    const int before = cancels();
    MessageBar *bar = f->window->ordersMessage();
    quint64 at = 50000;
    xKey(table, Qt::Key_Delete, at, true);
    QVERIFY2(bar->text().contains(QString::number(id)), qPrintable(bar->text()));
    // Held until the order has left the table, and a little longer: repeats every 40 ms.
    QElapsedTimer held;
    held.start();
    int afterGone = 0;
    while (afterGone < 10 && held.elapsed() < 10000) {
        at += 40;
        xKey(table, Qt::Key_Delete, at, false);
        xKey(table, Qt::Key_Delete, at, true);
        QVERIFY2(!bar->text().startsWith(QStringLiteral("Select the open orders")),
                 qPrintable(QString::number(afterGone)));
        QTest::qWait(40); // the hand still on the key
        if (!probe(f->session).openOrders()->order(id))
            ++afterGone;
    }
    QCOMPARE(afterGone, 10);
    xKey(table, Qt::Key_Delete, at + 30, false); // let go
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(cancels(), before + 1);
    QVERIFY2(!bar->text().startsWith(QStringLiteral("Select the open orders")),
             qPrintable(bar->text()));
    // A new press acts: nothing is selected now, and it says so.
    xKey(table, Qt::Key_Delete, at + 400, true);
    xKey(table, Qt::Key_Delete, at + 480, false);
    QCOMPARE(bar->text(), QStringLiteral("Select the open orders to cancel first."));
}

QTEST_MAIN(TestGuiIntent)
#include "tst_gui_intent.moc"
