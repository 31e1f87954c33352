// What the armed ladder lets the trader see before it acts, with real clicks, moves and keys
// against the demo exchange (found by a trader, review 33): a click on a row whose side has just
// changed places nothing (the hand was sent to the old side); arming gives the book the keys; the
// keys never act on a row out of view.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "models/AssetFormat.h"
#include "models/DepthModel.h"
#include "ui/DepthView.h"
#include "ui/MessageBar.h"

#include <QApplication>
#include <QCursor>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

#include <cstdlib>

class TestGuiLadderSide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void clickOnASideJustChangedPlacesNothing();
    void armingFromTheKeyboardGivesTheBookTheKeys();
    void keysNeverActOnARowOutOfView();
    void wheelNeverMovesTheKeyboardsRow_data();
    void wheelNeverMovesTheKeyboardsRow();
    void aWindowOverAStillPointerPicksNoRow();
    void firstArrowFromOutOfViewPicksTheMarketRow();
    void outOfViewLineGoesWhenTheRowIsBack();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return LadderDriver::view(f); }
    DepthModel *model() const { return LadderDriver::model(f); }
    QTableView *table() const { return view()->table(); }
    QLabel *preview() const { return view()->previewLabel(); }
    QString message() const { return view()->messageBar()->text(); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    QString priceIn(const Decimal &p) const { return AssetFormat::priceIn(p, model()->rules()); }
    QPoint centre(int row, int column) const
    {
        return table()->visualRect(model()->index(row, column)).center();
    }
    // The pointer arrives on this cell, as a trader's hand.
    void hover(int row, int column) const
    {
        const QPoint at = centre(row, column);
        QEnterEvent enter(at, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &enter);
        QTest::mouseMove(table()->viewport(), at);
    }
    // One notch of the wheel (up: higher prices come into view) at the resting pointer, and a
    // move event where it rests, as Qt sends one itself (QApplication, to the widget under a
    // still pointer, when a widget there is shown or hidden). QTest::mouseMove sends nothing
    // when the pointer is already there.
    void wheel(const QPoint &at, int notches) const
    {
        QWidget *rows = table()->viewport();
        const QPoint global = rows->mapToGlobal(at);
        for (int i = 0; i < std::abs(notches); ++i) {
            QWheelEvent notch(at, global, QPoint(), QPoint(0, notches > 0 ? 120 : -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(rows, &notch);
            QMouseEvent still(QEvent::MouseMove, at, global, Qt::NoButton, Qt::NoButton,
                              Qt::NoModifier);
            QApplication::sendEvent(rows, &still);
        }
    }
    QString priceOf(int row) const
    {
        return AssetFormat::price(model()->level(row)->price, model()->rules());
    }
    bool shownWhole(int row) const
    {
        const QRect r = table()->visualRect(model()->index(row, 0));
        return r.top() >= 0 && r.bottom() < table()->viewport()->height();
    }
    void cancelAll() const
    {
        f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
        probe(f->session).orders()->refreshNow();
    }
};

void TestGuiLadderSide::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderSide::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    LadderDriver::arm(f, false);
    LadderDriver::leave(f);
    table()->setCurrentIndex({});
    quantity()->clear();
    QTest::keyClicks(quantity(), QStringLiteral("0.0100"));
    view()->messageBar()->clear();
    view()->centreOnSpread();
}

// Found by a trader (review 33, twice): the best bid row aimed at, the market fell through it while
// the hand travelled, and the click landing on it sold there ("Sell 0.100 ETH @ 3,525.00").
void TestGuiLadderSide::clickOnASideJustChangedPlacesNothing()
{
    LadderDriver::arm(f, true);
    LadderDriver::leave(f);
    const int row = model()->bestRow(Side::Buy);
    const Decimal price = model()->level(row)->price;
    table()->viewport()->grab(); // the trader sees a bid there
    for (int i = 0; i < 60 && model()->kindOf(row) != DepthModel::RowKind::Ask; ++i)
        QVERIFY(LadderDriver::moveMarket(f, "-0.03"));
    QCOMPARE(model()->kindOf(row), DepthModel::RowKind::Ask);
    QCOMPARE(model()->level(row)->price, price); // armed: the rows stay
    table()->viewport()->grab();                 // drawn an ask now
    const int before = posted();
    // The hand arrives on the row and clicks at once.
    hover(row, DepthModel::Price);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, centre(row, DepthModel::Price));
    QTRY_COMPARE(message(), QStringLiteral("The market just crossed %1 — it is an ask now: "
                                           "nothing placed. Click again to sell there.")
                                .arg(priceIn(price)));
    QVERIFY(preview()->font().strikeOut()); // its side is not to be trusted yet
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
    QVERIFY(LadderDriver::openAt(f, Side::Sell, price).isEmpty());
    // Settled (shown for a second): the preview reads plain, and a click is a fresh intent.
    QTRY_VERIFY_WITH_TIMEOUT(!preview()->font().strikeOut(), 3000);
    QCOMPARE(preview()->text(), QStringLiteral("▼ Sell 0.0100 BTC @ %1").arg(priceIn(price)));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, centre(row, DepthModel::Price));
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Sell, price).size(), 1, 8000);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted() - before, 1);
    cancelAll();
    LadderDriver::leave(f);
}

// Found by a trader (review 33): Alt+K armed the book with the focus left in the ticket; Down
// lowered the quantity by a step unseen, C typed "c" into it.
void TestGuiLadderSide::armingFromTheKeyboardGivesTheBookTheKeys()
{
    quantity()->setFocus();
    QTRY_VERIFY(quantity()->hasFocus());
    QTest::keyClick(quantity(), Qt::Key_K, Qt::AltModifier);
    QTRY_VERIFY(view()->isArmed());
    QTRY_VERIFY(table()->hasFocus());
    const int at = table()->currentIndex().row();
    QCOMPARE(at, model()->bestRow(Side::Buy)); // the row nearest the market, in view
    QVERIFY(shownWhole(at));
    QTRY_COMPARE(
        preview()->text(),
        QStringLiteral("Keys: ▲ Buy 0.0100 BTC @ %1").arg(priceIn(model()->level(at)->price)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), at + 2);
    // The market leaves the rows; C (as the line above them says) centres without a click.
    const Decimal top = model()->level(0)->price;
    QVERIFY(LadderDriver::moveMarket(f, "2.50"));
    QCOMPARE(model()->level(0)->price, top);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    QVERIFY(model()->level(0)->price > top);
    QCOMPARE(quantity()->text(), QStringLiteral("0.0100")); // the ticket never changed
    QVERIFY(LadderDriver::moveMarket(f, "-2.50"));
}

// Found by a trader (review 33): "Keys: ▼ Sell 0.100 ETH @ 3,528.50" while the rows in view began
// at 3,527.50: B or S would have traded at a price out of sight.
void TestGuiLadderSide::keysNeverActOnARowOutOfView()
{
    LadderDriver::arm(f, true);
    LadderDriver::leave(f);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    const int row = model()->levelRow(Side::Buy, 1);
    const Decimal price = model()->level(row)->price;
    table()->setCurrentIndex(model()->index(row, DepthModel::Price));
    QTRY_COMPARE(preview()->text(),
                 QStringLiteral("Keys: ▲ Buy 0.0100 BTC @ %1").arg(priceIn(price)));
    // The wheel takes the rows up a screen: the keyboard's row is below them.
    QScrollBar *bar = table()->verticalScrollBar();
    const int shown = table()->viewport()->height() / table()->rowHeight(row);
    bar->setValue(bar->value() - shown - 5);
    QVERIFY(table()->visualRect(model()->index(row, 0)).top() >= table()->viewport()->height());
    QTRY_COMPARE(preview()->text(), QStringLiteral("Keys' row %1 is out of view · ↑/↓")
                                        .arg(AssetFormat::price(price, model()->rules())));
    const int before = posted();
    for (const Qt::Key key : {Qt::Key_B, Qt::Key_S, Qt::Key_Return}) {
        QTest::keyClick(table(), key);
        QCOMPARE(message(), QStringLiteral("%1 is out of view: nothing was sent. ↑/↓ picks the "
                                           "row nearest the market, C centres.")
                                .arg(priceIn(price)));
    }
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
    QVERIFY(LadderDriver::openAt(f, Side::Buy, price).isEmpty());
    // Up brings the keyboard's row to the row in view nearest the market (below the rows: the
    // bottom one), and says so; the rows stay where they are.
    const int scrolled = bar->value();
    QTest::keyClick(table(), Qt::Key_Up);
    QCOMPARE(bar->value(), scrolled);
    const int now = table()->currentIndex().row();
    QVERIFY(now < row);
    QVERIFY(shownWhole(now));
    QVERIFY(!shownWhole(now + 1));
    QCOMPARE(message(), QStringLiteral("Keys' row: %1 (nearest the market)").arg(priceOf(now)));
    QTRY_VERIFY2(preview()->text().startsWith(QStringLiteral("Keys: "))
                     && !preview()->text().contains(QStringLiteral("out of view")),
                 qPrintable(preview()->text()));
}

void TestGuiLadderSide::wheelNeverMovesTheKeyboardsRow_data()
{
    QTest::addColumn<bool>("away"); // wheeled until the keyboard's row is out of view
    QTest::newRow("still in view") << false;
    QTest::newRow("out of view") << true;
}

// Found by a trader (review 33, F2): the keys picked 69,990 with the arrows, six wheel notches
// later the keyboard's row was the row under the resting pointer, and B bought at 70,004.
void TestGuiLadderSide::wheelNeverMovesTheKeyboardsRow()
{
    QFETCH(bool, away);
    LadderDriver::arm(f, true);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    // The pointer comes to a bid row, then the arrows take the keys two rows below it.
    const int aimed = model()->bestRow(Side::Buy) + 3;
    QVERIFY(shownWhole(aimed + 5));
    hover(aimed, DepthModel::Price);
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Down);
    const int picked = aimed + 2;
    QCOMPARE(table()->currentIndex().row(), picked);
    const Decimal price = model()->level(picked)->price;
    // The wheel takes the rows up under the still pointer: one notch (three rows: the best bid
    // under the pointer), or until the picked row is below them.
    const QPoint at = centre(aimed, DepthModel::Price);
    wheel(at, 1);
    for (int i = 0; away && shownWhole(picked) && i < 40; ++i)
        wheel(at, 1);
    QCOMPARE(shownWhole(picked), !away);
    const int under = table()->indexAt(at).row();
    QVERIFY(under < aimed - 2);
    QVERIFY(model()->kindOf(under) == DepthModel::RowKind::Bid || away);
    const Decimal underPrice = model()->level(under)->price;
    QCOMPARE(table()->currentIndex().row(), picked);
    const int before = posted();
    QTest::keyClick(table(), Qt::Key_B);
    if (away) {
        QCOMPARE(message(), QStringLiteral("%1 is out of view: nothing was sent. ↑/↓ picks the "
                                           "row nearest the market, C centres.")
                                .arg(priceIn(price)));
        QVERIFY(LadderDriver::settle(f));
        QCOMPARE(posted(), before);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Buy, price).size(), 1, 8000);
        QVERIFY(LadderDriver::settle(f));
        QCOMPARE(posted() - before, 1);
    }
    QVERIFY(LadderDriver::openAt(f, Side::Buy, underPrice).isEmpty());
    cancelAll();
    LadderDriver::leave(f);
}

// A window over the resting pointer (the book's confirmation) and gone again: Qt sends the rows
// a Leave, then an Enter and a move where the pointer rests. The pointer did not move: the keys
// stay at the price the arrows picked.
void TestGuiLadderSide::aWindowOverAStillPointerPicksNoRow()
{
    LadderDriver::arm(f, true);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    const int aimed = model()->bestRow(Side::Buy) + 3;
    hover(aimed, DepthModel::Price);
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), aimed + 2);
    QWidget *rows = table()->viewport();
    const QPoint at = centre(aimed, DepthModel::Price);
    QCOMPARE(rows->mapFromGlobal(QCursor::pos()), at); // the pointer rests there
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(rows, &leave);
    QEnterEvent enter(at, at, rows->mapToGlobal(at));
    QApplication::sendEvent(rows, &enter);
    QMouseEvent still(QEvent::MouseMove, at, rows->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QApplication::sendEvent(rows, &still);
    QCOMPARE(table()->currentIndex().row(), aimed + 2);
    QTRY_COMPARE(preview()->text(), QStringLiteral("Keys: ▲ Buy 0.0100 BTC @ %1")
                                        .arg(priceIn(model()->level(aimed + 2)->price)));
    LadderDriver::leave(f);
}

// Found by a trader (review 33, F2): C, then Down five times, then B bought at the bottom edge row,
// 15 rows from the market: the first Down brought the keys to the edge, and no press said so.
void TestGuiLadderSide::firstArrowFromOutOfViewPicksTheMarketRow()
{
    LadderDriver::arm(f, true);
    LadderDriver::leave(f);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    // The arrows take the keys well below the middle of the rows (the rows follow them down).
    const int shown = table()->viewport()->height() / table()->rowHeight(0);
    for (int i = 0; i < shown; ++i)
        QTest::keyClick(table(), Qt::Key_Down);
    const int picked = table()->currentIndex().row();
    QVERIFY(picked > model()->bestRow(Side::Buy) + shown / 2);
    QTest::keyClick(table(), Qt::Key_C);
    QVERIFY(!shownWhole(picked));
    QCOMPARE(table()->currentIndex().row(), picked); // C moved the rows, not the keys
    const int market = model()->bestRow(Side::Buy);
    QVERIFY(shownWhole(market));
    const int scrolled = table()->verticalScrollBar()->value();
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), market);
    QCOMPARE(message(), QStringLiteral("Keys' row: %1 (nearest the market)").arg(priceOf(market)));
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), market + 4); // one row a press from there
    QCOMPARE(table()->verticalScrollBar()->value(), scrolled);
    QCOMPARE(message(), QString()); // the keys moved on: the notice is done with
    QTRY_COMPARE(preview()->text(), QStringLiteral("Keys: ▲ Buy 0.0100 BTC @ %1")
                                        .arg(priceIn(model()->level(market + 4)->price)));
}

// Found by a trader (review 33, L4): "3,527.00 USDT is out of view: nothing was sent…" stayed on
// screen after C had brought 3,527.00 back into view.
void TestGuiLadderSide::outOfViewLineGoesWhenTheRowIsBack()
{
    LadderDriver::arm(f, true);
    LadderDriver::leave(f);
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    const int row = model()->bestRow(Side::Buy) + 1;
    table()->setCurrentIndex(model()->index(row, DepthModel::Price));
    // The scroll bar takes the rows up until the keyboard's row is below them.
    QScrollBar *bar = table()->verticalScrollBar();
    const int centred = bar->value();
    for (int i = 0; shownWhole(row) && i < 100; ++i)
        bar->setValue(bar->value() - 1);
    QVERIFY(!shownWhole(row));
    QTest::keyClick(table(), Qt::Key_B);
    QVERIFY2(message().contains(QStringLiteral("is out of view: nothing was sent.")),
             qPrintable(message()));
    QTest::keyClick(table(), Qt::Key_C);
    QVERIFY(shownWhole(row));
    QCOMPARE(message(), QString());
    // Out of view again and refused: the scroll bar bringing the row back takes the line too.
    bar->setValue(bar->value() - (centred - bar->value()) - 20);
    QVERIFY(!shownWhole(row));
    QTest::keyClick(table(), Qt::Key_S);
    QVERIFY(message().contains(QStringLiteral("is out of view")));
    bar->setValue(centred);
    QVERIFY(shownWhole(row));
    QCOMPARE(message(), QString());
}

QTEST_MAIN(TestGuiLadderSide)
#include "tst_gui_ladder_side.moc"
