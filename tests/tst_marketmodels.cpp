// Balances and fills models through random refreshes: consistent, ordered, never reset.
#include "models/AssetFormat.h"
#include "models/BalancesModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/MarketDataController.h"
#include "models/PollingFeed.h"
#include "models/StaleMonitor.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

class TestMarketModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balancesFollowRandomRefreshes();
    void balancesAvailableIsOneSource();
    void balancesOfOneAssetLineUp_data();
    void balancesOfOneAssetLineUp();
    void fillsMergeNewestFirst();
    void fillsSummaryIsExact();
    void fillsNameTheirUnits();
    void staleAfterFailingIntervalsAndBack();
    void quoteFollowsTheFreshBook();
    void dayRangeHoldsTheLastPrice();
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

const QStringList Tokens{QStringLiteral("BTC"),  QStringLiteral("ETH"), QStringLiteral("USDT"),
                         QStringLiteral("SOL"),  QStringLiteral("XRP"), QStringLiteral("ADA"),
                         QStringLiteral("DOGE"), QStringLiteral("DOT")};

} // namespace

void TestMarketModels::balancesFollowRandomRefreshes()
{
    BalancesModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QRandomGenerator g(99);
    QStringList preferred;
    for (int round = 0; round < 400; ++round) {
        QList<Balance> list;
        for (const QString &t : Tokens) {
            if (g.bounded(3) == 0)
                continue;
            const Decimal total = Decimal::fromInteger(g.bounded(0, 1000000));
            const Decimal frozen = Decimal::fromInteger(g.bounded(0, 1000));
            list.append({t, *total.add(frozen), total, frozen});
        }
        if (g.bounded(4) == 0) {
            preferred = {Tokens[g.bounded(int(Tokens.size()))],
                         Tokens[g.bounded(int(Tokens.size()))]};
            preferred.removeDuplicates();
            m.setPreferredTokens(preferred);
        }
        m.applySnapshot(list);
        QCOMPARE(m.rowCount(), int(list.size()));
        for (const Balance &b : std::as_const(list)) {
            const int row = m.rowOf(b.token);
            QVERIFY(row >= 0);
            QCOMPARE(m.balance(row)->available, b.available);
            QCOMPARE(m.balance(row)->frozen, b.frozen);
        }
        // The preferred tokens held come first in their order; the rest by name.
        QStringList expected;
        for (const QString &t : std::as_const(preferred))
            if (std::any_of(list.cbegin(), list.cend(),
                            [&t](const Balance &b) { return b.token == t; }))
                expected.append(t);
        QStringList rest;
        for (const Balance &b : std::as_const(list))
            if (!expected.contains(b.token))
                rest.append(b.token);
        rest.sort();
        expected += rest;
        QStringList shown;
        for (int r = 0; r < m.rowCount(); ++r)
            shown.append(m.balance(r)->token);
        QCOMPARE(shown, expected);
    }
    QCOMPARE(resets.count(), 0);
}

void TestMarketModels::balancesAvailableIsOneSource()
{
    BalancesModel m;
    QVERIFY(!m.available(QStringLiteral("BTC")).has_value()); // not loaded yet
    m.setPreferredTokens({QStringLiteral("USDT"), QStringLiteral("BTC")});
    m.applySnapshot({{QStringLiteral("BTC"), d("2.5"), d("2.0"), d("0.5")},
                     {QStringLiteral("ETH"), d("1"), d("1"), d("0")},
                     {QStringLiteral("USDT"), d("100000.00"), d("99000.00"), d("1000.00")}});
    QCOMPARE(*m.available(QStringLiteral("BTC")), d("2.0"));
    QCOMPARE(*m.available(QStringLiteral("SOL")), Decimal()); // not held: none
    QCOMPARE(m.balance(0)->token, QStringLiteral("USDT"));
    QCOMPARE(m.balance(1)->token, QStringLiteral("BTC"));
    QCOMPARE(m.balance(2)->token, QStringLiteral("ETH"));
    QCOMPARE(m.index(0, BalancesModel::Frozen).data().toString(), QStringLiteral("1,000.00"));
    // One rule on every screen (review 30, trader 8): a balance's cell and the order form's
    // Available line show the same digits. Review 33 (trader F5): exactly as the exchange sent
    // them, at least the asset's display decimals, so that Available + Frozen = Total on screen
    // (rounded down, 98,942.64 + 363.99 read as 99,306.64).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BalancesModel odd;
    odd.applySnapshot({{QStringLiteral("USDT"), d("99306.6400"), d("98942.6448"), d("363.9952")},
                       {QStringLiteral("BTC"), d("2.507092999"), d("2.5"), d("0.007092999")}});
    const auto cell = [&odd](int row, int column) {
        return odd.index(row, column).data().toString();
    };
    const int usdt = odd.balance(0)->token == QLatin1String("USDT") ? 0 : 1;
    QCOMPARE(cell(usdt, BalancesModel::Available), QStringLiteral("98,942.6448"));
    QCOMPARE(cell(usdt, BalancesModel::Frozen), QStringLiteral("363.9952"));
    // Review 33 (trader L3): one asset's figures with one number of decimals, its display
    // precision or the most any of them has, never fewer: "99,306.64" under "98,942.6448" did
    // not line up.
    QCOMPARE(cell(usdt, BalancesModel::Total), QStringLiteral("99,306.6400"));
    QCOMPARE(cell(1 - usdt, BalancesModel::Total), QStringLiteral("2.507092999"));
    QCOMPARE(cell(1 - usdt, BalancesModel::Available), QStringLiteral("2.500000000"));
    QCOMPARE(cell(1 - usdt, BalancesModel::Frozen), QStringLiteral("0.007092999"));
    for (const int row : {0, 1}) { // the columns add up as shown
        const auto shown = [&cell, row](int column) {
            return *Decimal::parse(cell(row, column).remove(QLatin1Char(',')));
        };
        QCOMPARE(*shown(BalancesModel::Available).add(shown(BalancesModel::Frozen)),
                 shown(BalancesModel::Total));
    }
    // The tip: the exact figure grouped like the cell, one short line (review 33: a sentence
    // about rounding ran off the screen's left edge, ungrouped).
    const QString tip = odd.index(usdt, BalancesModel::Available).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("98,942.6448 USDT exactly")), qPrintable(tip));
    QVERIFY2(tip.size() <= 60 && !tip.contains(u'\n'), qPrintable(tip));
    QCOMPARE(AssetFormat::available(d("98942.6448"), QStringLiteral("USDT")),
             cell(usdt, BalancesModel::Available) + QStringLiteral(" USDT"));
    QLocale::setDefault(QLocale::c());
    QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
    m.setPreferredTokens({QStringLiteral("ETH"), QStringLiteral("USDT")});
    QVERIFY(moved.count() >= 1);
    QCOMPARE(m.balance(0)->token, QStringLiteral("ETH"));
    QCOMPARE(m.balance(1)->token, QStringLiteral("USDT"));
    QCOMPARE(m.balance(2)->token, QStringLiteral("BTC"));
}

void TestMarketModels::fillsMergeNewestFirst()
{
    FillsModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QRandomGenerator g(7);
    QSet<QString> all;
    for (int round = 0; round < 200; ++round) {
        QList<Trade> page;
        const int n = g.bounded(0, 12);
        for (int i = 0; i < n; ++i) {
            Trade t;
            t.tradeId = QString::number(g.bounded(1, 600));
            t.time = 1767346200000 + t.tradeId.toLongLong() * 10; // ids rise with time
            t.symbol = QStringLiteral("BTC-USDT");
            t.price = d("70000.00");
            t.quantity = d("0.0010");
            t.amount = d("70.00");
            page.append(t);
        }
        const int before = m.rowCount();
        int fresh = 0;
        for (const Trade &t : std::as_const(page))
            if (!all.contains(t.tradeId)) {
                all.insert(t.tradeId);
                ++fresh;
            }
        QCOMPARE(m.merge(page), fresh);
        QCOMPARE(m.rowCount(), before + fresh);
        for (int r = 1; r < m.rowCount(); ++r)
            QVERIFY(m.fill(r - 1)->time > m.fill(r)->time);
        if (g.bounded(50) == 0) {
            m.clear();
            all.clear();
        }
    }
    QCOMPARE(resets.count(), 0);
}

void TestMarketModels::fillsSummaryIsExact()
{
    Trade a;
    a.price = d("69000.10");
    a.quantity = d("0.0100");
    a.amount = d("690.001");
    a.fee = d("0.00001");
    a.feeAsset = QStringLiteral("BTC");
    Trade b = a;
    b.price = d("69000.40");
    b.quantity = d("0.0200");
    b.amount = d("1380.008");
    b.fee = d("0.00002");
    const auto s = FillsController::summarize({a, b});
    QCOMPARE(s.count, 2);
    QCOMPARE(s.quantity, d("0.0300"));
    QCOMPARE(s.amount, d("2070.009"));
    QCOMPARE(*s.averagePrice, d("69000.300000")); // amount / quantity, exactly
    QCOMPARE(s.fees.value(QStringLiteral("BTC")), d("0.00003"));
    QVERIFY(!FillsController::summarize({}).averagePrice.has_value());
}

void TestMarketModels::fillsNameTheirUnits()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FillsModel m;
    SymbolRules r;
    r.symbol = QStringLiteral("BTC-USDT");
    r.baseToken = QStringLiteral("BTC");
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = d("0.01");
    r.baseIncrement = d("0.0001");
    m.setSymbolRules({r});
    Trade t;
    t.tradeId = QStringLiteral("1");
    t.symbol = QStringLiteral("BTC-USDT");
    t.price = d("69000");
    t.quantity = d("0.001");
    t.amount = d("69.000000");
    t.fee = d("0.069000");
    t.feeAsset = QStringLiteral("USDT");
    t.time = QDateTime::currentMSecsSinceEpoch();
    m.merge({t});
    const auto cell = [&m](int c) {
        return m.index(0, c).data().toString();
    };
    // One symbol listed: its units are in the column titles ("Price (USDT)"); a fee names its own.
    QCOMPARE(cell(FillsModel::Price), QStringLiteral("69,000.00"));
    QCOMPARE(cell(FillsModel::Quantity), QStringLiteral("0.0010"));
    QCOMPARE(cell(FillsModel::Amount), QStringLiteral("69.00"));
    // A fee exact (money is never rounded away), its trailing zeros trimmed to 2 decimals.
    QCOMPARE(cell(FillsModel::Fee), QStringLiteral("0.069 USDT"));
    // Today's fill: the time alone.
    QCOMPARE(cell(FillsModel::Time),
             QDateTime::fromMSecsSinceEpoch(t.time).toString(QStringLiteral("HH:mm:ss")));
    // Review 31 (trader 8): the side with its arrow, as in the order tables ("▲ Buy").
    QCOMPARE(cell(FillsModel::SideColumn), QStringLiteral("▲ Buy"));
    // An earlier day's fill (the filters reach back a week) with its date; the clock named.
    Trade older = t;
    older.tradeId = QStringLiteral("2");
    older.side = Side::Sell;
    const QDate day = QDate::currentDate().addDays(-3);
    older.time = QDateTime(day, QTime(14, 3, 11)).toMSecsSinceEpoch();
    m.merge({older});
    const int row = m.index(0, 0).data(FillsModel::RawValueRole).toLongLong() == older.time ? 0 : 1;
    QCOMPARE(m.index(row, FillsModel::Time).data().toString(),
             day.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 14:03:11"));
    QCOMPARE(m.index(row, FillsModel::SideColumn).data().toString(), QStringLiteral("▼ Sell"));
    const QString clock =
        m.headerData(FillsModel::Time, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(clock.startsWith(QStringLiteral("Time (local, UTC")), qPrintable(clock));
    QCOMPARE(m.headerData(FillsModel::Time, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QLocale::setDefault(QLocale::c());
}

void TestMarketModels::staleAfterFailingIntervalsAndBack()
{
    qint64 now = 1767346200000;
    const auto clock = [&now] {
        return now;
    };
    bool failing = false;
    PollingFeed feed(
        QStringLiteral("prices"),
        [&failing](QObject *, PollingFeed::Done done) {
            ApiError e;
            if (failing) {
                e.kind = ApiError::Kind::Unknown;
                e.message = QStringLiteral("timeout");
            }
            done(e);
        },
        1000, nullptr, clock);
    StaleMonitor monitor(nullptr, clock);
    monitor.watch(&feed);
    QSignalSpy changes(&monitor, &StaleMonitor::staleChanged);
    QVERIFY(changes.isValid());
    feed.start();
    QTRY_VERIFY(feed.lastSuccess().isValid());
    QVERIFY(!monitor.isStale());

    // Failing, but within StaleIntervals intervals of the last success: not stale yet.
    failing = true;
    now += 1000;
    feed.refreshNow();
    QTRY_VERIFY(feed.consecutiveFailures() > 0);
    QVERIFY(!monitor.isStale());
    // Beyond them: stale, with the time of the last update.
    now += qint64(StaleMonitor::StaleIntervals) * 1000;
    monitor.evaluate();
    QVERIFY(monitor.isStale());
    QCOMPARE(monitor.lastUpdate().toMSecsSinceEpoch(), qint64(1767346200000));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.last().first().toBool(), true);
    // Answering again: fresh.
    failing = false;
    feed.refreshNow();
    QTRY_VERIFY(!monitor.isStale());
    QCOMPARE(changes.last().first().toBool(), false);
    // Credentials refused: stale whatever the feeds say, until they are accepted again.
    monitor.setCredentialsRefused(true);
    QVERIFY(monitor.isStale());
    monitor.setCredentialsRefused(false);
    QVERIFY(!monitor.isStale());
    // A stopped feed is expected nothing.
    failing = true;
    feed.stop();
    now += 100000;
    monitor.evaluate();
    QVERIFY(!monitor.isStale());
}

// Review 29 F7/F19: the form's Bid/Ask showed the best bid/ask feed (one resting order 18 USDT
// under the book's bid, "Ask —" while the book showed asks). While the book is fresh its top
// levels are the quote; the feed only when the book is absent or old.
void TestMarketModels::quoteFollowsTheFreshBook()
{
    BookTicker feed;
    feed.hasBid = true;
    feed.bid = {d("69995.00"), d("0.01")};
    feed.hasAsk = false;
    Depth book;
    book.bids = {{d("70013.00"), d("0.2")}, {d("70012.00"), d("0.1")}};
    book.asks = {{d("70013.10"), d("0.3")}, {d("70013.20"), d("0.1")}};

    const auto fresh = MarketDataController::bestQuote(feed, book, 1500);
    QVERIFY(fresh.fromBook);
    QVERIFY(fresh.levels.hasBid && fresh.levels.hasAsk);
    QCOMPARE(fresh.levels.bid.price, d("70013.00"));
    QCOMPARE(fresh.levels.ask.price, d("70013.10"));

    const auto old =
        MarketDataController::bestQuote(feed, book, MarketDataController::BookFreshMs + 1);
    QVERIFY(!old.fromBook);
    QCOMPARE(old.levels.bid.price, d("69995.00"));
    QVERIFY(!old.levels.hasAsk);

    const auto none = MarketDataController::bestQuote(feed, std::nullopt, -1);
    QVERIFY(!none.fromBook);
    QCOMPARE(none.levels.bid.price, d("69995.00"));
    QVERIFY(!MarketDataController::bestQuote(std::nullopt, std::nullopt, -1).levels.hasBid);

    // adv2 F1: the two are polled half a period apart; whichever arrived last (by this
    // computer's clock) is the touch, with its age.
    const auto feedNewer = MarketDataController::bestQuote(feed, 400, book, 1500);
    QVERIFY(!feedNewer.fromBook);
    QCOMPARE(feedNewer.levels.bid.price, d("69995.00"));
    QCOMPARE(feedNewer.ageMs, qint64(400));
    const auto bookNewer = MarketDataController::bestQuote(feed, 1600, book, 1500);
    QVERIFY(bookNewer.fromBook);
    QCOMPARE(bookNewer.levels.bid.price, d("70013.00"));
    QCOMPARE(bookNewer.ageMs, qint64(1500));
    QCOMPARE(MarketDataController::bestQuote(std::nullopt, -1, std::nullopt, -1).ageMs, qint64(-1));
}

// Review 29 F20: the last price (polled every 2 s) was shown outside the 24 h high/low (every
// 10 s). A trade above the ticker's high is the day's new high.
void TestMarketModels::dayRangeHoldsTheLastPrice()
{
    Ticker24h t;
    t.highPrice = d("70000.00");
    t.lowPrice = d("69000.00");
    auto r = MarketDataController::dayRange(t, d("70010.50"));
    QCOMPARE(r.high, d("70010.50"));
    QCOMPARE(r.low, d("69000.00"));
    r = MarketDataController::dayRange(t, d("68999.99"));
    QCOMPARE(r.high, d("70000.00"));
    QCOMPARE(r.low, d("68999.99"));
    r = MarketDataController::dayRange(t, d("69500"));
    QCOMPARE(r.high, d("70000.00"));
    QCOMPARE(r.low, d("69000.00"));
    r = MarketDataController::dayRange(t, std::nullopt);
    QCOMPARE(r.high, d("70000.00"));
}

// Review 33, trader L3: USDT Available "97,998.68574829" beside Frozen "1,399.35": an asset's
// figures now share one number of decimals (its display precision, or the most any of them has:
// never a digit dropped), so that right-aligned their decimal points line up.
void TestMarketModels::balancesOfOneAssetLineUp_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("exact"); // total, available, frozen
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("the review's USDT")
        << "USDT" << QStringList{"99398.03574829", "97998.68574829", "1399.35"}
        << QStringList{"99,398.03574829", "97,998.68574829", "1,399.35000000"};
    QTest::newRow("USDT in cents") << "USDT" << QStringList{"100000", "99000.5", "999.50"}
                                   << QStringList{"100,000.00", "99,000.50", "999.50"};
    QTest::newRow("USDT frozen finer") << "USDT" << QStringList{"10.001", "10", "0.001"}
                                       << QStringList{"10.001", "10.000", "0.001"};
    QTest::newRow("BTC") << "BTC" << QStringList{"0.5", "0.5", "0"}
                         << QStringList{"0.50000000", "0.50000000", "0.00000000"};
    QTest::newRow("BTC finer") << "BTC" << QStringList{"2.507092999", "2.5", "0.007092999"}
                               << QStringList{"2.507092999", "2.500000000", "0.007092999"};
}

void TestMarketModels::balancesOfOneAssetLineUp()
{
    QFETCH(QString, token);
    QFETCH(QStringList, exact);
    QFETCH(QStringList, shown);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BalancesModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.applySnapshot(
        {{token, *Decimal::parse(exact[0]), *Decimal::parse(exact[1]), *Decimal::parse(exact[2])}});
    const QStringList cells{m.index(0, BalancesModel::Total).data().toString(),
                            m.index(0, BalancesModel::Available).data().toString(),
                            m.index(0, BalancesModel::Frozen).data().toString()};
    QLocale::setDefault(QLocale::c());
    QCOMPARE(cells, shown);
    for (int i = 0; i < 3; ++i) // exact: the same number, only zeros added
        QCOMPARE(*Decimal::parse(QString(cells[i]).remove(QLatin1Char(','))),
                 *Decimal::parse(exact[i]));
}

QTEST_GUILESS_MAIN(TestMarketModels)
#include "tst_marketmodels.moc"
