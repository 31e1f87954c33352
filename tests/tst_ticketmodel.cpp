// The order ticket's decisions without a widget: every rule of the form, table-driven.
#include "models/ActivityLogModel.h"
#include "models/DecimalFormat.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "models/StaleMonitor.h"
#include "models/TicketModel.h"

#include <QSignalSpy>
#include <QTest>

class TestTicketModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rules_data();
    void rules();
    void staleSymbolPriceIsIgnored();
    void onceChangedPerInput();
    void batchEmitsOnce();
    void stepped_data();
    void stepped();
    void presets_data();
    void presets();
    void presetsPerSymbol();
    void summaryWithUnits_data();
    void summaryWithUnits();
    void refusalTexts_data();
    void refusalTexts();
    void busyOrderHoldsTheButton();
    void staleMonitorPausesPlacing();
    void crossingNote_data();
    void crossingNote();
    void marketAmountSaysWhatIsSent_data();
    void marketAmountSaysWhatIsSent();
    void marketPercentFollowsTheBook_data();
    void marketPercentFollowsTheBook();
    void marketValueIsTheEstimate_data();
    void marketValueIsTheEstimate();

private:
    void fillValidBuy();
    std::unique_ptr<TicketModel> m;
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

SymbolRules rules(const char *symbol, const char *base, const char *tick, const char *lot)
{
    SymbolRules r;
    r.symbol = QString::fromLatin1(symbol);
    r.baseToken = QString::fromLatin1(base);
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = d(tick);
    r.baseIncrement = d(lot);
    r.baseMinSize = d(lot);
    r.quoteMinSize = d("5");
    r.priceLimitRate = d("0.1");
    r.enableTrading = true;
    return r;
}

QList<SymbolRules> symbols()
{
    return {rules("BTC-USDT", "BTC", "0.01", "0.0001"), rules("ETH-USDT", "ETH", "0.01", "0.001")};
}

} // namespace

void TestTicketModel::init()
{
    QLocale::setDefault(QLocale::c());
    m = std::make_unique<TicketModel>();
    TicketModel::Batch batch(m.get());
    m->setSymbols(symbols());
    m->setAccount(QStringLiteral("acc-1"));
    m->setSymbol(QStringLiteral("BTC-USDT"));
    m->setClientOrderId(QStringLiteral("td-1"));
    m->setLastPrice(QStringLiteral("BTC-USDT"), d("69000"));
    m->setAvailable(QHash<QString, Decimal>{{QStringLiteral("USDT"), d("10000")},
                                            {QStringLiteral("BTC"), d("0.5")}});
}

void TestTicketModel::fillValidBuy()
{
    TicketModel::Batch batch(m.get());
    m->setPriceText(QStringLiteral("69000"));
    m->setQuantityText(QStringLiteral("0.01"));
}

// The rows past the per-field reasons: warnings, the trading context, and what pauses placing.
static void addWarningAndPauseRows()
{
    const int buy = int(Side::Buy), sell = int(Side::Sell);
    const int limit = int(OrderType::Limit), market = int(OrderType::Market);
    const int none = -1, price = int(OrderCheck::Field::Price);
    const int quantity = int(OrderCheck::Field::Quantity), amount = int(OrderCheck::Field::Amount);
    const QString btc = QStringLiteral("BTC-USDT");
    Q_UNUSED(sell)
    Q_UNUSED(price)
    Q_UNUSED(quantity)
    QTest::addRow("fat finger warns")
        << btc << buy << limit << "64000"
        << "0.01"
        << ""
        << "" << true << "Buy BTC-USDT" << none << "below the last price";
    QTest::addRow("large order warns")
        << btc << buy << limit << "69000"
        << "0.1"
        << ""
        << "large" << true << "Buy BTC-USDT" << none << "Large order";
    QTest::addRow("market buy") << btc << buy << market << ""
                                << ""
                                << "100"
                                << "" << true << "Buy BTC-USDT" << none << "";
    QTest::addRow("market too many decimals")
        << btc << buy << market << ""
        << ""
        << "100.001"
        << "" << false << "Buy BTC-USDT" << amount << "At most 2 decimals";
    QTest::addRow("no account") << btc << buy << limit << "69000"
                                << "0.01"
                                << ""
                                << "noaccount" << false << "Buy BTC-USDT"
                                << int(OrderCheck::Field::Account) << "Choose an account";
    QTest::addRow("unknown symbol")
        << "XYZ-USDT" << buy << limit << "1"
        << "1"
        << ""
        << "" << false << "Buy" << int(OrderCheck::Field::Symbol) << "not traded";
    QTest::addRow("symbols not loaded: not called untraded")
        << btc << buy << limit << "69000"
        << "0.01"
        << ""
        << "nosym" << false << "Buy" << int(OrderCheck::Field::Symbol)
        << "Symbols not loaded yet: BTC-USDT is checked once the exchange answers.";
    QTest::addRow("symbols not loaded, exchange silent")
        << btc << buy << limit << "69000"
        << "0.01"
        << ""
        << "nosym stale" << false << "Buy" << int(OrderCheck::Field::Symbol)
        << "The exchange is not answering";
    QTest::addRow("credentials refused")
        << btc << buy << limit << "69000"
        << "0.01"
        << ""
        << "auth" << false << "Buy BTC-USDT" << none << "refused the API credentials";
    QTest::addRow("stale market data") << btc << buy << limit << "69000"
                                       << "0.01"
                                       << ""
                                       << "stale" << false << "Buy BTC-USDT" << none << "stale";
    QTest::addRow("stale market, market order")
        << btc << buy << market << ""
        << ""
        << "100"
        << "stale" << false << "Buy BTC-USDT" << none << "stale";
}

void TestTicketModel::rules_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("amount");
    // "auth", "stale", "noaccount", "nobal", "nosym [stale]", "touched", "tried"
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("button"); // the Place button's text
    QTest::addColumn<int>("field");      // the field with a shown error, or -1
    QTest::addColumn<QString>("reason"); // part of that error, of the warnings or of blocked
    const int buy = int(Side::Buy), sell = int(Side::Sell);
    const int limit = int(OrderType::Limit), market = int(OrderType::Market);
    const int none = -1, price = int(OrderCheck::Field::Price);
    const int quantity = int(OrderCheck::Field::Quantity), amount = int(OrderCheck::Field::Amount);
    const QString btc = QStringLiteral("BTC-USDT");
    Q_UNUSED(market)
    Q_UNUSED(amount)
    QTest::addRow("valid buy") << btc << buy << limit << "69000"
                               << "0.01"
                               << ""
                               << "" << true << "Buy BTC-USDT" << none << "";
    QTest::addRow("valid sell") << btc << sell << limit << "69000"
                                << "0.01"
                                << ""
                                << "" << true << "Sell BTC-USDT" << none << "";
    // Review 31 (trader 10): a quantity with no price gave no reason anywhere; now the price's
    // reason says what is missing once the trader works in the form (touched its price, tried
    // to place). Review 33: a quantity alone is also the book's, which trades with it while the
    // form's price stays empty: no reason in red for that. An untouched form shouts nothing.
    QTest::addRow("blank price, quantity for the book: not shouted")
        << btc << buy << limit << ""
        << "0.01"
        << ""
        << "" << false << "Buy BTC-USDT" << none << "";
    QTest::addRow("blank price named once the price was touched")
        << btc << buy << limit << ""
        << "0.01"
        << ""
        << "touched" << false << "Buy BTC-USDT" << price << "Enter the price.";
    QTest::addRow("blank price named on a try to place")
        << btc << buy << limit << ""
        << "0.01"
        << ""
        << "tried" << false << "Buy BTC-USDT" << price << "Enter the price.";
    QTest::addRow("blank quantity named on a try to place")
        << btc << buy << limit << "69000"
        << ""
        << ""
        << "tried" << false << "Buy BTC-USDT" << quantity << "quantity";
    QTest::addRow("blank touched price alone: not shouted")
        << btc << buy << limit << ""
        << ""
        << ""
        << "touched" << false << "Buy BTC-USDT" << none << "";
    QTest::addRow("blank not shouted") << btc << buy << limit << ""
                                       << ""
                                       << ""
                                       << "" << false << "Buy BTC-USDT" << none << "";
    QTest::addRow("off tick") << btc << buy << limit << "69000.005"
                              << "0.01"
                              << ""
                              << "" << false << "Buy BTC-USDT" << price << "multiple of the tick";
    QTest::addRow("off lot") << btc << buy << limit << "69000"
                             << "0.00015"
                             << ""
                             << "" << false << "Buy BTC-USDT" << quantity
                             << "multiple of the lot step";
    QTest::addRow("outside band") << btc << buy << limit << "90000"
                                  << "0.01"
                                  << ""
                                  << "" << false << "Buy BTC-USDT" << price
                                  << "exchange would refuse";
    QTest::addRow("not enough quote")
        << btc << buy << limit << "69000"
        << "1"
        << ""
        << "" << false << "Buy BTC-USDT" << quantity << "Not enough USDT";
    QTest::addRow("not enough base")
        << btc << sell << limit << "69000"
        << "0.6"
        << ""
        << "" << false << "Sell BTC-USDT" << quantity << "Not enough BTC";
    QTest::addRow("balances not loaded: not judged")
        << btc << buy << limit << "69000"
        << "1"
        << ""
        << "nobal" << true << "Buy BTC-USDT" << none << "Large order";
    addWarningAndPauseRows();
}

void TestTicketModel::rules()
{
    QFETCH(QString, symbol);
    QFETCH(int, side);
    QFETCH(int, type);
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, amount);
    QFETCH(QString, input);
    QFETCH(bool, enabled);
    QFETCH(QString, button);
    QFETCH(int, field);
    QFETCH(QString, reason);
    {
        TicketModel::Batch batch(m.get());
        m->setSymbol(symbol);
        m->setSide(Side(side));
        m->setType(OrderType(type));
        m->setPriceText(price);
        m->setQuantityText(quantity);
        m->setAmountText(amount);
        m->setCredentialsRefused(input == QLatin1String("auth"));
        m->setMarketStale(input.endsWith(QLatin1String("stale")));
        if (input.startsWith(QLatin1String("nosym")))
            m->setSymbols({});
        if (input == QLatin1String("noaccount"))
            m->setAccount(QString());
        if (input == QLatin1String("nobal"))
            m->setAvailable(std::nullopt);
        if (input == QLatin1String("large"))
            m->setLargeNotional(d("5000"));
        if (input == QLatin1String("touched"))
            m->priceTouched();
        if (input == QLatin1String("tried"))
            m->placeTried();
    }
    const TicketState &s = m->state();
    QCOMPARE(s.placeEnabled, enabled);
    QCOMPARE(s.placeText, button);
    if (field >= 0) {
        QVERIFY2(s.shownError(OrderCheck::Field(field)).contains(reason),
                 qPrintable(s.shownError(OrderCheck::Field(field))));
        QVERIFY(s.warnings.isEmpty()); // a warning is not shown beside an error
    } else {
        QVERIFY2(s.shownErrors.isEmpty(), qPrintable(s.shownErrors.values().join(u'|')));
        const QString said = s.warnings + s.blocked;
        QVERIFY2(reason.isEmpty() ? said.isEmpty() : said.contains(reason), qPrintable(said));
    }
    // Blocked by the connection: the order itself is fine, only placing waits.
    if (!s.blocked.isEmpty() && field < 0)
        QVERIFY(s.check.isValid());
}

void TestTicketModel::staleSymbolPriceIsIgnored()
{
    fillValidBuy();
    QVERIFY(m->state().lastPrice.has_value());
    QVERIFY(m->state().warnings.isEmpty());
    // A reply for the symbol the trader has left (ETH asked, BTC in the ticket) counts for nothing.
    m->setLastPrice(QStringLiteral("ETH-USDT"), d("3500"));
    QVERIFY(!m->state().lastPrice.has_value());
    QVERIFY2(m->state().warnings.contains(QLatin1String("No last price for BTC-USDT")),
             qPrintable(m->state().warnings));
    QVERIFY(m->state().check.isValid()); // asked, never waved through: the dialog confirms
}

void TestTicketModel::onceChangedPerInput()
{
    QSignalSpy spy(m.get(), &TicketModel::changed);
    QVERIFY(spy.isValid());
    m->setPriceText(QStringLiteral("69000"));
    QCOMPARE(spy.count(), 1);
    m->setPriceText(QStringLiteral("69000"));   // no change, no news
    m->setSymbol(QStringLiteral(" btc-usdt ")); // the same symbol as typed differently
    m->setCredentialsRefused(false);
    QCOMPARE(spy.count(), 1);
    m->setQuantityText(QStringLiteral("0.01"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m->state().placeEnabled, true);
}

void TestTicketModel::batchEmitsOnce()
{
    QSignalSpy spy(m.get(), &TicketModel::changed);
    QVERIFY(spy.isValid());
    const int before = m->revision();
    {
        TicketModel::Batch batch(m.get());
        m->setSide(Side::Sell);
        m->setPriceText(QStringLiteral("69000"));
        m->setQuantityText(QStringLiteral("0.01"));
        m->setClientOrderId(QStringLiteral("td-2"));
        QCOMPARE(spy.count(), 0);
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m->revision(), before + 1);
    QCOMPARE(m->state().placeText, QStringLiteral("Sell BTC-USDT"));
}

void TestTicketModel::stepped_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("expected");
    const int price = int(OrderCheck::Field::Price), qty = int(OrderCheck::Field::Quantity);
    QTest::addRow("price up one tick") << price << "69000.00" << 1 << "69000.01";
    QTest::addRow("price down one tick") << price << "69000" << -1 << "68999.99";
    QTest::addRow("price page up") << price << "69000.05" << 10 << "69000.15";
    QTest::addRow("price page down") << price << "69000.05" << -10 << "68999.95";
    QTest::addRow("off grid up: next tick") << price << "69000.005" << 1 << "69000.01";
    QTest::addRow("off grid down: tick below") << price << "69000.005" << -1 << "69000";
    QTest::addRow("never below one tick") << price << "0.05" << -10 << "0.01";
    QTest::addRow("empty price: last price") << price << "" << 1 << "69000";
    QTest::addRow("quantity up one lot") << qty << "0.01" << 1 << "0.0101";
    QTest::addRow("quantity page down") << qty << "0.01" << -10 << "0.009";
    QTest::addRow("quantity floor") << qty << "0.0001" << -1 << "0.0001";
    QTest::addRow("empty quantity: one lot") << qty << "" << -1 << "0.0001";
    // Unreadable text is not an empty field: it never becomes the last price or a lot.
    QTest::addRow("garbage price: no step") << price << "66000g" << 1 << "";
    QTest::addRow("garbage quantity: no step") << qty << "0.01x" << -1 << "";
}

void TestTicketModel::stepped()
{
    QFETCH(int, field);
    QFETCH(QString, typed);
    QFETCH(int, steps);
    QFETCH(QString, expected);
    if (field == int(OrderCheck::Field::Price))
        m->setPriceText(typed);
    else
        m->setQuantityText(typed);
    const auto next = m->stepped(OrderCheck::Field(field), steps);
    if (expected.isEmpty()) {
        QVERIFY2(!next.has_value(), qPrintable(next ? next->toString() : QString()));
        return;
    }
    QVERIFY(next.has_value());
    QCOMPARE(next->toString(), expected);
}

void TestTicketModel::presets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // presetsText, or "!" and part of the error
    QTest::addRow("sorted, deduplicated") << "0.05 0.01;0.05"
                                          << "0.01 0.05";
    QTest::addRow("empty") << ""
                           << "";
    QTest::addRow("off lot") << "0.00015"
                             << "!multiple of the lot step";
    QTest::addRow("zero") << "0"
                          << "!above zero";
    QTest::addRow("words") << "abc"
                           << "!above zero";
    QTest::addRow("too many") << "1 2 3 4 5 6"
                              << "!At most 5";
}

void TestTicketModel::presets()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const auto parsed = TicketModel::parsePresets(text, symbols().first(), &error);
    if (expected.startsWith(u'!')) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(expected.mid(1)), qPrintable(error));
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(TicketModel::presetsText(*parsed), expected);
    }
}

void TestTicketModel::presetsPerSymbol()
{
    m->setQuantityPresets({{QStringLiteral("BTC-USDT"), {d("0.01"), d("0.05")}},
                           {QStringLiteral("ETH-USDT"), {d("1")}}});
    QCOMPARE(m->state().presets, (QList<Decimal>{d("0.01"), d("0.05")}));
    m->setSymbol(QStringLiteral("ETH-USDT"));
    QCOMPARE(m->state().presets, QList<Decimal>{d("1")});
    m->setSymbol(QStringLiteral("XYZ"));
    QVERIFY(m->state().presets.isEmpty());
}

// The ticket's own texts at one format per asset, in the user's locale: what it shows for a
// field, a warning, and the balances line (a balance exact, a need rounded up).
void TestTicketModel::refusalTexts_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("warnings");
    QTest::addRow("balance") << "69000.01"
                             << "1.4492"
                             << "Not enough USDT: needs 99,994.82 USDT, available 5.785675 USDT."
                             << "";
    QTest::addRow("minimum value") << "69000"
                                   << "0.0001"
                                   << "Order value 6.90 USDT is below the minimum 7.50 USDT."
                                   << "";
}

void TestTicketModel::refusalTexts()
{
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, error);
    QFETCH(QString, warnings);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SymbolRules r = symbols().first();
    r.quoteMinSize = d("7.5");
    {
        TicketModel::Batch batch(m.get());
        m->setSymbols({r});
        m->setAvailable(QHash<QString, Decimal>{{QStringLiteral("USDT"), d("5.785675")},
                                                {QStringLiteral("BTC"), d("0.5")}});
        m->setPriceText(price);
        m->setQuantityText(quantity);
    }
    QCOMPARE(m->state().shownErrors.value(OrderCheck::Field::Quantity), error);
    QCOMPARE(m->state().warnings, warnings);
    QCOMPARE(m->state().available, QStringLiteral("5.785675 USDT · 0.50000000 BTC"));
}

void TestTicketModel::summaryWithUnits_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("summary");
    QTest::addRow("limit buy") << int(Side::Buy) << int(OrderType::Limit)
                               << "Buy 0.0100 BTC at 69,000.00 USDT = 690.00 USDT";
    QTest::addRow("limit sell") << int(Side::Sell) << int(OrderType::Limit)
                                << "Sell 0.0100 BTC at 69,000.00 USDT = 690.00 USDT";
    QTest::addRow("market buy") << int(Side::Buy) << int(OrderType::Market)
                                << "Buy BTC at market for 250.00 USDT";
}

void TestTicketModel::summaryWithUnits()
{
    QFETCH(int, side);
    QFETCH(int, type);
    QFETCH(QString, summary);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    fillValidBuy();
    m->setAmountText(QStringLiteral("250"));
    m->setSide(Side(side));
    m->setType(OrderType(type));
    const TicketState &s = m->state();
    QCOMPARE(s.summary, summary);
    QCOMPARE(s.priceTitle, QStringLiteral("Price (USDT)"));
    QCOMPARE(s.quantityTitle, QStringLiteral("Quantity (BTC)"));
    QCOMPARE(s.amountTitle, QStringLiteral("Amount (USDT)"));
    QCOMPARE(s.notional, type == int(OrderType::Limit) ? QStringLiteral("690.00 USDT")
                                                       : QStringLiteral("250.00 USDT"));
    QCOMPARE(s.available, QStringLiteral("10,000.00 USDT · 0.50000000 BTC"));
}

void TestTicketModel::busyOrderHoldsTheButton()
{
    ActivityLogModel log;
    PlacementTracker::Backend backend;
    PlacementTracker::Backend::PlaceDone pending;
    backend.place = [&](const NewOrder &, int, QObject *, std::function<void()> onWire,
                        PlacementTracker::Backend::PlaceDone done) {
        onWire();
        pending = std::move(done);
        return quint64(1);
    };
    PlacementTracker tracker(backend, &log, Clocks::system(), [] { return quint64(7); });
    m->setPlacement(&tracker);
    fillValidBuy();
    QVERIFY(m->state().placeEnabled);
    QVERIFY(tracker.place(*m->state().check.order));
    QCOMPARE(m->state().placeText, QStringLiteral("Sending…"));
    QVERIFY(!m->state().placeEnabled);
    ApiResult<OrderId> placed;
    placed.value = 42;
    pending(placed);
    QTRY_VERIFY(!m->state().placeText.startsWith(QLatin1String("Sending")));
    // The same client order id placed once: the button says so and stays off.
    QVERIFY(!m->state().placeEnabled);
}

// "Stale" is decided once: the ticket follows the StaleMonitor the views mark with, not a feed's
// own check. A failing price feed that the monitor calls stale disables Place; fresh again, it
// is enabled.
void TestTicketModel::staleMonitorPausesPlacing()
{
    qint64 now = 1767346200000;
    const auto clock = [&now] {
        return now;
    };
    bool failing = false;
    PollingFeed feed(
        QStringLiteral("Last price"),
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
    feed.start();
    QTRY_VERIFY(feed.lastSuccess().isValid());
    m->followStale(&monitor);
    fillValidBuy();
    QVERIFY(m->state().placeEnabled);
    QVERIFY(m->state().blocked.isEmpty());

    failing = true;
    now += 1000;
    feed.refreshNow();
    QTRY_VERIFY(feed.consecutiveFailures() > 0);
    now += qint64(StaleMonitor::StaleIntervals) * 1000;
    monitor.evaluate();
    QVERIFY(monitor.isStale());
    QVERIFY(!m->state().placeEnabled);
    QVERIFY2(m->state().blocked.contains(QLatin1String("stale")), qPrintable(m->state().blocked));

    failing = false;
    feed.refreshNow();
    QTRY_VERIFY(!monitor.isStale());
    QVERIFY(m->state().placeEnabled);
    QVERIFY(m->state().blocked.isEmpty());

    // Following a monitor that is stale already: paused at once.
    failing = true;
    feed.refreshNow();
    QTRY_VERIFY(feed.consecutiveFailures() > 0);
    now += qint64(StaleMonitor::StaleIntervals + 1) * 1000;
    monitor.evaluate();
    TicketModel other;
    other.followStale(&monitor);
    QVERIFY(!other.state().blocked.isEmpty());
}

// Review 30 (adv F2, trader 2): a LIMIT that would trade at once is told in the ticket before it
// is sent, never refused; a side the exchange did not send is unknown, never "does not cross".
void TestTicketModel::crossingNote_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("bid"); // "": the exchange sent no bid
    QTest::addColumn<QString>("ask");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("note");
    const int buy = int(Side::Buy), sell = int(Side::Sell);
    const int rests = int(MarketCrossing::Verdict::Rests);
    const int crosses = int(MarketCrossing::Verdict::Crosses);
    const int unknown = int(MarketCrossing::Verdict::Unknown);
    QTest::addRow("buy above the ask")
        << buy << "70005"
        << "69990.12"
        << "69990.55" << false << crosses
        << "A buy at 70,005.00 is above the ask 69,990.55 USDT: it fills at once as a taker.";
    QTest::addRow("buy at the ask")
        << buy << "69990.55"
        << "69990.12"
        << "69990.55" << false << crosses
        << "A buy at 69,990.55 is at the ask 69,990.55 USDT: it fills at once as a taker.";
    QTest::addRow("buy below the ask rests") << buy << "69990.54"
                                             << "69990.12"
                                             << "69990.55" << false << rests << "";
    QTest::addRow("sell below the bid")
        << sell << "69000"
        << "69990.12"
        << "69990.55" << false << crosses
        << "A sell at 69,000.00 is below the bid 69,990.12 USDT: it fills at once as a taker.";
    QTest::addRow("sell above the bid rests") << sell << "69990.13"
                                              << "69990.12"
                                              << "69990.55" << false << rests << "";
    QTest::addRow("no ask is unknown, not resting") << buy << "70005"
                                                    << "69990.12"
                                                    << "" << false << unknown << "";
    QTest::addRow("no bid is unknown, not resting") << sell << "69000"
                                                    << ""
                                                    << "69990.55" << false << unknown << "";
    QTest::addRow("zero ask is unknown") << buy << "70005"
                                         << "69990.12"
                                         << "0" << false << unknown << "";
    QTest::addRow("stale is unknown") << buy << "70005"
                                      << "69990.12"
                                      << "69990.55" << true << unknown << "";
}

void TestTicketModel::crossingNote()
{
    QFETCH(int, side);
    QFETCH(QString, price);
    QFETCH(QString, bid);
    QFETCH(QString, ask);
    QFETCH(bool, stale);
    QFETCH(int, verdict);
    QFETCH(QString, note);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BookTicker book;
    book.hasBid = !bid.isEmpty();
    book.hasAsk = !ask.isEmpty();
    if (book.hasBid)
        book.bid.price = *Decimal::parse(bid);
    if (book.hasAsk)
        book.ask.price = *Decimal::parse(ask);
    {
        TicketModel::Batch batch(m.get());
        m->setLastPrice(QStringLiteral("BTC-USDT"), d("69990"));
        m->setQuote(QStringLiteral("BTC-USDT"), book);
        m->setMarketStale(stale);
        m->setSide(Side(side));
        m->setPriceText(price);
        m->setQuantityText(QStringLiteral("0.01"));
    }
    const TicketState &s = m->state();
    QVERIFY(s.check.isValid()); // told, never refused
    QCOMPARE(s.crossing, note);
    QCOMPARE(s.warnings.contains(note), true);
    const MarketQuote q = m->quoteFor(QStringLiteral("BTC-USDT"));
    QCOMPARE(int(MarketCrossing::of(*s.check.order, q)), verdict);
    // Another symbol's quote never counts for this one.
    m->setQuote(QStringLiteral("ETH-USDT"), book);
    QVERIFY(m->state().crossing.isEmpty());
    QCOMPARE(
        int(MarketCrossing::of(*m->state().check.order, m->quoteFor(QStringLiteral("BTC-USDT")))),
        int(MarketCrossing::Verdict::Unknown));
}

// Review 33 (trader F10): "Sell BTC at market for 700.00 USDT" filled 0.0099 BTC ≈ 693 USDT, the
// lot rounding told nowhere. Before it is sent the ticket says what the amount really comes to
// at the touch, in whole lots; the confirmation's warning says the same.
void TestTicketModel::marketAmountSaysWhatIsSent_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("note");
    QTest::addRow("sell 700")
        << int(Side::Sell) << "700"
        << "Sells about 0.0099 BTC ≈ 693.08 USDT at the bid 70,007.66 USDT; the book's depth is "
           "unknown (order book not shown), the fill may be worse.";
    QTest::addRow("buy 700")
        << int(Side::Buy) << "700"
        << "Buys about 0.0099 BTC ≈ 693.08 USDT at the ask 70,007.71 USDT; the book's depth is "
           "unknown (order book not shown), the fill may be worse.";
    QTest::addRow("less than a lot")
        << int(Side::Sell) << "6"
        << "Less than one lot (0.0001 BTC) at 70,007.66 USDT: nothing would fill.";
}

void TestTicketModel::marketAmountSaysWhatIsSent()
{
    QFETCH(int, side);
    QFETCH(QString, amount);
    QFETCH(QString, note);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BookTicker book;
    book.hasBid = book.hasAsk = true;
    book.bid.price = d("70007.66");
    book.ask.price = d("70007.71");
    {
        TicketModel::Batch batch(m.get());
        m->setQuote(QStringLiteral("BTC-USDT"), book);
        m->setSide(Side(side));
        m->setType(OrderType::Market);
        m->setAmountText(amount);
    }
    const TicketState &s = m->state();
    QVERIFY2(s.check.order.has_value(),
             qPrintable(QStringList(s.check.errors.values()).join(u'|')));
    QCOMPARE(s.check.order->amount, *Decimal::parse(amount)); // sent as asked: the exchange rounds
    QVERIFY2(s.warnings.contains(note), qPrintable(s.warnings));
    const QString confirmation = MarketCrossing::warning(
        *s.check.order, m->quoteFor(QStringLiteral("BTC-USDT")), symbols().first());
    QVERIFY2(confirmation.contains(note), qPrintable(confirmation));
}

namespace {

// "70002.50x0.40 69990x0.35": levels best first, both sides alike.
Depth bookOf(const QString &text)
{
    Depth book;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList pq = part.split(u'x');
        book.bids.append(DepthLevel{*Decimal::parse(pq.at(0)), *Decimal::parse(pq.at(1))});
    }
    book.asks = book.bids;
    return book;
}

BookTicker touchOf(const Depth &book)
{
    BookTicker t;
    t.hasBid = t.hasAsk = !book.bids.isEmpty();
    if (t.hasBid)
        t.bid = t.ask = book.bids.constFirst();
    return t;
}

} // namespace

// Review 33 F3: Sell, Market, 100 % sized 2.5 BTC at the last price; after the next tick down
// the sell was refused ("Not enough BTC to sell … worth"). The percent is kept as the intent:
// each new book sizes the amount again, within the balance at the book now, and it stays valid.
// An amount typed ends the intent; it then stays as typed.
void TestTicketModel::marketPercentFollowsTheBook_data()
{
    QTest::addColumn<QString>("before"); // the book when 100 % is clicked
    QTest::addColumn<QString>("after");  // the book a moment later, lower
    QTest::addColumn<QString>("lastAfter");
    QTest::addColumn<QString>("amountBefore");
    QTest::addColumn<QString>("amountAfter");
    QTest::addRow("deep book, a tick down") << "70000.44x5"
                                            << "69990.00x5"
                                            << "69990.00"
                                            << "35000.22"
                                            << "34995.00";
    QTest::addRow("thin book falls through the balance") << "70000.44x0.3 69990x0.3"
                                                         << "69950x0.2 69900x0.1"
                                                         << "69950"
                                                         << "34998.13"
                                                         << "34680.40";
    QTest::addRow("book gone, the bid alone") << "70000.44x5"
                                              << ""
                                              << "69000"
                                              << "35000.22"
                                              << "33810.00";
}

void TestTicketModel::marketPercentFollowsTheBook()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, lastAfter);
    const QString btc = QStringLiteral("BTC-USDT");
    {
        TicketModel::Batch batch(m.get());
        m->setSide(Side::Sell);
        m->setType(OrderType::Market);
        m->setLastPrice(btc, d("70000.44"));
        m->setDepth(btc, bookOf(before));
        m->setQuote(btc, touchOf(bookOf(before)));
    }
    const OrderSizer::Result sized = m->quickSize(100);
    QVERIFY(sized.amount);
    QTEST(DecimalFormat::toInput(*sized.amount), "amountBefore");
    QCOMPARE(m->state().draft.amountText, DecimalFormat::toInput(*sized.amount));
    QCOMPARE(m->state().marketPercent, std::optional<int>(100));
    {
        TicketModel::Batch batch(m.get());
        m->setLastPrice(btc, d(lastAfter.toLatin1().constData()));
        const Depth fallen = bookOf(after);
        m->setDepth(btc, after.isEmpty() ? std::optional<Depth>() : fallen);
        BookTicker t = touchOf(fallen);
        if (after.isEmpty()) { // the bid alone, at the last price
            t.hasBid = t.hasAsk = true;
            t.bid.price = t.ask.price = d(lastAfter.toLatin1().constData());
        }
        m->setQuote(btc, t);
    }
    const TicketState &s = m->state();
    QTEST(s.draft.amountText, "amountAfter");
    QVERIFY2(s.check.isValid(), qPrintable(QStringList(s.check.errors.values()).join(u'|')));
    QCOMPARE(s.check.order->amount, *Decimal::parse(s.draft.amountText));
    // Typed: the intent ends, the amount stays as typed whatever the book does.
    m->setAmountText(QStringLiteral("1000"));
    QVERIFY(!m->state().marketPercent);
    m->setDepth(btc, bookOf(QStringLiteral("60000x5")));
    QCOMPARE(m->state().draft.amountText, QStringLiteral("1000"));
}

// Review 33 L2: "Value" read 100.00 USDT while the estimate under it said ≈ 97.96 USDT. Value is
// the estimate's value, and the estimate walks the book.
void TestTicketModel::marketValueIsTheEstimate_data()
{
    QTest::addColumn<QString>("book");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("estimate");
    QTest::addRow("whole lots") << "69974.08x1"
                                << "100"
                                << "≈ 97.96 USDT"
                                << "Sells about 0.0014 BTC, average ≈ 69,974.08 USDT";
    QTest::addRow("walks a thin book")
        << "70002.50x0.40 69990.00x0.35 69950.00x0.25 69900.00x0.15"
        << "100000"
        << "≈ 99,993.07 USDT"
        << "Sells about 1.4293 BTC, average ≈ 69,959.46 USDT (0.06 % below the bid); the visible "
           "book holds only 1.1500 BTC";
}

void TestTicketModel::marketValueIsTheEstimate()
{
    QFETCH(QString, book);
    QFETCH(QString, amount);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString btc = QStringLiteral("BTC-USDT");
    {
        TicketModel::Batch batch(m.get());
        m->setAvailable(QHash<QString, Decimal>{{QStringLiteral("BTC"), d("5")}});
        m->setSide(Side::Sell);
        m->setType(OrderType::Market);
        m->setDepth(btc, bookOf(book));
        m->setQuote(btc, touchOf(bookOf(book)));
        m->setAmountText(amount);
    }
    const TicketState &s = m->state();
    QVERIFY2(s.check.isValid(), qPrintable(QStringList(s.check.errors.values()).join(u'|')));
    QTEST(s.notional, "value");
    QFETCH(QString, estimate);
    QVERIFY2(s.warnings.contains(estimate), qPrintable(s.warnings));
}

QTEST_GUILESS_MAIN(TestTicketModel)
#include "tst_ticketmodel.moc"
