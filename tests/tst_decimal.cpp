#include "core/Decimal.h"

#include <QTest>

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void compare_data();
    void compare();
    void arithmetic_data();
    void arithmetic();
    void steps_data();
    void steps();
    void divide();
    void overflowIsReported();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("formatted");

    QTest::addRow("integer") << "42" << true << "42";
    QTest::addRow("zero") << "0" << true << "0";
    QTest::addRow("price") << "66666.88" << true << "66666.88";
    QTest::addRow("keeps trailing zeros") << "100.00" << true << "100.00";
    QTest::addRow("tiny") << "0.00000001" << true << "0.00000001";
    QTest::addRow("negative") << "-1.5" << true << "-1.5";
    QTest::addRow("eighteen decimals") << "0.000000000000000001" << true << "0.000000000000000001";
    QTest::addRow("twenty integer digits")
        << "12345678901234567890" << true << "12345678901234567890";
    QTest::addRow("leading zero kept as value") << "007" << true << "7";
    QTest::addRow("spec amount") << "14.149096" << true << "14.149096";
    QTest::addRow("empty") << "" << false << "";
    QTest::addRow("space") << " " << false << "";
    QTest::addRow("leading space") << " 1" << false << "";
    QTest::addRow("trailing space") << "1 " << false << "";
    QTest::addRow("plus") << "+1" << false << "";
    QTest::addRow("exponent") << "1e5" << false << "";
    QTest::addRow("exponent upper") << "6.666688E4" << false << "";
    QTest::addRow("comma decimal") << "1,5" << false << "";
    QTest::addRow("thousands") << "1,000.5" << false << "";
    QTest::addRow("two points") << "1.2.3" << false << "";
    QTest::addRow("bare point") << "." << false << "";
    QTest::addRow("leading point") << ".5" << false << "";
    QTest::addRow("trailing point") << "5." << false << "";
    QTest::addRow("minus only") << "-" << false << "";
    QTest::addRow("double minus") << "--1" << false << "";
    QTest::addRow("nan") << "NaN" << false << "";
    QTest::addRow("inf") << "inf" << false << "";
    QTest::addRow("hex") << "0x10" << false << "";
    QTest::addRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662") << false << "";
    QTest::addRow("fullwidth digit") << QString::fromUtf8("\uff11") << false << "";
    QTest::addRow("nineteen decimals") << "0.0000000000000000001" << false << "";
    QTest::addRow("twenty-one integer digits") << "123456789012345678901" << false << "";
    QTest::addRow("very long") << QString(200, QLatin1Char('9')) << false << "";
    QTest::addRow("letters") << "12a" << false << "";
    QTest::addRow("underscore") << "1_000" << false << "";
}

void TestDecimal::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, formatted);
    const auto d = Decimal::parse(input);
    QCOMPARE(d.has_value(), valid);
    if (valid)
        QCOMPARE(d->toString(), formatted);
}

void TestDecimal::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::addRow("equal scales differ") << "1.50"
                                         << "1.5" << 0;
    QTest::addRow("less") << "0.1"
                          << "0.2" << -1;
    QTest::addRow("greater integer") << "10"
                                     << "9.999999999999999999" << 1;
    QTest::addRow("negatives") << "-1.5"
                               << "-1.2" << -1;
    QTest::addRow("mixed sign") << "-0.5"
                                << "0.3" << -1;
    QTest::addRow("big vs small scale") << "12345678901234567890"
                                        << "0.000000000000000001" << 1;
    QTest::addRow("zero forms") << "0.000"
                                << "0" << 0;
    // Equal scales compare their units directly: the extremes and equality at one scale.
    QTest::addRow("same scale equal") << "70000.00"
                                      << "70000.00" << 0;
    QTest::addRow("same scale extremes") << "-99999999999999999999.999999999999999999"
                                         << "99999999999999999999.999999999999999999" << -1;
    QTest::addRow("same scale negative zero side") << "-0.01"
                                                   << "0.00" << -1;
}

void TestDecimal::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(Decimal::parse(a)->compare(*Decimal::parse(b)), expected);
    QCOMPARE(Decimal::parse(b)->compare(*Decimal::parse(a)), -expected);
}

void TestDecimal::arithmetic_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("result");
    QTest::addRow("no float artefact") << "0.1"
                                       << "+"
                                       << "0.2"
                                       << "0.3";
    QTest::addRow("add scales") << "1.25"
                                << "+"
                                << "3"
                                << "4.25";
    QTest::addRow("subtract to negative") << "1"
                                          << "-"
                                          << "1.01"
                                          << "-0.01";
    QTest::addRow("notional") << "66666.88"
                              << "*"
                              << "0.01"
                              << "666.6688";
    QTest::addRow("spec amount") << "70745.48"
                                 << "*"
                                 << "0.0002"
                                 << "14.149096";
    QTest::addRow("keeps operand scale") << "100.00"
                                         << "*"
                                         << "2"
                                         << "200.00";
    QTest::addRow("negative product") << "-2.5"
                                      << "*"
                                      << "4"
                                      << "-10.0";
}

void TestDecimal::arithmetic()
{
    QFETCH(QString, a);
    QFETCH(QString, op);
    QFETCH(QString, b);
    QFETCH(QString, result);
    const Decimal x = *Decimal::parse(a);
    const Decimal y = *Decimal::parse(b);
    const auto r = op == QLatin1String("+")   ? x.add(y)
                   : op == QLatin1String("-") ? x.subtract(y)
                                              : x.multiply(y);
    QVERIFY(r.has_value());
    QCOMPARE(r->toString(), result);
}

void TestDecimal::steps_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QString>("halfEven");
    QTest::addColumn<bool>("multiple");
    QTest::addRow("on tick") << "66666.88"
                             << "0.01"
                             << "66666.88"
                             << "66666.88" << true;
    QTest::addRow("off tick") << "66666.885"
                              << "0.01"
                              << "66666.88"
                              << "66666.88" << false;
    QTest::addRow("half to even up") << "0.015"
                                     << "0.01"
                                     << "0.01"
                                     << "0.02" << false;
    QTest::addRow("above half") << "0.0151"
                                << "0.01"
                                << "0.01"
                                << "0.02" << false;
    QTest::addRow("lot") << "0.123456"
                         << "0.0001"
                         << "0.1234"
                         << "0.1235" << false;
    QTest::addRow("step 5") << "17"
                            << "5"
                            << "15"
                            << "15" << false;
    QTest::addRow("step 0.5") << "2.5"
                              << "0.5"
                              << "2.5"
                              << "2.5" << true;
    QTest::addRow("pads to step scale") << "3"
                                        << "0.01"
                                        << "3.00"
                                        << "3.00" << true;
    // Remainders near the 128-bit limit: doubling one to compare it with half a step overflowed
    // (fuzz_decimal's crash of stop 32).
    QTest::addRow("fuzzer's input: above half near the limit")
        << "99000000000000000000.999999999999099999"
        << "99999000000000000001"
        << "0"
        << "99999000000000000001" << false;
    QTest::addRow("negative, above half near the limit")
        << "-99999000000000000000.999999999999999999"
        << "99999000000000000001"
        << "0"
        << "-99999000000000000001" << false;
}

void TestDecimal::steps()
{
    QFETCH(QString, value);
    QFETCH(QString, step);
    QFETCH(QString, down);
    QFETCH(QString, halfEven);
    QFETCH(bool, multiple);
    const Decimal v = *Decimal::parse(value);
    const Decimal s = *Decimal::parse(step);
    QCOMPARE(v.roundDownToStep(s)->toString(), down);
    QCOMPARE(v.roundHalfEvenToStep(s)->toString(), halfEven);
    QCOMPARE(v.isMultipleOf(s), multiple);
}

void TestDecimal::divide()
{
    QCOMPARE(Decimal::parse("100")->divide(*Decimal::parse("3"), 4)->toString(),
             QStringLiteral("33.3333"));
    QCOMPARE(Decimal::parse("1000.50")->divide(*Decimal::parse("66666.88"), 8)->toString(),
             QStringLiteral("0.01500745"));
    QVERIFY(!Decimal::parse("1")->divide(Decimal(), 2).has_value());
}

void TestDecimal::overflowIsReported()
{
    const Decimal big = *Decimal::parse("99999999999999999999");
    QVERIFY(!big.multiply(big).has_value());
    QVERIFY(!big.roundDownToStep(Decimal()).has_value());
    QVERIFY(!Decimal::parse("1")->isMultipleOf(Decimal()));
    // -2^64 × 2^63 = -2^127 fits in 128 bits but has no negation: refused like an overflow, so
    // negated() and abs() stay defined for every value that exists.
    const Decimal low = *Decimal::parse("-18446744073709551616");
    const Decimal high = *Decimal::parse("9223372036854775808");
    QVERIFY(!low.multiply(high).has_value());
    QVERIFY(low.multiply(*Decimal::parse("2")).has_value());
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
