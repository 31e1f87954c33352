// The market beyond the rows in view (found by a trader at 0.10 USDT grouping: the market left
// the rows within 1.5 s of Centre, and the armed book then showed no market at all). A marker at
// the edge the market went past says how many rows away it is; a click on it, or C, centres; the
// rows never move under the pointer, nor for LeaveGraceMs after it left them.
#include "core/MarketTypes.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "ui/DepthView.h"
#include "ui/OneLineLabel.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

Decimal ticks(qint64 n)
{
    return *d("0.01").multiply(Decimal::fromInteger(n));
}

// A book with its best bid at `bid` and its best ask one tick above, 60 levels a side.
Depth book(const Decimal &bid)
{
    Depth out;
    for (int i = 0; i < 60; ++i) {
        out.bids.append({*bid.subtract(ticks(i)), d("0.5")});
        out.asks.append({*bid.add(ticks(i + 1)), d("0.5")});
    }
    return out;
}

} // namespace

class TestGuiLadderMarket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markerSaysWhereAndHowFar_data();
    void markerSaysWhereAndHowFar();
    void clickOrCCentres_data();
    void clickOrCCentres();
    void rowsStayUnderThePointer_data();
    void rowsStayUnderThePointer();
    void markerReadsInBothThemes();

private:
    QTranslator m_english;
    std::unique_ptr<ColorScheme> m_colors;
    std::unique_ptr<DepthModel> m_model;
    std::unique_ptr<DepthView> m_view;
    Decimal m_bid = d("70000.00");
    QTableView *table() const { return m_view->table(); }
    int topRow() const { return std::max(table()->rowAt(0), 0); }
    int bottomRow() const { return table()->rowAt(table()->viewport()->height() - 1); }
    // The market moved so that its nearest price lies `rows` rows beyond the rows in view (up:
    // its bid above the top row, else its ask below the bottom row).
    void moveBeyond(bool up, int rows)
    {
        const int bid = m_model->bestRow(Side::Buy);
        const int ask = m_model->bestRow(Side::Sell);
        const qint64 by = up ? bid - topRow() + rows : -(bottomRow() - ask + rows);
        m_bid = *m_bid.add(ticks(by));
        m_model->applySnapshot(book(m_bid));
    }
    QString marker(QLabel *label) const { return OneLineLabel::text(label); }
};

void TestGuiLadderMarket::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_english.load(QStringLiteral(":/i18n/tradedesk_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestGuiLadderMarket::init()
{
    m_colors = std::make_unique<ColorScheme>();
    m_model = std::make_unique<DepthModel>(m_colors.get());
    SymbolRules rules;
    rules.symbol = QStringLiteral("BTC-USDT");
    rules.baseToken = QStringLiteral("BTC");
    rules.quoteToken = QStringLiteral("USDT");
    rules.priceIncrement = d("0.01");
    rules.baseIncrement = d("0.0001");
    m_model->setRules(rules);
    m_model->setLevelsPerSide(100);
    m_bid = d("70000.00");
    m_model->applySnapshot(book(m_bid));
    m_view = std::make_unique<DepthView>(m_model.get(), m_colors.get());
    m_view->resize(360, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->centreOnSpread();
    QVERIFY(marker(m_view->marketAbove()).isEmpty());
    QVERIFY(marker(m_view->marketBelow()).isEmpty());
    QVERIFY(!m_view->marketAbove()->isVisible());
}

void TestGuiLadderMarket::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestGuiLadderMarket::markerSaysWhereAndHowFar_data()
{
    QTest::addColumn<bool>("up");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("text");
    const QString centre = QStringLiteral(" · C centres");
    QTest::newRow("1 above") << true << 1 << QStringLiteral("▲ Market 1 row above") + centre;
    QTest::newRow("12 above") << true << 12 << QStringLiteral("▲ Market 12 rows above") + centre;
    QTest::newRow("12 below") << false << 12 << QStringLiteral("▼ Market 12 rows below") + centre;
    // Beyond all the ladder's rows, not only the ones in view.
    QTest::newRow("far below")
        << false << 5000
        << QStringLiteral("▼ Market %1 rows below").arg(QLocale().toString(5000)) + centre;
}

// Armed, the rows stay where they are; the marker at the edge the market went past says how far.
void TestGuiLadderMarket::markerSaysWhereAndHowFar()
{
    QFETCH(bool, up);
    QFETCH(int, rows);
    QFETCH(QString, text);
    m_view->armButton()->click();
    const Decimal top = m_model->level(0)->price;
    const QRect shown = table()->geometry();
    moveBeyond(up, rows);
    QCOMPARE(m_model->level(0)->price, top);
    QLabel *there = up ? m_view->marketAbove() : m_view->marketBelow();
    QLabel *other = up ? m_view->marketBelow() : m_view->marketAbove();
    QCOMPARE(marker(there), text);
    QVERIFY(there->isVisible());
    QTRY_COMPARE(there->text(), text); // whole at the book's width, once laid out
    QVERIFY(marker(other).isEmpty());
    QVERIFY(!other->isVisible());
    QCOMPARE(table()->geometry(), shown); // the marker's line was there already: no row moved
    // The spread line keeps the market's numbers.
    QVERIFY(m_view->infoLabel()->text().startsWith(QStringLiteral("Spread")));
}

void TestGuiLadderMarket::clickOrCCentres_data()
{
    QTest::addColumn<bool>("up");
    QTest::addColumn<bool>("key");
    QTest::newRow("click above") << true << false;
    QTest::newRow("click below") << false << false;
    QTest::newRow("C above") << true << true;
    QTest::newRow("C below") << false << true;
}

void TestGuiLadderMarket::clickOrCCentres()
{
    QFETCH(bool, up);
    QFETCH(bool, key);
    m_view->armButton()->click();
    moveBeyond(up, 30);
    QLabel *there = up ? m_view->marketAbove() : m_view->marketBelow();
    QVERIFY(!marker(there).isEmpty());
    if (key) {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_C);
    } else {
        QTest::mouseClick(there, Qt::LeftButton, {}, there->rect().center());
    }
    // The market in view: its bid and ask between the top and bottom rows, no marker.
    QVERIFY(m_model->bestRow(Side::Buy) > topRow());
    QVERIFY(m_model->bestRow(Side::Sell) < bottomRow());
    QVERIFY(marker(m_view->marketAbove()).isEmpty());
    QVERIFY(marker(m_view->marketBelow()).isEmpty());
    QVERIFY(!there->isVisible());
    QVERIFY(m_view->isArmed()); // centring never disarms
}

void TestGuiLadderMarket::rowsStayUnderThePointer_data()
{
    QTest::addColumn<bool>("armed");
    QTest::newRow("unarmed") << false;
    QTest::newRow("armed") << true;
}

// Under the pointer the rows never move, armed or not; unarmed, they follow again only once the
// pointer has been away LeaveGraceMs (a hand that overshot the edge finds its prices).
void TestGuiLadderMarket::rowsStayUnderThePointer()
{
    QFETCH(bool, armed);
    if (armed)
        m_view->armButton()->click();
    const QPoint over = table()->visualRect(m_model->index(bottomRow() - 2, 0)).center();
    QTest::mouseMove(table()->viewport(), over);
    const Decimal top = m_model->level(0)->price;
    moveBeyond(true, 20);
    QCOMPARE(m_model->level(0)->price, top);
    QCOMPARE(marker(m_view->marketAbove()), QStringLiteral("▲ Market 20 rows above · C centres"));
    moveBeyond(false, 20);
    QCOMPARE(m_model->level(0)->price, top);
    QVERIFY(marker(m_view->marketBelow()).startsWith(QStringLiteral("▼ Market 20 rows below")));
    // The pointer leaves: the rows stay while it may come back.
    QTest::mouseMove(m_view->armButton());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table()->viewport(), &leave);
    moveBeyond(true, 20);
    QCOMPARE(m_model->level(0)->price, top);
    if (armed)
        return; // armed, only C, Centre or the marker move them (tst_gui_ladder_aim)
    QTRY_VERIFY(m_model->level(0)->price > top);
    QVERIFY(marker(m_view->marketAbove()).isEmpty());
    QVERIFY(m_model->bestRow(Side::Buy) > topRow());
}

// Bold, in the warning colour: 4.5:1 or better on the book's background, light and dark.
void TestGuiLadderMarket::markerReadsInBothThemes()
{
    m_view->armButton()->click();
    for (const bool dark : {false, true}) {
        Theme::apply(*qApp, dark ? Theme::Mode::Dark : Theme::Mode::Light);
        m_colors->setDark(dark);
        QApplication::processEvents();
        moveBeyond(dark, 12);
        QLabel *label = dark ? m_view->marketAbove() : m_view->marketBelow();
        QVERIFY(label->isVisible());
        QVERIFY(label->font().bold());
        const QImage image = label->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QColor back = m_view->palette().color(QPalette::Window);
        const QColor text = label->palette().color(QPalette::WindowText);
        QCOMPARE(image.pixelColor(image.width() - 1, 0), back);
        const double ratio = WidgetColors::contrast(text, back);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3: %4:1")
                                .arg(dark ? "dark" : "light", text.name(), back.name())
                                .arg(ratio, 0, 'f', 2)));
        // The text is drawn in that colour (not the theme's plain text).
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = image.pixelColor(x, y) == text;
        }
        QVERIFY(drawn);
        m_view->centreOnSpread();
    }
    Theme::apply(*qApp, Theme::Mode::Light);
}

QTEST_MAIN(TestGuiLadderMarket)
#include "tst_gui_ladder_market.moc"
