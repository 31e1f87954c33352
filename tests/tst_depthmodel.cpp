// The order-book ladder: price-fixed rows through random books, never reset by a book, totals
// exact, re-anchored only when told or following; and the demo's book never crossed by the
// trader's own resting orders.
#include "OrderFactory.h"
#include "demo/DemoExchange.h"
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
    void aMarketMoveKeepsThePrices();
    void followingReanchors();
    void followingWaitsForTheMiddleToBeLeft();
    void oneSidedBookClaimsNoOtherSide();
    void mineSaysWhatIsLeft();
    void randomBooksKeepTheModelConsistent();
    void unchangedBookSaysNothing();
    void ownOrdersMarkTheirPrices();
    void groupsByTicks();
    void marksTheLastOnlyWhereTheBookAgrees();
    void marksLastTradeInFlightAndLeaving();
    void countsOwnOrdersBeyondTheRows();
    void decimalsKeepTheRulesStep();
    void demoBookIsNeverCrossedByOwnOrders();
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

SymbolRules wholeTicks()
{
    SymbolRules r = rules("1", "0.0001");
    r.symbol = QStringLiteral("T-USD");
    return r;
}

// The usual ladder: whole ticks, three prices a side around this book's middle.
void wholeTickLadder(DepthModel &m, const Depth &b, bool following = true)
{
    m.setRules(wholeTicks());
    m.setLevelsPerSide(3);
    if (!following)
        m.setFollowing(false);
    m.applySnapshot(b);
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
Depth randomBook(QRandomGenerator &g, int shift)
{
    Depth b;
    const int asks = g.bounded(0, 25), bids = g.bounded(0, 25);
    QSet<int> used;
    for (int i = 0; i < asks + bids; ++i) {
        const bool ask = i < asks;
        const int offset = g.bounded(1, 60);
        const int price = shift + (ask ? 10000 + offset : 10000 - offset);
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
    Depth b =
        book({lv("104", "3"), lv("101", "1"), lv("102", "2")}, {lv("99", "1"), lv("97", "4")});
    wholeTickLadder(m, b);
    QCOMPARE(m.rowCount(), 7); // 103 … 97, one price a row, the market's middle in the middle
    for (int row = 0; row < 7; ++row)
        QCOMPARE(m.level(row)->price, Decimal::fromInteger(103 - row));
    using K = DepthModel::RowKind;
    QCOMPARE(m.kindOf(0), K::Ask);
    QVERIFY(m.level(0)->size.isZero()); // no order at 103: empty cells
    QVERIFY(m.index(0, DepthModel::Size).data().toString().isEmpty());
    QVERIFY(m.index(0, DepthModel::Total).data().toString().isEmpty());
    QCOMPARE(m.cumulativeAt(0), d("3")); // what lies between it and the spread (Ctrl+click)
    QCOMPARE(m.cumulativeAt(5), d("1"));
    QVERIFY(m.cumulativeAt(3).isZero());
    QCOMPARE(m.level(1)->size, d("2"));
    QCOMPARE(m.level(1)->total, d("3"));
    QCOMPARE(m.level(2)->total, d("1"));
    QCOMPARE(m.kindOf(3), K::Spread); // 100: inside the spread
    QCOMPARE(m.kindOf(4), K::Bid);
    QCOMPARE(m.level(6)->total, d("5"));
    QCOMPARE(m.bestRow(Side::Sell), 2);
    QCOMPARE(m.bestRow(Side::Buy), 4);
    QCOMPARE(m.levelRow(Side::Buy, 1), 6);
    QCOMPARE(m.levelRow(Side::Sell, 2), -1); // 104 lies above the rows
    QCOMPARE(m.spread(), d("2"));
}

// The prices stay while the book moves through them; only centre() re-anchors.
void TestDepthModel::aMarketMoveKeepsThePrices()
{
    DepthModel m;
    Depth b = book({lv("101", "1")}, {lv("99", "1")});
    wholeTickLadder(m, b, false);
    QSignalSpy anchored(&m, &DepthModel::anchored);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    const Depth up = book({lv("103", "1")}, {lv("102", "5")});
    m.applySnapshot(up);
    QCOMPARE(anchored.count() + reset.count() + inserted.count(), 0);
    QCOMPARE(m.level(0)->price, d("103"));
    QCOMPARE(m.kindOf(0), DepthModel::RowKind::Ask);
    QCOMPARE(m.level(1)->size, d("5")); // 102 is a bid now
    QCOMPARE(m.kindOf(2), DepthModel::RowKind::Bid);
    QVERIFY(m.level(2)->size.isZero()); // 101: nothing there any more
    m.centre();
    QCOMPARE(anchored.count(), 1);
    QCOMPARE(m.level(3)->price, d("102")); // (102 + 103) / 2 rounded down to the tick
}

void TestDepthModel::followingReanchors()
{
    DepthModel m;
    Depth b = book({lv("101", "1")}, {lv("99", "1")});
    wholeTickLadder(m, b);
    QVERIFY(m.following());
    QSignalSpy anchored(&m, &DepthModel::anchored);
    const Depth up = book({lv("111", "1")}, {lv("109", "1")});
    m.applySnapshot(up);
    QCOMPARE(anchored.count(), 1);
    QCOMPARE(m.level(3)->price, d("110"));
    QCOMPARE(m.rowCount(), 7);
}

// Found by a trader: re-anchored on every tick, the rows never held still; now only once the
// market's middle leaves the middle third of the rows.
void TestDepthModel::followingWaitsForTheMiddleToBeLeft()
{
    DepthModel m;
    wholeTickLadder(m, book({lv("101", "1")}, {lv("99", "1")})); // rows 103 … 97
    QSignalSpy anchored(&m, &DepthModel::anchored);
    m.applySnapshot(book({lv("102", "1")}, {lv("100", "1")})); // middle 101: row 2 of 7
    QCOMPARE(anchored.count(), 0);
    QCOMPARE(m.level(3)->price, d("100"));
    m.applySnapshot(book({lv("104", "1")}, {lv("102", "1")})); // middle 103: row 0
    QCOMPARE(anchored.count(), 1);
    QCOMPARE(m.level(3)->price, d("103"));
}

// Found by a trader: with the ask unknown ("Ask —") the prices above the last were still coloured
// as asks. A side the book does not show is claimed by no row.
void TestDepthModel::oneSidedBookClaimsNoOtherSide()
{
    DepthModel m;
    wholeTickLadder(m, book({}, {lv("99", "1"), lv("98", "2")})); // rows 102 … 96
    for (int row = 0; row < m.rowCount(); ++row) {
        const bool bid = m.level(row)->price <= d("99");
        QCOMPARE(m.kindOf(row), bid ? DepthModel::RowKind::Bid : DepthModel::RowKind::Spread);
    }
    QVERIFY(!m.index(0, DepthModel::Price).data(Qt::ForegroundRole).isValid());
}

// Found by a trader: "● 0.0001" after a 0.0099 partial fill did not say it was what is left.
void TestDepthModel::mineSaysWhatIsLeft()
{
    DepthModel m;
    SymbolRules r = wholeTicks();
    r.baseToken = QStringLiteral("BTC");
    m.setRules(r);
    m.setLevelsPerSide(3);
    m.applySnapshot(book({lv("101", "1")}, {lv("99", "1")}));
    Order o;
    o.orderId = 7;
    o.symbol = r.symbol;
    o.side = Side::Buy;
    o.price = d("99");
    o.quantity = d("0.0100");
    o.tradeQty = d("0.0099");
    m.setOwnOrders({o});
    const QModelIndex mine = m.index(m.rowOf(Side::Buy, d("99")), DepthModel::Mine);
    QCOMPARE(mine.data().toString(), QStringLiteral("● 0.0001"));
    QCOMPARE(mine.data(Qt::ToolTipRole).toString(),
             QStringLiteral("0.0001 BTC left of 0.0100 BTC"));
    QCOMPARE(m.headerData(DepthModel::Mine, Qt::Horizontal).toString(),
             QStringLiteral("Mine (open)"));
}

void TestDepthModel::randomBooksKeepTheModelConsistent()
{
    DepthModel m;
    m.setLevelsPerSide(40);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator g(20240607);
    for (int round = 0; round < 300; ++round) {
        m.setFollowing(round % 3 == 0);
        const Depth b = randomBook(g, g.bounded(-30, 30));
        m.applySnapshot(b);
        QCOMPARE(m.rowCount(), 81);
        const auto bid = m.best(Side::Buy), ask = m.best(Side::Sell);
        for (int row = 0; row < m.rowCount(); ++row) {
            const DepthModel::Level *l = m.level(row);
            if (row > 0)
                QCOMPARE(m.level(row - 1)->price, *l->price.add(m.step()));
            if (ask && l->price >= *ask)
                QCOMPARE(l->kind, DepthModel::RowKind::Ask);
            else if (bid && l->price <= *bid)
                QCOMPARE(l->kind, DepthModel::RowKind::Bid);
            Decimal size, total;
            for (const DepthLevel &x : l->kind == DepthModel::RowKind::Ask ? b.asks : b.bids) {
                if (x.price == l->price)
                    size = x.quantity;
                if (l->kind == DepthModel::RowKind::Ask ? x.price <= l->price : x.price >= l->price)
                    total = *total.add(x.quantity);
            }
            if (l->kind == DepthModel::RowKind::Spread)
                size = Decimal();
            QCOMPARE(l->size, size);
            QCOMPARE(l->total, size.isZero() ? Decimal() : total);
        }
    }
}

void TestDepthModel::unchangedBookSaysNothing()
{
    DepthModel m;
    Depth b = book({lv("101", "1")}, {lv("99", "1"), lv("97", "1")});
    wholeTickLadder(m, b);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.applySnapshot(b);
    QCOMPARE(changed.count(), 0);
    b.bids[1].quantity = d("2"); // one size: its row (and the bars) announced
    m.applySnapshot(b);
    QVERIFY(changed.count() >= 1);
    const auto last = changed.last();
    QCOMPARE(last.at(0).toModelIndex().row(), 6);
    QCOMPARE(last.at(1).toModelIndex().row(), 6);
}

void TestDepthModel::ownOrdersMarkTheirPrices()
{
    ColorScheme colors;
    DepthModel m(&colors);
    Depth b = book({lv("101", "1"), lv("102", "1")}, {lv("99", "1")});
    wholeTickLadder(m, b);
    Order sell = own(1, Side::Sell, "102", "0.5");
    sell.tradeQty = d("0.2");
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setOwnOrders({sell, own(2, Side::Buy, "98", "1")});
    QCOMPARE(m.level(1)->mine, d("0.3"));
    QCOMPARE(m.level(5)->mine, d("1")); // an own order at a price with no other order
    QVERIFY(m.index(1, DepthModel::Mine).data().toString().contains(QLatin1String("0.3")));
    QCOMPARE(changed.count(), 2); // two rows apart: two announcements, not the rows between
    QCOMPARE(m.ownOrdersAt(1).size(), 1);
    // An order being moved is not shown resting.
    m.setHidden({DepthModel::keyOf(sell)});
    QVERIFY(m.level(1)->mine.isZero());
    QVERIFY(m.ownOrdersAt(1).isEmpty());
    // Found by an attacker (review 32): after an exchange restart a new order got a moved order's
    // id, and the book hid it too. Another client order id is another order: it rests as usual.
    Order reused = own(1, Side::Sell, "102", "0.5");
    reused.clientOrderId = QStringLiteral("td-new");
    m.setOwnOrders({reused});
    m.setHidden({DepthModel::keyOf(sell)});
    QCOMPARE(m.level(1)->mine, d("0.5"));
    QCOMPARE(m.ownOrdersAt(1).size(), 1);
}

void TestDepthModel::groupsByTicks()
{
    DepthModel m;
    m.setRules(rules("0.01", "0.0001"));
    m.setLevelsPerSide(10);
    Depth b = book({lv("100.01", "1"), lv("100.09", "2"), lv("100.11", "4")},
                   {lv("99.99", "1"), lv("99.91", "2"), lv("99.89", "4")});
    m.applySnapshot(b);
    QSignalSpy anchored(&m, &DepthModel::anchored);
    m.setGrouping(10); // 0.10 groups: asks round up, bids down
    QCOMPARE(anchored.count(), 1);
    QCOMPARE(m.step(), d("0.10"));
    QCOMPARE(m.rowCount(), 21);
    const int ask = m.bestRow(Side::Sell);
    QCOMPARE(m.level(ask)->price, d("100.10"));
    QCOMPARE(m.level(ask)->size, d("3"));
    QCOMPARE(m.level(ask - 1)->price, d("100.20"));
    QCOMPARE(m.level(ask - 1)->size, d("4"));
    const int bid = m.bestRow(Side::Buy);
    QCOMPARE(m.level(bid)->price, d("99.90"));
    QCOMPARE(m.level(bid)->size, d("3"));
    QCOMPARE(m.level(bid + 1)->size, d("4"));
    m.setOwnOrders({own(7, Side::Buy, "99.95", "0.5")});
    QCOMPARE(m.level(bid)->mine, d("0.5"));
    QCOMPARE(m.rowOf(Side::Buy, d("99.95")), bid);
    m.setGrouping(1);
    QVERIFY(m.level(m.bestRow(Side::Buy))->mine.isZero()); // 99.99
    QCOMPARE(m.level(m.rowOf(Side::Buy, d("99.95")))->mine, d("0.5"));
}

// Found by a trader: "▸ 70,003.00" marked on an ask-coloured row while the asks drawn started at
// 69,998 (the trades and the book out of step). Marked only where the book agrees.
void TestDepthModel::marksTheLastOnlyWhereTheBookAgrees()
{
    DepthModel m;
    wholeTickLadder(m, book({lv("102", "1"), lv("101", "1")}, {lv("99", "1"), lv("98", "1")}));
    const auto marked = [&m] {
        QList<int> rows;
        for (int row = 0; row < m.rowCount(); ++row) {
            if (m.index(row, 0).data(DepthModel::LastTradeRole).toBool())
                rows.append(row);
        }
        return rows;
    };
    m.setLastPrice(d("102")); // above the best ask: not what the book shows
    QCOMPARE(marked(), QList<int>());
    m.setLastPrice(d("98")); // below the best bid
    QCOMPARE(marked(), QList<int>());
    m.setLastPrice(d("100")); // inside the spread
    QCOMPARE(marked(), QList<int>{3});
    m.setLastPrice(d("99")); // at the best bid
    QCOMPARE(marked(), QList<int>{4});
}

void TestDepthModel::marksLastTradeInFlightAndLeaving()
{
    DepthModel m;
    Depth b = book({lv("102", "1"), lv("101", "1")}, {lv("99", "1"), lv("98", "1")});
    wholeTickLadder(m, b);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&m, &DepthModel::marketMoved);
    m.setLastPrice(d("101"));
    QVERIFY(m.index(2, 0).data(DepthModel::LastTradeRole).toBool());
    QVERIFY(!m.index(1, 0).data(DepthModel::LastTradeRole).toBool());
    QVERIFY(m.spreadText().contains(QLatin1String("101")));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.size(), 1); // the marked price, nothing else
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
    changed.clear();
    m.setInFlight({{Side::Buy, d("98"), d("0.25")}, {Side::Buy, d("97"), d("0.5"), true}});
    QCOMPARE(m.level(5)->flight, d("0.25"));
    QCOMPARE(m.level(6)->leaving, d("0.5"));
    QVERIFY(m.index(5, DepthModel::Mine).data().toString().contains(QStringLiteral("◌ 0.25")));
    QVERIFY(m.index(6, DepthModel::Mine).data().toString().contains(QStringLiteral("⇢ 0.5")));
    QCOMPARE(changed.size(), 1);
    m.setInFlight({});
    QVERIFY(m.level(5)->flight.isZero());
    QVERIFY(m.level(6)->leaving.isZero());
}

void TestDepthModel::countsOwnOrdersBeyondTheRows()
{
    DepthModel m;
    Depth b = book({lv("101", "1")}, {lv("99", "1")});
    wholeTickLadder(m, b); // rows 103 … 97
    QList<Order> list;
    for (const char *p : {"105", "103", "102", "97", "90", "91"})
        list.append(own(list.size() + 1, d(p) > d("100") ? Side::Sell : Side::Buy, p, "1"));
    m.setOwnOrders(list);
    QCOMPARE(m.ownBeyond(0, 6), std::make_pair(1, 2)); // beyond the rows
    QCOMPARE(m.ownBeyond(2, 4), std::make_pair(3, 3)); // beyond the rows in view
}

// The session writes the symbol's decimals on every market poll; a tick of 0.5 (one decimal)
// must stay 0.5, and nothing is announced when nothing changes.
void TestDepthModel::decimalsKeepTheRulesStep()
{
    DepthModel m;
    m.setRules(rules("0.5", "0.001"));
    m.setGrouping(10);
    Depth b = book({lv("101.5", "1")}, {lv("99.5", "1")});
    m.applySnapshot(b);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setDecimals(1, 3);
    QCOMPARE(m.step(), d("5.0"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m.level(m.bestRow(Side::Sell))->price, d("105"));
}

// The demo's synthetic book next to the trader's resting order: a bid left above the market's
// asks (filled only in part so far) is in the book, and the asks it would have met are not.
void TestDepthModel::demoBookIsNeverCrossedByOwnOrders()
{
    DemoExchangeOptions options;
    options.stepIntervalMs = 0;
    DemoExchange exchange(options);
    MatchingEngine &engine = exchange.engine();
    const QString symbol = QStringLiteral("BTC-USDT");
    const Depth before = engine.book(symbol, 20);
    QVERIFY(!before.bids.isEmpty() && !before.asks.isEmpty());
    // A bid a little under the market, then the market moves down through it with no fill step.
    const Decimal price = *before.bids.first().price.subtract(d("1.00"));
    NewOrder o = OrderFactory::limit(exchange.defaultAccountId(), Side::Buy,
                                     price.toWire().constData(), "0.0100", symbol);
    QVERIFY(engine.place(o).ok());
    engine.market().setMid(symbol, *price.subtract(d("0.50")));
    const Depth book = engine.book(symbol, 20);
    QVERIFY(!book.bids.isEmpty() && !book.asks.isEmpty());
    QCOMPARE(book.bids.first().price, price); // the resting bid is the best
    QVERIFY2(book.bids.first().price < book.asks.first().price,
             qPrintable(
                 QStringLiteral("crossed: bid %1, ask %2")
                     .arg(book.bids.first().price.toString(), book.asks.first().price.toString())));
}

QTEST_GUILESS_MAIN(TestDepthModel)
#include "tst_depthmodel.moc"
