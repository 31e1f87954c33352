// The order-book ladder: diffed by price through random books, never reset, totals exact.
#include "models/ColorScheme.h"
#include "models/DepthModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

class TestDepthModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ladderShape();
    void randomBooksKeepTheModelConsistent();
    void unchangedBookSaysNothing();
    void ownOrdersMarkTheirLevels();
    void capsLevelsNearestTheSpread();
    void groupsByTicks();
    void marksLastTradeAndInFlight();
    void countsOwnOrdersBeyondTheRows();
    void decimalsKeepTheRulesStep();
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

Decimal cents(qint64 units)
{
    return *Decimal::fromInteger(units).divide(Decimal::fromInteger(100), 2);
}

DepthLevel lv(const char *price, const char *qty)
{
    return {d(price), d(qty)};
}

Depth book(const QList<DepthLevel> &asks, const QList<DepthLevel> &bids)
{
    Depth b;
    b.asks = asks;
    b.bids = bids;
    return b;
}

SymbolRules rules(const char *tick, const char *lot)
{
    SymbolRules r;
    r.priceIncrement = d(tick);
    r.baseIncrement = d(lot);
    return r;
}

Order own(OrderId id, Side side, const char *price, const char *qty)
{
    Order o;
    o.orderId = id;
    o.side = side;
    o.price = d(price);
    o.quantity = d(qty);
    return o;
}

// A random book around 100.00: prices on a 0.01 grid, unique, asks above bids.
Depth randomBook(QRandomGenerator &g)
{
    Depth b;
    const int asks = g.bounded(0, 25), bids = g.bounded(0, 25);
    QSet<int> used;
    for (int i = 0; i < asks + bids; ++i) {
        const bool ask = i < asks;
        const int offset = g.bounded(1, 60);
        const int price = ask ? 10000 + offset : 10000 - offset;
        if (used.contains(price))
            continue;
        used.insert(price);
        (ask ? b.asks : b.bids).append({cents(price), cents(g.bounded(1, 100000))});
    }
    return b;
}

} // namespace

void TestDepthModel::ladderShape()
{
    DepthModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Unsorted on purpose.
    Depth b = book({lv("101.00", "1"), lv("100.50", "2"), lv("102.00", "3")},
                   {lv("99.00", "4"), lv("100.00", "5")});
    m.apply(b);
    QCOMPARE(m.rowCount(), 6);
    QCOMPARE(m.spreadRow(), 3);
    // Asks highest first; totals count outwards from the spread.
    QCOMPARE(m.level(0)->price, d("102.00"));
    QCOMPARE(m.level(0)->total, d("6"));
    QCOMPARE(m.level(2)->price, d("100.50"));
    QCOMPARE(m.level(2)->total, d("2"));
    QCOMPARE(m.kindOf(3), DepthModel::RowKind::Spread);
    QCOMPARE(*m.spread(), d("0.50"));
    QCOMPARE(m.level(4)->price, d("100.00"));
    QCOMPARE(m.level(4)->total, d("5"));
    QCOMPARE(m.level(5)->total, d("9"));
    // Bars: against the deeper side (asks 6, bids 9).
    QCOMPARE(m.index(5, 0).data(DepthModel::DepthPermilleRole).toInt(), 1000);
    QCOMPARE(m.index(0, 0).data(DepthModel::DepthPermilleRole).toInt(), 666);
    QCOMPARE(m.index(2, DepthModel::Price).data().toString(), QStringLiteral("100.50"));
    QVERIFY(m.index(0, 0).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("102")));
}

void TestDepthModel::randomBooksKeepTheModelConsistent()
{
    DepthModel m;
    m.setLevelsPerSide(100);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QRandomGenerator g(1234);
    for (int round = 0; round < 300; ++round) {
        const Depth b = randomBook(g);
        m.apply(b);
        // The ladder equals the book: every level, right order, exact totals.
        QCOMPARE(m.spreadRow(), int(b.asks.size()));
        QCOMPARE(m.rowCount(), int(b.asks.size() + b.bids.size()) + 1);
        Decimal total;
        for (int row = m.spreadRow() - 1; row >= 0; --row) {
            total = *total.add(m.level(row)->size);
            QCOMPARE(m.level(row)->total, total);
            if (row > 0)
                QVERIFY(m.level(row - 1)->price > m.level(row)->price);
        }
        total = Decimal();
        for (int row = m.spreadRow() + 1; row < m.rowCount(); ++row) {
            total = *total.add(m.level(row)->size);
            QCOMPARE(m.level(row)->total, total);
            if (row > m.spreadRow() + 1)
                QVERIFY(m.level(row - 1)->price > m.level(row)->price);
        }
    }
    QCOMPARE(resets.count(), 0);
}

void TestDepthModel::unchangedBookSaysNothing()
{
    DepthModel m;
    Depth b = book({lv("101", "1")}, {lv("99", "1")});
    m.apply(b);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    m.apply(b);
    QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);
    b.bids[0].quantity = d("2"); // one size: one row (and the bars) announced, nothing moves
    m.apply(b);
    QCOMPARE(inserted.count() + removed.count(), 0);
    QVERIFY(changed.count() >= 1);
    const auto last = changed.last();
    QCOMPARE(last.at(0).toModelIndex().row(), 2);
    QCOMPARE(last.at(1).toModelIndex().row(), 2);
}

void TestDepthModel::ownOrdersMarkTheirLevels()
{
    ColorScheme colors;
    DepthModel m(&colors);
    Depth b = book({lv("101.00", "1"), lv("102.00", "1")}, {lv("99.00", "1")});
    m.apply(b);
    Order sell = own(1, Side::Sell, "102.00", "0.5");
    sell.tradeQty = d("0.2");
    Order buy = sell;
    buy.orderId = 2;
    buy.side = Side::Buy; // a buy at an ask's price marks nothing there
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setOwnOrders({sell, buy});
    QCOMPARE(m.level(0)->mine, d("0.3"));
    QVERIFY(m.level(1)->mine.isZero());
    QVERIFY(m.index(0, DepthModel::Mine).data().toString().contains(QLatin1String("0.3")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
}

void TestDepthModel::capsLevelsNearestTheSpread()
{
    DepthModel m;
    m.setLevelsPerSide(2);
    Depth b = book({lv("103", "1"), lv("101", "1"), lv("102", "1")},
                   {lv("97", "1"), lv("99", "1"), lv("98", "1")});
    m.apply(b);
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(m.level(0)->price, d("102"));
    QCOMPARE(m.level(1)->price, d("101"));
    QCOMPARE(m.level(3)->price, d("99"));
    QCOMPARE(m.level(4)->price, d("98"));
}

void TestDepthModel::groupsByTicks()
{
    DepthModel m;
    m.setRules(rules("0.01", "0.0001"));
    Depth b = book({lv("100.01", "1"), lv("100.09", "2"), lv("100.11", "4")},
                   {lv("99.99", "1"), lv("99.91", "2"), lv("99.89", "4")});
    m.apply(b);
    QCOMPARE(m.rowCount(), 7);
    m.setGrouping(10); // 0.10 groups: asks round up, bids down
    QCOMPARE(m.step(), d("0.10"));
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(m.level(0)->price, d("100.20"));
    QCOMPARE(m.level(0)->size, d("4"));
    QCOMPARE(m.level(1)->price, d("100.10"));
    QCOMPARE(m.level(1)->size, d("3"));
    QCOMPARE(m.level(3)->price, d("99.90"));
    QCOMPARE(m.level(3)->size, d("3"));
    QCOMPARE(m.level(4)->price, d("99.80"));
    m.setOwnOrders({own(7, Side::Buy, "99.95", "0.5")});
    QCOMPARE(m.level(3)->mine, d("0.5"));
    QCOMPARE(m.ownOrdersAt(3).size(), 1);
    QCOMPARE(m.rowOf(Side::Buy, d("99.95")), 3);
    m.setGrouping(1);
    QCOMPARE(m.rowCount(), 7);
    QVERIFY(m.level(4)->mine.isZero()); // 99.99
    QCOMPARE(m.rowOf(Side::Buy, d("99.95")), -1);
}

void TestDepthModel::marksLastTradeAndInFlight()
{
    DepthModel m;
    Depth b = book({lv("102.00", "1"), lv("101.00", "1")}, {lv("99.00", "1"), lv("98.00", "1")});
    m.apply(b);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setLastPrice(d("101.00"));
    QVERIFY(m.index(1, 0).data(DepthModel::LastTradeRole).toBool());
    QVERIFY(!m.index(0, 0).data(DepthModel::LastTradeRole).toBool());
    QVERIFY(m.index(2, 0).data().toString().contains(QLatin1String("101.00"))); // the spread row
    QCOMPARE(changed.size(), 1); // the marked level and the spread row, nothing else
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    changed.clear();
    m.setInFlight({{Side::Buy, d("98.00"), d("0.25")}});
    QCOMPARE(m.level(4)->flight, d("0.25"));
    QVERIFY(m.index(4, DepthModel::Mine).data().toString().contains(QLatin1String("0.25")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
    m.setInFlight({});
    QVERIFY(m.level(4)->flight.isZero());
}

void TestDepthModel::countsOwnOrdersBeyondTheRows()
{
    DepthModel m;
    Depth b = book({lv("103.00", "1"), lv("102.00", "1"), lv("101.00", "1")},
                   {lv("99.00", "1"), lv("98.00", "1"), lv("97.00", "1")});
    m.apply(b);
    QList<Order> mine;
    for (const char *p : {"105.00", "103.00", "102.00", "97.00", "90.00", "91.00"})
        mine.append(own(mine.size() + 1, d(p) > d("100") ? Side::Sell : Side::Buy, p, "1"));
    m.setOwnOrders(mine);
    QCOMPARE(m.ownBeyond(0, 6), std::make_pair(1, 2)); // beyond the shown depth
    QCOMPARE(m.ownBeyond(2, 4), std::make_pair(3, 3)); // only the levels nearest the spread
}

// The session writes the symbol's decimals on every market poll; a tick of 0.5 (one decimal)
// must stay 0.5, and nothing is announced when nothing changes.
void TestDepthModel::decimalsKeepTheRulesStep()
{
    DepthModel m;
    m.setRules(rules("0.5", "0.001"));
    m.setGrouping(10);
    Depth b = book({lv("101.5", "1")}, {lv("99.5", "1")});
    m.apply(b);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setDecimals(1, 3);
    QCOMPARE(m.step(), d("5.0"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m.level(0)->price, d("105"));
}

QTEST_GUILESS_MAIN(TestDepthModel)
#include "tst_depthmodel.moc"
