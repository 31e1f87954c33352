#include "FakeNetwork.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

// When a 401 latches "credentials refused" (which pauses trading): only on evidence. A 401 to a
// request that reached the exchange at once, with a timestamp the exchange's own clock (its Date
// header) agrees with, is the credentials; a 401 after a slow round trip is the time the request
// spent on its way (a starved process, a slow link: the exchange's window left its timestamp
// behind) and is sent again, signed anew, but never latches. On a fake network whose replies
// come as late as the test says.
class TestApiServiceAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowRefusalDoesNotLatch();
    void fastRefusalWithFreshTimestampLatches();
    void slowRefusalThenFastRefusalLatches();
    void refusalOfReplacedCredentialsDoesNotLatchTheNewOnes();
};

namespace {

constexpr int Slow = 1500; // ms: longer than a credible round trip, as a starved process makes

// Answers public requests at once and every signed one with the exchange's "timestamp outside
// the window" 401, as late as `delays` says for each signed request in turn (then the last).
struct Refusing
{
    explicit Refusing(QList<int> delays)
        : network([this, delays](const FakeNetwork::Request &r) {
              FakeNetwork::Response response;
              if (r.request.rawHeader("EXCHANGE-API-SIGN").isEmpty())
                  return response;
              response.status = 401;
              response.body = R"({"code":"-1021","msg":"Timestamp is outside the window"})";
              response.delayMs = delays.value(signedSent, delays.constLast());
              ++signedSent;
              return response;
          }),
          service(network.transport())
    {
        service.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        service.setCredentials(QStringLiteral("key"),
                               std::make_shared<Ed25519Key>(Ed25519Key::generate()));
        service.setTimeoutMs(10000);
    }

    // Asks for the open orders and waits for the one answer.
    ApiResult<QList<Order>> openOrders()
    {
        std::optional<ApiResult<QList<Order>>> result;
        service.openOrders({QStringLiteral("1"), {}, 100}, nullptr,
                           [&result](const ApiResult<QList<Order>> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return {}; // no answer: fails every check on it
        return *result;
    }

    int signedSent = 0;
    FakeNetwork network;
    ApiService service;
};

} // namespace

void TestApiServiceAuth::slowRefusalDoesNotLatch()
{
    Refusing f({Slow, Slow, Slow, 0});
    QSignalSpy blocked(&f.service, &ApiService::authBlockedChanged);
    const auto result = f.openOrders();
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY(!f.service.isAuthBlocked());
    QCOMPARE(blocked.count(), 0);
    // Sent, then signed anew after the clock was learned again, and once more: each reply came
    // too late to say anything about the credentials.
    QCOMPARE(f.signedSent, 3);
    QVERIFY2(result.error.message.contains(QStringLiteral("time")),
             qPrintable(result.error.message));
    // Nothing latched: the next signed request goes out (refused at once, twice: that latches).
    f.openOrders();
    QCOMPARE(f.signedSent, 5);
}

void TestApiServiceAuth::fastRefusalWithFreshTimestampLatches()
{
    Refusing f({0});
    QSignalSpy blocked(&f.service, &ApiService::authBlockedChanged);
    const auto result = f.openOrders();
    QCOMPARE(result.error.kind, ApiError::Kind::Auth);
    QCOMPARE(result.error.httpStatus, 401);
    // Sent once more with the clock just learned, refused at once again: the credentials.
    QCOMPARE(f.signedSent, 2);
    QVERIFY(f.service.isAuthBlocked());
    QCOMPARE(blocked.count(), 1);
    f.openOrders();
    QCOMPARE(f.signedSent, 2); // paused until the credentials change
}

void TestApiServiceAuth::slowRefusalThenFastRefusalLatches()
{
    // The first refusal comes at once (any first 401 is sent again), the second late (no
    // evidence: sent once more), the third at once again: that one is the credentials.
    Refusing f({0, Slow, 0});
    const auto result = f.openOrders();
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(f.signedSent, 3);
    QVERIFY(f.service.isAuthBlocked());
}

void TestApiServiceAuth::refusalOfReplacedCredentialsDoesNotLatchTheNewOnes()
{
    // A wrong key refused at once; the trader puts in the right one while the request's second
    // try, signed anew with the wrong key, is on its way. That try's 401 (fast, fresh: evidence
    // against the key that signed it) must not latch the new key: the request goes again,
    // signed with the new key, and is answered. (Seen in tst_gui_units under a loaded ctest -j:
    // the new credentials latched, every signed request paused.)
    ApiService *service = nullptr;
    const auto newKey = std::make_shared<Ed25519Key>(Ed25519Key::generate());
    QByteArrayList keys;
    FakeNetwork network([&](const FakeNetwork::Request &r) {
        FakeNetwork::Response response;
        const QByteArray key = r.request.rawHeader("EXCHANGE-API-KEY");
        if (key.isEmpty())
            return response;
        keys.append(key);
        if (key == "new")
            return response;
        response.status = 401;
        response.body = R"({"code":"-1002","msg":"Unauthorized"})";
        if (keys.size() == 2) // the old key's second try is on its way: the key is corrected
            service->setCredentials(QStringLiteral("new"), newKey);
        return response;
    });
    ApiService s(network.transport());
    service = &s;
    s.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    s.setCredentials(QStringLiteral("old"), std::make_shared<Ed25519Key>(Ed25519Key::generate()));
    QSignalSpy blocked(&s, &ApiService::authBlockedChanged);
    std::optional<ApiResult<QList<Order>>> result;
    s.openOrders({QStringLiteral("1"), {}, 100}, nullptr,
                 [&result](const ApiResult<QList<Order>> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 20000));
    QCOMPARE(keys, (QByteArrayList{"old", "old", "new"}));
    QVERIFY2(result->ok(), qPrintable(result->error.message));
    QVERIFY(!s.isAuthBlocked());
    QCOMPARE(blocked.count(), 0);
}

QTEST_GUILESS_MAIN(TestApiServiceAuth)
#include "tst_apiservice_auth.moc"
