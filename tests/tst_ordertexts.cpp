#include "DemoFixture.h"
#include "models/ActivityLogModel.h"
#include "models/CancelController.h"
#include "models/FillsModel.h"
#include "models/PlacementTracker.h"

#include <QSignalSpy>
#include <QTimer>

// Units and orders in words: the fills' column titles name the assets of what is listed (never
// a placeholder "(quote)"), and every outcome of a placement or a cancel, in the log and in the
// message the trader reads, tells which order it was ("Buy 0.0100 BTC @ 65,000.00 USDT"), not
// only its id.
class TestOrderTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void fillsTitlesNameTheListedAssets();
    void placementOutcomesNameTheOrder_data();
    void placementOutcomesNameTheOrder();
    void cancelOutcomesNameTheOrder();
};

namespace {

SymbolRules rules(const char *symbol, const char *base, const char *quote, const char *tick,
                  const char *lot)
{
    SymbolRules r;
    r.symbol = QLatin1String(symbol);
    r.baseToken = QLatin1String(base);
    r.quoteToken = QLatin1String(quote);
    r.priceIncrement = *Decimal::parse(QByteArray(tick));
    r.baseIncrement = *Decimal::parse(QByteArray(lot));
    r.enableTrading = true;
    return r;
}

const QList<SymbolRules> Symbols{rules("BTC-USDT", "BTC", "USDT", "0.01", "0.0001"),
                                 rules("ETH-BTC", "ETH", "BTC", "0.00001", "0.001")};

Trade fill(const char *id, const char *symbol, const char *price, const char *qty)
{
    Trade t;
    t.tradeId = QLatin1String(id);
    t.symbol = QLatin1String(symbol);
    t.price = *Decimal::parse(QByteArray(price));
    t.quantity = *Decimal::parse(QByteArray(qty));
    t.amount = *t.price.multiply(t.quantity);
    t.fee = *Decimal::parse("0.01");
    t.feeAsset = QStringLiteral("USDT");
    t.time = 1000;
    return t;
}

QString title(const FillsModel &m, int column, int role = Qt::ToolTipRole)
{
    return m.headerData(column, Qt::Horizontal, role).toString();
}

} // namespace

void TestOrderTexts::fillsTitlesNameTheListedAssets()
{
    FillsModel m;
    m.setSymbolRules(Symbols);
    m.setListedSymbol(QStringLiteral("BTC-USDT"));
    // Nothing listed yet: the symbol filtered to names the units.
    QCOMPARE(title(m, FillsModel::Price), QStringLiteral("Price (USDT)"));
    QCOMPARE(title(m, FillsModel::Quantity), QStringLiteral("Quantity (BTC)"));
    QCOMPARE(title(m, FillsModel::Amount), QStringLiteral("Amount (USDT)"));
    // Shown on two lines, read on one; never a placeholder for the unit.
    QCOMPARE(title(m, FillsModel::Price, Qt::DisplayRole), QStringLiteral("Price\n(USDT)"));
    for (int c = 0; c < FillsModel::ColumnCount; ++c) {
        const QString t = title(m, c, Qt::DisplayRole);
        QVERIFY2(!t.contains(QLatin1String("quote")) && !t.contains(QLatin1String("base"))
                     && !t.contains(QLatin1String("fee asset)")),
                 qPrintable(t));
    }

    // A symbol the exchange does not list (a hostile settings file's, with a right-to-left
    // override) names no unit: review 32 saw "Price (USDT\u202eTDSU)".
    m.setListedSymbol(QStringLiteral("BTC-USDT\u202eTDSU"));
    QVERIFY2(!title(m, FillsModel::Price).contains(QChar(0x202e)),
             qPrintable(title(m, FillsModel::Price)));
    QVERIFY2(!title(m, FillsModel::Price).contains(QLatin1String("TDSU")),
             qPrintable(title(m, FillsModel::Price)));

    // BTC-USDT fills under "All symbols": the titles follow what is listed, the cells are bare.
    m.setListedSymbol({});
    QCOMPARE(m.merge({fill("1", "BTC-USDT", "69000.00", "0.0100")}), 1);
    QCOMPARE(title(m, FillsModel::Price), QStringLiteral("Price (USDT)"));
    QCOMPARE(title(m, FillsModel::Quantity), QStringLiteral("Quantity (BTC)"));
    QCOMPARE(m.index(0, FillsModel::Price).data().toString(), QStringLiteral("69,000.00"));
    QCOMPARE(m.index(0, FillsModel::Quantity).data().toString(), QStringLiteral("0.0100"));
    QCOMPARE(m.index(0, FillsModel::Fee).data().toString(), QStringLiteral("0.01 USDT"));

    // A fill of another quote asset joins: the titles cannot name one unit, each cell does.
    QSignalSpy titles(&m, &QAbstractItemModel::headerDataChanged);
    QCOMPARE(m.merge({fill("2", "ETH-BTC", "0.05000", "1.000")}), 1);
    QCOMPARE(titles.count(), 1);
    QCOMPARE(title(m, FillsModel::Price), QStringLiteral("Price"));
    QCOMPARE(title(m, FillsModel::Quantity), QStringLiteral("Quantity"));
    for (int row = 0; row < 2; ++row) {
        const bool btc = m.fill(row)->symbol == QLatin1String("BTC-USDT");
        QCOMPARE(m.index(row, FillsModel::Price).data().toString(),
                 btc ? QStringLiteral("69,000.00 USDT") : QStringLiteral("0.05000 BTC"));
        QCOMPARE(m.index(row, FillsModel::Quantity).data().toString(),
                 btc ? QStringLiteral("0.0100 BTC") : QStringLiteral("1.000 ETH"));
    }
}

namespace {

// Answers each placement with `outcome`; a look-up finds the order (as order 42).
PlacementTracker::Backend backendAnswering(ApiError::Kind outcome)
{
    PlacementTracker::Backend b;
    b.place = [outcome](const NewOrder &, int, QObject *ctx, std::function<void()> onWire,
                        PlacementTracker::Backend::PlaceDone done) {
        onWire();
        ApiResult<OrderId> r;
        if (outcome == ApiError::Kind::None)
            r.value = 42;
        else
            r.error = ApiError::make(outcome, QStringLiteral("the exchange's words"), 400);
        QTimer::singleShot(0, ctx, [done, r] { done(r); });
        return quint64(1);
    };
    b.lookup = [](const NewOrder &o, QObject *ctx, auto done) {
        ApiResult<Order> r;
        r.value.orderId = 42;
        r.value.clientOrderId = o.clientOrderId;
        r.value.status = OrderStatus::New;
        QTimer::singleShot(0, ctx, [done, r] { done(r); });
    };
    return b;
}

} // namespace

void TestOrderTexts::placementOutcomesNameTheOrder_data()
{
    QTest::addColumn<ApiError::Kind>("outcome");
    QTest::addColumn<PlacementTracker::State>("state");
    QTest::addColumn<QString>("says");
    QTest::newRow("placed") << ApiError::Kind::None << PlacementTracker::State::Placed
                            << QStringLiteral("placed");
    QTest::newRow("rejected") << ApiError::Kind::Rejected << PlacementTracker::State::Rejected
                              << QStringLiteral("rejected");
    QTest::newRow("not sent") << ApiError::Kind::NotSent << PlacementTracker::State::NotSent
                              << QStringLiteral("not sent");
    QTest::newRow("unknown") << ApiError::Kind::Unknown << PlacementTracker::State::Checking
                             << QStringLiteral("outcome unknown");
}

void TestOrderTexts::placementOutcomesNameTheOrder()
{
    QFETCH(ApiError::Kind, outcome);
    QFETCH(PlacementTracker::State, state);
    QFETCH(QString, says);
    ActivityLogModel log;
    qint64 now = 0;
    Clocks clocks{[&now] { return now; },
                  [&now] {
                      return now;
                  }};
    PlacementTracker tracker(backendAnswering(outcome), &log, clocks, [] { return quint64(7); });
    tracker.setSymbolRules(Symbols);
    QStringList messages;
    connect(&tracker, &PlacementTracker::stateChanged, &tracker,
            [&messages](PlacementTracker::State, const QString &m) { messages.append(m); });
    const NewOrder order =
        OrderFactory::limit(QStringLiteral("acct"), Side::Buy, "65000", "0.01",
                            QStringLiteral("BTC-USDT"), QStringLiteral("td-0123456789abcdef"));
    QVERIFY(tracker.place(order));
    QTRY_COMPARE(tracker.state(), state);
    // The order at the symbol's decimals, with its units, in the message and in the log.
    const QString what = QStringLiteral("Buy 0.0100 BTC @ 65,000.00 USDT");
    QVERIFY2(tracker.message().startsWith(what + QStringLiteral(" — ") + says),
             qPrintable(tracker.message()));
    const QStringList lines = log.find(what);
    QVERIFY2(!lines.isEmpty(), qPrintable(log.find(QString()).join(QLatin1Char('\n'))));
    if (state != PlacementTracker::State::Checking)
        return;
    // Found by the look-up: the resolution names the order too, in the log and the message.
    now += 5000;
    QTRY_COMPARE(tracker.state(), PlacementTracker::State::Placed);
    QVERIFY2(tracker.message().startsWith(what + QStringLiteral(" — Resolved")),
             qPrintable(tracker.message()));
    QCOMPARE(log.find(QStringLiteral("Check ") + what).size(), 1);
}

void TestOrderTexts::cancelOutcomesNameTheOrder()
{
    DemoFixture f;
    QList<Order> orders;
    for (const char *price : {"65000.00", "65001.00"}) {
        Order o;
        o.orderId = placeAndWait(&f.service, f.limit(Side::Buy, price, "0.0010"));
        QVERIFY(o.orderId > 0);
        o.symbol = QStringLiteral("BTC-USDT");
        o.side = Side::Buy;
        o.type = OrderType::Limit;
        o.price = *Decimal::parse(QByteArray(price));
        o.quantity = *Decimal::parse("0.0010");
        o.accountId = f.account();
        o.status = OrderStatus::New;
        orders.append(o);
    }
    // The second fills before the cancel reaches it.
    QVERIFY(f.exchange.engine().fillPart(orders[1].orderId, *Decimal::parse("0.0010")));

    ActivityLogModel log;
    CancelController cancels(&f.service, &log);
    cancels.setAccount(f.account());
    cancels.setSymbolRules(Symbols);
    QCOMPARE(cancels.describe(orders[0]),
             QStringLiteral("Buy 0.0010 BTC @ 65,000.00 USDT (order %1)").arg(orders[0].orderId));
    QSignalSpy finished(&cancels, &CancelController::finished);

    // One order cancelled: the message says which, and that it went.
    cancels.cancel({orders[0]});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    auto summary = finished.takeFirst().first().value<CancelController::Summary>();
    QCOMPARE(summary.text(), QStringLiteral("Buy 0.0010 BTC @ 65,000.00 USDT (order %1) — "
                                            "cancelled.")
                                 .arg(orders[0].orderId));
    QCOMPARE(log.find(QStringLiteral("Cancel Buy 0.0010 BTC @ 65,000.00 USDT: Cancelled (order "
                                     "%1).")
                          .arg(orders[0].orderId))
                 .size(),
             1);

    // One that had filled: "cancel failed", with the order and what had filled.
    cancels.cancel({orders[1]});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    summary = finished.takeFirst().first().value<CancelController::Summary>();
    QVERIFY2(summary.text().startsWith(
                 QStringLiteral("Buy 0.0010 BTC @ 65,001.00 USDT (order %1) — not cancelled: "
                                "already filled, 0.0010 BTC had filled")
                     .arg(orders[1].orderId)),
             qPrintable(summary.text()));
    QCOMPARE(
        log.find(QStringLiteral("Cancel Buy 0.0010 BTC @ 65,001.00 USDT: Not cancelled")).size(),
        1);

    // A typed id (no terms): told by what the look-up found, or by its id.
    cancels.cancel({[&] {
        Order bare;
        bare.orderId = orders[1].orderId;
        return bare;
    }()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    summary = finished.takeFirst().first().value<CancelController::Summary>();
    QVERIFY2(summary.text().startsWith(QStringLiteral("Buy 0.0010 BTC @ 65,001.00 USDT")),
             qPrintable(summary.text()));

    // Several: each not cancelled one named.
    cancels.cancel(orders);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    summary = finished.takeFirst().first().value<CancelController::Summary>();
    QVERIFY2(
        summary.text().contains(
            QStringLiteral("Buy 0.0010 BTC @ 65,000.00 USDT (order %1)").arg(orders[0].orderId)),
        qPrintable(summary.text()));
    QVERIFY2(
        summary.text().contains(
            QStringLiteral("Buy 0.0010 BTC @ 65,001.00 USDT (order %1)").arg(orders[1].orderId)),
        qPrintable(summary.text()));
}

QTEST_MAIN(TestOrderTexts)
#include "tst_ordertexts.moc"
