// The armed ladder acts only on what the trader sees, with real keys and clicks against the demo
// exchange: Delete on the book cancels at the book's cursor (never the order selected in Open
// orders), a click at a level the market has moved past is not sent, a ticket set to Market
// (its quantity hidden) places nothing from the book, and another symbol disarms the book.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "core/ApiService.h"
#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/DepthModel.h"
#include "models/MarketDataController.h"
#include "models/OrdersController.h"
#include "models/StaleMonitor.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QToolButton>

class TestGuiLadderGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void deleteOnTheArmedBookCancelsAtItsCursor_data();
    void deleteOnTheArmedBookCancelsAtItsCursor();
    void deleteOnTheUnarmedBookSendsNothing();
    void clickTheMarketMovedPastIsNotSent();
    void ticketOnMarketPlacesNothingFromTheBook();
    void anotherSymbolDisarmsTheBook();
    void ctrlClickOnTheArmedBookFillsTheFormOnly();
    void staleRefusalGoesWhenTheDataIsFresh();
    void confirmationAfterStaleThenFreshSendsNothing();
    void aClickKeepsTheSideThePointerCameTo();
    void aReusedIdOfAMovedOrderRestsInMine();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return f->window->findChild<DepthView *>(); }
    DepthModel *model() const { return probe(f->session).depth(); }
    QTableView *table() const { return view()->table(); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    int deletes() const { return f->exchange()->requestCount("DELETE", "/api/v1/spot/order"); }
    void arm(bool on) const { LadderDriver::arm(f, on); }
    void click(int row, int column) const { LadderDriver::click(f, row, column); }
    // An own order resting at the bid level `depth` below the best, shown in the ladder.
    Order restingBid(int depth) { return LadderDriver::restingBid(f, depth, "0.0100", true); }
    OrderStatus statusOf(OrderId id) const
    {
        return f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status;
    }
    QString price(const Decimal &p) const { return AssetFormat::price(p, model()->rules()); }
    void cancelAll() const;
};

void TestGuiLadderGuards::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderGuards::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    arm(false);
    QTest::mouseClick(f->field<QAbstractButton>("limit"), Qt::LeftButton);
    auto *quantity = f->field<QLineEdit>("quantity");
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("0.0100"));
    view()->centreOnSpread();
    QTRY_VERIFY_WITH_TIMEOUT(model()->bestRow(Side::Buy) >= 0, 10000);
}

void TestGuiLadderGuards::cancelAll() const
{
    for (const Order &o : f->exchange()->engine().openOrders(f->account(), QString(), 0, 1000))
        f->exchange()->engine().cancel(f->account(), OrderRef::byId(o.orderId));
    probe(f->session).orders()->refreshNow();
}

// Found by a trader: with the cursor on their order in the book, Delete cancelled the order
// selected in Open orders (the window's "Cancel selected"), without asking. And Backspace (a
// laptop's delete key) did nothing, while the README says Delete and Backspace are the book's.
void TestGuiLadderGuards::deleteOnTheArmedBookCancelsAtItsCursor_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("column");
    QTest::newRow("Delete on Mine") << int(Qt::Key_Delete) << int(DepthModel::Mine);
    QTest::newRow("Backspace on Price") << int(Qt::Key_Backspace) << int(DepthModel::Price);
}

void TestGuiLadderGuards::deleteOnTheArmedBookCancelsAtItsCursor()
{
    QFETCH(int, key);
    QFETCH(int, column);
    const Order x = restingBid(3);
    const Order y = restingBid(6);
    QVERIFY(x.orderId && y.orderId && x.price != y.price);
    f->selectOpen({x.orderId});
    arm(true);
    table()->setFocus();
    table()->setCurrentIndex(model()->index(model()->rowOf(Side::Buy, y.price), column));
    QTRY_VERIFY(table()->hasFocus());
    const int before = deletes();
    QTest::keyClick(table(), Qt::Key(key));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(y.orderId), OrderStatus::Canceled, 5000);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(deletes() - before, 1); // one cancel, the cursor's order only
    QCOMPARE(statusOf(x.orderId), OrderStatus::New);
    cancelAll();
}

void TestGuiLadderGuards::deleteOnTheUnarmedBookSendsNothing()
{
    const Order x = restingBid(3);
    const Order y = restingBid(6);
    QVERIFY(x.orderId && y.orderId);
    f->selectOpen({x.orderId});
    table()->setFocus();
    table()->setCurrentIndex(model()->index(model()->rowOf(Side::Buy, y.price), DepthModel::Mine));
    QTRY_VERIFY(table()->hasFocus());
    const int before = deletes();
    QTest::keyClick(table(), Qt::Key_Delete);
    QTest::keyClick(table(), Qt::Key_Backspace);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(deletes(), before);
    QCOMPARE(statusOf(x.orderId), OrderStatus::New);
    QCOMPARE(statusOf(y.orderId), OrderStatus::New);
    QVERIFY2(view()->messageBar()->text().contains(QStringLiteral("not armed")),
             qPrintable(view()->messageBar()->text()));
    cancelAll();
}

// Found by a trader: the drawn book lags the market; a click on a bid row the market has fallen
// through bought at once, as a taker.
void TestGuiLadderGuards::clickTheMarketMovedPastIsNotSent()
{
    arm(true);
    const int row = model()->levelRow(Side::Buy, 1);
    const Decimal bid = model()->level(row)->price;
    QTRY_VERIFY(table()->isVisible());
    QTest::qWait(50); // the row is drawn as a bid: what the trader saw
    // The trader's pointer is on the rows (the armed ladder never re-centres under it).
    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QApplication::sendEvent(table()->viewport(), &enter);
    // The latest book the app holds: the market fell two steps below that bid.
    const Decimal step = model()->rules().priceIncrement;
    Depth fell;
    const Decimal ask = *bid.subtract(step).value_or(bid).subtract(step);
    fell.asks.append({ask, *Decimal::parse(QByteArray("1"))});
    fell.bids.append({*ask.subtract(step), *Decimal::parse(QByteArray("1"))});
    model()->applySnapshot(fell);
    const int before = posted();
    click(row, DepthModel::Price);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), before);
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Not placed: the market moved — a buy at %1 USDT would trade at "
                            "once against the ask %2 USDT. Nothing sent.")
                 .arg(price(bid), price(ask)));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table()->viewport(), &leave);
}

// Found by a trader: the form on Market hides its Quantity; the armed book still placed it.
// Review 33 (M3): then it stayed ARMED while every click was refused. The ticket set to Market
// disarms the book, which is not armed again on Market.
void TestGuiLadderGuards::ticketOnMarketPlacesNothingFromTheBook()
{
    arm(true);
    QTest::mouseClick(f->field<QAbstractButton>("market"), Qt::LeftButton);
    QVERIFY(!f->field<QLineEdit>("quantity")->isVisible());
    QVERIFY(!view()->isArmed());
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Disarmed: the ticket is set to Market; the book places limit "
                            "orders. Switch to Limit to arm."));
    QTest::mouseClick(view()->armButton(), Qt::LeftButton);
    QVERIFY(!view()->isArmed());
    const int before = posted();
    click(model()->levelRow(Side::Buy, 2), DepthModel::Price);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), before);
}

// Found by a trader: after switching to ETH-USDT the book stayed armed, anchored on BTC prices
// ("Market below").
void TestGuiLadderGuards::anotherSymbolDisarmsTheBook()
{
    arm(true);
    auto *symbol = f->field<QComboBox>("symbol");
    const QString before = symbol->currentText();
    symbol->setFocus();
    symbol->setCurrentIndex(symbol->findText(QStringLiteral("ETH-USDT")));
    QCOMPARE(probe(f->session).market()->symbol(), QStringLiteral("ETH-USDT"));
    QVERIFY(!view()->isArmed());
    QCOMPARE(view()->messageBar()->text(), QStringLiteral("Disarmed: symbol changed to ETH-USDT."));
    // Centred on the new market once its book comes: its best levels are in the rows.
    QTRY_VERIFY_WITH_TIMEOUT(model()->rules().symbol == QStringLiteral("ETH-USDT")
                                 && model()->bestRow(Side::Buy) >= 0
                                 && model()->bestRow(Side::Sell) >= 0,
                             10000);
    symbol->setCurrentIndex(symbol->findText(before));
    QTRY_VERIFY_WITH_TIMEOUT(model()->bestRow(Side::Buy) >= 0, 10000);
}

// Found by a trader: Ctrl+click on the armed book placed an order; the README has Ctrl+click only
// fill the form. Now it does that, armed or not, and sends nothing. Armed, it fills the price and
// side only: the quantity the book's clicks trade stays (review 31: tst_gui_ladder_aim).
void TestGuiLadderGuards::ctrlClickOnTheArmedBookFillsTheFormOnly()
{
    arm(true);
    const int row = model()->levelRow(Side::Buy, 2);
    const Decimal at = model()->level(row)->price;
    const auto typed = DecimalFormat::parseInput(f->field<QLineEdit>("quantity")->text());
    QVERIFY(typed && model()->cumulativeAt(row) != *typed);
    const int before = posted();
    table()->scrollTo(model()->index(row, DepthModel::Size));
    const QRect r = table()->visualRect(model()->index(row, DepthModel::Size));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, r.center());
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), before);
    QVERIFY(view()->isArmed());
    QCOMPARE(DecimalFormat::parseInput(f->field<QLineEdit>("price")->text()), at);
    QCOMPARE(DecimalFormat::parseInput(f->field<QLineEdit>("quantity")->text()), typed);
}

// Found by a trader: "Nothing placed: Market data is stale…" stayed under the ladder after the
// data was fresh again. A refusal goes with its cause: here, when the data is fresh.
void TestGuiLadderGuards::staleRefusalGoesWhenTheDataIsFresh()
{
    arm(true);
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 100000, "/api/v1/spot/ticker/price");
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).marketStale()->isStale(), 20000);
    QTRY_VERIFY(!f->form()->placingBlocked().isEmpty());
    const int before = posted();
    click(model()->levelRow(Side::Buy, 2), DepthModel::Price);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), before);
    MessageBar *line = view()->messageBar();
    QVERIFY2(line->text().startsWith(QStringLiteral("Nothing placed: Market data is stale")),
             qPrintable(line->text()));
    f->exchange()->clearFaults();
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!probe(f->session).marketStale()->isStale(), 20000);
    QTRY_VERIFY(line->text().isEmpty());
    QVERIFY(view()->isArmed());
}

// As in the form: the ladder's confirmation stood open while the data went stale and came back.
// What it showed is from before the gap: accepting it sends nothing and says why.
void TestGuiLadderGuards::confirmationAfterStaleThenFreshSendsNothing()
{
    arm(true);
    f->settings.setConfirmOrders(true);
    const int before = posted();
    click(model()->levelRow(Side::Buy, 2), DepthModel::Price);
    ConfirmOrderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<ConfirmOrderDialog *>()) && dialog->isVisible());
    const QPointer<ConfirmOrderDialog> open = dialog;
    StaleMonitor *stale = probe(f->session).marketStale();
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 100000, "/api/v1/spot/ticker/price");
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(stale->isStale(), 20000);
    f->exchange()->clearFaults();
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!stale->isStale(), 20000); // fresh again, the dialog still open
    QTRY_VERIFY(f->form()->placingBlocked().isEmpty());
    QVERIFY(open && open->isVisible());
    QTest::qWait(QApplication::doubleClickInterval() + 50); // not a reflex: a deliberate accept
    QTest::keyClick(open, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(!open || !open->isVisible());
    f->settings.setConfirmOrders(false);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), before);
    const QString said = view()->messageBar()->text();
    QVERIFY2(said.startsWith(QStringLiteral("Not sent: placing paused while the confirmation was "
                                            "open")),
             qPrintable(said));
}

// Found by two reviewers: with the pointer still on a bid row ("▲ 0.0100"), the market fell
// through it; the row was drawn again as an ask and the click sent a sell. The side of a click is
// the row's when the pointer came to it: the buy it previewed, refused here because it would now
// trade at once against the ask.
void TestGuiLadderGuards::aClickKeepsTheSideThePointerCameTo()
{
    arm(true);
    const int row = model()->levelRow(Side::Buy, 1);
    const Decimal bid = model()->level(row)->price;
    table()->scrollTo(model()->index(row, DepthModel::Price));
    const QPoint at = table()->visualRect(model()->index(row, DepthModel::Price)).center();
    table()->viewport()->repaint();
    QTest::mouseMove(table()->viewport(), at);
    QLabel *preview = view()->previewLabel(); // what a click sends
    QTRY_VERIFY(preview->text().startsWith(QStringLiteral("▲")));
    const Decimal step = model()->rules().priceIncrement;
    Depth fell;
    const Decimal ask = *bid.subtract(step).value_or(bid).subtract(step);
    fell.asks.append({ask, *Decimal::parse(QByteArray("1"))});
    fell.bids.append({*ask.subtract(step), *Decimal::parse(QByteArray("1"))});
    model()->applySnapshot(fell);
    table()->viewport()->repaint(); // drawn as an ask now, the pointer never moved
    QCOMPARE(model()->index(row, DepthModel::Price).data(DepthModel::RowKindRole).toInt(),
             int(DepthModel::RowKind::Ask));
    QVERIFY(preview->text().startsWith(QStringLiteral("▲"))); // still what a click sends
    QVERIFY(preview->font().strikeOut()); // and it would not go: the market moved across
    const int before = posted();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), before);
    QVERIFY2(view()->messageBar()->text().startsWith(
                 QStringLiteral("Not placed: the market moved — a buy at %1 USDT").arg(price(bid))),
             qPrintable(view()->messageBar()->text()));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table()->viewport(), &leave);
}

// Found by an attacker (review 32): after an exchange restart handed its ids out again, a new
// order with the id of one moved from the book was missing from Mine ("No order of yours at this
// price"): the book hid it as the moved one. Another client order id is another order.
void TestGuiLadderGuards::aReusedIdOfAMovedOrderRestsInMine()
{
    const Order own = restingBid(5);
    QVERIFY(own.orderId);
    arm(true);
    LadderDriver::leave(f);
    table()->setFocus();
    table()->setCurrentIndex(
        model()->index(model()->rowOf(Side::Buy, own.price), DepthModel::Mine));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(own.orderId), OrderStatus::Canceled, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(view()->findChild<LadderTrader *>()->movesRunning(), 0, 8000);
    QVERIFY(LadderDriver::settle(f));
    // The exchange restarts: no orders, ids from the start again, up to the moved order's.
    MatchingEngine &engine = f->exchange()->engine();
    engine.forgetOrders();
    NewOrder o;
    o.accountId = f->account();
    o.symbol = own.symbol;
    o.side = Side::Buy;
    o.price = own.price;
    o.quantity = own.quantity;
    OrderId got = 0;
    for (int i = 0; i < 10000 && got != own.orderId; ++i) {
        o.clientOrderId = probe(f->session).placement()->newClientOrderId();
        const auto placed = engine.place(o);
        QVERIFY(placed.ok());
        got = placed.orderId;
        if (got != own.orderId)
            engine.cancel(f->account(), OrderRef::byId(got));
    }
    QCOMPARE(got, own.orderId);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->rowOf(got) >= 0, 10000);
    // An order from the book meanwhile (the ladder shows its flights again).
    const int other = model()->levelRow(Side::Buy, 8);
    table()->setCurrentIndex(model()->index(other, DepthModel::Price));
    QTest::keyClick(table(), Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(!model()->ownOrdersAt(other).isEmpty(), 10000);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(model()->ownOrdersAt(model()->rowOf(Side::Buy, own.price)).size(), 1);
    cancelAll();
}

QTEST_MAIN(TestGuiLadderGuards)
#include "tst_gui_ladder_guards.moc"
