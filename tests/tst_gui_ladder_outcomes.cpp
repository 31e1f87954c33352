// What the ladder tells the trader once the exchange has answered, with real clicks and keys
// against the demo exchange: a cancel from the Mine cell ends in what happened (never a
// "Cancelling…" that stays), a move is told as a move (in the ladder, in the log, never as a
// plain cancel), the spread is the real one while the rows are grouped, and a move interrupted
// by stale data after its cancel leaves a loud, lasting message with one key to place it again.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "core/ApiService.h"
#include "models/AccountDataController.h"
#include "models/ActivityLogModel.h"
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/DepthModel.h"
#include "models/OrdersController.h"
#include "models/StaleMonitor.h"
#include "models/TicketModel.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/OrderForm.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

namespace {
Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}
} // namespace

class TestGuiLadderOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void cancelFromMineSaysWhenItIsDone();
    void cancelThatFailsSaysSo();
    void moveIsToldAsAMove();
    void moveFilledMeanwhileIsToldAsAMove();
    void groupedRowsShowTheRealSpread();
    void moveInterruptedByStaleDataIsToldUntilPlacedAgain();
    void dragSaysWhereTheOrderGoes();
    void placedShowsOnItsWayUntilListed();
    void moveCountsWhatItsCancelReleases();

private:
    GuiFixture *f = nullptr;
    QTranslator m_english;
    DepthView *view() const { return f->window->findChild<DepthView *>(); }
    LadderTrader *trader() const { return view()->findChild<LadderTrader *>(); }
    DepthModel *model() const { return probe(f->session).depth(); }
    QTableView *table() const { return view()->table(); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    void arm(bool on) const { LadderDriver::arm(f, on); }
    void click(int row, int column) const { LadderDriver::click(f, row, column); }
    QList<Order> openAt(Side side, const Decimal &price) const
    {
        return LadderDriver::openAt(f, side, price);
    }
    // An own order resting at the bid level `depth` below the best, shown in the ladder.
    Order restingBid(int depth, const char *quantity)
    {
        return LadderDriver::restingBid(f, depth, quantity);
    }
    // "69,100.00" as the ladder writes this price.
    QString price(const Decimal &p) const { return AssetFormat::price(p, model()->rules()); }
    OrderStatus statusOf(OrderId id) const
    {
        return f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status;
    }
    // Ctrl+Down on the order's Mine cell: moves it one step down.
    void moveDown(const Order &own) const;
};

void TestGuiLadderOutcomes::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // English as the app speaks it: its plural forms ("1 order", not "1 order(s)").
    QVERIFY(m_english.load(QStringLiteral(":/i18n/tradedesk_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10, 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderOutcomes::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    QTRY_COMPARE(trader()->movesRunning(), 0);
    arm(false);
    auto *quantity = f->field<QLineEdit>("quantity");
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("0.0100"));
}

void TestGuiLadderOutcomes::moveDown(const Order &own) const
{
    const int row = model()->rowOf(Side::Buy, own.price);
    LadderDriver::leave(f); // the keys act at the keyboard's row
    table()->setFocus();
    table()->setCurrentIndex(model()->index(row, DepthModel::Mine));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
}

// Found by hand: after a click on Mine the ladder read "Cancelling 1 order…" for good, long
// after the exchange had confirmed the cancel.
void TestGuiLadderOutcomes::cancelFromMineSaysWhenItIsDone()
{
    const Order own = restingBid(5, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    click(model()->rowOf(Side::Buy, own.price), DepthModel::Mine);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(own.orderId), OrderStatus::Canceled, 5000);
    const QString done = QStringLiteral("Cancelled 1 order at %1 USDT.").arg(price(own.price));
    QTRY_COMPARE_WITH_TIMEOUT(view()->messageBar()->text(), done, 5000);
    QCOMPARE(view()->messageBar()->kind(), MessageBar::Kind::Success);
}

// A cancel the exchange did not carry out (503) says so beside the ladder.
void TestGuiLadderOutcomes::cancelThatFailsSaysSo()
{
    const Order own = restingBid(6, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 1, "/api/v1/spot/order");
    const int deletes = f->exchange()->requestCount("DELETE", "/api/v1/spot/order");
    click(model()->rowOf(Side::Buy, own.price), DepthModel::Mine);
    QTRY_VERIFY_WITH_TIMEOUT(f->exchange()->requestCount("DELETE", "/api/v1/spot/order") > deletes,
                             5000);
    QVERIFY(quiesce(probe(f->session).service()));
    f->exchange()->clearFaults();
    QCOMPARE(statusOf(own.orderId), OrderStatus::New);
    const QString text = view()->messageBar()->text();
    // The order in words, then what became of it: not confirmed, and still open when looked up.
    QVERIFY2(text.startsWith(QStringLiteral("Cancel at %1 USDT: Buy 0.0100 BTC @ %1 USDT (order ")
                                 .arg(price(own.price))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("— not confirmed: still open")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(own.orderId)), qPrintable(text));
    QVERIFY(view()->messageBar()->kind() != MessageBar::Kind::Busy);
    QVERIFY(view()->messageBar()->kind() != MessageBar::Kind::Success);
    f->exchange()->engine().cancel(f->account(), OrderRef::byId(own.orderId));
}

// Found by hand: a move read as a plain cancel ("1 of 1 cancelled." over the orders, "Cancel
// order …" in the log) and then a new order, never as the move the trader made.
void TestGuiLadderOutcomes::moveIsToldAsAMove()
{
    const Order own = restingBid(7, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    f->window->ordersMessage()->clear();
    const Decimal target = *own.price.subtract(model()->step());
    const QString what =
        QStringLiteral("buy 0.0100 BTC %1 → %2 USDT").arg(price(own.price), price(target));
    QStringList told; // every line beside the ladder, in order
    QObject context;
    connect(trader(), &LadderTrader::message, &context,
            [&told](MessageBar::Kind, const QString &text) { told.append(text); });
    moveDown(own);
    // The end first, so that the one line shows it.
    QTRY_COMPARE_WITH_TIMEOUT(view()->messageBar()->text(), QStringLiteral("Moved: ") + what + '.',
                              8000);
    QVERIFY2(!told.isEmpty()
                 && told.first()
                        == QStringLiteral("Moving ") + what + QStringLiteral(": cancelling…"),
             qPrintable(told.join(QLatin1Char('\n'))));
    QCOMPARE(view()->messageBar()->kind(), MessageBar::Kind::Success);
    QCOMPARE(openAt(Side::Buy, target).size(), 1);
    QCOMPARE(statusOf(own.orderId), OrderStatus::Canceled);
    // The log tells the move, the cancel as its first step; never a plain cancel.
    ActivityLogModel *log = probe(f->session).log();
    const QString id = QString::number(own.orderId);
    QVERIFY(log->find(QStringLiteral("Cancel order ") + id).isEmpty());
    const QStringList moved = log->find(QStringLiteral("Move order ") + id);
    QVERIFY2(moved.size() == 2, qPrintable(moved.join(QLatin1Char('\n'))));
    QVERIFY2(moved.join(QLatin1Char('\n')).contains(QStringLiteral("Moved: ") + what),
             qPrintable(moved.join(QLatin1Char('\n'))));
    QVERIFY2(!f->window->ordersMessage()->text().contains(QStringLiteral("cancelled")),
             qPrintable(f->window->ordersMessage()->text()));
    f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
}

void TestGuiLadderOutcomes::moveFilledMeanwhileIsToldAsAMove()
{
    const Order own = restingBid(6, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    const int postsBefore = posted();
    const Decimal target = *own.price.subtract(model()->step());
    moveDown(own);
    QVERIFY(f->exchange()->engine().fillPart(own.orderId, own.quantity)); // before the cancel
    QTRY_COMPARE_WITH_TIMEOUT(trader()->movesRunning(), 0, 8000);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), postsBefore);
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Filled during move — nothing placed: buy 0.0100 BTC %1 → %2 USDT.")
                 .arg(price(own.price), price(target)));
    QVERIFY(trader()->interruptedText().isEmpty()); // filled: not flat, nothing to offer again
}

// Found by hand at Tick × 100: the spread line read 1.00 (one group) with a real spread of 0.10.
void TestGuiLadderOutcomes::groupedRowsShowTheRealSpread()
{
    ColorScheme colors;
    DepthModel m(&colors);
    SymbolRules rules;
    rules.symbol = QStringLiteral("BTC-USDT");
    rules.baseToken = QStringLiteral("BTC");
    rules.quoteToken = QStringLiteral("USDT");
    rules.priceIncrement = d("0.01");
    rules.baseIncrement = d("0.0001");
    m.setRules(rules);
    Depth book;
    for (int i = 0; i < 20; ++i) {
        const Decimal step = *d("0.03").multiply(Decimal::fromInteger(i));
        book.asks.append({*d("100.05").add(step), d("1.0000")});
        book.bids.append({*d("99.95").subtract(step), d("1.0000")});
    }
    m.applySnapshot(book);
    DepthView v(&m, &colors);
    v.resize(400, 700);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    QCOMPARE(v.infoLabel()->text(), QStringLiteral("Spread 0.10"));
    v.groupingBox()->setFocus();
    QTest::keyClick(v.groupingBox(), Qt::Key_Down); // Tick × 10
    QCOMPARE(m.grouping(), 10);
    QCOMPARE(*m.best(Side::Sell), d("100.10")); // the rows stay grouped
    QCOMPARE(*m.best(Side::Buy), d("99.90"));
    QCOMPARE(v.infoLabel()->text(), QStringLiteral("Spread 0.10"));
    QTest::keyClick(v.groupingBox(), Qt::Key_Down); // Tick × 100
    QCOMPARE(m.grouping(), 100);
    QCOMPARE(*m.best(Side::Sell), d("101.00"));
    QCOMPARE(v.infoLabel()->text(), QStringLiteral("Spread 0.10"));
}

// Found by hand: the market data went stale between a move's confirmed cancel and its new
// order; a line that the next message replaced was all the trader had, and no order rested.
// Now the new order never goes on stale numbers, and until the trader places it again (R, on
// fresh numbers, judged as any order) or dismisses it, the book says what happened.
void TestGuiLadderOutcomes::moveInterruptedByStaleDataIsToldUntilPlacedAgain()
{
    const Order own = restingBid(5, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    const int postsBefore = posted();
    const Decimal target = *own.price.subtract(model()->step());
    f->exchange()->holdReplies("/api/v1/spot/order");
    moveDown(own);
    QTRY_COMPARE(f->exchange()->heldReplies(), 1); // the cancel, carried out, its reply held
    // The market data goes stale while the cancel's reply is on its way.
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 100000, "/api/v1/spot/ticker/price");
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).marketStale()->isStale(), 20000);
    f->exchange()->holdReplies({});
    f->exchange()->releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(trader()->movesRunning(), 0, 10000);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), postsBefore); // nothing on stale numbers
    QCOMPARE(statusOf(own.orderId), OrderStatus::Canceled);
    MessageBar *alert = view()->interruptedBar();
    QTRY_VERIFY(alert->isVisible());
    const QString told = QStringLiteral("Move interrupted: your order at %1 USDT was cancelled, "
                                        "nothing placed at %2 USDT")
                             .arg(price(own.price), price(target));
    QVERIFY2(alert->text().startsWith(told), qPrintable(alert->text()));
    QVERIFY2(alert->text().contains(QStringLiteral("stale")), qPrintable(alert->text()));
    QCOMPARE(alert->kind(), MessageBar::Kind::Error);
    QVERIFY(view()->placeAgainButton()->isVisible());
    // Another message beside the ladder does not take it away.
    table()->setFocus();
    table()->setCurrentIndex(model()->index(model()->rowOf(Side::Buy, own.price), 0));
    QTest::keyClick(table(), Qt::Key_Delete); // nothing of the trader's there any more
    QVERIFY(view()->messageBar()->text().contains(QStringLiteral("No order of yours")));
    QVERIFY(alert->isVisible());
    // R while still stale: nothing goes, and it says why; the alert stays.
    QTest::keyClick(table(), Qt::Key_R);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted(), postsBefore);
    QVERIFY2(view()->messageBar()->text().startsWith(QStringLiteral("Not placed again: ")),
             qPrintable(view()->messageBar()->text()));
    QVERIFY(alert->isVisible());
    // Fresh again: one R places the rest once, at the price the move was going to.
    f->exchange()->clearFaults();
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!probe(f->session).marketStale()->isStale(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(f->form()->placingBlocked().isEmpty(), 10000);
    QTest::keyClick(table(), Qt::Key_R);
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, target).size(), 1, 8000);
    QVERIFY(!alert->isVisible());
    QTest::keyClick(table(), Qt::Key_R); // nothing left to place again
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(posted() - postsBefore, 1);
    QCOMPARE(openAt(Side::Buy, target).first().quantity, own.quantity);
}

// Found under Xvfb: while a Mine cell was dragged nothing said where the order would go, nor how
// to let go without moving it; the release had already cancelled it.
void TestGuiLadderOutcomes::dragSaysWhereTheOrderGoes()
{
    const Order own = restingBid(5, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    view()->messageBar()->clear();
    const int from = model()->rowOf(Side::Buy, own.price);
    const int to = from + 2;
    table()->scrollTo(model()->index(from, 0), QAbstractItemView::PositionAtCenter);
    table()->viewport()->repaint(); // drawn: what the trader sees
    const QPoint a = table()->visualRect(model()->index(from, DepthModel::Mine)).center();
    const QPoint b = table()->visualRect(model()->index(to, DepthModel::Price)).center();
    const int deletes = f->exchange()->requestCount("DELETE", "/api/v1/spot/order");
    QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(table()->viewport(), b);
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Release: move buy 0.0100 BTC %1 → %2 · outside the rows: keep it.")
                 .arg(price(own.price),
                      AssetFormat::priceIn(model()->level(to)->price, model()->rules())));
    const QPoint outside(b.x(), table()->viewport()->height() + 40);
    QTest::mouseMove(table()->viewport(), outside);
    QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, outside);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->exchange()->requestCount("DELETE", "/api/v1/spot/order"), deletes);
    QCOMPARE(statusOf(own.orderId), OrderStatus::New);
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Not moved: released outside the rows; nothing was sent."));
    f->exchange()->engine().cancel(f->account(), OrderRef::byId(own.orderId));
}

// Found by a trader: the "◌" went when the tracker said placed, up to one poll before the open
// orders listed the order: for that moment the level showed neither. Now the level shows the
// order on its way until it is listed, then resting: never neither, never both.
void TestGuiLadderOutcomes::placedShowsOnItsWayUntilListed()
{
    arm(true);
    const int row = model()->levelRow(Side::Buy, 4);
    const Decimal at = model()->level(row)->price;
    const auto shown = [&] {
        const DepthModel::Level *l = model()->level(model()->rowOf(Side::Buy, at));
        return std::pair<bool, bool>{l && !l->flight.isZero(), l && !l->mine.isZero()};
    };
    QVERIFY(shown() == std::make_pair(false, false));
    // Every state the level passes through, from the click until the order rests listed.
    int neither = 0;
    int both = 0;
    bool sent = false;
    QObject watch;
    connect(model(), &QAbstractItemModel::dataChanged, &watch, [&] {
        const auto [flight, mine] = shown();
        both += flight && mine ? 1 : 0;
        neither += sent && !flight && !mine ? 1 : 0;
    });
    f->exchange()->holdReplies("/api/v1/spot/open_order"); // the open orders' next polls, held
    click(row, DepthModel::Price);
    sent = shown().first;
    QVERIFY(sent); // on its way at once
    QTRY_COMPARE_WITH_TIMEOUT(probe(f->session).placement()->state(),
                              PlacementTracker::State::Placed, 5000);
    QCOMPARE(shown(), std::make_pair(true, false)); // placed, not listed yet: still on its way
    f->exchange()->holdReplies({});
    f->exchange()->releaseHeld();
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(shown() == std::make_pair(false, true), 10000);
    QCOMPARE(neither, 0);
    QCOMPARE(both, 0);
    QCOMPARE(openAt(Side::Buy, at).size(), 1);
    f->exchange()->engine().cancel(f->account(), OrderRef::byId(openAt(Side::Buy, at)[0].orderId));
    probe(f->session).orders()->refreshNow();
}

// Found by a trader: moving their bid down one step was refused, "Not enough USDT", when the bid
// itself held nearly all of their USDT: the check ignored what the move's own cancel releases.
// It counts that now (the unfilled rest at its price, for a buy), and nothing more.
void TestGuiLadderOutcomes::moveCountsWhatItsCancelReleases()
{
    MatchingEngine &engine = f->exchange()->engine();
    engine.cancelSymbol(f->account(), probe(f->session).market()->symbol()); // earlier tests'
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(model()->ownOrders().isEmpty(), 10000);
    const Decimal free = engine.balances(f->account(), QStringLiteral("USDT")).first().available;
    QTRY_VERIFY_WITH_TIMEOUT(model()->level(model()->levelRow(Side::Buy, 5)), 10000);
    const Decimal at = model()->level(model()->levelRow(Side::Buy, 5))->price;
    const SymbolRules rules = model()->rules();
    const Decimal quantity = *free.divide(at, 8)->roundDownToStep(rules.baseIncrement);
    const Order own = LadderDriver::restingBid(f, 5, quantity.toWire().constData(), true);
    QVERIFY(own.orderId);
    const Decimal left = *free.subtract(*quantity.multiply(at)); // less than one lot's value
    TicketModel *ticket = f->form()->ticket();
    probe(f->session).accountData()->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(ticket->available(QStringLiteral("USDT")), left, 10000);
    // What the cancel releases and nothing more: one lot more than the order is refused.
    OrderDraft more;
    more.accountId = f->account();
    more.symbol = rules.symbol;
    more.side = Side::Buy;
    more.type = OrderType::Limit;
    more.priceText = DecimalFormat::toInput(at);
    more.quantityText = DecimalFormat::toInput(*quantity.add(rules.baseIncrement));
    more.clientOrderId = probe(f->session).placement()->newClientOrderId();
    QVERIFY(!ticket->check(more, LadderTrader::releasedBy(own)).isValid());
    more.quantityText = DecimalFormat::toInput(quantity);
    QVERIFY(ticket->check(more, LadderTrader::releasedBy(own)).isValid());
    QVERIFY(!ticket->check(more).isValid()); // without it: not enough
    // The move itself: one step down, with real keys (large, but not asking for a confirmation).
    f->settings.setLargeNotional(QStringLiteral("1000000"));
    arm(true);
    const Decimal target = *own.price.subtract(model()->step());
    moveDown(own);
    QTRY_VERIFY2_WITH_TIMEOUT(view()->messageBar()->text().startsWith(QStringLiteral("Moved: ")),
                              qPrintable(view()->messageBar()->text()), 8000);
    QCOMPARE(openAt(Side::Buy, target).size(), 1);
    QCOMPARE(openAt(Side::Buy, target).first().quantity, quantity);
    QCOMPARE(statusOf(own.orderId), OrderStatus::Canceled);
    f->settings.setLargeNotional(QStringLiteral("50000"));
    engine.cancel(f->account(), OrderRef::byId(openAt(Side::Buy, target).first().orderId));
    probe(f->session).orders()->refreshNow();
}

QTEST_MAIN(TestGuiLadderOutcomes)
#include "tst_gui_ladder_outcomes.moc"
