// Moving an own order from the ladder: cancel first, then place only what was left unfilled, and
// nothing at all when the cancel is not confirmed or the order filled meanwhile.
#include "models/LadderMove.h"

#include <QSignalSpy>
#include <QTest>

class TestLadderMove : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesTheUnfilledRestAfterTheCancel();
    void nothingPlacedBeforeTheCancelIsConfirmed();
    void filledDuringTheCancelPlacesNothing();
    void fullyFilledBeforeTheCancelLandedPlacesNothing();
    void unconfirmedCancelPlacesNothing();
    void unknownFillPlacesNothing();
    void startsOnce();
};

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

struct Fake
{
    std::function<void(const CancelController::Outcome &)> cancelDone;
    std::function<void(const ApiResult<Order> &)> lookupDone;
    int cancels = 0, lookups = 0;
    QList<std::pair<Decimal, Decimal>> placed; // price, quantity
    QString refuse;

    LadderMove::Backend backend()
    {
        LadderMove::Backend b;
        b.cancel = [this](const Order &, const QString &, auto done) {
            ++cancels;
            cancelDone = done;
        };
        b.lookup = [this](const Order &, auto done) {
            ++lookups;
            lookupDone = done;
        };
        b.place = [this](const Order &, const Decimal &price, const Decimal &qty) {
            if (refuse.isEmpty())
                placed.append({price, qty});
            return refuse;
        };
        return b;
    }
};

Order resting()
{
    Order o;
    o.orderId = 42;
    o.symbol = QStringLiteral("BTCUSDT");
    o.side = Side::Buy;
    o.status = OrderStatus::New;
    o.price = d("100.00");
    o.quantity = d("0.5000");
    return o;
}

SymbolRules rules()
{
    SymbolRules r;
    r.baseToken = QStringLiteral("BTC");
    r.quoteToken = QStringLiteral("USDT");
    r.priceIncrement = d("0.01");
    r.baseIncrement = d("0.0001");
    return r;
}

ApiResult<Order> looked(OrderStatus status, const char *filled)
{
    ApiResult<Order> r;
    r.value = resting();
    r.value.status = status;
    r.value.tradeQty = d(filled);
    return r;
}

CancelController::Outcome outcome(CancelController::Result result,
                                  OrderStatus status = OrderStatus::Unknown)
{
    CancelController::Outcome o;
    o.orderId = 42;
    o.result = result;
    o.status = status;
    return o;
}

} // namespace

void TestLadderMove::placesTheUnfilledRestAfterTheCancel()
{
    Fake f;
    LadderMove move(f.backend());
    QSignalSpy finished(&move, &LadderMove::finished);
    QVERIFY(move.start(resting(), d("99.50"), rules()));
    QCOMPARE(move.state(), LadderMove::State::Cancelling);
    f.cancelDone(outcome(CancelController::Result::Cancelled, OrderStatus::Canceled));
    QCOMPARE(move.state(), LadderMove::State::Checking);
    QVERIFY(f.placed.isEmpty());
    f.lookupDone(looked(OrderStatus::Canceled, "0.2000")); // partly filled before the cancel
    QCOMPARE(f.placed.size(), 1);
    QCOMPARE(f.placed.first().first, d("99.50"));
    QCOMPARE(f.placed.first().second, d("0.3000"));
    QCOMPARE(move.state(), LadderMove::State::Placed);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(move.message().contains(QStringLiteral("0.3000 BTC")), qPrintable(move.message()));
    QVERIFY2(move.message().contains(QStringLiteral("99.50 USDT")), qPrintable(move.message()));
}

void TestLadderMove::nothingPlacedBeforeTheCancelIsConfirmed()
{
    Fake f;
    LadderMove move(f.backend());
    QVERIFY(move.start(resting(), d("99.50"), rules()));
    QCOMPARE(f.cancels, 1);
    QCOMPARE(f.lookups, 0);
    QVERIFY(f.placed.isEmpty());
    QVERIFY(move.isRunning());
}

void TestLadderMove::filledDuringTheCancelPlacesNothing()
{
    Fake f;
    LadderMove move(f.backend());
    QSignalSpy finished(&move, &LadderMove::finished);
    QVERIFY(move.start(resting(), d("99.50"), rules()));
    f.cancelDone(outcome(CancelController::Result::AlreadyFinal, OrderStatus::Filled));
    QVERIFY(f.placed.isEmpty());
    QCOMPARE(f.lookups, 0);
    QCOMPARE(move.state(), LadderMove::State::NothingPlaced);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(move.message().startsWith(QStringLiteral("Filled during move")),
             qPrintable(move.message()));
}

void TestLadderMove::fullyFilledBeforeTheCancelLandedPlacesNothing()
{
    Fake f;
    LadderMove move(f.backend());
    QVERIFY(move.start(resting(), d("99.50"), rules()));
    f.cancelDone(outcome(CancelController::Result::Cancelled));
    f.lookupDone(looked(OrderStatus::Canceled, "0.5000"));
    QVERIFY(f.placed.isEmpty());
    QCOMPARE(move.state(), LadderMove::State::NothingPlaced);
}

void TestLadderMove::unconfirmedCancelPlacesNothing()
{
    for (auto result :
         {CancelController::Result::NotCancelled, CancelController::Result::NotConfirmed,
          CancelController::Result::NotSent}) {
        Fake f;
        LadderMove move(f.backend());
        QVERIFY(move.start(resting(), d("99.50"), rules()));
        f.cancelDone(outcome(result));
        QVERIFY(f.placed.isEmpty());
        QCOMPARE(f.lookups, 0);
        QCOMPARE(move.state(), LadderMove::State::NothingPlaced);
    }
}

void TestLadderMove::unknownFillPlacesNothing()
{
    Fake f;
    LadderMove move(f.backend());
    QVERIFY(move.start(resting(), d("99.50"), rules()));
    f.cancelDone(outcome(CancelController::Result::Cancelled));
    ApiResult<Order> failed;
    failed.error.kind = ApiError::Kind::Unknown;
    failed.error.message = QStringLiteral("timed out");
    f.lookupDone(failed);
    QVERIFY(f.placed.isEmpty());
    QCOMPARE(move.state(), LadderMove::State::NothingPlaced);
    // A refused placement is reported too, and the state says nothing was placed.
    Fake g;
    g.refuse = QStringLiteral("too soon");
    LadderMove refused(g.backend());
    QVERIFY(refused.start(resting(), d("99.50"), rules()));
    g.cancelDone(outcome(CancelController::Result::Cancelled));
    g.lookupDone(looked(OrderStatus::Canceled, "0"));
    QCOMPARE(refused.state(), LadderMove::State::NothingPlaced);
    QVERIFY(refused.message().contains(QStringLiteral("too soon")));
}

void TestLadderMove::startsOnce()
{
    Fake f;
    LadderMove move(f.backend());
    QVERIFY(!move.start(resting(), d("100.00"), rules())); // the same price: no move
    QVERIFY(move.start(resting(), d("99.50"), rules()));
    QVERIFY(!move.start(resting(), d("99.40"), rules()));
    QCOMPARE(f.cancels, 1);
}

QTEST_GUILESS_MAIN(TestLadderMove)
#include "tst_laddermove.moc"
