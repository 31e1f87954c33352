#include "models/OrderNotifier.h"

#include <QSignalSpy>
#include <QTest>

// What counts as news about an order, and how it is told: decided without a window.
class TestOrderNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void news_data();
    void news();
    void mutedKindsAreLoggedNotShown();
    void marketFillKeepsTheAmountAsked();
};

namespace {

using EK = OrdersController::EventKind;

OrdersController::Event orderEvent(EK kind, OrderStatus status, const char *filled,
                                   const char *filledBefore)
{
    OrdersController::Event e;
    e.kind = kind;
    e.order.orderId = 9007199254740993;
    e.order.symbol = QStringLiteral("BTC-USDT");
    e.order.side = Side::Sell;
    e.order.status = status;
    e.order.quantity = *Decimal::parse("0.0100");
    e.order.tradeQty = *Decimal::parse(filled);
    e.order.averagePrice = *Decimal::parse("70100.00");
    e.order.hasAveragePrice = true;
    e.filledBefore = *Decimal::parse(filledBefore);
    return e;
}

} // namespace

void TestOrderNotifier::news_data()
{
    QTest::addColumn<OrdersController::Event>("event");
    QTest::addColumn<bool>("cancelledHere");
    QTest::addColumn<QString>("kind"); // empty: not news
    QTest::addColumn<QString>("mentions");

    QTest::addRow("filled") << orderEvent(EK::Filled, OrderStatus::Filled, "0.0100", "0") << false
                            << "filled"
                            << "0.01";
    QTest::addRow("partly filled")
        << orderEvent(EK::PartiallyFilled, OrderStatus::PartialFilled, "0.0040", "0") << false
        << "partial"
        << "0.004";
    QTest::addRow("rejected") << orderEvent(EK::Rejected, OrderStatus::Rejected, "0", "0") << false
                              << "rejected"
                              << "9007199254740993";
    QTest::addRow("cancelled elsewhere")
        << orderEvent(EK::Cancelled, OrderStatus::Canceled, "0", "0") << false << "cancelled"
        << "9007199254740993";
    QTest::addRow("cancelled here: no news")
        << orderEvent(EK::Cancelled, OrderStatus::Canceled, "0", "0") << true << ""
        << "";
    QTest::addRow("cancelled here after a fill nobody had seen")
        << orderEvent(EK::Cancelled, OrderStatus::Canceled, "0.0040", "0") << true << "partial"
        << "0.004";
    QTest::addRow("cancelled here after a fill already announced")
        << orderEvent(EK::Cancelled, OrderStatus::Canceled, "0.0040", "0.0040") << true << ""
        << "";
    QTest::addRow("cancelled elsewhere after a fill")
        << orderEvent(EK::Cancelled, OrderStatus::Canceled, "0.0060", "0.0040") << false
        << "partial"
        << "0.006";
}

void TestOrderNotifier::news()
{
    QFETCH(OrdersController::Event, event);
    QFETCH(bool, cancelledHere);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    ActivityLogModel log;
    OrderNotifier notifier(&log, [cancelledHere](OrderId) { return cancelledHere; });
    QSignalSpy spy(&notifier, &OrderNotifier::notified);
    QVERIFY(spy.isValid());
    notifier.onOrderEvent(event);
    QCOMPARE(spy.count(), kind.isEmpty() ? 0 : 1);
    QCOMPARE(log.rowCount(), kind.isEmpty() ? 0 : 1);
    if (kind.isEmpty())
        return;
    const auto n = spy.first().first().value<OrderNotifier::Notification>();
    QCOMPARE(n.kind, kind);
    QVERIFY2(n.text.contains(mentions), qPrintable(n.text));
    QVERIFY(!n.sound);
}

void TestOrderNotifier::mutedKindsAreLoggedNotShown()
{
    ActivityLogModel log;
    OrderNotifier notifier(&log, [](OrderId) { return false; });
    OrderNotifier::Preferences p;
    p.muted = {QStringLiteral("cancelled")};
    p.sound = true;
    notifier.setPreferences(p);
    QSignalSpy spy(&notifier, &OrderNotifier::notified);
    notifier.onOrderEvent(orderEvent(EK::Cancelled, OrderStatus::Canceled, "0", "0"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(log.rowCount(), 1);
    notifier.onOrderEvent(orderEvent(EK::Filled, OrderStatus::Filled, "0.0100", "0"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.first().first().value<OrderNotifier::Notification>().sound);
}

// Review 33 (trader F10): a market sell "for 700.00 USDT" filled 0.0099 BTC (693.04 USDT, whole
// lots), and afterwards the 700 asked was seen nowhere. The fill's news says both.
void TestOrderNotifier::marketFillKeepsTheAmountAsked()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ActivityLogModel log;
    OrderNotifier notifier(&log, [](OrderId) { return false; });
    SymbolRules r;
    r.symbol = QStringLiteral("BTC-USDT");
    r.baseToken = QStringLiteral("BTC");
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = *Decimal::parse("0.01");
    r.baseIncrement = *Decimal::parse("0.0001");
    notifier.setSymbolRules({r});
    QSignalSpy spy(&notifier, &OrderNotifier::notified);
    OrdersController::Event e = orderEvent(EK::Filled, OrderStatus::Filled, "0.0099", "0");
    e.order.type = OrderType::Market;
    e.order.amount = *Decimal::parse("700");
    e.order.quantity = *Decimal::parse("0.0099");
    e.order.tradeAmount = *Decimal::parse("693.039303");
    e.order.averagePrice = *Decimal::parse("70003.97");
    notifier.onOrderEvent(e);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<OrderNotifier::Notification>().text,
             QStringLiteral("Sell BTC at market for 700.00 USDT — filled 0.0099 BTC at 70,003.97 "
                            "USDT: 693.04 USDT of the 700.00 USDT asked"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestOrderNotifier)
#include "tst_ordernotifier.moc"
