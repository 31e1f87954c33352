// The quick-size maths, exact to the symbol's steps, over both sides and both order types.
#include "models/OrderSizer.h"

#include <QTest>

class TestOrderSizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

std::optional<Decimal> opt(const char *text)
{
    return *text ? std::optional<Decimal>(d(text)) : std::nullopt;
}

QString shown(const std::optional<Decimal> &v)
{
    return v ? QString::fromLatin1(v->toWire()) : QStringLiteral("-");
}

SymbolRules btcUsdt()
{
    SymbolRules r;
    r.symbol = QStringLiteral("BTC-USDT");
    r.baseToken = QStringLiteral("BTC");
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = d("0.01");
    r.baseIncrement = d("0.0001");
    r.baseMinSize = d("0.0001");
    r.quoteMinSize = d("5");
    return r;
}

} // namespace

void TestOrderSizer::sizes_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QByteArray>("quote");
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("typedPrice");
    QTest::addColumn<QByteArray>("lastPrice");
    QTest::addColumn<QString>("price");    // filled in, or "-"
    QTest::addColumn<QString>("quantity"); // or "-"
    QTest::addColumn<QString>("amount");   // or "-"
    const int buy = int(Side::Buy), sell = int(Side::Sell);
    const int limit = int(OrderType::Limit), market = int(OrderType::Market);

    // Limit buy: the quote's share divided by the price, rounded down to the lot step.
    QTest::newRow("limit buy 100% at typed price")
        << buy << limit << 100 << QByteArray("10000.00") << QByteArray("0")
        << QByteArray("65000.00") << QByteArray("66000.00") << "-"
        << "0.1538"
        << "-";
    QTest::newRow("limit buy 25% rounds down, never up")
        << buy << limit << 25 << QByteArray("999.99") << QByteArray("0") << QByteArray("3.00")
        << QByteArray("") << "-"
        << "83.3325"
        << "-";
    QTest::newRow("limit buy with no typed price uses and fills in the last price")
        << buy << limit << 50 << QByteArray("1000") << QByteArray("0") << QByteArray("")
        << QByteArray("100") << "100.00"
        << "5.0000"
        << "-";
    QTest::newRow("limit buy with no price at all sizes nothing")
        << buy << limit << 50 << QByteArray("1000") << QByteArray("0") << QByteArray("")
        << QByteArray("") << "-"
        << "-"
        << "-";
    QTest::newRow("limit buy at a zero price sizes nothing")
        << buy << limit << 50 << QByteArray("1000") << QByteArray("0") << QByteArray("0")
        << QByteArray("100") << "-"
        << "-"
        << "-";
    // Limit sell: the base's share, whatever the price.
    QTest::newRow("limit sell 75% of the base")
        << sell << limit << 75 << QByteArray("0") << QByteArray("0.12345678")
        << QByteArray("70000.00") << QByteArray("") << "-"
        << "0.0925"
        << "-";
    QTest::newRow("limit sell 100% of a dust balance is zero")
        << sell << limit << 100 << QByteArray("0") << QByteArray("0.00009")
        << QByteArray("70000.00") << QByteArray("") << "-"
        << "0.0000"
        << "-";
    // Market buy: the quote's share as the amount, to the cent.
    QTest::newRow("market buy 50% of the quote")
        << buy << market << 50 << QByteArray("1234.57") << QByteArray("0") << QByteArray("")
        << QByteArray("") << "-"
        << "-"
        << "617.28";
    // Market sell: the base's share valued at the last price, to the cent.
    // No book given: the last price alone, the whole share beyond it, less the margin.
    QTest::newRow("market sell 100% valued at the last price less the margin")
        << sell << market << 100 << QByteArray("0") << QByteArray("0.5") << QByteArray("")
        << QByteArray("65432.109") << "-"
        << "-"
        << "32061.73";
    QTest::newRow("market sell with no last price sizes nothing")
        << sell << market << 100 << QByteArray("0") << QByteArray("0.5") << QByteArray("")
        << QByteArray("") << "-"
        << "-"
        << "-";
    QTest::newRow("a percent out of range sizes nothing")
        << buy << market << 0 << QByteArray("100") << QByteArray("0") << QByteArray("")
        << QByteArray("") << "-"
        << "-"
        << "-";
    QTest::newRow("huge balances stay exact")
        << buy << market << 100 << QByteArray("123456789012.34") << QByteArray("0")
        << QByteArray("") << QByteArray("") << "-"
        << "-"
        << "123456789012.34";
}

void TestOrderSizer::sizes()
{
    QFETCH(int, side);
    QFETCH(int, type);
    QFETCH(int, percent);
    QFETCH(QByteArray, quote);
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, typedPrice);
    QFETCH(QByteArray, lastPrice);
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, amount);

    OrderSizer::Input in;
    in.side = Side(side);
    in.type = OrderType(type);
    in.percent = percent;
    in.availableQuote = d(quote.constData());
    in.availableBase = d(base.constData());
    in.typedPrice = opt(typedPrice.constData());
    in.lastPrice = opt(lastPrice.constData());
    in.rules = btcUsdt();
    const OrderSizer::Result r = OrderSizer::size(in);
    QCOMPARE(shown(r.price), price);
    QCOMPARE(shown(r.quantity), quantity);
    QCOMPARE(shown(r.amount), amount);
}

QTEST_GUILESS_MAIN(TestOrderSizer)
#include "tst_ordersizer.moc"
