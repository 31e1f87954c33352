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
};

namespace {

ApiError error(ApiError::Kind kind)
{
    return ApiError::make(kind, QStringLiteral("fake %1").arg(ApiError::kindName(kind)));
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
    QString lookup = QStringLiteral("absent");   // found | absent | fail
    QString open = QStringLiteral("absent");     // found | absent | full | fail
    QString finished = QStringLiteral("absent"); // found | absent | fail
    int failingRounds = 0;                       // look-ups fail in the first N rounds only
    int lookups = 0, opens = 0, finisheds = 0, places = 0;
    QStringList calls;

    template <typename T, typename F> static void later(QObject *ctx, F done, ApiResult<T> r)
    {
        QTimer::singleShot(0, ctx, [done, r] { done(r); });
    }

    PlacementTracker::Backend backend()
    {
        PlacementTracker::Backend b;
        b.place = [this](const NewOrder &, QObject *ctx, auto done) {
            ++places;
            calls.append(QStringLiteral("place"));
            ApiResult<OrderId> r;
            if (place == ApiError::Kind::None)
                r.value = 9007199254740993;
            else
                r.error = error(place);
            later(ctx, done, r);
        };
        b.lookup = [this](const NewOrder &o, QObject *ctx, auto done) {
            ++lookups;
            calls.append(QStringLiteral("lookup"));
            ApiResult<Order> r;
            const QString mode = lookups <= failingRounds ? QStringLiteral("fail") : lookup;
            if (mode == QLatin1String("found"))
                r.value = orderWith(o.clientOrderId, 42, OrderStatus::New);
            else
                r.error = error(mode == QLatin1String("fail") ? ApiError::Kind::Unknown
                                                              : ApiError::Kind::Rejected);
            later(ctx, done, r);
        };
        b.openOrders = [this](const NewOrder &o, QObject *ctx, auto done) {
            ++opens;
            calls.append(QStringLiteral("open"));
            later(ctx, done, list(opens <= failingRounds ? QStringLiteral("fail") : open, o, 43));
        };
        b.finishedOrders = [this](const NewOrder &o, qint64, QObject *ctx, auto done) {
            ++finisheds;
            calls.append(QStringLiteral("finished"));
            later(ctx, done,
                  list(finisheds <= failingRounds ? QStringLiteral("fail") : finished, o, 44));
        };
        return b;
    }

    static ApiResult<QList<Order>> list(const QString &mode, const NewOrder &o, OrderId id)
    {
        ApiResult<QList<Order>> r;
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
    PlacementTracker tracker{fake.backend(), &log,
                             Clocks{[this] { return now; },
                                    [] {
                                        return 0;
                                    }}};

    Rig()
    {
        PlacementTracker::Timing t;
        t.roundDelaysMs = {1, 1, 1};
        t.retryDelayMs = 1;
        t.settleMs = 0;
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
    t.maxRounds = 8;
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
    rig.fake.lookup = QStringLiteral("fail");
    QVERIFY(rig.tracker.place(newOrder()));
    QTRY_COMPARE(rig.tracker.state(), PlacementTracker::State::Unresolved);
    const int lookups = rig.fake.lookups;
    rig.tracker.dismiss();
    QCOMPARE(rig.tracker.state(), PlacementTracker::State::Idle);
    // Nothing is scheduled after dismissal: no further look-ups can start.
    QCOMPARE(rig.fake.lookups, lookups);
    rig.now += PlacementTracker::GuardMs;
    QVERIFY(rig.tracker.place(newOrder(QStringLiteral("td-2"))));
    QTRY_VERIFY(!rig.tracker.isBusy());
}

QTEST_GUILESS_MAIN(TestPlacementTracker)
#include "tst_placementtracker.moc"
