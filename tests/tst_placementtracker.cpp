#include "DemoFixture.h"
#include "models/ActivityLogModel.h"
#include "models/PlacementTracker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// Every path of one placement against a fake exchange: placed, rejected, not sent, unknown and
// then found (by id, in the open list, in the finished list), unknown and definitely absent,
// unknown with look-ups that keep failing, and dismissed; plus the one-intent guard.
class TestPlacementTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientIdsComeFromTheInjectedSource();
    void outcomes_data();
    void outcomes();
    void absenceNeedsTime();
    void guardRefusesSecondPressAndSpentIds();
    void lateAnswerAfterDismissIsDropped();
    // Issue 22 item 4: "not placed" only on proof.
    void unreadableListItemIsNoProof();
    void finishedWindowIsOnTheExchangesClock();
    void finishedWindowOnTheDemoExchangesClock();
    void lookupRefusalIsNoProof_data();
    void lookupRefusalIsNoProof();
    void absenceNeedsTheExchangeAnsweringNormally();
    void resendLooksOnceMore();
    // Item 7: one unresolved placement holds only the same order.
    void otherOrdersGoWhileOneIsChecking();
    // Item 9: a queued order can be withdrawn; one on the wire cannot.
    void queuedOrderWithdrawn();
    // An unknown outcome keeps its own rounds while later orders are placed.
    void earlierUnknownKeepsItsOwnRounds_data();
    void earlierUnknownKeepsItsOwnRounds();
};

namespace {

ApiError error(ApiError::Kind kind)
{
    return ApiError::make(kind, QStringLiteral("fake %1").arg(ApiError::kindName(kind)));
}

// The exchange's own "no such order" for a look-up.
ApiError noSuchOrder()
{
    ApiError e =
        ApiError::make(ApiError::Kind::Rejected, QStringLiteral("Order does not exist"), 400);
    e.code = QLatin1String(ApiError::NoSuchOrderCode);
    return e;
}

Order orderWith(const QString &clientId, OrderId id, OrderStatus status)
{
    Order o;
    o.orderId = id;
    o.clientOrderId = clientId;
    o.status = status;
    return o;
}

// Answers each request on the next event-loop turn, as the service does.
struct FakeExchange
{
    ApiError::Kind place = ApiError::Kind::None;
    QList<ApiError::Kind> placeOutcomes; // per placement, first to last; then `place`
    // found | absent | fail, or a refusal that is not "no such order": refused (400, another
    // code) | busy (200 with a non-zero code) | forbidden (403)
    QString lookup = QStringLiteral("absent");
    QString open = QStringLiteral("absent");     // found | absent | full | fail
    QString finished = QStringLiteral("absent"); // found | absent | fail
    int failingRounds = 0;                       // look-ups fail in the first N rounds only
    bool unreadableItem = false;                 // each list has an item that cannot be read
    qint64 clockOffset = 0;                      // the exchange's clock minus ours
    qint64 createdAt = -1; // the exchange's creation time of the order: listed since then only
    bool queue = false;    // placements wait for release() or withdraw() (a rate-limit pause)
    int lookups = 0, opens = 0, finisheds = 0, places = 0;
    QStringList calls;
    QStringList lookedUp;                          // the client order id of each look-up
    std::function<void(const QString &)> onLookup; // runs as each look-up is asked
    QList<qint64> finishedSince;
    struct Queued
    {
        quint64 ticket;
        std::function<void()> onWire;
        PlacementTracker::Backend::PlaceDone done;
    };
    QList<Queued> queued;
    quint64 tickets = 0;
    QList<NewOrder> placedOrders;

    template <typename T, typename F> static void later(QObject *ctx, F done, ApiResult<T> r)
    {
        QTimer::singleShot(0, ctx, [done, r] { done(r); });
    }

    PlacementTracker::Backend backend()
    {
        PlacementTracker::Backend b;
        b.place = [this](const NewOrder &o, int, QObject *ctx, std::function<void()> onWire,
                         PlacementTracker::Backend::PlaceDone done) {
            const quint64 ticket = ++tickets;
            if (queue) {
                queued.append({ticket, onWire, done});
                return ticket;
            }
            onWire();
            wire(o, ctx, done);
            return ticket;
        };
        b.withdraw = [this](quint64 ticket) {
            for (int i = 0; i < queued.size(); ++i) {
                if (queued[i].ticket != ticket)
                    continue;
                const auto done = queued.takeAt(i).done;
                ApiResult<OrderId> r;
                r.error = error(ApiError::Kind::NotSent);
                QTimer::singleShot(0, [done, r] { done(r); });
                return true;
            }
            return false;
        };
        b.clockOffsetMs = [this] {
            return clockOffset;
        };
        b.lookup = [this](const NewOrder &o, QObject *ctx, auto done) {
            ++lookups;
            calls.append(QStringLiteral("lookup"));
            lookedUp.append(o.clientOrderId);
            if (onLookup)
                onLookup(o.clientOrderId);
            ApiResult<Order> r;
            const QString mode = lookups <= failingRounds ? QStringLiteral("fail") : lookup;
            if (mode == QLatin1String("found"))
                r.value = orderWith(o.clientOrderId, 42, OrderStatus::New);
            else if (mode == QLatin1String("absent"))
                r.error = noSuchOrder();
            else if (mode == QLatin1String("refused"))
                r.error = ApiError::make(ApiError::Kind::Rejected, QStringLiteral("bad"), 400);
            else if (mode == QLatin1String("busy"))
                r.error = ApiError::make(ApiError::Kind::Rejected, QStringLiteral("busy"), 200);
            else if (mode == QLatin1String("forbidden"))
                r.error = ApiError::make(ApiError::Kind::Auth, QStringLiteral("no"), 403);
            else
                r.error = error(ApiError::Kind::Unknown);
            if (mode == QLatin1String("refused") || mode == QLatin1String("busy"))
                r.error.code = QStringLiteral("-1001");
            later(ctx, done, r);
        };
        b.openOrders = [this](const NewOrder &o, QObject *ctx, auto done) {
            ++opens;
            calls.append(QStringLiteral("open"));
            later(ctx, done, list(opens <= failingRounds ? QStringLiteral("fail") : open, o, 43));
        };
        b.finishedOrders = [this](const NewOrder &o, qint64 since, QObject *ctx, auto done) {
            ++finisheds;
            calls.append(QStringLiteral("finished"));
            finishedSince.append(since);
            QString mode = finisheds <= failingRounds ? QStringLiteral("fail") : finished;
            if (mode == QLatin1String("found") && createdAt >= 0 && since > createdAt)
                mode = QStringLiteral("absent"); // created before the window: not listed
            later(ctx, done, list(mode, o, 44));
        };
        return b;
    }

    void wire(const NewOrder &o, QObject *ctx, PlacementTracker::Backend::PlaceDone done)
    {
        ++places;
        placedOrders.append(o);
        calls.append(QStringLiteral("place"));
        const ApiError::Kind kind = placeOutcomes.isEmpty() ? place : placeOutcomes.takeFirst();
        ApiResult<OrderId> r;
        if (kind == ApiError::Kind::None)
            r.value = 9007199254740992 + places;
        else
            r.error = error(kind);
        later(ctx, done, r);
    }

    // The queued placements leave now.
    void release(QObject *ctx, const NewOrder &o)
    {
        const auto all = std::exchange(queued, {});
        for (const Queued &q : all) {
            q.onWire();
            wire(o, ctx, q.done);
        }
    }

    ApiResult<QList<Order>> list(const QString &mode, const NewOrder &o, OrderId id) const
    {
        ApiResult<QList<Order>> r;
        if (unreadableItem && mode != QLatin1String("fail")) {
            r.skipped.append(QStringLiteral("order 99: the price is not a decimal"));
            r.skippedIds.append(99);
        }
        if (mode == QLatin1String("fail")) {
            r.error = error(ApiError::Kind::Unknown);
            return r;
        }
        r.value.append(orderWith(QStringLiteral("someone-else"), 7, OrderStatus::New));
        if (mode == QLatin1String("found"))
            r.value.append(orderWith(o.clientOrderId, id, OrderStatus::Filled));
        if (mode == QLatin1String("full")) {
            while (r.value.size() < PlacementTracker::OpenLimit)
                r.value.append(orderWith(QStringLiteral("x%1").arg(r.value.size()),
                                         OrderId(100 + r.value.size()), OrderStatus::New));
        }
        return r;
    }
};

NewOrder newOrder(const QString &clientId = QStringLiteral("td-1"))
{
    NewOrder o;
    o.accountId = QStringLiteral("1");
    o.symbol = QStringLiteral("BTC-USDT");
    o.price = *Decimal::parse("69000.00");
    o.quantity = *Decimal::parse("0.0100");
    o.clientOrderId = clientId;
    return o;
}

struct Rig
{
    FakeExchange fake;
    ActivityLogModel log;
    qint64 now = 100000;
    qint64 wall = 1767225600000; // 2026-01-01, this computer's clock
    PlacementTracker tracker{fake.backend(), &log,
                             Clocks{[this] { return now; },
                                    [this] {
                                        return wall;
                                    }}};

    Rig()
    {
        PlacementTracker::Timing t;
        t.roundDelaysMs = {1, 1, 1};
        t.retryDelayMs = 1;
        t.settleMs = 0;
        t.quietMs = 0;
        t.maxRounds = 5;
        tracker.setTiming(t);
    }
};

} // namespace

void TestPlacementTracker::outcomes_data()
{
    using K = ApiError::Kind;
    using S = PlacementTracker::State;
    QTest::addColumn<ApiError::Kind>("place");
    QTest::addColumn<QString>("lookup");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("finished");
    QTest::addColumn<int>("failingRounds");
    QTest::addColumn<PlacementTracker::State>("state");
    QTest::addColumn<qlonglong>("orderId");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<bool>("idSpent");

    QTest::addRow("placed") << K::None << ""
                            << ""
                            << "" << 0 << S::Placed << qlonglong(9007199254740993) << 0 << true;
    QTest::addRow("rejected") << K::Rejected << ""
                              << ""
                              << "" << 0 << S::Rejected << 0LL << 0 << false;
    QTest::addRow("not sent") << K::NotSent << ""
                              << ""
                              << "" << 0 << S::NotSent << 0LL << 0 << false;
    QTest::addRow("rate limited") << K::RateLimited << ""
                                  << ""
                                  << "" << 0 << S::NotSent << 0LL << 0 << false;
    QTest::addRow("unknown, found by id") << K::Unknown << "found"
                                          << "absent"
                                          << "absent" << 0 << S::Placed << 42LL << 1 << true;
    QTest::addRow("unknown, found in open list") << K::Unknown << "absent"
                                                 << "found"
                                                 << "absent" << 0 << S::Placed << 43LL << 1 << true;
    QTest::addRow("unknown, found in finished list")
        << K::Unknown << "absent"
        << "absent"
        << "found" << 0 << S::Placed << 44LL << 1 << true;
    QTest::addRow("unknown, look-up fails but open list finds it")
        << K::Unknown << "fail"
        << "found"
        << "absent" << 0 << S::Placed << 43LL << 1 << true;
    QTest::addRow("unknown, definitely absent")
        << K::Unknown << "absent"
        << "absent"
        << "absent" << 0 << S::NotPlaced << 0LL << 3 << true;
    QTest::addRow("unknown, fails twice, then absent three times")
        << K::Unknown << "absent"
        << "absent"
        << "absent" << 2 << S::NotPlaced << 0LL << 5 << true;
    QTest::addRow("unknown, fails three times, then absent twice: out of rounds")
        << K::Unknown << "absent"
        << "absent"
        << "absent" << 3 << S::Unresolved << 0LL << 5 << true;
    QTest::addRow("unknown, fails once, then absent three times")
        << K::Unknown << "absent"
        << "absent"
        << "absent" << 1 << S::NotPlaced << 0LL << 4 << true;
    QTest::addRow("unknown, look-up keeps failing")
        << K::Unknown << "fail"
        << "absent"
        << "absent" << 0 << S::Unresolved << 0LL << 5 << true;
    QTest::addRow("unknown, lists keep failing")
        << K::Unknown << "absent"
        << "fail"
        << "fail" << 0 << S::Unresolved << 0LL << 5 << true;
    QTest::addRow("unknown, open list always a full page")
        << K::Unknown << "absent"
        << "full"
        << "absent" << 0 << S::Unresolved << 0LL << 5 << true;
}

void TestPlacementTracker::outcomes()
{
    QFETCH(ApiError::Kind, place);
    QFETCH(QString, lookup);
    QFETCH(QString, open);
    QFETCH(QString, finished);
    QFETCH(int, failingRounds);
    QFETCH(PlacementTracker::State, state);
    QFETCH(qlonglong, orderId);
    QFETCH(int, rounds);
    QFETCH(bool, idSpent);

    Rig rig;
    rig.fake.place = place;
    rig.fake.lookup = lookup;
    rig.fake.open = open;
    rig.fake.finished = finished;
    rig.fake.failingRounds = failingRounds;
    QSignalSpy placed(&rig.tracker, &PlacementTracker::placed);
    QVERIFY(placed.isValid());

    QVERIFY(rig.tracker.place(newOrder()));
    QVERIFY(rig.tracker.isBusy());
    QTRY_VERIFY(!rig.tracker.isBusy());
    QCOMPARE(rig.tracker.state(), state);
    QCOMPARE(rig.tracker.orderId(), OrderId(orderId));
    QCOMPARE(rig.tracker.rounds(), rounds);
    QCOMPARE(rig.fake.places, 1); // never sent again, whatever happened
    QCOMPARE(rig.tracker.isSpent(QStringLiteral("td-1")), idSpent);
    QCOMPARE(placed.count(), orderId != 0 ? 1 : 0);
    if (orderId != 0)
        QCOMPARE(placed.first().first().value<OrderId>(), OrderId(orderId));
    QVERIFY(!rig.tracker.message().isEmpty());
    QVERIFY(rig.log.rowCount() > 0);

    rig.now += PlacementTracker::GuardMs;
    const auto again = rig.tracker.refusalFor(newOrder());
    if (state == PlacementTracker::State::Placed || state == PlacementTracker::State::Unresolved)
        QCOMPARE(again, PlacementTracker::Refusal::AlreadySent);
    else // rejected, not sent, or checked and absent: the same order may go with the same id
        QCOMPARE(again, PlacementTracker::Refusal::None);
    if (state == PlacementTracker::State::NotPlaced) {
        NewOrder other = newOrder();
        other.price = *Decimal::parse("68000.00");
        QCOMPARE(rig.tracker.refusalFor(other), PlacementTracker::Refusal::AlreadySent);
    }
    if (state == PlacementTracker::State::Unresolved) {
        rig.tracker.dismiss();
        QCOMPARE(rig.tracker.state(), PlacementTracker::State::Idle);
        QVERIFY(rig.tracker.isSpent(QStringLiteral("td-1")));
        QCOMPARE(rig.tracker.refusalFor(newOrder(QStringLiteral("td-2"))),
                 PlacementTracker::Refusal::None);
    }
}

void TestPlacementTracker::absenceNeedsTime()
{
    // Three clean "not found" rounds in under the settle time are not enough: a late order can
    // still appear. It keeps checking until the time has passed.
    Rig rig;
    PlacementTracker::Timing t;
    t.roundDelaysMs = {1, 1, 1};
    t.retryDelayMs = 1;
    t.settleMs = 10000;
    t.quietMs = 0;
    // Rounds never run out while the test looks (at 1 ms a round, eight were gone before a
    // loaded machine's first look: Unresolved, seen under ctest -j12): only time ends it.
    t.maxRounds = 1000000;
    rig.tracker.setTiming(t);
    rig.fake.place = ApiError::Kind::Unknown;
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_VERIFY(rig.fake.finisheds >= 4);
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Checking);
    rig.now += 10000;
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::NotPlaced);
}

void TestPlacementTracker::clientIdsComeFromTheInjectedSource()
{
    FakeExchange fake;
    ActivityLogModel log;
    quint64 next = 0xfffffffffffffffe;
    PlacementTracker seeded(fake.backend(), &log, Clocks::system(), [&next] { return next++; });
    QCOMPARE(seeded.newClientOrderId(), QStringLiteral("td-fffffffffffffffe"));
    QCOMPARE(seeded.newClientOrderId(), QStringLiteral("td-ffffffffffffffff"));

    PlacementTracker system(fake.backend(), &log); // the system's generator: fresh every time
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(system.newClientOrderId());
    QCOMPARE(ids.size(), 1000);
}

void TestPlacementTracker::guardRefusesSecondPressAndSpentIds()
{
    Rig rig;
    QVERIFY(rig.tracker.place(newOrder()));
    // While sending: busy.
    QCOMPARE(rig.tracker.refusalFor(newOrder(QStringLiteral("td-2"))),
             PlacementTracker::Refusal::Busy);
    QVERIFY(!rig.tracker.place(newOrder(QStringLiteral("td-2"))));
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::Placed);
    // 150 ms later: the same form is the same order; even a different one is a bounce.
    rig.now += 150;
    QCOMPARE(rig.tracker.refusalFor(newOrder()), PlacementTracker::Refusal::AlreadySent);
    QCOMPARE(rig.tracker.refusalFor(newOrder(QStringLiteral("td-2"))),
             PlacementTracker::Refusal::TooSoon);
    QVERIFY(!rig.tracker.place(newOrder(QStringLiteral("td-2"))));
    rig.now += PlacementTracker::GuardMs;
    // The sent client ID never goes again, for this order or any other.
    QCOMPARE(rig.tracker.refusalFor(newOrder()), PlacementTracker::Refusal::AlreadySent);
    QVERIFY(!rig.tracker.place(newOrder()));
    QCOMPARE(rig.fake.places, 1);
    QVERIFY(rig.tracker.place(newOrder(QStringLiteral("td-2"))));
    QCOMPARE(rig.fake.places, 2);
    for (auto r : {PlacementTracker::Refusal::Busy, PlacementTracker::Refusal::TooSoon,
                   PlacementTracker::Refusal::AlreadySent})
        QVERIFY(!PlacementTracker::refusalText(r).isEmpty());
}

void TestPlacementTracker::lateAnswerAfterDismissIsDropped()
{
    Rig rig;
    rig.fake.place = ApiError::Kind::Unknown;
    rig.fake.lookup = QStringLiteral("found");
    rig.fake.open = QStringLiteral("found");
    rig.fake.finished = QStringLiteral("found");
    // The trader dismisses while the first look-up is on its way: the dismissal is queued as the
    // look-up is asked, so it runs before the look-up's answer (queued after it) arrives.
    rig.fake.onLookup = [&rig](const QString &) {
        QTimer::singleShot(0, &rig.tracker, [&rig] { rig.tracker.dismiss(); });
    };
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_COMPARE(rig.fake.lookups, 1);
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::Idle);
    // Turn the event loop past every answer in flight and past the next round's timer.
    bool turned = false;
    QTimer::singleShot(50, &rig.tracker, [&turned] { turned = true; });
    QTRY_VERIFY(turned);
    // The late "found" answers were dropped: still dismissed, no id learnt, no further round.
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Idle);
    QCOMPARE(rig.tracker.orderIdOf(QStringLiteral("td-1")), OrderId(0));
    QCOMPARE(rig.fake.lookups, 1);
    QVERIFY(!rig.tracker.isBusy());
    rig.now += PlacementTracker::GuardMs;
    QVERIFY(rig.tracker.place(newOrder(QStringLiteral("td-2"))));
    QTRY_VERIFY(!rig.tracker.isBusy());
}

void TestPlacementTracker::unreadableListItemIsNoProof()
{
    // The look-up says "no such order" and neither list shows it, but each list had an item that
    // could not be read: that item may be this order. No round proves absence.
    Rig rig;
    rig.fake.place = ApiError::Kind::Unknown;
    rig.fake.unreadableItem = true;
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_VERIFY(!rig.tracker.isBusy());
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Unresolved);
    QCOMPARE(rig.tracker.refusalFor(newOrder()), PlacementTracker::Refusal::AlreadySent);
    QCOMPARE(rig.fake.places, 1);
}

void TestPlacementTracker::finishedWindowIsOnTheExchangesClock()
{
    // This computer's clock is two minutes ahead of the exchange's. The order filled at once, so
    // it is only in the finished list, whose window is on the exchange's clock of creation.
    Rig rig;
    rig.fake.place = ApiError::Kind::Unknown;
    rig.fake.lookup = QStringLiteral("fail"); // the look-up is down with the incident
    rig.fake.finished = QStringLiteral("found");
    rig.fake.clockOffset = -120000;
    rig.fake.createdAt = rig.wall + rig.fake.clockOffset + 300;
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_VERIFY(!rig.tracker.isBusy());
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Placed);
    QCOMPARE(rig.tracker.orderId(), OrderId(44));
    QVERIFY(!rig.fake.finishedSince.isEmpty());
    QVERIFY(rig.fake.finishedSince.first() <= rig.fake.createdAt);
}

void TestPlacementTracker::finishedWindowOnTheDemoExchangesClock()
{
    // The same against the demo exchange through the API service: its clock two minutes behind
    // this computer's, the placement answered 500 after it was carried out (a market order: it
    // fills at once), and every look-up by client order ID refused with 503.
    DemoFixture f;
    f.exchange.setClockSkewMs(-120000);
    f.exchange.injectFault(DemoFault::ServerErrorAfterAccept, 1, "/api/v1/spot/order");
    f.exchange.injectFault(DemoFault::UnavailableBefore, 1000, "/api/v1/spot/order");
    ActivityLogModel log;
    PlacementTracker tracker(PlacementTracker::Backend::from(&f.service), &log);
    PlacementTracker::Timing t;
    t.roundDelaysMs = {1};
    t.retryDelayMs = 1;
    t.settleMs = 0;
    t.quietMs = 0;
    t.maxRounds = 3;
    tracker.setTiming(t);
    NewOrder o;
    o.accountId = f.account();
    o.symbol = QStringLiteral("BTC-USDT");
    o.type = OrderType::Market;
    o.amount = *Decimal::parse("100.00");
    o.clientOrderId = QStringLiteral("skew-1");
    QVERIFY(tracker.place(o));
    QTRY_VERIFY_WITH_TIMEOUT(!tracker.isBusy(), 20000);
    QCOMPARE(tracker.state(), PlacementTracker::State::Placed);
    QCOMPARE(log.find(QStringLiteral("in the order lists")).size(), 1);
    QCOMPARE(f.exchange.engine().orderCount(), 1);
}

void TestPlacementTracker::lookupRefusalIsNoProof_data()
{
    QTest::addColumn<QString>("lookup");
    QTest::addRow("400 with another code") << "refused";
    QTest::addRow("200 with a non-zero code (system busy)") << "busy";
    QTest::addRow("403") << "forbidden";
}

void TestPlacementTracker::lookupRefusalIsNoProof()
{
    // Only the exchange's own "no such order" says the look-up found nothing; any other refusal
    // says nothing, however complete the lists are.
    QFETCH(QString, lookup);
    Rig rig;
    rig.fake.place = ApiError::Kind::Unknown;
    rig.fake.lookup = lookup;
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_VERIFY(!rig.tracker.isBusy());
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Unresolved);
    QCOMPARE(rig.tracker.refusalFor(newOrder()), PlacementTracker::Refusal::AlreadySent);
    QCOMPARE(rig.fake.places, 1);
}

void TestPlacementTracker::absenceNeedsTheExchangeAnsweringNormally()
{
    // The defaults spread the checks well past the incident that caused the unknown outcome.
    const PlacementTracker::Timing defaults;
    QVERIFY(defaults.settleMs >= 30000);
    QVERIFY(defaults.quietMs >= 10000);
    qint64 spread = 0;
    for (int i = 0; i < defaults.absentRounds; ++i)
        spread += defaults.roundDelaysMs.value(i, defaults.retryDelayMs);
    QVERIFY(spread + defaults.retryDelayMs * (defaults.maxRounds - defaults.absentRounds) >= 60000);

    // Clean rounds right after the incident are not enough: the exchange has to have answered
    // normally for quietMs.
    Rig rig;
    PlacementTracker::Timing t;
    t.roundDelaysMs = {1};
    t.retryDelayMs = 1;
    t.settleMs = 0;
    t.quietMs = 20000;
    t.maxRounds = 100000;
    rig.tracker.setTiming(t);
    rig.fake.place = ApiError::Kind::Unknown;
    rig.fake.failingRounds = 2;
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_VERIFY(rig.fake.finisheds >= 8);
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Checking);
    rig.now += 20000;
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::NotPlaced);
    QCOMPARE(rig.fake.places, 1);
}

void TestPlacementTracker::resendLooksOnceMore()
{
    for (const QString &then :
         {QStringLiteral("found"), QStringLiteral("fail"), QStringLiteral("absent")}) {
        Rig rig;
        rig.fake.placeOutcomes = {ApiError::Kind::Unknown};
        QVERIFY(rig.tracker.place(newOrder()));
        QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::NotPlaced);
        rig.now += PlacementTracker::GuardMs;
        QCOMPARE(rig.tracker.refusalFor(newOrder()), PlacementTracker::Refusal::None);
        // The order turns up late / the look-up fails / it is still absent.
        rig.fake.lookup = then;
        const int lookups = rig.fake.lookups;
        QVERIFY(rig.tracker.place(newOrder()));
        QTRY_VERIFY(!rig.tracker.isBusy());
        QCOMPARE(rig.fake.lookups, lookups + 1);
        if (then == QLatin1String("found")) {
            QCOMPARE(rig.tracker.state(), PlacementTracker::State::Placed);
            QCOMPARE(rig.tracker.orderId(), OrderId(42));
            QCOMPARE(rig.fake.places, 1);
        } else if (then == QLatin1String("fail")) {
            QCOMPARE(rig.tracker.state(), PlacementTracker::State::NotPlaced);
            QCOMPARE(rig.fake.places, 1);
        } else {
            QCOMPARE(rig.tracker.state(), PlacementTracker::State::Placed);
            QCOMPARE(rig.fake.places, 2);
            QCOMPARE(rig.fake.calls.last(), QStringLiteral("place"));
        }
    }
}

void TestPlacementTracker::otherOrdersGoWhileOneIsChecking()
{
    Rig rig;
    PlacementTracker::Timing t;
    t.roundDelaysMs = {1};
    t.retryDelayMs = 600000; // stays checking
    rig.tracker.setTiming(t);
    rig.fake.placeOutcomes = {ApiError::Kind::Unknown};
    rig.fake.lookup = QStringLiteral("fail");
    const NewOrder first = newOrder();
    QVERIFY(rig.tracker.place(first));
    QTRY_COMPARE(rig.tracker.stateOf(first.clientOrderId), PlacementTracker::State::Checking);
    QTRY_COMPARE(rig.fake.lookups, 1);

    // Another symbol, and the hedge on the other side, go at once (no wait, no bounce guard).
    NewOrder other = newOrder(QStringLiteral("td-2"));
    other.symbol = QStringLiteral("ETH-USDT");
    NewOrder hedge = newOrder(QStringLiteral("td-3"));
    hedge.side = Side::Sell;
    QCOMPARE(rig.tracker.refusalFor(other), PlacementTracker::Refusal::None);
    QVERIFY(rig.tracker.place(other));
    QCOMPARE(rig.tracker.refusalFor(hedge), PlacementTracker::Refusal::None);
    QVERIFY(rig.tracker.place(hedge));
    QTRY_COMPARE(rig.tracker.stateOf(QStringLiteral("td-3")), PlacementTracker::State::Placed);
    QCOMPARE(rig.tracker.stateOf(QStringLiteral("td-2")), PlacementTracker::State::Placed);
    QCOMPARE(rig.fake.places, 3);

    // The same order is held, under its own client ID or a fresh one, however late.
    rig.now += 60000;
    QCOMPARE(rig.tracker.stateOf(first.clientOrderId), PlacementTracker::State::Checking);
    QCOMPARE(rig.tracker.refusalFor(first), PlacementTracker::Refusal::Busy);
    QVERIFY(!rig.tracker.place(first));
    QCOMPARE(rig.tracker.refusalFor(newOrder(QStringLiteral("td-4"))),
             PlacementTracker::Refusal::Busy);
    QVERIFY(!rig.tracker.place(newOrder(QStringLiteral("td-4"))));
    QCOMPARE(rig.fake.places, 3);
    // Each is its own: dismissing the checked one leaves the others as they are.
    rig.tracker.dismiss(first.clientOrderId);
    QCOMPARE(rig.tracker.stateOf(first.clientOrderId), PlacementTracker::State::Idle);
    QCOMPARE(rig.tracker.stateOf(QStringLiteral("td-2")), PlacementTracker::State::Placed);
    QVERIFY(rig.tracker.isSpent(first.clientOrderId));
}

void TestPlacementTracker::queuedOrderWithdrawn()
{
    Rig rig;
    rig.fake.queue = true; // held in the client queue (a rate-limit pause)
    QVERIFY(rig.tracker.place(newOrder()));
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Queued);
    QVERIFY(rig.tracker.withdraw());
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::NotSent);
    QCOMPARE(rig.fake.places, 0);
    QVERIFY(!rig.tracker.isSpent(QStringLiteral("td-1")));
    QVERIFY(rig.tracker.message().contains(QStringLiteral("not sent"), Qt::CaseInsensitive));

    // Once on the wire it is the exchange's: not withdrawn.
    rig.now += PlacementTracker::GuardMs;
    QVERIFY(rig.tracker.place(newOrder()));
    rig.fake.release(&rig.tracker, newOrder());
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Sending);
    QVERIFY(!rig.tracker.withdraw());
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::Placed);
    QCOMPARE(rig.fake.places, 1);
}

void TestPlacementTracker::earlierUnknownKeepsItsOwnRounds_data()
{
    QTest::addColumn<ApiError::Kind>("second");
    QTest::addColumn<PlacementTracker::State>("secondEnds");
    QTest::addRow("second placed") << ApiError::Kind::None << PlacementTracker::State::Placed;
    QTest::addRow("second unknown too")
        << ApiError::Kind::Unknown << PlacementTracker::State::NotPlaced;
}

void TestPlacementTracker::earlierUnknownKeepsItsOwnRounds()
{
    // Buy 0.01 @ 69250 answered 503 before the exchange took it; within 2 s Buy 0.01 @ 69150
    // under a fresh client ID. The first keeps its own rounds (1, 5, 15, 30, 45 s after sending
    // on the injected clock) and ends "not placed" on its own proof; the second ends as its own
    // outcome says.
    QFETCH(ApiError::Kind, second);
    QFETCH(PlacementTracker::State, secondEnds);
    Rig rig;
    PlacementTracker::Timing t; // the real rules; only the timers are quick
    t.roundDelaysMs = {1, 1, 1, 1, 1};
    t.retryDelayMs = 1;
    rig.tracker.setTiming(t);
    const qint64 start = rig.now;
    // Each placement's k-th look-up happens 1, 5, 15, 30, 45, 60, … s after it was sent.
    const QList<qint64> at = {1000, 5000, 15000, 30000, 45000};
    QHash<QString, qint64> sentAt;
    rig.fake.placeOutcomes = {ApiError::Kind::Unknown, second};
    NewOrder first = newOrder(QStringLiteral("td-first"));
    first.price = *Decimal::parse("69250");
    NewOrder next = newOrder(QStringLiteral("td-next")); // ↻, then another price
    next.price = *Decimal::parse("69150");
    // The next order is placed while the first's first round is being answered.
    bool placedNext = false;
    rig.fake.onLookup = [&](const QString &id) {
        const qsizetype k = rig.fake.lookedUp.count(id) - 1;
        const qint64 due = sentAt.value(id) + (k < at.size() ? at[k] : 45000 + 15000 * (k - 4));
        rig.now = std::max(rig.now, due);
        if (id != first.clientOrderId || k != 0)
            return;
        QTimer::singleShot(0, &rig.tracker, [&] {
            QCOMPARE(rig.tracker.stateOf(first.clientOrderId), PlacementTracker::State::Checking);
            sentAt.insert(next.clientOrderId, rig.now);
            placedNext = rig.tracker.place(next);
        });
    };
    sentAt.insert(first.clientOrderId, rig.now);
    QVERIFY(rig.tracker.place(first));
    QTRY_VERIFY(placedNext);
    QCOMPARE(rig.tracker.latest(), next.clientOrderId);

    QTRY_COMPARE_WITH_TIMEOUT(rig.tracker.stateOf(first.clientOrderId),
                              PlacementTracker::State::NotPlaced, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.tracker.stateOf(next.clientOrderId), secondEnds, 10000);
    // Its full rounds, the last at 45 s or later, each by its own client ID and answered: five
    // when it is the only one checking (the other's rounds may move the clock on meanwhile).
    if (second == ApiError::Kind::None)
        QCOMPARE(rig.fake.lookedUp.count(first.clientOrderId), 5);
    else
        QVERIFY(rig.fake.lookedUp.count(first.clientOrderId) >= t.absentRounds);
    QVERIFY(rig.now - start >= t.settleMs);
    const auto notFound = rig.log.find(QStringLiteral("none shows td-first"));
    QCOMPARE(notFound.size(), 1);
    QCOMPARE(rig.fake.places, 2); // nothing sent again
    QVERIFY(rig.tracker.isSpent(first.clientOrderId));
    if (second == ApiError::Kind::Unknown) {
        QVERIFY(rig.fake.lookedUp.count(next.clientOrderId) >= t.absentRounds);
        QCOMPARE(rig.log.find(QStringLiteral("none shows td-next")).size(), 1);
    } else {
        QCOMPARE(rig.fake.lookedUp.count(next.clientOrderId), 0);
    }
}

QTEST_GUILESS_MAIN(TestPlacementTracker)
#include "tst_placementtracker.moc"
