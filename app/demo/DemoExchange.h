#pragma once

#include "core/EmbeddedExchange.h"
#include "demo/DemoClock.h"
#include "demo/DemoFault.h"
#include "demo/DemoHttpServer.h"
#include "demo/DemoRoutes.h"
#include "demo/DemoWire.h"
#include "demo/MatchingEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class Ed25519Key;

// Storm mode (DemoChaos) sees every API request before it is acted on, may draw a fault for it,
// and sees the reply before it is written.
class DemoRequestHook
{
public:
    virtual ~DemoRequestHook() = default;
    virtual DemoFault before(const DemoRequest &request) = 0;
    virtual void after(const DemoRequest &request, DemoFault fault, DemoResponse *response) = 0;
    // Asked right after before(): non-zero when the request has not reached the exchange yet
    // (held on its way): it is handed to the exchange again that many ms later, with heldId.
    struct Hold
    {
        int ms = 0;
        quint64 id = 0;
    };
    virtual Hold hold() const { return {}; }
};

struct DemoExchangeOptions
{
    quint64 seed = 20260102;
    bool fixedClock = false;
    qint64 fixedClockStartMs = 1767346200000; // 2026-01-02 09:30:00 UTC
    int stepIntervalMs = 1000; // market steps on a timer; 0 = only when told (deterministic)
    qint64 clockSkewMs = 0;    // the exchange's clock against this computer's
    // How far a signed timestamp may be from the exchange's clock: 60 s as documented; tests
    // may make it stricter (never kinder) to see a small clock step refused.
    qint64 timestampWindowMs = 60000;
    bool rejectDuplicateClientIds = false; // kinder than documented: only when asked for
    // The documented `orderId` of open_order and finish_order read as an exact filter (only that
    // order) rather than as a page cursor: the other reading the documents leave open.
    bool orderIdIsFilter = false;
    QByteArray makerFee = "0.0008"; // on what a resting order's fill brings in
    QByteArray takerFee = "0.001";
};

// A local exchange speaking the real HTTP API on loopback: signature checks, symbol rules,
// per-key rate limits, a simulated market, and faults on demand.
class DemoExchange final : public QObject, public EmbeddedExchange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoExchange)

public:
    explicit DemoExchange(const DemoExchangeOptions &options = {}, QObject *parent = nullptr);
    ~DemoExchange() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    QUrl baseUrl() const;
    static QString defaultAccountId() { return QStringLiteral("1403134775"); }
    // For Session::Options::embedded: makes the exchange when first used; `created`, when
    // given, learns which one (tests and the screenshot runner drive it).
    static std::function<std::unique_ptr<EmbeddedExchange>()>
    maker(const DemoExchangeOptions &options = {}, DemoExchange **created = nullptr);

    // Registers a public key (DER SubjectPublicKeyInfo) under an API key. False if not Ed25519.
    bool addApiKey(const QString &apiKey, const QByteArray &spkiDer);
    // A fresh key pair, registered: what the app uses when it embeds the exchange.
    Credentials createCredentials();

    // EmbeddedExchange
    QUrl startOnLoopback() override { return listen(0) ? baseUrl() : QUrl(); }
    bool accept(const Credentials &credentials) override;
    Credentials newCredentials() override { return createCredentials(); }

    // The per-run secret that /demo/* controls must carry in ControlTokenHeader: made fresh for
    // each exchange, known only to whoever made it (the app, a test, the demo server's owner).
    static constexpr const char *ControlTokenHeader = "X-Demo-Token";
    QByteArray controlToken() const { return m_controlToken; }

    void injectFault(DemoFault fault, int count = 1, const QByteArray &pathFilter = {});
    void clearFaults();
    // Replies to paths starting with this are computed when the request arrives but written only
    // on releaseHeld() (tests: a reply still in flight while the trader acts). Empty: none.
    void holdReplies(const QByteArray &pathPrefix) { m_holdPrefix = pathPrefix; }
    void releaseHeld() { m_server.releaseHeld(); }
    int heldReplies() const { return m_server.heldCount(); }
    void setClockSkewMs(qint64 skewMs);
    void setTimestampWindowMs(qint64 ms) { m_timestampWindowMs = std::min<qint64>(ms, 60000); }
    void setRequestHook(DemoRequestHook *hook) { m_hook = hook; }
    void step(int count = 1);

    MatchingEngine &engine() { return m_engine; }
    const DemoClock &clock() const { return m_clock; }
    int requestCount(const QByteArray &method, const QByteArray &path) const;
    int totalRequests() const { return m_totalRequests; }
    void resetStats();
    // The signatures received, newest last (at most 1000), so tests can prove none leaks out.
    QList<QByteArray> receivedSignatures() const { return m_signatures; }

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QByteArray &path, int status);
    // Every reply body as sent (tests check it carries only documented fields).
    void replied(const QByteArray &method, const QByteArray &path, const QByteArray &body);

private:
    struct PendingFault
    {
        DemoFault fault;
        int remaining;
        QByteArray path;
    };

    DemoResponse handle(const DemoRequest &request);
    DemoResponse control(const DemoRequest &request);
    std::optional<DemoResponse> refuseControl(const DemoRequest &request) const;
    DemoResponse json(int status, const QJsonObject &body) const;
    bool authenticate(const DemoRequest &request, const DemoWire::Route &route,
                      DemoResponse *refusal, QString *apiKey) const;
    DemoFault takeFault(const QByteArray &path);
    // When the request reached this computer, on m_monotonic's clock (now if not known).
    qint64 arrivedMs(const DemoRequest &request) const;
    DemoResponse applyFault(DemoFault fault, DemoResponse response) const;
    void seedMarket();

    DemoClock m_clock;
    qint64 m_timestampWindowMs = 60000;
    MatchingEngine m_engine;
    DemoRoutes m_routes;
    DemoHttpServer m_server;
    QByteArray m_holdPrefix;
    QTimer m_stepTimer;
    quint16 m_port = 0;
    QHash<QString, QByteArray> m_keys; // API key -> public key DER
    DemoRateWindow m_limits;           // per API key or caller address
    QElapsedTimer m_monotonic;
    std::deque<PendingFault> m_faults;
    QHash<QByteArray, int> m_requestCounts;
    int m_totalRequests = 0;
    mutable QList<QByteArray> m_signatures;
    QByteArray m_controlToken;
    DemoRequestHook *m_hook = nullptr;
};
