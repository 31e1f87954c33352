// What the ladder shows while the trader works it, with real clicks and keys against the demo
// exchange (found by a trader at 1440 × 900): outcome lines read whole, a refusal goes with its
// cause, the keyboard's level follows a moved order, the drag's hint says what the release does,
// the Mine column holds an own size, and the depth bars never wash out the digits.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/OrdersController.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

class TestGuiLadderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void outcomeLinesReadWhole();
    void refusalGoesWithItsCause();
    void keyboardMoveTakesTheLevelAlong();
    void dragHintSaysWhatTheReleaseDoes();
    void mineColumnHoldsAnOwnSize();
    void depthBarsKeepTheDigitsReadable();

private:
    GuiFixture *f = nullptr;
    QTranslator m_english;
    DepthView *view() const { return f->window->findChild<DepthView *>(); }
    LadderTrader *trader() const { return view()->findChild<LadderTrader *>(); }
    DepthModel *model() const { return probe(f->session).depth(); }
    QTableView *table() const { return view()->table(); }
    void arm(bool on) const { LadderDriver::arm(f, on); }
    QList<Order> openAt(Side side, const Decimal &price) const
    {
        return LadderDriver::openAt(f, side, price);
    }
    Order restingBid(int depth, const char *quantity)
    {
        return LadderDriver::restingBid(f, depth, quantity);
    }
    QString price(const Decimal &p) const { return AssetFormat::price(p, model()->rules()); }
    OrderStatus statusOf(OrderId id) const
    {
        return f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status;
    }
    // What the ladder's line shows (elided or not), its line breaks as spaces.
    QString shown() const
    {
        const auto *label = view()->messageBar()->findChild<QLabel *>();
        return label->text().replace(QRegularExpression(QStringLiteral("\\s+")),
                                     QStringLiteral(" "));
    }
};

void TestGuiLadderView::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_english.load(QStringLiteral(":/i18n/tradedesk_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10, 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderView::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    QTRY_COMPARE(trader()->movesRunning(), 0);
    arm(false);
    auto *quantity = f->field<QLineEdit>("quantity");
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("0.0100"));
    view()->messageBar()->clear();
}

// Found at 1440 px: "Buy 0.0100 BTC @ 70,002.40 USDT — place…", "→ 69,993…": the one line cut
// each outcome where it was told. Two lines hold them; the bar keeps one height.
void TestGuiLadderView::outcomeLinesReadWhole()
{
    MessageBar *bar = view()->messageBar();
    bar->show(MessageBar::Kind::Info, QStringLiteral("x"));
    QApplication::processEvents();
    const int height = bar->height();
    for (const QString &text :
         {QStringLiteral("Moving buy 0.0150 BTC 72,499.85 → 72,499.84 USDT: cancelling…"),
          QStringLiteral("Moved: buy 0.0150 BTC 72,499.85 → 72,499.84 USDT."),
          QStringLiteral("Buy 0.0100 BTC @ 70,002.40 USDT — placed: order 9007199254740993"),
          // Found by a trader at 1440 px: "… available 96,717.99 US…".
          QStringLiteral("Nothing placed: Not enough USDT: needs 6,998,300.00 USDT, available "
                         "96,717.99 USDT."),
          QStringLiteral("Nothing placed: Quantity must be a multiple of the lot step 0.0001 "
                         "BTC.")}) {
        bar->show(MessageBar::Kind::Success, text);
        QApplication::processEvents();
        QCOMPARE(bar->text(), text);
        QCOMPARE(shown(), text);
        QCOMPARE(bar->height(), height);
    }
    bar->clear();
}

// Found by hand: "Nothing placed: Type a quantity…" stayed over a minute after the quantity was
// typed, and after the book was disarmed.
// Since review 33 any change of the size disarms the armed book, which says so instead.
void TestGuiLadderView::refusalGoesWithItsCause()
{
    auto *quantity = f->field<QLineEdit>("quantity");
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("99999.9999")); // more than the account holds
    arm(true);
    const int row = model()->levelRow(Side::Buy, 4);
    table()->setFocus();
    table()->setCurrentIndex(model()->index(row, DepthModel::Price));
    QTest::keyClick(table(), Qt::Key_B);
    QVERIFY2(view()->messageBar()->text().startsWith(QStringLiteral("Nothing placed: Not enough")),
             qPrintable(view()->messageBar()->text()));
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("0.01")); // the cause is gone, and the book disarmed
    QVERIFY(view()->messageBar()->text().startsWith(QStringLiteral("Disarmed: size changed")));
    // Disarming takes a refusal away too.
    quantity->clear();
    QTest::keyClicks(quantity, QStringLiteral("99999.9999"));
    arm(true);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_B);
    QVERIFY(view()->messageBar()->text().startsWith(QStringLiteral("Nothing placed:")));
    arm(false); // a click on "ARMED · … a click"
    QCOMPARE(view()->messageBar()->text(), QString());
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(openAt(Side::Buy, model()->level(row)->price).size(), 0);
}

// Found by hand: after Ctrl+Down the keyboard's level stayed on the old price; the second
// Ctrl+Down said "No order of yours at this level to move."
void TestGuiLadderView::keyboardMoveTakesTheLevelAlong()
{
    const Order own = restingBid(6, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    table()->setFocus();
    table()->setCurrentIndex(
        model()->index(model()->rowOf(Side::Buy, own.price), DepthModel::Mine));
    const Decimal one = *own.price.subtract(model()->step());
    const Decimal two = *one.subtract(model()->step());
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), model()->rowOf(Side::Buy, one)); // as the move starts
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, one).size(), 1, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(trader()->movesRunning(), 0, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(!model()->ownOrdersAt(model()->rowOf(Side::Buy, one)).isEmpty(), 8000);
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, two).size(), 1, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(trader()->movesRunning(), 0, 8000);
    QCOMPARE(openAt(Side::Buy, one).size(), 0);
    QCOMPARE(table()->currentIndex().row(), model()->rowOf(Side::Buy, two));
    f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
}

// Found under Xvfb: "Release to move to 69,981.00" with the pointer outside the rows, and over a
// price across the spread; the release then refused. The hint follows the release's rule.
void TestGuiLadderView::dragHintSaysWhatTheReleaseDoes()
{
    const Order own = restingBid(1, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    const int from = model()->rowOf(Side::Buy, own.price);
    const int ask = model()->levelRow(Side::Sell, 0);
    table()->scrollTo(model()->index((from + ask) / 2, 0), QAbstractItemView::PositionAtCenter);
    table()->viewport()->repaint();
    const QPoint a = table()->visualRect(model()->index(from, DepthModel::Mine)).center();
    const QPoint across = table()->visualRect(model()->index(ask, DepthModel::Price)).center();
    QVERIFY2(table()->viewport()->rect().contains(across),
             qPrintable(QStringLiteral("from %1 ask %2 at %3,%4 in %5")
                            .arg(from)
                            .arg(ask)
                            .arg(across.x())
                            .arg(across.y())
                            .arg(table()->viewport()->height())));
    const int deletes = f->exchange()->requestCount("DELETE", "/api/v1/spot/order");
    QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, a);
    const QPoint outside(a.x(), table()->viewport()->height() + 40);
    QTest::mouseMove(table()->viewport(), outside);
    // Each hint reads whole at the book's width, its key words first (found at 1440 px:
    // "…release outside t…").
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Outside the rows: release to keep it (nothing is sent)."));
    QCOMPARE(shown(), view()->messageBar()->text());
    QTest::mouseMove(table()->viewport(), across);
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Release outside the rows to keep it: a buy can't cross the ask."));
    QCOMPARE(shown(), view()->messageBar()->text());
    QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, across);
    // The keyboard's row is the drop row (review 32: with no row, the next Down jumped to the top
    // of the ladder); it is outlined only while the book has focus.
    QCoreApplication::processEvents(); // what the release queued
    QCOMPARE(table()->currentIndex().row(), ask);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->exchange()->requestCount("DELETE", "/api/v1/spot/order"), deletes);
    QCOMPARE(statusOf(own.orderId), OrderStatus::New);
    f->exchange()->engine().cancel(f->account(), OrderRef::byId(own.orderId));
}

// The Mine column holds one own size at the lot decimals, in flight or resting (the trader's
// "● 0.0100…" at 1440 px was a cell with two: the same order resting and still in flight).
void TestGuiLadderView::mineColumnHoldsAnOwnSize()
{
    const QFontMetrics fm(table()->font());
    const int margins = 2 * (table()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
    const QString size =
        AssetFormat::quantity(*Decimal::parse(QByteArray("0.0100")), model()->rules());
    for (const QString &mark : {QStringLiteral("◌ "), QStringLiteral("● ")})
        QVERIFY2(table()->columnWidth(DepthModel::Mine)
                     >= fm.horizontalAdvance(mark + size) + margins,
                 qPrintable(QString::number(table()->columnWidth(DepthModel::Mine))));
}

// Found in the screenshots: the depth bars ran under the prices and sizes, digits half on the
// side's colour. The text on a bar reads at 4.5:1 or better (the WCAG ratio of tst_gui_contrast).
// A book whose bars end at every few pixels across the row: some inside each column's text.
void TestGuiLadderView::depthBarsKeepTheDigitsReadable()
{
    const auto d = [](const char *text) {
        return *Decimal::parse(QByteArray(text));
    };
    for (const bool dark : {false, true}) {
        for (const auto kind : {ColorScheme::Kind::Standard, ColorScheme::Kind::ColorBlindSafe}) {
            Theme::apply(*qApp, dark ? Theme::Mode::Dark : Theme::Mode::Light);
            ColorScheme colors;
            colors.setDark(dark);
            colors.setKind(kind);
            const QString scheme = QStringLiteral("%1%2").arg(
                dark ? "dark" : "light",
                kind == ColorScheme::Kind::Standard ? "" : " colour-blind");
            DepthModel m(&colors);
            SymbolRules rules;
            rules.symbol = QStringLiteral("BTC-USDT");
            rules.baseToken = QStringLiteral("BTC");
            rules.quoteToken = QStringLiteral("USDT");
            rules.priceIncrement = d("0.01");
            rules.baseIncrement = d("0.0001");
            m.setRules(rules);
            Depth book;
            for (int i = 0; i < 60; ++i) {
                const Decimal step = *d("0.01").multiply(Decimal::fromInteger(i));
                book.asks.append({*d("70000.05").add(step), d("0.1237")});
                book.bids.append({*d("69999.95").subtract(step), d("0.1237")});
            }
            m.applySnapshot(book);
            DepthView v(&m, &colors);
            v.resize(360, 1400);
            v.show();
            QVERIFY(QTest::qWaitForWindowExposed(&v));
            QTableView *t = v.table();
            t->scrollTo(m.index(m.levelRow(Side::Sell, 25), 0), QAbstractItemView::PositionAtTop);
            QApplication::processEvents();
            const QImage image =
                t->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
            int checked = 0;
            for (int row = 0; row < m.rowCount(); ++row) {
                for (int column :
                     {int(DepthModel::Price), int(DepthModel::Size), int(DepthModel::Total)}) {
                    const QModelIndex index = m.index(row, column);
                    const QRect r = t->visualRect(index);
                    if (!image.rect().contains(r)
                        || index.data(DepthModel::DepthPermilleRole).toInt() <= 0
                        || index.data().toString().isEmpty()
                        || index.row() == t->currentIndex().row()) // the keyboard row's outline
                        continue;
                    // The bar grows from the row's right edge: the cell's top right pixel is on
                    // it (no text is that high).
                    const QColor under = image.pixelColor(r.right() - 1, r.top() + 1);
                    // No bar ends inside the digits: above the text, from its first digit to
                    // its last, one colour.
                    const int margin =
                        t->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, t) + 1;
                    const int textLeft =
                        r.right() - margin
                        - QFontMetrics(t->font()).horizontalAdvance(index.data().toString());
                    for (int x = std::max(textLeft, r.left()); x < r.right() - margin; ++x)
                        QVERIFY2(image.pixelColor(x, r.top() + 1) == under,
                                 qPrintable(QStringLiteral("%1: a bar ends inside %2 (column %3)")
                                                .arg(scheme, index.data().toString())
                                                .arg(column)));
                    const QVariant fg = index.data(Qt::ForegroundRole);
                    const QColor text = fg.canConvert<QColor>()
                                            ? fg.value<QColor>()
                                            : t->palette().color(QPalette::Text);
                    const double ratio = WidgetColors::contrast(text, under);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 in column %3: "
                                                                     "%4:1 (%5 on %6)")
                                                          .arg(scheme, index.data().toString())
                                                          .arg(column)
                                                          .arg(ratio, 0, 'f', 2)
                                                          .arg(text.name(), under.name())));
                    ++checked;
                }
            }
            QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
        }
    }
    Theme::apply(*qApp, Theme::Mode::Light);
}

// Found by a trader: the armed ladder did not show the size about to be placed where they
// clicked. The hovered bid or ask row (the pointer elsewhere: the keyboard's row) shows what a
// click (or B/S) sends in its Total cell, at the lot decimals, whole, readable light and dark.
QTEST_MAIN(TestGuiLadderView)
#include "tst_gui_ladder_view.moc"
