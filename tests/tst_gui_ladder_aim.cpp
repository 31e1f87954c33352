// Where the armed ladder's keys act and what it says about it, with real clicks, moves and keys
// against the demo exchange (found by a trader and an attacker at 1440 × 900, review 31): keys act
// at the row under the pointer, else at the outlined keyboard row, and the preview line says which;
// an armed ladder never scrolls by itself; Ctrl+click on an armed book keeps the ticket's quantity;
// the texts name side, size and unit; a refusal goes by itself.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTimer>
#include <QToolTip>

class TestGuiLadderAim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void keysActAtTheRowUnderThePointer();
    void keyboardRowIsOutlinedAndHoverTinted();
    void armedLadderNeverScrollsByItself();
    void ctrlClickOnAnArmedBookKeepsTheQuantity();
    void dragHintNamesSideSizeAndUnit();
    void refusalGoesByItself();
    void groupingShowsItsUnitClosed();
    void keysAreOfferedOnlyWithTheBooksFocus();
    void arrowAfterADropStartsAtTheDropRow();
    void confirmationGivesTheKeysBackToTheBook();
    void mineTooltipWaitsForAPointerAtRest();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return LadderDriver::view(f); }
    DepthModel *model() const { return LadderDriver::model(f); }
    TicketModel *ticket() const { return view()->findChild<LadderTrader *>()->ticket(); }
    QTableView *table() const { return view()->table(); }
    QLabel *preview() const { return view()->previewLabel(); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    void setQuantity(const QString &text) const
    {
        quantity()->clear();
        QTest::keyClicks(quantity(), text);
    }
    QString priceIn(const Decimal &p) const { return AssetFormat::priceIn(p, model()->rules()); }
    QPoint centre(int row, int column) const
    {
        return table()->visualRect(model()->index(row, column)).center();
    }
    // The pointer over this cell, as a trader's hand: it enters the rows and moves there.
    void hover(int row, int column) const
    {
        const QPoint at = centre(row, column);
        QEnterEvent enter(at, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &enter);
        QTest::mouseMove(table()->viewport(), at);
    }
    void leave() const { LadderDriver::leave(f); }
    bool moveMarket(const char *by) const { return LadderDriver::moveMarket(f, by); }
    // The keyboard row's outline: the top edge of its Size cell in the text colour.
    bool outlined(int row) const
    {
        const QImage image = table()->viewport()->grab().toImage();
        const QRect r = table()->visualRect(model()->index(row, DepthModel::Size));
        const QColor edge =
            image.pixelColor(image.width() * r.center().x() / table()->viewport()->width(),
                             image.height() * r.top() / table()->viewport()->height());
        return edge.rgb() == table()->palette().color(QPalette::Text).rgb();
    }
    void cancelAll() const
    {
        f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
        probe(f->session).orders()->refreshNow();
    }
};

void TestGuiLadderAim::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderAim::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    LadderDriver::arm(f, false);
    leave();
    table()->setCurrentIndex({});
    setQuantity(QStringLiteral("0.0100"));
    view()->messageBar()->clear();
    view()->centreOnSpread();
}

// Found by a trader: a click on one row's Mine cell set the keyboard's row; with the pointer on
// another row the line read "▲ Buy 0.0200 BTC @ 69,996.00" and B bought at 69,993.00.
void TestGuiLadderAim::keysActAtTheRowUnderThePointer()
{
    LadderDriver::arm(f, true);
    const int clicked = model()->levelRow(Side::Buy, 3);
    const int aimed = model()->levelRow(Side::Buy, 1);
    const Decimal clickedPrice = model()->level(clicked)->price;
    const Decimal aimedPrice = model()->level(aimed)->price;
    LadderDriver::click(f, clicked, DepthModel::Mine); // no order there: nothing sent
    QCOMPARE(table()->currentIndex().row(), clicked);
    hover(aimed, DepthModel::Price);
    const QString order = QStringLiteral("▲ Buy 0.0100 BTC @ %1").arg(priceIn(aimedPrice));
    // The line names the hovered row's price (its unit: checked below, after the order).
    QTRY_VERIFY2(
        preview()->text().startsWith(QStringLiteral("▲ Buy 0.0100 BTC @ %1")
                                         .arg(AssetFormat::price(aimedPrice, model()->rules()))),
        qPrintable(preview()->text()));
    const int before = posted();
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_B);
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Buy, aimedPrice).size(), 1, 8000);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted() - before, 1);
    QVERIFY(LadderDriver::openAt(f, Side::Buy, clickedPrice).isEmpty());
    QCOMPARE(table()->currentIndex().row(), aimed); // the pointer's row is the keyboard's
    QCOMPARE(LadderDriver::openAt(f, Side::Buy, aimedPrice).first().quantity,
             *Decimal::parse(QByteArray("0.0100")));
    // Placed: the line goes until the pointer moves; then it says what a click sends again.
    QVERIFY(preview()->text().isEmpty());
    QTest::mouseMove(table()->viewport(), centre(aimed, DepthModel::Size));
    QTRY_COMPARE(preview()->text(), order); // with its unit
    // The pointer off the rows: the line says what B or S sends at the keyboard's row.
    leave();
    QTRY_COMPARE(preview()->text(), QStringLiteral("Keys: %1").arg(order));
    // On the Mine cell of a row with an order of the trader's, a click cancels it: the line says
    // so, whole (by hand, review 32: "at 69,995.00: ▲ Buy 0.0100 BTC @ 69,995.00 US", cut at both
    // ends, what B would send while a click there cancels).
    QTest::mouseMove(table()->viewport(), centre(aimed, DepthModel::Mine));
    QTRY_COMPARE(preview()->text(), QStringLiteral("✕ Click cancels yours at %1")
                                        .arg(AssetFormat::priceIn(aimedPrice, model()->rules())));
    QVERIFY2(QFontMetrics(preview()->font()).horizontalAdvance(preview()->text())
                 <= preview()->contentsRect().width(),
             qPrintable(preview()->text()));
    cancelAll();
}

// Found by a trader: the keyboard's row had no visible mark, and the row under the pointer none.
void TestGuiLadderAim::keyboardRowIsOutlinedAndHoverTinted()
{
    const int key = model()->levelRow(Side::Buy, 2);
    for (const bool dark : {false, true}) {
        Theme::apply(*qApp, dark ? Theme::Mode::Dark : Theme::Mode::Light);
        probe(f->session).colors()->setDark(dark);
        table()->setCurrentIndex(model()->index(key, DepthModel::Price));
        leave();
        const QImage image = table()->viewport()->grab().toImage();
        const QRect r = table()->visualRect(model()->index(key, DepthModel::Size));
        const QColor text = table()->palette().color(QPalette::Text);
        const QColor edge =
            image.pixelColor(image.width() * r.center().x() / table()->viewport()->width(),
                             image.height() * r.top() / table()->viewport()->height());
        QCOMPARE(edge.rgb(), text.rgb());
        QVERIFY(WidgetColors::contrast(text, table()->palette().color(QPalette::Base)) >= 4.5);
    }
    Theme::apply(*qApp, Theme::Mode::Light);
    probe(f->session).colors()->setDark(false);
    // A price inside the spread has no bar: its tint is the hover's own.
    const int inside = model()->bestRow(Side::Sell) + 1;
    QCOMPARE(model()->kindOf(inside), DepthModel::RowKind::Spread);
    const QColor base = table()->palette().color(QPalette::Base);
    hover(inside, DepthModel::Mine);
    const QImage image = table()->viewport()->grab().toImage();
    const QRect r = table()->visualRect(model()->index(inside, DepthModel::Price));
    const QColor cell =
        image.pixelColor(image.width() * (r.left() + 4) / table()->viewport()->width(),
                         image.height() * r.center().y() / table()->viewport()->height());
    QVERIFY2(cell.rgb() != base.rgb(), qPrintable(cell.name()));
    QVERIFY(WidgetColors::contrast(table()->palette().color(QPalette::Text), cell) >= 4.5);
    leave();
}

// Found by a trader: armed, with the pointer on the form, the tables or the grouping box, the
// rows re-centred every few seconds: the row aimed at from the form was gone when the hand came.
void TestGuiLadderAim::armedLadderNeverScrollsByItself()
{
    LadderDriver::arm(f, true);
    const Decimal top = model()->level(0)->price;
    QVERIFY(moveMarket("2.50")); // 250 rows up: out of the view, the pointer away
    // The book with the new market is applied (the best bid changed): a re-centre would be done.
    QCOMPARE(model()->level(0)->price, top);
    QVERIFY2(view()->marketAbove()->text().startsWith(QStringLiteral("▲ Market ")),
             qPrintable(view()->marketAbove()->text()));
    // C re-centres on purpose.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C);
    QVERIFY(model()->level(0)->price > top);
    const Decimal held = model()->level(0)->price;
    QVERIFY(moveMarket("-2.50"));
    QCOMPARE(model()->level(0)->price, held);
    // Disarmed, it follows the market again (the pointer away).
    LadderDriver::arm(f, false);
    QTRY_VERIFY(model()->level(0)->price < held);
}

// Found by an attacker: armed, quantity 0.01, Ctrl+click an ask row deep in the book, then a plain
// click on a bid row sold… bought 0.4280 BTC: the depth's size, not the trader's.
void TestGuiLadderAim::ctrlClickOnAnArmedBookKeepsTheQuantity()
{
    LadderDriver::arm(f, true);
    const int deep = model()->levelRow(Side::Sell, 6);
    QVERIFY(model()->cumulativeAt(deep) > *Decimal::parse(QByteArray("0.0100")));
    const Decimal askPrice = model()->level(deep)->price;
    table()->scrollTo(model()->index(deep, DepthModel::Price));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      centre(deep, DepthModel::Price));
    QCOMPARE(quantity()->text(), QStringLiteral("0.0100"));
    QCOMPARE(*Decimal::parse(f->field<QLineEdit>("price")->text().toUtf8()), askPrice);
    const int bid = model()->levelRow(Side::Buy, 2);
    const Decimal bidPrice = model()->level(bid)->price;
    const int before = posted();
    LadderDriver::click(f, bid, DepthModel::Price);
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Buy, bidPrice).size(), 1, 8000);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted() - before, 1);
    QCOMPARE(LadderDriver::openAt(f, Side::Buy, bidPrice).first().quantity,
             *Decimal::parse(QByteArray("0.0100")));
    cancelAll();
    ticket()->setSide(Side::Buy);
}

// Found by a trader: "Release: move 69,988.00 → 69,986.00 · …": no side, size or unit.
void TestGuiLadderAim::dragHintNamesSideSizeAndUnit()
{
    const Order own = LadderDriver::restingBid(f, 2, "0.0100");
    QVERIFY(own.orderId);
    LadderDriver::arm(f, true);
    const int from = model()->rowOf(Side::Buy, own.price);
    const int to = from + 2;
    const Decimal target = model()->level(to)->price;
    table()->scrollTo(model()->index(from, 0), QAbstractItemView::PositionAtCenter);
    table()->viewport()->repaint();
    QVERIFY(table()->viewport()->rect().contains(centre(to, DepthModel::Price)));
    const int deletes = f->exchange()->requestCount("DELETE", "/api/v1/spot/order");
    QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, centre(from, DepthModel::Mine));
    QTest::mouseMove(table()->viewport(), centre(to, DepthModel::Price));
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Release: move buy 0.0100 BTC %1 → %2 · outside the rows: keep it.")
                 .arg(AssetFormat::price(own.price, model()->rules()), priceIn(target)));
    const QPoint outside(centre(from, 0).x(), table()->viewport()->height() + 40);
    QTest::mouseMove(table()->viewport(), outside);
    QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, outside);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->exchange()->requestCount("DELETE", "/api/v1/spot/order"), deletes);
    cancelAll();
}

// Found by a trader: "A buy at 70,012.00 USDT would trade at once…" stayed over 30 s, through a
// cancel, a settings save and new pointer moves.
void TestGuiLadderAim::refusalGoesByItself()
{
    auto *expiry = view()->findChild<QTimer *>(QStringLiteral("ladderRefusalExpiry"));
    QVERIFY(expiry);
    QCOMPARE(expiry->interval(), MessageBar::ExpiryMs);
    expiry->setInterval(200);
    LadderDriver::arm(f, true);
    table()->setFocus();
    table()->setCurrentIndex(model()->index(model()->levelRow(Side::Sell, 1), DepthModel::Price));
    QTest::keyClick(table(), Qt::Key_B); // a buy at an ask: refused
    QVERIFY2(view()->messageBar()->text().startsWith(QStringLiteral("A buy at")),
             qPrintable(view()->messageBar()->text()));
    QTRY_VERIFY(view()->messageBar()->text().isEmpty());
    // And at the next action on the ladder, whatever that does.
    expiry->setInterval(MessageBar::ExpiryMs);
    QTest::keyClick(table(), Qt::Key_B);
    QVERIFY(view()->messageBar()->text().startsWith(QStringLiteral("A buy at")));
    LadderDriver::click(f, model()->levelRow(Side::Buy, 4), DepthModel::Mine);
    QVERIFY2(!view()->messageBar()->text().startsWith(QStringLiteral("A buy at")),
             qPrintable(view()->messageBar()->text()));
}

// Found by a trader: the closed grouping box read "1.00", its unit cut off.
void TestGuiLadderAim::groupingShowsItsUnitClosed()
{
    QComboBox *box = view()->groupingBox();
    for (int i = box->count() - 1; i >= 0; --i) {
        box->setCurrentIndex(i);
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = false;
        option.currentText = box->currentText();
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                         QStyle::SC_ComboBoxEditField, box);
        QVERIFY2(
            field.width() >= box->fontMetrics().horizontalAdvance(box->currentText()),
            qPrintable(QStringLiteral("%1 in %2 px").arg(box->currentText()).arg(field.width())));
    }
    box->setCurrentIndex(0);
}

// Found by a trader (review 32): the outline and "Keys: ▲ Buy …" showed while focus was in Open
// orders or the Quantity field, where Delete cancelled the selected order and B typed "b". Both
// show only while the book's table has focus; the pointer never takes it.
void TestGuiLadderAim::keysAreOfferedOnlyWithTheBooksFocus()
{
    LadderDriver::arm(f, true);
    const int row = model()->levelRow(Side::Buy, 2);
    const QString order =
        QStringLiteral("▲ Buy 0.0100 BTC @ %1").arg(priceIn(model()->level(row)->price));
    table()->scrollTo(model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    quantity()->setFocus();
    QTRY_VERIFY(quantity()->hasFocus());
    hover(row, DepthModel::Mine); // an empty Mine cell: the keys' row, were they the book's
    QTRY_COMPARE(preview()->text(), QStringLiteral("Click the book to use its keys"));
    QVERIFY(!outlined(row));
    hover(row, DepthModel::Price); // what a click sends there: as before
    QTRY_COMPARE(preview()->text(), order);
    QVERIFY(!outlined(row));
    QVERIFY(quantity()->hasFocus()); // the pointer took no focus
    leave();
    QTRY_VERIFY(preview()->text().isEmpty());
    QVERIFY(!outlined(row));
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    QTRY_COMPARE(preview()->text(), QStringLiteral("Keys: %1").arg(order));
    QVERIFY(outlined(row));
}

// Found by an attacker (review 32): after a drag from an empty Mine cell released on 69,937, the
// outline said 69,937 but one Down arrow put the keyboard's row at 70,053 (the top of the rows).
void TestGuiLadderAim::arrowAfterADropStartsAtTheDropRow()
{
    LadderDriver::arm(f, true);
    const int from = model()->levelRow(Side::Buy, 4); // no order of the trader's there
    const int to = from + 4;
    table()->scrollTo(model()->index(from + 2, 0), QAbstractItemView::PositionAtCenter);
    table()->setFocus();
    QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, centre(from, DepthModel::Mine));
    QTest::mouseMove(table()->viewport(), centre(from + 2, DepthModel::Mine));
    QTest::mouseMove(table()->viewport(), centre(to, DepthModel::Mine));
    QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, centre(to, DepthModel::Mine));
    QCoreApplication::processEvents(); // what the release queued
    leave();
    QCOMPARE(table()->currentIndex().row(), to);
    QVERIFY(outlined(to));
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), to + 1);
}

// Found by an attacker (review 32): after the book's confirmation closed, the next B did nothing:
// the keyboard had left the book.
void TestGuiLadderAim::confirmationGivesTheKeysBackToTheBook()
{
    LadderDriver::arm(f, true);
    f->settings.setConfirmOrders(true);
    const int before = posted();
    const int row = model()->levelRow(Side::Buy, 3);
    table()->setCurrentIndex(model()->index(row, DepthModel::Price));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_B);
    ConfirmOrderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<ConfirmOrderDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view()->findChild<ConfirmOrderDialog *>());
    f->settings.setConfirmOrders(false);
    f->window->activateWindow(); // offscreen: no window is active once the dialog is gone
    QTRY_VERIFY(f->window->isActiveWindow());
    QTRY_VERIFY(table()->hasFocus());
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
}

// Found by a trader (review 32): the Mine cell's tooltip covered the row below the one aimed at.
void TestGuiLadderAim::mineTooltipWaitsForAPointerAtRest()
{
    const Order own = LadderDriver::restingBid(f, 2, "0.0100");
    QVERIFY(own.orderId);
    const int row = model()->rowOf(Side::Buy, own.price);
    table()->scrollTo(model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    QToolTip::hideText();
    hover(row, DepthModel::Mine);
    const QPoint at = centre(row, DepthModel::Mine);
    QHelpEvent help(QEvent::ToolTip, at, table()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table()->viewport(), &help);
    QVERIFY(!QToolTip::isVisible());                       // not at once
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 3000); // at rest: after about a second
    QCOMPARE(QToolTip::text(), QStringLiteral("0.0100 BTC left of 0.0100 BTC"));
    QToolTip::hideText();
    leave();
    cancelAll();
}

QTEST_MAIN(TestGuiLadderAim)
#include "tst_gui_ladder_aim.moc"
