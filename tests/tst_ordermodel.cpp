#include "OrderFactory.h"
#include "models/ColorScheme.h"
#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderSortProxy.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

class TestOrderModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomizedRefreshes_data();
    void randomizedRefreshes();
    void changedRowsEmitBoundedDataChanged_data();
    void changedRowsEmitBoundedDataChanged();
    void dataChangedSpansOnlyChangedColumns();
    void sortKeyIsAnnouncedOnlyWhenItChanges();
    void selectionSurvivesInsertsAbove();
    void sortsMoneyExactly();
    void displayFollowsSymbolPrecision();
    void unitsAndOneFormatPerAsset();
    void feeSummedFromTheOrdersFills();
    void timesTodayWithoutDate();
    void unitsOfTheListedSymbolBeforeTheFirstOrder();
    void movedLegReadsReplaced();
    void reusedIdCancelIsNotReplaced();
    void cappedWarning();
    void symbolFilter();
    void colourSchemeChangeRepaints();
};

void TestOrderModel::randomizedRefreshes_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ULL, 7ULL, 42ULL, 1234ULL, 99991ULL})
        QTest::addRow("seed %llu", seed) << seed;
}

void TestOrderModel::randomizedRefreshes()
{
    QFETCH(quint64, seed);
    OrderTableModel model;
    OrderSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(OrderTableModel::Price, Qt::DescendingOrder);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(resets.isValid());

    std::mt19937_64 rng(seed);
    QList<Order> current;
    OrderId nextId = 9007199254740993;
    for (int round = 0; round < 60; ++round) {
        // Remove some, change some, add some, and shuffle the order the exchange sends them in.
        QList<Order> next;
        for (const Order &o : std::as_const(current)) {
            const int dice = int(rng() % 10);
            if (dice == 0)
                continue;
            next.append(dice == 1 ? OrderFactory::make(o.orderId, int(rng() % 50) + 1) : o);
        }
        const int adds = int(rng() % 8);
        for (int i = 0; i < adds; ++i)
            next.append(OrderFactory::make(nextId++));
        std::shuffle(next.begin(), next.end(), rng);
        model.applySnapshot(next);
        current = next;
        QCOMPARE(model.rowCount(), int(current.size()));
        QCOMPARE(proxy.rowCount(), int(current.size()));
        for (const Order &o : std::as_const(current))
            QCOMPARE(*model.order(o.orderId), o);
    }
    QCOMPARE(resets.count(), 0);
}

void TestOrderModel::changedRowsEmitBoundedDataChanged_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("changed");
    QTest::addRow("none of 50") << 50 << 0;
    QTest::addRow("1 of 50") << 50 << 1;
    QTest::addRow("5 of 500") << 500 << 5;
    QTest::addRow("100 of 1000") << 1000 << 100;
}

void TestOrderModel::changedRowsEmitBoundedDataChanged()
{
    QFETCH(int, rows);
    QFETCH(int, changed);
    OrderTableModel model;
    QList<Order> snapshot = OrderFactory::many(rows);
    model.applySnapshot(snapshot);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < changed; ++i)
        snapshot[i * (rows / std::max(changed, 1))] =
            OrderFactory::make(snapshot[i * (rows / std::max(changed, 1))].orderId, 3);
    model.applySnapshot(snapshot);
    QVERIFY(dataChanged.count() <= changed);
    QCOMPARE(dataChanged.count(), changed);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(removes.count(), 0);
}

void TestOrderModel::dataChangedSpansOnlyChangedColumns()
{
    OrderTableModel model;
    QList<Order> snapshot = OrderFactory::many(3);
    model.applySnapshot(snapshot);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    snapshot[1].tradeQty = *Decimal::parse("0.2500");
    snapshot[1].status = OrderStatus::PartialFilled;
    model.applySnapshot(snapshot);
    QCOMPARE(spy.count(), 1);
    const auto topLeft = spy.first().at(0).value<QModelIndex>();
    const auto bottomRight = spy.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), int(OrderTableModel::Filled));
    QCOMPARE(bottomRight.column(), int(OrderTableModel::Status));
    const auto roles = spy.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(!roles.isEmpty());
}

void TestOrderModel::sortKeyIsAnnouncedOnlyWhenItChanges()
{
    // A refresh that leaves every sort key as it was (here the time column's tooltip, from the
    // update time) does not announce the sort role: a sorting proxy need not re-check the row's
    // place for it.
    OrderTableModel model;
    OrderSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(OrderTableModel::Time, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Order> snapshot = OrderFactory::many(5);
    model.applySnapshot(snapshot);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    snapshot[1].updateTime += 1000;
    model.applySnapshot(snapshot);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(OrderTableModel::Time));
    QList<int> roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::ToolTipRole));
    QVERIFY(!roles.contains(OrderTableModel::RawValueRole));

    // A changed key is announced, and the proxy moves the row.
    changed.clear();
    snapshot[1].createTime = snapshot[4].createTime + 1000;
    model.applySnapshot(snapshot);
    QCOMPARE(changed.count(), 1);
    roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(OrderTableModel::RawValueRole));
    QCOMPARE(proxy.index(0, 0).data(OrderTableModel::OrderIdRole).toLongLong(),
             snapshot[1].orderId);
}

void TestOrderModel::selectionSurvivesInsertsAbove()
{
    OrderTableModel model;
    OrderSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(OrderTableModel::Time, Qt::DescendingOrder); // newest on top
    QItemSelectionModel selection(&proxy);
    QList<Order> snapshot = OrderFactory::many(20);
    model.applySnapshot(snapshot);
    const OrderId chosen = snapshot[5].orderId;
    const QModelIndex source = model.index(model.rowOf(chosen), 0);
    const QModelIndex row = proxy.mapFromSource(source);
    selection.setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int before = row.row();
    for (int round = 0; round < 5; ++round) {
        snapshot.append(OrderFactory::make(9007199254800000 + round)); // newer: sorts above
        snapshot[7] = OrderFactory::make(snapshot[7].orderId, round + 1);
        model.applySnapshot(snapshot);
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(OrderTableModel::OrderIdRole).toLongLong(), chosen);
        QCOMPARE(selection.currentIndex().data(OrderTableModel::OrderIdRole).toLongLong(), chosen);
        QCOMPARE(selected.first().row(), before + round + 1);
    }
}

void TestOrderModel::sortsMoneyExactly()
{
    OrderTableModel model;
    OrderSortProxy proxy;
    proxy.setSourceModel(&model);
    QList<Order> orders = OrderFactory::many(4);
    // As text these sort wrongly ("9.5" > "10.25"), as doubles the last two are equal.
    const char *prices[] = {"10.25", "9.5", "0.30000000000000001", "0.3"};
    for (int i = 0; i < 4; ++i)
        orders[i].price = *Decimal::parse(QByteArray(prices[i]));
    model.applySnapshot(orders);
    proxy.sort(OrderTableModel::Price, Qt::AscendingOrder);
    QStringList sorted;
    for (int r = 0; r < proxy.rowCount(); ++r)
        sorted << proxy.index(r, OrderTableModel::Price)
                      .data(OrderTableModel::RawValueRole)
                      .value<Decimal>()
                      .toString();
    QCOMPARE(sorted, (QStringList{"0.3", "0.30000000000000001", "9.5", "10.25"}));
}

void TestOrderModel::displayFollowsSymbolPrecision()
{
    QLocale::setDefault(QLocale::c());
    OrderTableModel model;
    Order o = OrderFactory::make(9007199254740993);
    o.symbol = QStringLiteral("BTC-USDT");
    o.price = *Decimal::parse("69000");
    o.quantity = *Decimal::parse("0.001");
    model.applySnapshot({o});
    SymbolRules r;
    r.symbol = QStringLiteral("BTC-USDT");
    r.priceIncrement = *Decimal::parse("0.01");
    r.baseIncrement = *Decimal::parse("0.0001");
    model.setSymbolRules({r});
    QCOMPARE(model.index(0, OrderTableModel::Price).data().toString(), QStringLiteral("69000.00"));
    QCOMPARE(model.index(0, OrderTableModel::Quantity).data().toString(), QStringLiteral("0.0010"));
    QCOMPARE(model.index(0, OrderTableModel::OrderIdColumn).data().toString(),
             QStringLiteral("9007199254740993"));
    QVERIFY(model.index(0, OrderTableModel::SideColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Buy")));
    QLocale::setDefault(QLocale(QLocale::German));
    QCOMPARE(model.index(0, OrderTableModel::Price).data().toString(), QStringLiteral("69.000,00"));
    QLocale::setDefault(QLocale::c());
}

namespace {

SymbolRules usdtRules(const QString &base, const char *tick, const char *lot)
{
    SymbolRules r;
    r.symbol = base + QStringLiteral("-USDT");
    r.baseToken = base;
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = *Decimal::parse(tick);
    r.baseIncrement = *Decimal::parse(lot);
    return r;
}

} // namespace

void TestOrderModel::unitsAndOneFormatPerAsset()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    OrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSymbolRules({usdtRules(QStringLiteral("BTC"), "0.01", "0.0001"),
                          usdtRules(QStringLiteral("ETH"), "0.01", "0.001")});
    Order btc = OrderFactory::make(9007199254740993);
    btc.symbol = QStringLiteral("BTC-USDT");
    btc.price = *Decimal::parse("69000");
    btc.quantity = *Decimal::parse("0.001");
    btc.tradeQty = *Decimal::parse("0.0007");
    btc.amount = *Decimal::parse("53.09961"); // as the exchange sends it
    btc.averagePrice = *Decimal::parse("68961.831169");
    btc.hasAveragePrice = true;
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.applySnapshot({btc});
    // Shown on two lines ("Price\n(USDT)"), read on one.
    const auto header = [&model](int c) {
        const QString shown = model.headerData(c, Qt::Horizontal).toString();
        const QString read = model.headerData(c, Qt::Horizontal, Qt::AccessibleTextRole).toString();
        if (QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')) != read)
            return QStringLiteral("shown %1, read %2").arg(shown, read);
        return read;
    };
    const auto cell = [&model](int row, int c) {
        return model.index(row, c).data().toString();
    };
    // One symbol listed: every title names its unit, the cells are plain numbers.
    QCOMPARE(header(OrderTableModel::Price), QStringLiteral("Price (USDT)"));
    QCOMPARE(header(OrderTableModel::Quantity), QStringLiteral("Quantity (BTC)"));
    QCOMPARE(header(OrderTableModel::Filled), QStringLiteral("Filled (BTC)"));
    QCOMPARE(header(OrderTableModel::Amount), QStringLiteral("Amount (USDT)"));
    QCOMPARE(header(OrderTableModel::AveragePrice), QStringLiteral("Avg price (USDT)"));
    QCOMPARE(cell(0, OrderTableModel::Price), QStringLiteral("69,000.00"));
    QCOMPARE(cell(0, OrderTableModel::Quantity), QStringLiteral("0.0010"));
    QCOMPARE(cell(0, OrderTableModel::Filled), QStringLiteral("0.0007"));
    QCOMPARE(cell(0, OrderTableModel::Amount), QStringLiteral("53.10")); // not 53.09961
    QCOMPARE(cell(0, OrderTableModel::AveragePrice), QStringLiteral("68,961.83"));

    // Two base assets listed: the quantity titles cannot name one, so each cell does.
    Order eth = OrderFactory::make(9007199254740994);
    eth.symbol = QStringLiteral("ETH-USDT");
    eth.price = *Decimal::parse("3500.5");
    eth.quantity = *Decimal::parse("0.5");
    eth.amount = *Decimal::parse("1750.25");
    model.applySnapshot({btc, eth});
    QVERIFY(headers.count() >= 2);
    QCOMPARE(header(OrderTableModel::Quantity), QStringLiteral("Quantity"));
    QCOMPARE(header(OrderTableModel::Price), QStringLiteral("Price (USDT)"));
    QCOMPARE(cell(model.rowOf(btc.orderId), OrderTableModel::Quantity),
             QStringLiteral("0.0010 BTC"));
    QCOMPARE(cell(model.rowOf(eth.orderId), OrderTableModel::Quantity),
             QStringLiteral("0.500 ETH"));
    QCOMPARE(cell(model.rowOf(eth.orderId), OrderTableModel::Price), QStringLiteral("3,500.50"));
    // A value in the quote asset never shows more than its display precision.
    const QRegularExpression twoDecimals(QStringLiteral("^[0-9,]+\\.[0-9]{2}$"));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(twoDecimals.match(cell(row, OrderTableModel::Amount)).hasMatch(),
                 qPrintable(cell(row, OrderTableModel::Amount)));
    // A market order by amount shows what it spends, naming the quote asset.
    Order market = OrderFactory::make(9007199254740995);
    market.symbol = QStringLiteral("BTC-USDT");
    market.type = OrderType::Market;
    market.quantity = Decimal();
    market.amount = *Decimal::parse("100.5");
    model.applySnapshot({btc, eth, market});
    QCOMPARE(cell(model.rowOf(market.orderId), OrderTableModel::Quantity),
             QStringLiteral("100.50 USDT"));
    QCOMPARE(cell(model.rowOf(market.orderId), OrderTableModel::Price), QStringLiteral("Market"));
    // Review 33 L5: filled, the documented reply still carries the amount asked (`amount`):
    // the Amount cell and the tips say it, beside what it filled.
    market.status = OrderStatus::Filled;
    market.quantity = *Decimal::parse("0.0014");
    market.tradeQty = *Decimal::parse("0.0014");
    market.tradeAmount = *Decimal::parse("97.963712");
    market.amount = *Decimal::parse("100");
    model.applySnapshot({btc, eth, market});
    const int row = model.rowOf(market.orderId);
    QCOMPARE(cell(row, OrderTableModel::Amount), QStringLiteral("asked 100.00"));
    for (int column : {OrderTableModel::Price, OrderTableModel::Quantity, OrderTableModel::Amount})
        QCOMPARE(model.index(row, column).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Asked 100.00 USDT at market. Filled 0.0014 BTC for 97.96 USDT."));
    QVERIFY(!model.index(model.rowOf(btc.orderId), OrderTableModel::Amount)
                 .data(Qt::ToolTipRole)
                 .isValid());
    // Back to one symbol: the title names it again and the cells drop it.
    model.applySnapshot({eth});
    QCOMPARE(header(OrderTableModel::Quantity), QStringLiteral("Quantity (ETH)"));
    QCOMPARE(cell(0, OrderTableModel::Quantity), QStringLiteral("0.500"));
    QLocale::setDefault(QLocale::c());
}

// Orders carry no fee: the Fee cell sums the fees of the order's fills the app read, per fee
// asset with its unit, each fill once; "—" while none is known (never "0").
void TestOrderModel::feeSummedFromTheOrdersFills()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    OrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSymbolRules({usdtRules(QStringLiteral("BTC"), "0.01", "0.0001")});
    Order sold = OrderFactory::make(9007199254740993);
    sold.symbol = QStringLiteral("BTC-USDT");
    sold.side = Side::Sell;
    sold.status = OrderStatus::Filled;
    sold.quantity = *Decimal::parse("0.0150");
    sold.tradeQty = *Decimal::parse("0.0150");
    Order other = OrderFactory::make(9007199254740994);
    other.symbol = QStringLiteral("BTC-USDT");
    model.applySnapshot({sold, other});
    const auto fee = [&model](OrderId id) {
        return model.index(model.rowOf(id), OrderTableModel::Fee).data().toString();
    };
    QCOMPARE(model.headerData(OrderTableModel::Fee, Qt::Horizontal).toString(),
             QStringLiteral("Fee"));
    QCOMPARE(fee(sold.orderId), QStringLiteral("—"));
    const auto trade = [&sold](const char *id, const char *qty, const char *fee,
                               const char *asset) {
        Trade t;
        t.tradeId = QLatin1String(id);
        t.orderId = sold.orderId;
        t.symbol = sold.symbol;
        t.side = Side::Sell;
        t.quantity = *Decimal::parse(QByteArray(qty));
        t.fee = *Decimal::parse(QByteArray(fee));
        t.feeAsset = QLatin1String(asset);
        return t;
    };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.addFills(sold.orderId, {trade("t1", "0.0100", "0.5365", "USDT"),
                                  trade("t2", "0.0050", "0.26825", "USDT")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(OrderTableModel::Fee));
    // 0.80475 USDT exactly, and shown so: a fee is money, never rounded away (review 30).
    QCOMPARE(model.index(model.rowOf(sold.orderId), OrderTableModel::Fee)
                 .data(OrderTableModel::RawValueRole)
                 .value<Decimal>(),
             *Decimal::parse("0.80475"));
    QCOMPARE(fee(sold.orderId), QStringLiteral("0.80475 USDT"));
    QVERIFY(model.index(model.rowOf(sold.orderId), OrderTableModel::Fee)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("0.0150 BTC of 0.0150 BTC")));
    // The same fills read again count once; a fee in another asset is told beside, not added.
    model.addFills(sold.orderId, {trade("t2", "0.0050", "0.26825", "USDT")});
    QCOMPARE(changed.count(), 1);
    model.addFills(sold.orderId, {trade("t3", "0", "0.0000075", "BTC")});
    QCOMPARE(fee(sold.orderId), QStringLiteral("0.0000075 BTC + 0.80475 USDT"));
    QCOMPARE(fee(other.orderId), QStringLiteral("—"));
    // A refresh of the order keeps what its fills paid.
    model.applySnapshot({sold, other});
    QCOMPARE(fee(sold.orderId), QStringLiteral("0.0000075 BTC + 0.80475 USDT"));
}

// Review 30, trader 10: before the first order the titles said "Quantity" and "Filled" (every
// known symbol, with different bases). The symbol looked at names the units; rows of mixed
// assets put them in their cells.
void TestOrderModel::unitsOfTheListedSymbolBeforeTheFirstOrder()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    OrderTableModel model;
    model.setSymbolRules({usdtRules(QStringLiteral("BTC"), "0.01", "0.0001"),
                          usdtRules(QStringLiteral("ETH"), "0.01", "0.001")});
    const auto title = [&model](int column) {
        return model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    };
    QCOMPARE(title(OrderTableModel::Quantity), QStringLiteral("Quantity"));
    QSignalSpy titles(&model, &QAbstractItemModel::headerDataChanged);
    model.setListedSymbol(QStringLiteral("BTC-USDT"));
    QCOMPARE(titles.count(), 1);
    QCOMPARE(title(OrderTableModel::Quantity), QStringLiteral("Quantity (BTC)"));
    QCOMPARE(title(OrderTableModel::Filled), QStringLiteral("Filled (BTC)"));
    QCOMPARE(title(OrderTableModel::Price), QStringLiteral("Price (USDT)"));
    model.setListedSymbol(QStringLiteral("ETH-USDT"));
    QCOMPARE(title(OrderTableModel::Quantity), QStringLiteral("Quantity (ETH)"));
    // Rows of both: the base in each cell, the shared quote still in the title.
    Order btc = OrderFactory::make(9007199254740993);
    btc.symbol = QStringLiteral("BTC-USDT");
    btc.quantity = *Decimal::parse("0.01");
    Order eth = OrderFactory::make(9007199254740994);
    eth.symbol = QStringLiteral("ETH-USDT");
    eth.quantity = *Decimal::parse("0.5");
    model.applySnapshot({btc, eth});
    QCOMPARE(title(OrderTableModel::Quantity), QStringLiteral("Quantity"));
    QCOMPARE(title(OrderTableModel::Price), QStringLiteral("Price (USDT)"));
    QCOMPARE(model.index(model.rowOf(btc.orderId), OrderTableModel::Quantity).data().toString(),
             QStringLiteral("0.0100 BTC"));
    QCOMPARE(model.index(model.rowOf(eth.orderId), OrderTableModel::Quantity).data().toString(),
             QStringLiteral("0.500 ETH"));
    // Gone again: the symbol looked at names them.
    model.applySnapshot({});
    QCOMPARE(title(OrderTableModel::Quantity), QStringLiteral("Quantity (ETH)"));
    QLocale::setDefault(QLocale::c());
}

// Review 30, trader 7: every move from the book left a plain "Cancelled" row, as if the trader
// had cancelled. The cancelled leg of a move reads "Replaced", its tip where it went; the
// exchange's status is untouched, and a plain cancel still reads "Cancelled".
void TestOrderModel::movedLegReadsReplaced()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FinishedOrdersModel model;
    model.setSymbolRules({usdtRules(QStringLiteral("BTC"), "0.01", "0.0001")});
    Order moved = OrderFactory::make(9007199254740993);
    moved.symbol = QStringLiteral("BTC-USDT");
    moved.price = *Decimal::parse("69997.65");
    moved.status = OrderStatus::Canceled;
    Order cancelled = OrderFactory::make(9007199254740994);
    cancelled.symbol = QStringLiteral("BTC-USDT");
    cancelled.status = OrderStatus::Canceled;
    model.applySnapshot({moved, cancelled});
    const auto status = [&model](OrderId id, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(id), OrderTableModel::Status).data(role).toString();
    };
    QCOMPARE(status(moved.orderId), QStringLiteral("Cancelled"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markMoved(moved.orderId, *Decimal::parse("69997.66"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(OrderTableModel::Status));
    QCOMPARE(status(moved.orderId), QStringLiteral("Replaced"));
    QVERIFY2(status(moved.orderId, Qt::ToolTipRole)
                 .contains(QStringLiteral("69,997.65 USDT → 69,997.66 USDT")),
             qPrintable(status(moved.orderId, Qt::ToolTipRole)));
    QCOMPARE(status(cancelled.orderId), QStringLiteral("Cancelled"));
    QCOMPARE(model.index(model.rowOf(moved.orderId), OrderTableModel::Status)
                 .data(OrderTableModel::RawValueRole)
                 .toInt(),
             int(OrderStatus::Canceled));
    // Marked before the finished list shows it (the move is quicker than the poll): still told.
    Order later = OrderFactory::make(9007199254740995);
    later.symbol = QStringLiteral("BTC-USDT");
    later.status = OrderStatus::Canceled;
    model.markMoved(later.orderId, *Decimal::parse("70000"));
    model.applySnapshot({moved, cancelled, later});
    QCOMPARE(status(later.orderId), QStringLiteral("Replaced"));
    QLocale::setDefault(QLocale::c());
}

// Review 32, adv 2: after an exchange restart handed a moved order's id to a new order, the new
// order's plain cancel read "Replaced". The mark is the moved order's (id and client id).
void TestOrderModel::reusedIdCancelIsNotReplaced()
{
    FinishedOrdersModel model;
    Order moved = OrderFactory::make(9007199254740994);
    moved.clientOrderId = QStringLiteral("old-994");
    moved.status = OrderStatus::Canceled;
    model.applySnapshot({moved});
    model.markMoved(moved.orderId, *Decimal::parse("69978"));
    const auto status = [&model](OrderId id) {
        return model.index(model.rowOf(id), OrderTableModel::Status).data().toString();
    };
    QCOMPARE(status(moved.orderId), QStringLiteral("Replaced"));
    // The exchange restarts: the old order is gone, a new one under the same id is cancelled.
    model.remove(moved.orderId);
    Order reused = moved;
    reused.clientOrderId = QStringLiteral("new-994");
    model.applySnapshot({reused});
    QCOMPARE(status(reused.orderId), QStringLiteral("Cancelled"));
    QVERIFY(!model.movedTo(reused.orderId));
    // Marked before the list showed it: the first order seen under the id is the moved one.
    Order early = OrderFactory::make(9007199254740995);
    early.status = OrderStatus::Canceled;
    model.markMoved(early.orderId, *Decimal::parse("70000"));
    model.applySnapshot({reused, early});
    QCOMPARE(status(early.orderId), QStringLiteral("Replaced"));
    model.remove(early.orderId);
    early.clientOrderId = QStringLiteral("another");
    model.applySnapshot({reused, early});
    QCOMPARE(status(early.orderId), QStringLiteral("Cancelled"));
}

void TestOrderModel::timesTodayWithoutDate()
{
    OrderTableModel model;
    const QDateTime now = QDateTime::currentDateTime();
    Order today = OrderFactory::make(1);
    // Noon today: today whatever the hour the test runs at.
    today.createTime = QDateTime(now.date(), QTime(12, 0, 5)).toMSecsSinceEpoch();
    Order older = OrderFactory::make(2);
    older.createTime = QDateTime(now.date().addDays(-3), QTime(9, 30, 0)).toMSecsSinceEpoch();
    older.createTimeIsFirstSeen = true;
    model.applySnapshot({today, older});
    QCOMPARE(model.index(model.rowOf(1), OrderTableModel::Time).data().toString(),
             QStringLiteral("12:00:05"));
    // Older: the date alone in the narrow column (review 30: the finished orders scrolled), the
    // full time, and that it was first seen, in its tip.
    QCOMPARE(model.index(model.rowOf(2), OrderTableModel::Time).data().toString(),
             now.date().addDays(-3).toString(QStringLiteral("yyyy-MM-dd")));
    QVERIFY(model.index(model.rowOf(2), OrderTableModel::Time)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(now.date().addDays(-3).toString(QStringLiteral("yyyy-MM-dd"))
                            + QStringLiteral(" 09:30:00")));
    // Review 31 (trader 8): which clock, in the title's tip (and the columns menu).
    const QString clock =
        model.headerData(OrderTableModel::Time, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(clock.startsWith(QStringLiteral("Time (local, UTC")), qPrintable(clock));
}

void TestOrderModel::cappedWarning()
{
    OpenOrdersModel model;
    QSignalSpy capped(&model, &OpenOrdersModel::cappedChanged);
    model.applySnapshot(OrderFactory::many(10), true);
    QVERIFY(model.isCapped());
    model.applySnapshot(OrderFactory::many(9), false);
    QVERIFY(!model.isCapped());
    QCOMPARE(capped.count(), 2);
}

void TestOrderModel::symbolFilter()
{
    OrderTableModel model;
    OrderSortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applySnapshot(OrderFactory::many(30));
    proxy.setSymbolFilter(QStringLiteral("ETH-USDT"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setSymbolFilter({});
    QCOMPARE(proxy.rowCount(), 30);
}

QTEST_GUILESS_MAIN(TestOrderModel)
void TestOrderModel::colourSchemeChangeRepaints()
{
    ColorScheme scheme;
    OpenOrdersModel model(&scheme);
    model.applySnapshot(OrderFactory::many(3), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    const QVariant before = model.index(0, OrderTableModel::SideColumn).data(Qt::ForegroundRole);
    scheme.setKind(ColorScheme::Kind::ColorBlindSafe);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, model.columnCount() - 1));
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::ForegroundRole));
    QVERIFY(model.index(0, OrderTableModel::SideColumn).data(Qt::ForegroundRole) != before);
    scheme.setKind(ColorScheme::Kind::ColorBlindSafe); // no change, no signal
    QCOMPARE(changed.count(), 1);
    scheme.setKind(ColorScheme::Kind::Standard);
    QCOMPARE(changed.count(), 2);

    OpenOrdersModel plain; // no scheme injected: no colours, nothing to announce
    plain.applySnapshot(OrderFactory::many(1), false);
    QVERIFY(!plain.index(0, OrderTableModel::SideColumn).data(Qt::ForegroundRole).isValid());
}

#include "tst_ordermodel.moc"
