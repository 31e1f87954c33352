// A MARKET order by amount against a moving, thin book (review 33, F3 and trader L2): the walk
// over the visible levels, the % size of a sell that stays within the balance, and the check
// that refuses only a sell that really exceeds it. Exact, table-driven.
#include "models/MarketCrossing.h"
#include "models/MarketFill.h"
#include "models/OrderSizer.h"
#include "models/OrderValidator.h"

#include <QTest>

class TestMarketFill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void walk_data();
    void walk();
    void sellSizedWithinBalance_data();
    void sellSizedWithinBalance();
    void sellChecked_data();
    void sellChecked();
    void estimateText_data();
    void estimateText();
};

namespace {

Decimal d(const QString &text)
{
    return *Decimal::parse(text);
}

SymbolRules btcUsdt()
{
    SymbolRules r;
    r.symbol = QStringLiteral("BTC-USDT");
    r.baseToken = QStringLiteral("BTC");
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = d(QStringLiteral("0.01"));
    r.baseIncrement = d(QStringLiteral("0.0001"));
    r.baseMinSize = d(QStringLiteral("0.0001"));
    r.quoteMinSize = d(QStringLiteral("5"));
    r.enableTrading = true;
    return r;
}

// "70002.50x0.40 69990x0.35": levels best first.
QList<DepthLevel> levels(const QString &text)
{
    QList<DepthLevel> out;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList pq = part.split(u'x');
        out.append(DepthLevel{d(pq.at(0)), d(pq.at(1))});
    }
    return out;
}

// The thin book of the review: about 1.15 BTC on the bid side.
const QString thinBids = QStringLiteral("70002.50x0.40 69990.00x0.35 69950.00x0.25 69900.00x0.15");

QString wire(const Decimal &v)
{
    return QString::fromLatin1(v.toWire());
}

} // namespace

void TestMarketFill::walk_data()
{
    QTest::addColumn<QString>("bids");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("average");
    QTest::addColumn<QString>("worst");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<QString>("slippage");
    QTest::addRow("within the best level") << thinBids << "100"
                                           << "0.0014"
                                           << "98.0035"
                                           << "70002.50"
                                           << "70002.50" << true << "0.00";
    QTest::addRow("walks three levels") << thinBids << "50000"
                                        << "0.7143"
                                        << "49998.857"
                                        << "69996.99"
                                        << "69990.00" << true << "0.00";
    QTest::addRow("beyond the visible depth") << thinBids << "100000"
                                              << "1.4293"
                                              << "99993.07"
                                              << "69959.46"
                                              << "69900.00" << false << "0.06";
    QTest::addRow("touch alone: all of it beyond") << "70000x0"
                                                   << "693.5"
                                                   << "0.0099"
                                                   << "693"
                                                   << "70000.00"
                                                   << "70000" << false << "0.00";
}

void TestMarketFill::walk()
{
    QFETCH(QString, bids);
    QFETCH(QString, amount);
    const auto e = MarketFill::forAmount(d(amount), levels(bids), btcUsdt());
    QVERIFY(e);
    QTEST(wire(e->base.normalized().withMinScale(4)), "base");
    QTEST(wire(e->value.normalized()), "value");
    QTEST(wire(e->average), "average");
    QTEST(wire(e->worst), "worst");
    QTEST(e->covered, "covered");
    QTEST(wire(MarketFill::slippagePercent(e->average, e->touch)), "slippage");
}

// Review 33 F3: 100 % of 2.5 BTC was sized at the last price and refused after the next tick
// down. Sized from the book the order meets now, the base the amount needs stays within the
// balance, and the check passes it, whatever the last price says.
void TestMarketFill::sellSizedWithinBalance_data()
{
    QTest::addColumn<QString>("bids");
    QTest::addColumn<QString>("available");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("last"); // the last trade, above the bids that fell since
    QTest::addColumn<QString>("amount");
    QTest::addRow("100 % of 2.5 BTC, thin book") << thinBids << "2.5" << 100 << "70000.44"
                                                 << "172947.70";
    QTest::addRow("100 % within the visible depth") << thinBids << "0.5" << 100 << "70000.44"
                                                    << "35000.00";
    QTest::addRow("50 % of 2.5 BTC") << thinBids << "2.5" << 50 << "70000.44"
                                     << "87320.20";
    QTest::addRow("no book: the bid alone, less the margin") << "69990x0"
                                                             << "2.5" << 100 << "70000.44"
                                                             << "171475.50";
}

void TestMarketFill::sellSizedWithinBalance()
{
    QFETCH(QString, bids);
    QFETCH(QString, available);
    QFETCH(int, percent);
    QFETCH(QString, last);
    OrderSizer::Input in;
    in.side = Side::Sell;
    in.type = OrderType::Market;
    in.percent = percent;
    in.availableBase = d(available);
    in.lastPrice = d(last);
    in.bids = levels(bids);
    in.rules = btcUsdt();
    const OrderSizer::Result r = OrderSizer::size(in);
    QVERIFY(r.amount);
    QTEST(wire(*r.amount), "amount");
    const auto needs = MarketFill::baseFor(Side::Sell, *r.amount, in.bids);
    QVERIFY(needs && *needs <= d(available));

    MarketContext m;
    m.rules = btcUsdt();
    m.lastPrice = d(last);
    m.bids = in.bids;
    m.availableBase = d(available);
    OrderDraft draft;
    draft.accountId = QStringLiteral("1");
    draft.symbol = QStringLiteral("BTC-USDT");
    draft.side = Side::Sell;
    draft.type = OrderType::Market;
    draft.amountText = wire(*r.amount);
    draft.clientOrderId = QStringLiteral("td-1");
    const OrderCheck c = OrderValidator::check(draft, m);
    QVERIFY2(c.isValid(), qPrintable(QStringList(c.errors.values()).join(u'|')));
}

// How the check decides: the base the amount needs walking the bids (past them at the worst
// visible bid), against the available. The last price alone refuses nothing.
void TestMarketFill::sellChecked_data()
{
    QTest::addColumn<QString>("bids");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("error");
    const QString deep = QStringLiteral("70000x3");
    QTest::addRow("within, though the last price is lower") << deep << "69000"
                                                            << "174000"
                                                            << "";
    QTest::addRow("exactly the balance at the bid") << deep << "69000"
                                                    << "175000"
                                                    << "";
    QTest::addRow("a cent more than the balance fetches")
        << deep << "71000"
        << "175000.01"
        << "Not enough BTC: selling 175,000.01 USDT needs about 2.5001 BTC at the market now, "
           "available 2.5000 BTC.";
    QTest::addRow("thin book: past the visible depth at the worst bid")
        << thinBids << "70000"
        << "175000"
        << "Not enough BTC: selling 175,000.00 USDT needs about 2.5024 BTC at the market now, "
           "available 2.5000 BTC.";
    QTest::addRow("no book: the last price stands in") << ""
                                                       << "70000"
                                                       << "175000"
                                                       << "";
}

void TestMarketFill::sellChecked()
{
    QFETCH(QString, bids);
    QFETCH(QString, last);
    QFETCH(QString, amount);
    QFETCH(QString, error);
    MarketContext m;
    m.rules = btcUsdt();
    m.lastPrice = d(last);
    m.bids = levels(bids);
    m.availableBase = d(QStringLiteral("2.5"));
    OrderDraft draft;
    draft.accountId = QStringLiteral("1");
    draft.symbol = QStringLiteral("BTC-USDT");
    draft.side = Side::Sell;
    draft.type = OrderType::Market;
    draft.amountText = amount;
    draft.clientOrderId = QStringLiteral("td-1");
    const OrderCheck c = OrderValidator::check(draft, m);
    QCOMPARE(c.error(OrderCheck::Field::Amount), error);
}

// The estimate says the walked average, the slippage from the touch, and when the visible depth
// does not cover the order.
void TestMarketFill::estimateText_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("levels");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("text");
    QTest::addRow("sell walks into the thin book")
        << int(Side::Sell) << thinBids << "100000"
        << "Sells about 1.4293 BTC, average ≈ 69,959.46 USDT (0.06 % below the bid); the visible "
           "book holds only 1.1500 BTC: the rest fills below 69,900.00 USDT.";
    QTest::addRow("sell covered")
        << int(Side::Sell) << thinBids << "50000"
        << "Sells about 0.7143 BTC, average ≈ 69,996.99 USDT (0.00 % below the bid), worst "
           "69,990.00 USDT.";
    QTest::addRow("buy walks the asks")
        << int(Side::Buy) << "70000.00x0.01 70100.00x1"
        << "1401"
        << "Buys about 0.0200 BTC, average ≈ 70,050.00 USDT (0.07 % above the ask), worst "
           "70,100.00 USDT.";
    QTest::addRow("no book")
        << int(Side::Sell) << ""
        << "700"
        << "Sells about 0.0099 BTC ≈ 693.08 USDT at the bid 70,007.66 USDT; the book's depth is "
           "unknown (order book not shown), the fill may be worse.";
}

void TestMarketFill::estimateText()
{
    QFETCH(int, side);
    QFETCH(QString, levels);
    QFETCH(QString, amount);
    QFETCH(QString, text);
    NewOrder o;
    o.symbol = QStringLiteral("BTC-USDT");
    o.side = Side(side);
    o.type = OrderType::Market;
    o.amount = d(amount);
    MarketQuote q;
    const QList<DepthLevel> book = ::levels(levels);
    q.bid = book.isEmpty() ? d(QStringLiteral("70007.66")) : book.constFirst().price;
    q.ask = q.bid;
    (o.side == Side::Buy ? q.asks : q.bids) = book;
    QCOMPARE(MarketCrossing::marketEstimate(o, q, btcUsdt()), text);
}

QTEST_GUILESS_MAIN(TestMarketFill)
#include "tst_marketfill.moc"
