#include "models/AssetFormat.h"

#include <QTest>

// One format per asset: exact prices and quantities at the symbol's decimals, values rounded to
// the quote asset's display precision, units named.
class TestAssetFormat : public QObject
{
    Q_OBJECT

    static SymbolRules btcUsdt()
    {
        SymbolRules r;
        r.symbol = QStringLiteral("BTCUSDT");
        r.baseToken = QStringLiteral("BTC");
        r.quoteToken = QStringLiteral("USDT");
        r.priceIncrement = *Decimal::parse(QStringView(u"0.01"));
        r.baseIncrement = *Decimal::parse(QStringView(u"0.0001"));
        return r;
    }
    static Decimal d(const char *text) { return *Decimal::parse(QByteArray(text)); }

private slots:
    void priceAndQuantityAtTheSymbolsDecimals_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("shownPrice");
        QTest::addColumn<QString>("shownQuantity");
        QTest::newRow("padded") << "69000"
                                << "0.01"
                                << "69,000.00"
                                << "0.0100";
        QTest::newRow("trailing zeros trimmed to the step") << "69000.1000"
                                                            << "1.50000000"
                                                            << "69,000.10"
                                                            << "1.5000";
        QTest::newRow("finer than the step is never hidden") << "0.001"
                                                             << "0.00001"
                                                             << "0.001"
                                                             << "0.00001";
    }
    void priceAndQuantityAtTheSymbolsDecimals()
    {
        QFETCH(QString, price);
        QFETCH(QString, quantity);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QFETCH(QString, shownPrice);
        QFETCH(QString, shownQuantity);
        QCOMPARE(AssetFormat::price(d(price.toLatin1().constData()), btcUsdt(), en), shownPrice);
        QCOMPARE(AssetFormat::quantity(d(quantity.toLatin1().constData()), btcUsdt(), en),
                 shownQuantity);
    }

    void valueAtTheAssetsPrecision_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("asset");
        QTest::addColumn<QString>("shown");
        QTest::newRow("usdt") << "690"
                              << "USDT"
                              << "690.00";
        QTest::newRow("usdt stray decimals") << "690.123456"
                                             << "USDT"
                                             << "690.12";
        QTest::newRow("half even") << "0.125"
                                   << "USDT"
                                   << "0.12";
        QTest::newRow("btc") << "0.5"
                             << "BTC"
                             << "0.50000000";
        QTest::newRow("grouped") << "1234567.891"
                                 << "USDC"
                                 << "1,234,567.89";
        QTest::newRow("negative") << "-3.456"
                                  << "EUR"
                                  << "-3.46";
    }
    void valueAtTheAssetsPrecision()
    {
        QFETCH(QString, value);
        QFETCH(QString, asset);
        QFETCH(QString, shown);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(AssetFormat::value(d(value.toLatin1().constData()), asset, en), shown);
    }

    void germanLocale()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(AssetFormat::price(d("69000"), btcUsdt(), de), QStringLiteral("69.000,00"));
        QCOMPARE(AssetFormat::value(d("690"), QStringLiteral("USDT"), de),
                 QStringLiteral("690,00"));
    }

    // A need rounds up, a balance and a rule are exact: "needs X, available Y" stays true.
    void needsAndBalancesNeverMeet()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QString usdt = QStringLiteral("USDT");
        QCOMPARE(AssetFormat::needed(d("99994.20004"), usdt, en), QStringLiteral("99,994.21 USDT"));
        QCOMPARE(AssetFormat::available(d("5.785675"), usdt, en), QStringLiteral("5.785675 USDT"));
        // Half-even would show 10.00 for both: a refusal claiming there is enough.
        QCOMPARE(AssetFormat::needed(d("10.001"), usdt, en), QStringLiteral("10.01 USDT"));
        QCOMPARE(AssetFormat::available(d("10.0005"), usdt, en), QStringLiteral("10.0005 USDT"));
        QCOMPARE(AssetFormat::available(d("98942.6400"), usdt, en),
                 QStringLiteral("98,942.64 USDT"));
        QCOMPARE(AssetFormat::needed(d("10"), usdt, en), QStringLiteral("10.00 USDT"));
        QCOMPARE(AssetFormat::available(d("-0.001"), usdt, en), QStringLiteral("-0.001 USDT"));
        QCOMPARE(AssetFormat::exactValue(d("10.005"), usdt, en), QStringLiteral("10.005 USDT"));
        QCOMPARE(AssetFormat::exactValue(d("0.0001"), QStringLiteral("BTC"), en),
                 QStringLiteral("0.00010000 BTC"));
        QCOMPARE(AssetFormat::priceIn(d("69000"), btcUsdt(), en), QStringLiteral("69,000.00 USDT"));
        QCOMPARE(AssetFormat::quantityIn(d("0.01"), btcUsdt(), en), QStringLiteral("0.0100 BTC"));
        QCOMPARE(AssetFormat::valueIn(d("690.125"), usdt, en), QStringLiteral("690.12 USDT"));
    }

    void units()
    {
        QCOMPARE(AssetFormat::withUnit(QStringLiteral("690.00"), QStringLiteral("USDT")),
                 QStringLiteral("690.00 USDT"));
        QCOMPARE(AssetFormat::title(QStringLiteral("Price"), QStringLiteral("USDT")),
                 QStringLiteral("Price (USDT)"));
        QCOMPARE(AssetFormat::title(QStringLiteral("Price"), QString()), QStringLiteral("Price"));
    }
};

QTEST_GUILESS_MAIN(TestAssetFormat)
#include "tst_assetformat.moc"
