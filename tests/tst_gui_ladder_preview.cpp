// What the armed ladder says a click sends, its grouping and its re-centring, and the form
// filled by Ctrl+click, with real clicks, moves and keys against the demo exchange (found by a
// trader and an attacker at 1440 × 900, review 30).
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/OneLineLabel.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

class TestGuiLadderPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void defaultGroupingKeepsTheMarketInView();
    void previewOnlyUnderThePointerInItsOwnLine();
    void previewReadsLargeAndInvalidOrders();
    void groupingNamesItsStepAndIsKeptPerSymbol();
    void recentresOnlyWithThePointerAway();
    void ctrlClickTakesTheRowsSide();
    void keyRefusalQuotesTheRealAsk();
    void noSideWhereTheBookHasNone();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return LadderDriver::view(f); }
    LadderTrader *trader() const { return view()->findChild<LadderTrader *>(); }
    DepthModel *model() const { return LadderDriver::model(f); }
    QTableView *table() const { return view()->table(); }
    QLabel *preview() const { return view()->findChild<QLabel *>(QStringLiteral("ladderPreview")); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    void setQuantity(const QString &text) const
    {
        quantity()->clear();
        QTest::keyClicks(quantity(), text);
    }
    QString price(const Decimal &p) const { return AssetFormat::price(p, model()->rules()); }
    // The pointer over this cell, as a trader's hand: it enters the rows and moves there.
    void hover(int row, int column) const
    {
        table()->scrollTo(model()->index(row, column));
        const QPoint at = table()->visualRect(model()->index(row, column)).center();
        QEnterEvent enter(at, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &enter);
        QTest::mouseMove(table()->viewport(), at);
    }
    void leave() const { LadderDriver::leave(f); }
    bool moveMarket(const char *by) const { return LadderDriver::moveMarket(f, by); }
};

void TestGuiLadderPreview::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
}

void TestGuiLadderPreview::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    LadderDriver::arm(f, false);
    leave();
    // The pointer just left: the ladder follows again only after DepthView::LeaveGraceMs. Each
    // test starts with the market in the middle of the rows.
    view()->centreOnSpread();
    table()->setCurrentIndex({});
    setQuantity(QStringLiteral("0.0100"));
    view()->messageBar()->clear();
}

// Found by a trader: at 0.01 USDT a row (BTC at 70,000) the market left the rows within a second
// of Centre. The first book picks a step whose rows span about 0.05 % of the price.
void TestGuiLadderPreview::defaultGroupingKeepsTheMarketInView()
{
    QTRY_COMPARE_WITH_TIMEOUT(model()->grouping(), 100, 10000);
    QCOMPARE(view()->groupingBox()->currentText(), QStringLiteral("1.00 USDT"));
    // The rest of these tests count rows of one tick: the trader's choice, kept for BTC-USDT.
    LadderDriver::tickByOne(f);
}

// Found by a trader: the preview stayed on a row after the pointer left and flipped side as the
// market moved; it sat in the Total cell, over the depth the trader was about to trade into.
void TestGuiLadderPreview::previewOnlyUnderThePointerInItsOwnLine()
{
    QVERIFY(preview());
    const int bid = model()->levelRow(Side::Buy, 3);
    const QString totalBefore = model()->index(bid, DepthModel::Total).data().toString();
    hover(bid, DepthModel::Price);
    QVERIFY(preview()->text().isEmpty()); // unarmed: a click fills the form
    LadderDriver::arm(f, true);
    hover(bid, DepthModel::Size);
    const QString expected =
        QStringLiteral("▲ Buy 0.0100 BTC @ %1")
            .arg(AssetFormat::priceIn(model()->level(bid)->price, model()->rules()));
    QTRY_COMPARE(preview()->text(), expected);
    QVERIFY(!preview()->font().strikeOut());
    QVERIFY(preview()->toolTip().isEmpty());
    QCOMPARE(model()->index(bid, DepthModel::Total).data().toString(), totalBefore);
    for (const bool dark : {false, true}) { // its colour on the window: 4.5:1 or more
        Theme::apply(*qApp, dark ? Theme::Mode::Dark : Theme::Mode::Light);
        probe(f->session).colors()->setDark(dark);
        hover(bid, dark ? DepthModel::Price : DepthModel::Total);
        QTRY_VERIFY(!preview()->text().isEmpty());
        QVERIFY(WidgetColors::contrast(preview()->palette().color(QPalette::WindowText),
                                       preview()->palette().color(QPalette::Window))
                >= 4.5);
    }
    Theme::apply(*qApp, Theme::Mode::Light);
    probe(f->session).colors()->setDark(false);
    // The keyboard's level (the pointer's row, left there) once the pointer leaves: the line
    // says what B or S sends there (review 31: the line and the key never disagree), while the
    // keys are the book's: its table has focus (review 32).
    table()->setCurrentIndex(model()->index(bid, DepthModel::Price));
    table()->setFocus();
    leave();
    QTRY_COMPARE(preview()->text(), QStringLiteral("Keys: %1").arg(expected));
    QVERIFY(
        !model()->index(bid, DepthModel::Total).data().toString().startsWith(QStringLiteral("▲")));
    // Centre (C) re-anchors the prices under a still pointer: no preview of a click until it
    // moves again (at most the keyboard's row's, "Keys: …").
    hover(bid, DepthModel::Price);
    QTRY_VERIFY(!preview()->text().isEmpty());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C);
    QVERIFY2(preview()->text().isEmpty() || preview()->text().startsWith(QStringLiteral("Keys")),
             qPrintable(preview()->text()));
    table()->setCurrentIndex({});
    // The table's own tooltip is one short line: it no longer covers the form on every hover.
    QVERIFY(!table()->toolTip().contains(QLatin1Char('\n')));
    QVERIFY2(table()->toolTip().size() <= 80, qPrintable(table()->toolTip()));
}

// Found by a trader: "▲ …" for 100 SOL or more, and "▲ 12.5000" for a size the account cannot
// pay; an attacker: "▼ …" and "▼ –" for a quantity too small or none, with no reason.
void TestGuiLadderPreview::previewReadsLargeAndInvalidOrders()
{
    QVERIFY(preview());
    const int ask = model()->levelRow(Side::Sell, 2);
    setQuantity(QStringLiteral("99999.9999"));
    LadderDriver::arm(f, true); // a size typed disarms: armed after it
    hover(ask, DepthModel::Price);
    const QString whole =
        AssetFormat::quantity(*Decimal::parse(QByteArray("99999.9999")), model()->rules());
    QTRY_VERIFY2(preview()->text().startsWith(QStringLiteral("▼ Sell %1 BTC @ ").arg(whole)),
                 qPrintable(preview()->text()));
    QVERIFY2(
        QFontMetrics(preview()->font()).horizontalAdvance(preview()->text())
            <= preview()->contentsRect().width(),
        qPrintable(QStringLiteral("%1 in %2 px").arg(preview()->text()).arg(preview()->width())));
    // The account holds no 99,999 BTC: struck through, the reason in its tooltip and, review 33
    // (M3: struck with no reason given), in the line under it.
    QVERIFY(preview()->font().strikeOut());
    QVERIFY2(preview()->toolTip().contains(QStringLiteral("BTC")),
             qPrintable(preview()->toolTip()));
    QCOMPARE(OneLineLabel::text(view()->previewReason()), preview()->toolTip());
    QVERIFY(view()->previewReason()->isVisible());
    setQuantity(QStringLiteral("0.00001")); // below the lot step: not armed with it
    QTest::mouseClick(view()->armButton(), Qt::LeftButton);
    QVERIFY(!view()->isArmed());
    setQuantity(QStringLiteral("0.0100"));
    LadderDriver::arm(f, true);
    hover(ask, DepthModel::Price);
    QTRY_VERIFY(!preview()->font().strikeOut());
    QVERIFY(preview()->toolTip().isEmpty());
    QCOMPARE(OneLineLabel::text(view()->previewReason()), QString()); // nothing to explain
}

// Found by a trader: "Tick × 1/10/100" did not say 0.01, 0.10 or 1.00 USDT.
void TestGuiLadderPreview::groupingNamesItsStepAndIsKeptPerSymbol()
{
    QComboBox *box = view()->groupingBox();
    QCOMPARE(box->itemText(0), QStringLiteral("0.01 USDT"));
    QCOMPARE(box->itemText(1), QStringLiteral("0.10 USDT"));
    QCOMPARE(box->itemText(2), QStringLiteral("1.00 USDT"));
    QVERIFY(box->toolTip().contains(QStringLiteral("× 1")));
    auto *symbol = f->field<QComboBox>("symbol");
    const QString before = symbol->currentText();
    // ETH at 3,500: 0.10 USDT a row; the trader picks 0.01 for it.
    symbol->setCurrentIndex(symbol->findText(QStringLiteral("ETH-USDT")));
    QTRY_COMPARE_WITH_TIMEOUT(model()->grouping(), 10, 10000);
    QCOMPARE(box->currentText(), QStringLiteral("0.10 USDT"));
    box->setCurrentIndex(0);
    // BTC comes back at the trader's 0.01, ETH too.
    symbol->setCurrentIndex(symbol->findText(before));
    QTRY_VERIFY_WITH_TIMEOUT(model()->rules().symbol == before && model()->best(Side::Buy), 10000);
    QCOMPARE(model()->grouping(), 1);
    symbol->setCurrentIndex(symbol->findText(QStringLiteral("ETH-USDT")));
    QTRY_VERIFY_WITH_TIMEOUT(
        model()->rules().symbol == QStringLiteral("ETH-USDT") && model()->best(Side::Buy), 10000);
    QCOMPARE(model()->grouping(), 1);
    symbol->setCurrentIndex(symbol->findText(before));
    QTRY_VERIFY_WITH_TIMEOUT(model()->rules().symbol == before && model()->best(Side::Buy), 10000);
}

// Found by a trader: the ladder never followed the market, which left the rows within a second.
// Unarmed, it re-centres when the market leaves the middle of the rows, but never under the
// pointer; armed, never by itself (review 31: tst_gui_ladder_aim).
void TestGuiLadderPreview::recentresOnlyWithThePointerAway()
{
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C);
    const int middle = model()->rowCount() / 2;
    const Decimal top = model()->level(0)->price;
    QVERIFY(moveMarket("2.50")); // 250 rows up, the pointer away
    QTRY_VERIFY(model()->level(0)->price > top);
    QVERIFY(model()->level(middle)->price <= *model()->best(Side::Sell));
    QVERIFY(model()->level(middle)->price >= *model()->best(Side::Buy));
    QVERIFY(view()->marketAbove()->text().isEmpty());
    QVERIFY(view()->marketBelow()->text().isEmpty());
    // Under the pointer: the prices stay; the line says where the market went.
    LadderDriver::arm(f, true);
    hover(model()->levelRow(Side::Buy, 2), DepthModel::Price);
    const Decimal held = model()->level(0)->price;
    QVERIFY(moveMarket("2.50"));
    QCOMPARE(model()->level(0)->price, held);
    QVERIFY(view()->marketAbove()->text().startsWith(QStringLiteral("▲ Market ")));
    QVERIFY(moveMarket("-5.00"));
    QCOMPARE(model()->level(0)->price, held);
    leave();
}

// Found by an attacker: Ctrl+click on an ask row left the side at Buy (a marketable buy in the
// form), and beyond the depth the book holds it set the quantity to 0.
void TestGuiLadderPreview::ctrlClickTakesTheRowsSide()
{
    auto *ticket = trader()->ticket();
    const auto ctrlClick = [&](int row) {
        table()->scrollTo(model()->index(row, DepthModel::Price));
        const QPoint at = table()->visualRect(model()->index(row, DepthModel::Price)).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, at);
    };
    hover(model()->levelRow(Side::Buy, 1), DepthModel::Price);
    const int ask = model()->levelRow(Side::Sell, 2);
    const Decimal askPrice = model()->level(ask)->price;
    ctrlClick(ask);
    QCOMPARE(ticket->state().draft.side, Side::Sell);
    QCOMPARE(*Decimal::parse(f->field<QLineEdit>("price")->text().toUtf8()), askPrice);
    const int bid = model()->levelRow(Side::Buy, 2);
    ctrlClick(bid);
    QCOMPARE(ticket->state().draft.side, Side::Buy);
    // Beyond the depth the book holds (the market far below the rows): the price and side, the
    // trader's quantity kept.
    setQuantity(QStringLiteral("0.0100"));
    hover(model()->levelRow(Side::Buy, 1), DepthModel::Price);
    QVERIFY(moveMarket("-60.00"));
    QVERIFY2(model()->cumulativeAt(0).isZero(), "the book reaches the top row");
    QCOMPARE(model()->kindOf(0), DepthModel::RowKind::Ask);
    ctrlClick(0);
    QCOMPARE(ticket->state().draft.side, Side::Sell);
    QCOMPARE(quantity()->text(), QStringLiteral("0.0100"));
    QCOMPARE(*Decimal::parse(f->field<QLineEdit>("price")->text().toUtf8()),
             model()->level(0)->price);
    leave();
    QTest::keyClick(table(), Qt::Key_C);
    ticket->setSide(Side::Buy);
}

// Found by an attacker at Tick × 100: "would trade at once against the ask 69,992.00" with the
// ask at 69,992.87: the grouped row quoted as the ask.
void TestGuiLadderPreview::keyRefusalQuotesTheRealAsk()
{
    view()->groupingBox()->setCurrentIndex(2);
    for (int i = 0; i < 5 && model()->realBest(Side::Sell)->isMultipleOf(model()->step()); ++i)
        QVERIFY(moveMarket("0.37"));
    LadderDriver::arm(f, true);
    table()->setFocus();
    table()->setCurrentIndex(model()->index(model()->bestRow(Side::Sell), DepthModel::Price));
    const int posts = f->exchange()->requestCount("POST", "/api/v1/spot/order");
    QTest::keyClick(table(), Qt::Key_B);
    const QString text = view()->messageBar()->text();
    const Decimal ask = *model()->realBest(Side::Sell); // the book the refusal was judged on
    QVERIFY2(!ask.isMultipleOf(model()->step()), "the ask is a whole group: try again");
    QVERIFY2(text.contains(AssetFormat::priceIn(ask, model()->rules())), qPrintable(text));
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->exchange()->requestCount("POST", "/api/v1/spot/order"), posts);
    table()->setCurrentIndex({});
    view()->groupingBox()->setCurrentIndex(0);
}

// Found by a trader: with the ask unknown ("Ask —") the rows above the last price were still
// coloured as asks, and a click there would sell. No side is claimed where the book shows none.
void TestGuiLadderPreview::noSideWhereTheBookHasNone()
{
    LadderDriver::arm(f, true);
    const int row = model()->levelRow(Side::Sell, 1);
    const Decimal bid = *model()->best(Side::Buy);
    Depth bidsOnly; // the latest book the app holds: no asks at all
    bidsOnly.bids.append({bid, *Decimal::parse(QByteArray("1"))});
    model()->applySnapshot(bidsOnly);
    table()->viewport()->repaint(); // drawn without a side
    QCOMPARE(model()->kindOf(row), DepthModel::RowKind::Spread);
    QVERIFY(!model()->index(row, DepthModel::Price).data(Qt::ForegroundRole).isValid());
    const int posts = f->exchange()->requestCount("POST", "/api/v1/spot/order");
    LadderDriver::click(f, row, DepthModel::Price);
    QVERIFY2(view()->messageBar()->text().startsWith(QStringLiteral("No side here")),
             qPrintable(view()->messageBar()->text()));
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->exchange()->requestCount("POST", "/api/v1/spot/order"), posts);
    f->session->refreshNow(); // the exchange's book again
    QTRY_VERIFY_WITH_TIMEOUT(model()->best(Side::Sell).has_value(), 10000);
}

QTEST_MAIN(TestGuiLadderPreview)
#include "tst_gui_ladder_preview.moc"
