// The market docks as a trader uses them, on the embedded demo exchange: the order book feeds
// the form, fills show with their fees, balances follow, and with every dock open the app stays
// within each documented rate limit.
#include "GuiFixture.h"
#include "Quiesce.h"
#include "models/AssetFormat.h"
#include "models/BalancesModel.h"
#include "models/BookController.h"
#include "models/DecimalFormat.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OrderFees.h"
#include "models/OrderSortProxy.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "ui/DepthView.h"
#include "ui/FillsView.h"
#include "ui/OrdersView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>

class TestGuiMarket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickOnALevelTakesItsPrice_data();
    void clickOnALevelTakesItsPrice();
    void ctrlClickTakesTheCumulativeSize();
    void quoteButtonsFollowTheFreshBook();
    void enterOnALevelTakesItsPrice();
    void ownOrderIsMarkedInTheBook();
    void fillShowsWithFeeAndMovesBalances();
    void selectedOrderShowsItsFillsAndAverage();
    void depthIsPolledOnlyWhileVisible();
    void minimisedPausesTheMarketDocks();
    void everyDockOpenStaysWithinTheRateLimits();

private:
    DepthView *depthView() const { return f->window->depthView(); }
    DepthModel *depth() const { return probe(f->session).depth(); }
    QDockWidget *dock(const char *name) const { return f->field<QDockWidget>(name); }
    bool bookLoaded() const
    {
        if (!QTest::qWaitFor(
                [this] { return depth()->rowCount() > 10 && depth()->best(Side::Sell); }, 10000))
            return false;
        // These tests count levels one tick apart: the trader's choice of the finest grouping
        // (with its first book the ladder picks 1.00 USDT a row for BTC-USDT).
        f->window->findChild<DepthView *>()->groupingBox()->setCurrentIndex(0);
        return QTest::qWaitFor(
            [this] { return depth()->grouping() == 1 && depth()->levelRow(Side::Sell, 2) >= 0; },
            10000);
    }
    void click(int row, Qt::KeyboardModifiers mods) const;

    std::unique_ptr<GuiFixture> f;
};

void TestGuiMarket::init()
{
    QLocale::setDefault(QLocale::c());
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
}

void TestGuiMarket::cleanup()
{
    f.reset();
}

void TestGuiMarket::click(int row, Qt::KeyboardModifiers mods) const
{
    QTableView *table = depthView()->table();
    const QModelIndex index = depth()->index(row, DepthModel::Price);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, mods, table->visualRect(index).center());
}

void TestGuiMarket::clickOnALevelTakesItsPrice_data()
{
    QTest::addColumn<bool>("ask");
    QTest::newRow("best ask") << true;
    QTest::newRow("best bid") << false;
}

void TestGuiMarket::clickOnALevelTakesItsPrice()
{
    QFETCH(bool, ask);
    QVERIFY(bookLoaded());
    f->field<QLineEdit>("quantity")->setText(QStringLiteral("0.0100"));
    const int row = depth()->bestRow(ask ? Side::Sell : Side::Buy);
    const Decimal price = depth()->level(row)->price;
    click(row, Qt::NoModifier);
    QCOMPARE(f->field<QLineEdit>("price")->text(), QString::fromLatin1(price.toWire()));
    // The price only: the quantity the trader typed stays.
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QStringLiteral("0.0100"));
}

// Review 29 F7/F19: the form's Bid/Ask came from the best bid/ask feed only, and disagreed with
// the book beside it. While the book is fresh they are its top levels: here the feed is held (it
// keeps the old quote) while the market moves 50 USDT; the buttons follow the book, and a click
// puts in the price what the button shows.
void TestGuiMarket::quoteButtonsFollowTheFreshBook()
{
    QVERIFY(bookLoaded());
    MarketDataController *market = probe(f->session).market();
    QTRY_VERIFY_WITH_TIMEOUT(market->book().has_value() && market->rules(market->symbol()), 8000);
    DemoExchange *exchange = f->exchange();
    exchange->holdReplies("/api/v1/spot/ticker/book_ticker");
    const auto release = qScopeGuard([exchange] {
        exchange->holdReplies({});
        exchange->releaseHeld();
    });
    const QString symbol = market->symbol();
    const Decimal oldBid = market->book()->bid.price;
    const Decimal moved = *exchange->engine().market().mid(symbol).add(Decimal::fromInteger(50));
    exchange->engine().market().setMid(symbol, moved);
    // The book has moved away from the held feed's quote.
    QTRY_VERIFY_WITH_TIMEOUT(*depth()->best(Side::Buy) > *oldBid.add(Decimal::fromInteger(25)),
                             10000);
    const SymbolRules rules = *market->rules(symbol);
    auto *bid = f->field<QPushButton>("bestBid");
    auto *ask = f->field<QPushButton>("bestAsk");
    const Depth book = *probe(f->session).book()->depth();
    QCOMPARE(bid->text(),
             QStringLiteral("Bid %1").arg(AssetFormat::price(book.bids.first().price, rules)));
    QCOMPARE(ask->text(),
             QStringLiteral("Ask %1").arg(AssetFormat::price(book.asks.first().price, rules)));
    QVERIFY(bid->isEnabled() && ask->isEnabled());
    QTest::mouseClick(bid, Qt::LeftButton);
    QCOMPARE(f->field<QLineEdit>("price")->text(), book.bids.first().price.toString());
    QTest::mouseClick(ask, Qt::LeftButton);
    QCOMPARE(f->field<QLineEdit>("price")->text(), book.asks.first().price.toString());
}

void TestGuiMarket::ctrlClickTakesTheCumulativeSize()
{
    QVERIFY(bookLoaded());
    const int row = depth()->levelRow(Side::Sell, 2); // the third ask from the spread
    const DepthModel::Level level = *depth()->level(row);
    QCOMPARE(level.total, *depth()
                               ->level(depth()->levelRow(Side::Sell, 0))
                               ->size.add(depth()->level(depth()->levelRow(Side::Sell, 1))->size)
                               ->add(level.size));
    click(row, Qt::ControlModifier);
    QCOMPARE(f->field<QLineEdit>("price")->text(), QString::fromLatin1(level.price.toWire()));
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QString::fromLatin1(level.total.toWire()));
    // Judged by the form's rules like a typed size: its value is computed, and Place follows
    // the verdict.
    click(0, Qt::ControlModifier); // the farthest ask: the whole side's size
    const Decimal whole = depth()->cumulativeAt(0);
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QString::fromLatin1(whole.toWire()));
    const Decimal value = *depth()->level(0)->price.multiply(whole);
    // A value is shown at the quote asset's precision, with its unit (AssetFormat).
    QTRY_COMPARE(f->field<QLabel>("notional")->text(),
                 AssetFormat::withUnit(AssetFormat::value(value, QStringLiteral("USDT")),
                                       QStringLiteral("USDT")));
    QCOMPARE(f->placeButton()->isEnabled(), !f->field<QLabel>("quantityError")->isVisible());
}

void TestGuiMarket::enterOnALevelTakesItsPrice()
{
    QVERIFY(bookLoaded());
    QTableView *table = depthView()->table();
    const int row = depth()->levelRow(Side::Buy, 2);
    table->setFocus();
    table->setCurrentIndex(depth()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(f->field<QLineEdit>("price")->text(),
             QString::fromLatin1(depth()->level(row)->price.toWire()));
    QVERIFY(!depth()->index(row, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TestGuiMarket::ownOrderIsMarkedInTheBook()
{
    QVERIFY(bookLoaded());
    const Decimal bestBid = *depth()->best(Side::Buy);
    const Decimal below = *bestBid.subtract(*Decimal::parse("0.05"));
    const OrderId id = f->place(Side::Buy, below.toWire().constData(), "0.0123");
    QVERIFY(id > 0);
    f->session->refreshNow();
    // The demo's book carries its resting orders; the ladder marks the trader's own size.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < depth()->rowCount(); ++row) {
                const auto *l = depth()->level(row);
                if (l->price == below)
                    return l->mine == *Decimal::parse("0.0123");
            }
            return false;
        }(),
        10000);
}

void TestGuiMarket::fillShowsWithFeeAndMovesBalances()
{
    dock("fillsDock")->raise();
    QTRY_VERIFY(dock("fillsDock")->isVisible());
    BalancesModel *balances = probe(f->session).balances();
    QTRY_VERIFY(balances->available(QStringLiteral("BTC")).has_value());
    const Decimal btcBefore = *balances->available(QStringLiteral("BTC"));
    QCOMPARE(balances->balance(0)->token, QStringLiteral("BTC")); // the symbol's tokens first
    QCOMPARE(balances->balance(1)->token, QStringLiteral("USDT"));

    const OrderId id = f->place(Side::Buy, "69000.00", "0.0100");
    QVERIFY(id > 0);
    QVERIFY(f->exchange()->engine().fillPart(id, *Decimal::parse("0.0100")));
    f->session->refreshNow();
    FillsModel *fills = probe(f->session).fills();
    QTRY_VERIFY_WITH_TIMEOUT(fills->rowCount() >= 1, 10000);
    const Trade *t = fills->fill(0);
    QCOMPARE(t->price, *Decimal::parse("69000.00"));
    QCOMPARE(t->quantity, *Decimal::parse("0.0100"));
    QCOMPARE(t->feeAsset, QStringLiteral("BTC"));
    QVERIFY(t->fee > Decimal());
    const QModelIndex feeCell = fills->index(0, FillsModel::Fee);
    // The fee in its asset, exact (never rounded away), naming it.
    QCOMPARE(feeCell.data().toString(),
             OrderFees::amount(t->fee, t->feeAsset,
                               *probe(f->session).market()->rules(QStringLiteral("BTC-USDT"))));
    QVERIFY(feeCell.data().toString().endsWith(QStringLiteral(" BTC")));
    // Bought 0.01 BTC less the fee: the balances dock (and the form) show it.
    const Decimal expected = *btcBefore.add(*Decimal::parse("0.0100"))->subtract(t->fee);
    QTRY_COMPARE_WITH_TIMEOUT(*balances->available(QStringLiteral("BTC")), expected, 10000);
    QVERIFY(f->field<QLabel>("available")
                ->text()
                .contains(AssetFormat::available(expected, QStringLiteral("BTC"))));
}

void TestGuiMarket::selectedOrderShowsItsFillsAndAverage()
{
    dock("fillsDock")->raise();
    const OrderId id = f->place(Side::Buy, "69000.00", "0.0300");
    QVERIFY(id > 0);
    QVERIFY(f->exchange()->engine().fillPart(id, *Decimal::parse("0.0100")));
    QVERIFY(f->exchange()->engine().fillPart(id, *Decimal::parse("0.0200")));
    f->session->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).finishedOrders()->rowOf(id) >= 0, 10000);
    f->field<QCheckBox>("fillsOrderOnly")->setChecked(true);
    QCOMPARE(probe(f->session).fillsController()->filter().orderId,
             OrderId(-1)); // none selected yet
    QTableView *table = f->window->finishedView()->table();
    const QModelIndex source =
        probe(f->session).finishedOrders()->index(probe(f->session).finishedOrders()->rowOf(id), 0);
    table->selectionModel()->select(f->window->finishedView()->proxy()->mapFromSource(source),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    QCOMPARE(probe(f->session).fillsController()->filter().orderId, id);
    QTRY_COMPARE_WITH_TIMEOUT(probe(f->session).fills()->rowCount(), 2, 10000);
    for (const Trade &t : probe(f->session).fills()->fills())
        QCOMPARE(t.orderId, id);
    const auto s = FillsController::summarize(probe(f->session).fills()->fills());
    QCOMPARE(s.quantity, *Decimal::parse("0.0300"));
    QCOMPARE(*s.averagePrice, *Decimal::parse("69000.00"));
    QTRY_VERIFY(f->field<QLabel>("fillsSummary")->text().contains(QString::number(id)));
}

void TestGuiMarket::depthIsPolledOnlyWhileVisible()
{
    QVERIFY(bookLoaded());
    QVERIFY(probe(f->session).book()->isWanted());
    dock("depthDock")->hide();
    QVERIFY(!probe(f->session).book()->isWanted());
    const int before = f->exchange()->requestCount("GET", "/api/v1/spot/depth");
    // Nothing is scheduled, so nothing can come: the feed's timer is off.
    int books = 0;
    for (PollingFeed *feed : probe(f->session).dataFeeds()) {
        if (feed->name() == QLatin1String("Order book")) {
            ++books;
            QVERIFY(!feed->isScheduled() && !feed->isInFlight());
        }
    }
    QCOMPARE(books, 1);
    dock("depthDock")->show();
    QTRY_VERIFY_WITH_TIMEOUT(f->exchange()->requestCount("GET", "/api/v1/spot/depth") > before,
                             10000);
}

void TestGuiMarket::minimisedPausesTheMarketDocks()
{
    dock("fillsDock")->raise();
    PollingFeed *fills = probe(f->session).fillsController()->feed();
    QTRY_VERIFY(fills->isScheduled() || fills->isInFlight()); // polling while visible
    f->session->setMinimised(true);
    // Nobody looks at the book or the fills; the order lists still poll (fills are announced).
    QVERIFY(fills->isPaused());
    const auto feeds = probe(f->session).dataFeeds();
    QVERIFY(feeds.size() >= 4); // price, book, order book, 24 h at least
    for (PollingFeed *feed : feeds)
        QVERIFY2(feed->isPaused(), qPrintable(feed->name()));
    QVERIFY(!probe(f->session).orders()->openFeed()->isPaused());
    f->session->setMinimised(false);
    QVERIFY(!fills->isPaused());
}

void TestGuiMarket::everyDockOpenStaysWithinTheRateLimits()
{
    // Every dock on screen, every poll at its fastest, and a trader pressing F5 five times a
    // second and placing orders faster than the exchange takes them, through the app's own
    // placement (a burst of 12 different orders every second, against 10/s): the exchange sees
    // each endpoint within its documented limit.
    f->settings.setIntervals(1000, 1000);
    f->session->applySettings();
    probe(f->session).fillsController()->setIntervalMs(1000);
    dock("fillsDock")->raise();
    QVERIFY(probe(f->session).book()->isWanted());
    QHash<QByteArray, QList<qint64>> seen;
    int refused = 0;
    QElapsedTimer clock;
    clock.start();
    connect(f->exchange(), &DemoExchange::requestHandled, this,
            [&](const QByteArray &method, const QByteArray &path, int status) {
                seen[method + ' ' + path].append(clock.elapsed());
                if (status == 429)
                    ++refused;
            });
    QTimer presses;
    connect(&presses, &QTimer::timeout, this, [this] {
        f->session->refreshNow();
        f->exchange()->step();
    });
    presses.start(200);
    QTimer orders;
    int sent = 0;
    int burst = 0;
    PlacementTracker *tracker = probe(f->session).placement();
    connect(&orders, &QTimer::timeout, this, [&] {
        ++burst;
        for (int i = 0; i < 12; ++i) {
            const QByteArray price =
                QByteArray::number(60000 + burst) + '.' + QByteArray::number(10 + i);
            NewOrder o = OrderFactory::limit(f->account(), Side::Buy, price.constData(), "0.0010");
            o.clientOrderId = tracker->newClientOrderId();
            sent += tracker->place(o);
        }
    });
    orders.start(1000);
    // At real speed (the limits are the exchange's): every sliding window of each endpoint is
    // checked below. The soak runs until the docks were really polled and the app really placed
    // faster than the limit allows (the busiest endpoints asked often enough to hold many windows
    // of their limits), not for a fixed time.
    const auto count = [&seen](const char *endpoint) {
        return seen.value(endpoint).size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(sent >= 12 * 5 && count("POST /api/v1/spot/order") >= 30
                                 && count("GET /api/v1/spot/open_order") >= 7
                                 && count("GET /api/v1/spot/depth") >= 4
                                 && count("GET /api/v1/account/trades") >= 4
                                 && count("GET /api/v1/account/balance") >= 4,
                             40000);
    presses.stop();
    orders.stop();
    QVERIFY(
        quiesce(probe(f->session).service())); // the queued placements have gone or been withdrawn

    const QHash<QByteArray, QPair<int, qint64>> limits{
        {"GET /api/v1/spot/open_order", {1, 1000}},
        {"GET /api/v1/spot/finish_order", {1, 1000}},
        {"GET /api/v1/account/balance", {1, 1000}},
        {"GET /api/v1/account/trades", {1, 1000}},
        {"GET /api/v1/user/info", {1, 1000}},
        {"GET /api/v1/spot/order", {1, 1000}},
        {"POST /api/v1/spot/order", {10, 1000}},
        {"GET /api/v1/symbols", {1, 2000}},
        {"GET /api/v1/spot/ticker/price", {1, 2000}},
        {"GET /api/v1/spot/ticker/book_ticker", {1, 2000}},
        {"GET /api/v1/spot/depth", {1, 2000}},
        {"GET /api/v1/spot/ticker/24hr", {1, 2000}},
    };
    QCOMPARE(refused, 0); // the demo's own per-key windows refused nothing
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QVERIFY2(limits.contains(it.key()), it.key().constData());
        const auto [limit, windowMs] = limits.value(it.key());
        const QList<qint64> &times = it.value();
        for (int i = 0; i + limit < times.size(); ++i)
            QVERIFY2(times[i + limit] - times[i] >= windowMs - 5, // 5 ms: the event loop's jitter
                     qPrintable(QStringLiteral("%1: %2 requests within %3 ms")
                                    .arg(QString::fromLatin1(it.key()))
                                    .arg(limit + 1)
                                    .arg(times[i + limit] - times[i])));
    }
}

QTEST_MAIN(TestGuiMarket)
#include "tst_gui_market.moc"
