#include "InvalidOrderInputs.h"
#include "core/ReplyParser.h"
#include "models/DecimalFormat.h"
#include "models/OrderValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

class TestOrderValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void invalid_data();
    void invalid();
    void validOrders_data();
    void validOrders();
    void fatFingerWarnings();
    void localeSeparator();
    void germanInputNeverGuesses_data();
    void germanInputNeverGuesses();
    void fatFingerNeedsNoBand_data();
    void fatFingerNeedsNoBand();
    void noLastPriceAsks();
    void clientIdsAreFreshAndValid();
    void exactTexts_data();
    void exactTexts();
};

static MarketContext btcContext()
{
    SymbolRules r;
    r.symbol = QStringLiteral("BTC-USDT");
    r.baseToken = QStringLiteral("BTC");
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = *Decimal::parse("0.01");
    r.baseIncrement = *Decimal::parse("0.0001");
    r.baseMinSize = *Decimal::parse("0.0001");
    r.quoteMinSize = *Decimal::parse("10");
    r.priceLimitRate = *Decimal::parse("0.1");
    r.enableTrading = true;
    MarketContext m;
    m.rules = r;
    m.lastPrice = *Decimal::parse("70000.00");
    m.availableQuote = *Decimal::parse("100000.00");
    m.availableBase = *Decimal::parse("2.5");
    return m;
}

static OrderDraft draftOf(const InvalidOrderInput &c)
{
    OrderDraft d;
    d.accountId = QStringLiteral("1403134775");
    d.symbol = c.symbol;
    d.side = c.side;
    d.type = c.type;
    d.priceText = c.price;
    d.quantityText = c.quantity;
    d.amountText = c.amount;
    d.clientOrderId = c.clientId;
    return d;
}

void TestOrderValidator::invalid_data()
{
    QTest::addColumn<int>("row");
    const auto cases = invalidOrderInputs();
    QVERIFY(cases.size() >= 50);
    for (int i = 0; i < cases.size(); ++i)
        QTest::addRow("%s", cases[i].name) << i;
}

void TestOrderValidator::invalid()
{
    QFETCH(int, row);
    const InvalidOrderInput c = invalidOrderInputs().at(row);
    MarketContext m = btcContext();
    if (c.symbol != QLatin1String("BTC-USDT"))
        m.rules.reset();
    const OrderCheck check = OrderValidator::check(draftOf(c), m);
    QVERIFY(!check.isValid());
    QVERIFY(!check.order.has_value());
    QVERIFY2(check.error(c.field).contains(c.message),
             qPrintable(QStringLiteral("got: '%1'").arg(check.error(c.field))));
}

void TestOrderValidator::validOrders_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QByteArray>("wire");
    QTest::addRow("limit buy") << int(Side::Buy) << int(OrderType::Limit) << "69000.00"
                               << "0.0100"
                               << "" << QByteArray("69000.00");
    QTest::addRow("limit sell trimmed") << int(Side::Sell) << int(OrderType::Limit) << " 70500.5 "
                                        << "1"
                                        << "" << QByteArray("70500.5");
    QTest::addRow("market buy") << int(Side::Buy) << int(OrderType::Market) << ""
                                << ""
                                << "100.00" << QByteArray("100.00");
}

void TestOrderValidator::validOrders()
{
    QFETCH(int, side);
    QFETCH(int, type);
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, amount);
    QFETCH(QByteArray, wire);
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.side = Side(side);
    d.type = OrderType(type);
    d.priceText = price;
    d.quantityText = quantity;
    d.amountText = amount;
    d.clientOrderId = QStringLiteral("td-1");
    const OrderCheck check = OrderValidator::check(d, btcContext());
    QVERIFY2(check.isValid(), qPrintable(check.errors.values().join(QLatin1Char(';'))));
    QCOMPARE(d.type == OrderType::Limit ? check.order->price.toWire()
                                        : check.order->amount.toWire(),
             wire);
}

void TestOrderValidator::fatFingerWarnings()
{
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.priceText = QStringLiteral("75000.00"); // 7.1 % above, inside the 10 % band
    d.quantityText = QStringLiteral("0.0100");
    d.clientOrderId = QStringLiteral("td-1");
    OrderCheck check = OrderValidator::check(d, btcContext());
    QVERIFY(check.isValid());
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY(check.warnings.first().contains(QStringLiteral("7.1"))); // % from the last price
    d.priceText = QStringLiteral("70000.00");
    d.quantityText = QStringLiteral("1.0000"); // 70,000 USDT: large
    check = OrderValidator::check(d, btcContext());
    QVERIFY(check.isValid());
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY(check.warnings.first().contains(QStringLiteral("70000"))); // the order's value
}

void TestOrderValidator::localeSeparator()
{
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.priceText = QStringLiteral("69000,50");
    d.quantityText = QStringLiteral("0,0100");
    d.clientOrderId = QStringLiteral("td-1");
    const OrderCheck check = OrderValidator::check(d, btcContext(), QLocale(QLocale::German));
    QVERIFY(check.isValid());
    QCOMPARE(check.order->price.toWire(), QByteArray("69000.50")); // the wire stays C-locale
    d.priceText = QStringLiteral("69.000,50"); // grouping is refused, not guessed
    QVERIFY(!OrderValidator::check(d, btcContext(), QLocale(QLocale::German)).isValid());
}

void TestOrderValidator::germanInputNeverGuesses_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("wire"); // empty: refused
    QTest::addColumn<bool>("ambiguous");
    QTest::addRow("comma decimal") << "1,5000"
                                   << "1.5000" << false;
    QTest::addRow("one thousand or one? 1.000") << "1.000"
                                                << "" << true;
    QTest::addRow("grouped 12.500") << "12.500"
                                    << "" << true;
    QTest::addRow("grouped twice 1.000.000") << "1.000.000"
                                             << "" << true;
    QTest::addRow("0.100 could be grouping") << "0.100"
                                             << "" << true;
    QTest::addRow("point that cannot be grouping 0.5") << "0.5000"
                                                       << "0.5000" << false;
    QTest::addRow("four digits after the point") << "1.2500"
                                                 << "1.2500" << false;
    QTest::addRow("both separators") << "1.000,5"
                                     << "" << false;
    QTest::addRow("comma thousands") << "1,000"
                                     << "1.000" << false;
}

void TestOrderValidator::germanInputNeverGuesses()
{
    QFETCH(QString, quantity);
    QFETCH(QString, wire);
    QFETCH(bool, ambiguous);
    const QLocale german(QLocale::German, QLocale::Germany);
    DecimalFormat::InputError why = DecimalFormat::InputError::None;
    const auto value = DecimalFormat::parseInput(quantity, german, &why);
    QCOMPARE(value.has_value(), !wire.isEmpty());
    if (value)
        QCOMPARE(value->toWire(), wire.toLatin1());
    QCOMPARE(why == DecimalFormat::InputError::Ambiguous, ambiguous);
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.priceText = QStringLiteral("69000,00");
    d.quantityText = quantity;
    d.clientOrderId = QStringLiteral("td-1");
    const OrderCheck check = OrderValidator::check(d, btcContext(), german);
    if (wire.isEmpty()) {
        QVERIFY(!check.isValid());
        QVERIFY(!check.error(OrderCheck::Field::Quantity).isEmpty());
        // The message spells out both readings, in this locale's own form.
        if (ambiguous) {
            const QString error = check.error(OrderCheck::Field::Quantity);
            QVERIFY2(error.contains(QString(quantity).remove(QLatin1Char('.'))), qPrintable(error));
            QVERIFY2(error.contains(QString(quantity).replace(QLatin1Char('.'), QLatin1Char(','))),
                     qPrintable(error));
        }
    }
    // What the form writes back is read back exactly, whatever the locale.
    if (value)
        QCOMPARE(DecimalFormat::parseInput(DecimalFormat::toInput(*value, german), german), value);
}

void TestOrderValidator::fatFingerNeedsNoBand_data()
{
    // The symbol's band as the exchange may send it: `rate` is the JSON text after the key, or
    // empty for a symbol without the field. `error`: refused as outside the band; `warned`: the
    // fat-finger question is asked.
    QTest::addColumn<QByteArray>("rate");
    QTest::addColumn<QString>("price");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("warned");
    const QList<QPair<const char *, QByteArray>> noBand = {
        {"missing", QByteArray()}, {"blank", "\" \""},   {"empty", "\"\""},
        {"zero", "\"0\""},         {"0E-8", "\"0E-8\""}, {"null", "null"}};
    for (const auto &[name, rate] : noBand) {
        QTest::addRow("%s: ten times the last", name) << rate << "700000.00" << false << true;
        QTest::addRow("%s: a tenth of the last", name) << rate << "7000.00" << false << true;
        QTest::addRow("%s: 5.7 %% above", name) << rate << "73990.00" << false << true;
        QTest::addRow("%s: 5 %% exactly", name) << rate << "73500.00" << false << false;
        QTest::addRow("%s: a cent past 5 %%", name) << rate << "73500.01" << false << true;
        QTest::addRow("%s: a cent past 5 %% below", name) << rate << "66499.99" << false << true;
        QTest::addRow("%s: near", name) << rate << "70100.00" << false << false;
    }
    QTest::addRow("band 10 %%: ten times the last")
        << QByteArray("\"0.1\"") << "700000.00" << true << false;
    QTest::addRow("band 10 %%: 5.7 %% above")
        << QByteArray("\"0.1\"") << "73990.00" << false << true;
    QTest::addRow("band 10 %%: a cent past 5 %%")
        << QByteArray("\"0.1\"") << "73500.01" << false << true;
}

void TestOrderValidator::fatFingerNeedsNoBand()
{
    QFETCH(QByteArray, rate);
    QFETCH(QString, price);
    QFETCH(bool, error);
    QFETCH(bool, warned);
    // The rules come through the reply parser, as the app reads them from the exchange.
    QByteArray json = R"([{"symbol":"BTC-USDT","baseToken":"BTC","quoteToken":"USDT",)"
                      R"("priceIncrement":"0.01","baseIncrement":"0.0001","baseMinSize":"0.0001",)"
                      R"("quoteMinSize":"10","enableTrading":true)";
    if (!rate.isEmpty())
        json += R"(,"priceLimitRate":)" + rate;
    json += "}]";
    QList<SymbolRules> rules;
    QString why;
    QVERIFY2(ReplyParser::symbols(QJsonDocument::fromJson(json).array(), &rules, &why),
             qPrintable(why));
    MarketContext m = btcContext();
    m.rules = rules.first();
    m.availableQuote = *Decimal::parse("100000000");
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.priceText = price;
    d.quantityText = QStringLiteral("0.0100");
    d.clientOrderId = QStringLiteral("td-1");
    const OrderCheck check = OrderValidator::check(d, m);
    QCOMPARE(check.error(OrderCheck::Field::Price).isEmpty(), !error);
    if (!error)
        QVERIFY2(check.isValid(), qPrintable(check.errors.values().join(QLatin1Char(';'))));
    const bool farWarning =
        std::any_of(check.warnings.cbegin(), check.warnings.cend(),
                    [](const QString &w) { return w.contains(QStringLiteral("last price")); });
    QVERIFY2(farWarning == warned, qPrintable(check.warnings.join(QLatin1Char(';'))));
}

void TestOrderValidator::noLastPriceAsks()
{
    MarketContext m = btcContext();
    m.lastPrice.reset(); // no last price for the symbol (yet, or at all)
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.priceText = QStringLiteral("700000.00");
    d.quantityText = QStringLiteral("0.0100");
    d.clientOrderId = QStringLiteral("td-1");
    OrderCheck check = OrderValidator::check(d, m);
    // The form says so, and the order can go only through the confirmation that asks.
    QVERIFY(check.error(OrderCheck::Field::Price).isEmpty());
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY2(check.warnings.first().contains(QStringLiteral("No last price for BTC-USDT")),
             qPrintable(check.warnings.first()));
    m.lastPrice = Decimal(); // a zero last price compares with nothing either
    check = OrderValidator::check(d, m);
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY(check.warnings.first().contains(QStringLiteral("No last price")));
    m.lastPrice.reset();
    d.type = OrderType::Market;
    d.side = Side::Sell;
    d.amountText = QStringLiteral("100.00");
    check = OrderValidator::check(d, m);
    QVERIFY(!check.isValid()); // a market sell cannot be checked against the balance yet
    QVERIFY(!check.error(OrderCheck::Field::Amount).isEmpty());
}

void TestOrderValidator::clientIdsAreFreshAndValid()
{
    QCOMPARE(OrderValidator::clientOrderId(0x1), QStringLiteral("td-0000000000000001"));
    const QString widest = OrderValidator::clientOrderId(~quint64(0));
    QCOMPARE(widest, QStringLiteral("td-ffffffffffffffff"));
    QVERIFY(widest.size() <= OrderValidator::MaxClientOrderIdLength);
}

// Every number in a refusal or warning at its asset's format, with its unit and the locale's
// grouping; a need rounds up and an availability down, so the words are never kinder than the
// numbers. Context: btcContext() with a minimum of 0.0010 BTC; field -1 means the warnings.
struct TextCase
{
    const char *name;
    Side side;
    OrderType type;
    const char *price, *quantity; // the quantity is the amount for a market order
    const char *free;             // the free quote (buy) or base (sell); "" = not known
    const char *last;             // "" = no last price
    const char *locale;
    int field;
    const char *text;
};

static const QList<TextCase> &textCases()
{
    const Side B = Side::Buy, S = Side::Sell;
    const OrderType L = OrderType::Limit, M = OrderType::Market;
    const int W = -1, P = int(OrderCheck::Field::Price), Q = int(OrderCheck::Field::Quantity),
              A = int(OrderCheck::Field::Amount);
    const char *en = "en_US";
    static const QList<TextCase> cases = {
        {"tick", B, L, "69000.001", "0.0100", "", "70000", en, P,
         "Price must be a multiple of the tick 0.01 USDT."},
        {"lot", B, L, "69000", "0.00105", "", "70000", en, Q,
         "Quantity must be a multiple of the lot step 0.0001 BTC."},
        {"minimum size", B, L, "69000", "0.0005", "", "70000", en, Q,
         "The minimum quantity is 0.0010 BTC."},
        {"minimum value, just under", B, L, "9999.99", "0.0010", "", "10000", en, Q,
         "Order value 9.99999 USDT is below the minimum 10.00 USDT."},
        {"price band", B, L, "80000", "0.0100", "", "70000", en, P,
         "More than 10 % from the last price 70,000.00 USDT: the exchange would refuse it."},
        {"fat finger", B, L, "75000", "0.0100", "", "70000", en, W,
         "The price is 7.1 % above the last price 70,000.00 USDT."},
        {"no last price", B, L, "69000", "0.0100", "", "", en, W,
         "No last price for BTC-USDT: the price 69,000.00 USDT cannot be checked against the "
         "market."},
        {"large order", B, L, "70000", "1.0000", "", "70000", en, W,
         "Large order: 70,000.00 USDT."},
        {"balance, buy: need up, free exact", B, L, "70000.01", "1.4285", "5.785675", "70000", en,
         Q, "Not enough USDT: needs 99,995.02 USDT, available 5.785675 USDT."},
        {"balance, buy, German", B, L, "70000.01", "1.4285", "5.785675", "70000", "de_DE", Q,
         "Not enough USDT: needs 99.995,02 USDT, available 5,785675 USDT."},
        {"balance, sell", S, L, "69000", "3", "2.5", "70000", en, Q,
         "Not enough BTC: needs 3.0000 BTC, available 2.5000 BTC."},
        {"market minimum", B, M, "", "5", "", "70000", en, A,
         "The minimum order value is 10.00 USDT."},
        {"market balance, buy", B, M, "", "100.5", "5.785675", "70000", en, A,
         "Not enough USDT: needs 100.50 USDT, available 5.785675 USDT."},
        {"market balance, sell", S, M, "", "200000", "2.5", "70000", en, A,
         "Not enough BTC: selling 200,000.00 USDT needs about 2.8572 BTC at the market now, "
         "available 2.5000 BTC."},
    };
    return cases;
}

void TestOrderValidator::exactTexts_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < textCases().size(); ++i)
        QTest::newRow(textCases().at(i).name) << i;
}

void TestOrderValidator::exactTexts()
{
    QFETCH(int, row);
    const TextCase &c = textCases().at(row);
    MarketContext m = btcContext();
    m.rules->baseMinSize = *Decimal::parse("0.001");
    m.availableQuote.reset();
    m.availableBase.reset();
    if (*c.free)
        (c.side == Side::Buy ? m.availableQuote : m.availableBase) = Decimal::parse(c.free);
    m.lastPrice = *c.last ? Decimal::parse(c.last) : std::nullopt;
    OrderDraft d;
    d.accountId = QStringLiteral("1");
    d.symbol = QStringLiteral("BTC-USDT");
    d.side = c.side;
    d.type = c.type;
    d.priceText = QString::fromLatin1(c.price);
    (d.type == OrderType::Limit ? d.quantityText : d.amountText) = QString::fromLatin1(c.quantity);
    d.clientOrderId = QStringLiteral("td-1");
    const OrderCheck check = OrderValidator::check(d, m, QLocale(QString::fromLatin1(c.locale)));
    QCOMPARE(c.field < 0 ? check.warnings.join(QLatin1Char('\n'))
                         : check.error(OrderCheck::Field(c.field)),
             QString::fromUtf8(c.text));
}

QTEST_GUILESS_MAIN(TestOrderValidator)
#include "tst_ordervalidator.moc"
