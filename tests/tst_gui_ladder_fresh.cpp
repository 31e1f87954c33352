// A ladder click never trusts a touch older than the data allows (review 33, adv2 F1: the market
// moved through an ask row 0.3 s before the click, judged on a book ~2 s old, and the Sell filled
// at once as a taker). The book and the best bid/ask are polled half a period apart, each endpoint
// still once per 2 s; a click is judged on whichever arrived last; an old touch places nothing.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "models/AssetFormat.h"
#include "models/BookController.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/PollingFeed.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

// When each public market-data request reached the demo exchange (monotonic ms).
class RequestTimes final : public DemoRequestHook
{
public:
    DemoFault before(const DemoRequest &request) override
    {
        QElapsedTimer now;
        now.start();
        times[request.path].append(request.arrivedMs >= 0 ? request.arrivedMs
                                                          : now.msecsSinceReference());
        return DemoFault::None;
    }
    void after(const DemoRequest &, DemoFault, DemoResponse *) override {}
    QHash<QByteArray, QList<qint64>> times;
};

const QByteArray DepthPath = "/api/v1/spot/depth";
const QByteArray TickerPath = "/api/v1/spot/ticker/book_ticker";

} // namespace

class TestGuiLadderFresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void bookAndBestBidAskArriveInTurn();
    void clickJudgedOnTheBestBidAskThatCameAfterTheBook();
    void oldTouchPlacesNothingAndSaysHowOld();

private:
    GuiFixture *f = nullptr;
    RequestTimes m_times;
    DepthView *view() const { return LadderDriver::view(f); }
    DepthModel *model() const { return LadderDriver::model(f); }
    QTableView *table() const { return view()->table(); }
    QString message() const { return view()->messageBar()->text(); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    QString priceIn(const Decimal &p) const { return AssetFormat::priceIn(p, model()->rules()); }
    MarketDataController *market() const { return probe(f->session).market(); }
    PollingFeed *tickerFeed() const { return market()->marketFeeds().at(1); }
    PollingFeed *depthFeed() const { return probe(f->session).book()->feed(); }
    void clickRow(int row)
    {
        // The hand arrives on the row (as tst_gui_ladder_side's), then clicks.
        table()->scrollTo(model()->index(row, DepthModel::Price));
        const QPoint at = table()->visualRect(model()->index(row, DepthModel::Price)).center();
        QEnterEvent enter(at, at, table()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table()->viewport(), &enter);
        QTest::mouseMove(table()->viewport(), at);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
    }
};

void TestGuiLadderFresh::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
    LadderDriver::tickByOne(f);
    f->exchange()->setRequestHook(&m_times);
}

void TestGuiLadderFresh::cleanupTestCase()
{
    if (f)
        f->exchange()->setRequestHook(nullptr);
    delete f;
}

void TestGuiLadderFresh::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    LadderDriver::arm(f, false);
    LadderDriver::leave(f);
    quantity()->clear();
    QTest::keyClicks(quantity(), QStringLiteral("0.0010"));
    view()->messageBar()->clear();
    view()->centreOnSpread();
}

// Polled in phase, both touches came together every 2 s: the freshest was up to ~2 s old. Now
// the best bid/ask goes about a second after each book, and each endpoint still once per 2 s.
void TestGuiLadderFresh::bookAndBestBidAskArriveInTurn()
{
    m_times.times.clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_times.times.value(DepthPath).size() >= 7
                                 && m_times.times.value(TickerPath).size() >= 7,
                             25000);
    const QList<qint64> depth = m_times.times.value(DepthPath);
    const QList<qint64> ticker = m_times.times.value(TickerPath);
    // The rate limit, per endpoint (the app's limiter spaces the sends; a few ms of loopback
    // jitter at the arrival).
    for (const QList<qint64> &at : {depth, ticker}) {
        for (qsizetype i = 1; i < at.size(); ++i)
            QVERIFY2(at[i] - at[i - 1] >= 1980, qPrintable(QString::number(at[i] - at[i - 1])));
    }
    // Steady state (the first polls of the test may follow a refresh): each best bid/ask about a
    // second after the book before it.
    int checked = 0;
    for (qsizetype i = 2; i < ticker.size(); ++i) {
        qint64 lastDepth = -1;
        for (const qint64 d : depth) {
            if (d <= ticker[i])
                lastDepth = d;
        }
        if (lastDepth < 0 || lastDepth < depth.at(1))
            continue;
        const qint64 gap = ticker[i] - lastDepth;
        QVERIFY2(gap >= 700 && gap <= 1400, qPrintable(QStringLiteral("best bid/ask %1 ms after "
                                                                      "the book")
                                                           .arg(gap)));
        ++checked;
    }
    QVERIFY(checked >= 3);
}

// adv2 F1: the market moves up through an ask row right after a book; the best bid/ask that
// comes before the next book shows the bid above it. A click on the row (an ask as drawn) places
// nothing: the sell would trade at once against that bid.
void TestGuiLadderFresh::clickJudgedOnTheBestBidAskThatCameAfterTheBook()
{
    LadderDriver::arm(f, true);
    LadderDriver::leave(f);
    const int row = model()->levelRow(Side::Sell, 1);
    QVERIFY(row >= 0);
    const Decimal price = model()->level(row)->price;
    QSignalSpy books(probe(f->session).book(), &BookController::depthChanged);
    QVERIFY(books.wait(5000)); // a book has just come
    const QString symbol = market()->symbol();
    MatchingEngine &engine = f->exchange()->engine();
    engine.moveMarket(symbol, *engine.market().mid(symbol).add(*Decimal::parse(QByteArray("30"))));
    books.clear();
    const auto bidAbove = [&] {
        const auto t = market()->book();
        return t && t->hasBid && t->bid.price >= price;
    };
    // The best bid/ask after the move, well before the next book (polled half a period later).
    QTRY_VERIFY_WITH_TIMEOUT(bidAbove(), 1600);
    QCOMPARE(books.count(), 0);
    QCOMPARE(model()->kindOf(row), DepthModel::RowKind::Ask); // still drawn an ask
    const int before = posted();
    clickRow(row);
    QVERIFY2(message().startsWith(QStringLiteral("Not placed: the market moved — a sell at %1 "
                                                 "would trade at once against the bid ")
                                      .arg(priceIn(price))),
             qPrintable(message()));
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
    QVERIFY(LadderDriver::openAt(f, Side::Sell, price).isEmpty());
    engine.moveMarket(symbol,
                      *engine.market().mid(symbol).subtract(*Decimal::parse(QByteArray("30"))));
    f->session->refreshNow();
    LadderDriver::arm(f, false);
}

// A poll missed (the feeds stalled): the touch gets old, the bar says so in amber, and a click
// that would rest places nothing and says how old the book is.
void TestGuiLadderFresh::oldTouchPlacesNothingAndSaysHowOld()
{
    LadderDriver::arm(f, true);
    LadderDriver::leave(f);
    QLabel *age = view()->touchAgeLabel();
    QTRY_VERIFY(age->text().startsWith(QStringLiteral("touch ")));
    const QColor fresh = age->palette().color(age->foregroundRole());
    const int row = model()->levelRow(Side::Buy, 2);
    QVERIFY(row >= 0);
    const Decimal price = model()->level(row)->price;
    tickerFeed()->stop();
    depthFeed()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(age->text() >= QStringLiteral("touch 2.6 s")
                                 && age->text().size() == QStringLiteral("touch 2.6 s").size(),
                             5000);
    QCOMPARE(age->palette().color(age->foregroundRole()), probe(f->session).colors()->warning());
    const int before = posted();
    clickRow(row);
    const QRegularExpression said(QStringLiteral(
        "^The book is \\d+\\.\\d s old: nothing placed\\. It refreshes every second\\.$"));
    QVERIFY2(said.match(message()).hasMatch(), qPrintable(message()));
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
    QVERIFY(LadderDriver::openAt(f, Side::Buy, price).isEmpty());
    // Fresh again: the bar reads plain, and the same click places.
    tickerFeed()->start();
    depthFeed()->start();
    QTRY_VERIFY_WITH_TIMEOUT(age->palette().color(age->foregroundRole()) == fresh, 5000);
    clickRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Buy, price).size(), 1, 8000);
    f->exchange()->engine().cancelSymbol(f->account(), market()->symbol());
    probe(f->session).orders()->refreshNow();
    LadderDriver::arm(f, false);
}

QTEST_MAIN(TestGuiLadderFresh)
#include "tst_gui_ladder_fresh.moc"
