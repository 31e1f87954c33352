#pragma once

#include "core/AccountTypes.h"
#include "core/ApiQueries.h"
#include "core/ApiResult.h"
#include "core/Endpoint.h"
#include "core/MarketTypes.h"
#include "core/NewOrder.h"
#include "core/Order.h"
#include "core/RateLimiter.h"
#include "core/ReplyDocument.h"
#include "core/RequestRecord.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <array>
#include <deque>
#include <functional>
#include <memory>

class Ed25519Key;
class QNetworkAccessManager;
class QNetworkReply;
class QueryString;

// How a placement may wait in ApiService's queue (rate-limit back-off, the clock being learned).
struct ApiPlaceOptions
{
    // Not on the wire within this many ms: withdrawn from the queue and answered NotSent, so an
    // order never leaves at a market that has moved on. 0: waits as long as it takes.
    int leaveWithinMs = 0;
    // Runs when the request is handed to the network: from then on it cannot be withdrawn.
    std::function<void()> onWire;
};

// The exchange's REST API over an injected QNetworkAccessManager. Every call ends in at most one
// ApiResult through its callback (never synchronously, never a dialog): exactly one while its
// context object lives; none once the context is gone. Requests wait in a queue per rate class
// so the exchange's limits hold whatever callers ask; nothing is retried here except a signed
// request refused with 401, sent once more signed anew after the clock is learned again.
class ApiService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiService)

public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    static constexpr qint64 MaxReplyBytes = 8 * 1024 * 1024;

    explicit ApiService(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiService() override;

    // https, or http only to a loopback address. Returns an empty string when accepted.
    static QString checkBaseUrl(const QUrl &url);
    QString setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key);
    bool hasCredentials() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    bool isClockKnown() const { return m_clockKnown; }
    bool isAuthBlocked() const { return m_authBlocked; }
    int queuedRequests() const;
    // Requests taken and not yet answered: queued, on the wire, or failing on the next turn.
    int activeRequests() const { return queuedRequests() + m_inFlight + m_failing; }
    // How many requests to this endpoint callers have asked for since construction.
    int callCount(Endpoint endpoint) const { return m_calls[size_t(endpoint)]; }

    // The form body of a placement, exactly as it is sent and signed.
    static QByteArray placeOrderBody(const NewOrder &order);
    using PlaceOptions = ApiPlaceOptions;
    // Returns a ticket for withdraw().
    quint64 placeOrder(const NewOrder &order, QObject *context, Callback<OrderId> done,
                       PlaceOptions options = {});
    // Takes a request that is still waiting in the queue out of it; its callback gets NotSent.
    // False when it is already on the wire (or answered): then its outcome is the exchange's.
    bool withdraw(quint64 ticket);
    bool isQueued(quint64 ticket) const;
    void cancelOrder(const QString &accountId, const OrderRef &ref, QObject *context,
                     Callback<OrderId> done);
    void batchCancel(const QString &accountId, const QList<OrderId> &ids, QObject *context,
                     Callback<BatchCancelResult> done);
    void batchCancelSymbol(const QString &accountId, const QString &symbol, QObject *context,
                           Callback<BatchCancelResult> done);
    void getOrder(const QString &accountId, const OrderRef &ref, QObject *context,
                  Callback<Order> done);
    void openOrders(const OpenOrdersQuery &query, QObject *context, Callback<QList<Order>> done);
    void finishedOrders(const FinishedOrdersQuery &query, QObject *context,
                        Callback<QList<Order>> done);
    void userInfo(QObject *context, Callback<QList<Account>> done);
    void balances(const QString &accountId, const QString &token, QObject *context,
                  Callback<QList<Balance>> done);
    void trades(const TradesQuery &query, QObject *context, Callback<QList<Trade>> done);
    void symbols(const QString &symbol, QObject *context, Callback<QList<SymbolRules>> done);
    void tickerPrice(const QString &symbol, QObject *context, Callback<Decimal> done);
    void bookTicker(const QString &symbol, QObject *context, Callback<BookTicker> done);
    void depth(const QString &symbol, QObject *context, Callback<Depth> done);
    void ticker24h(const QString &symbol, QObject *context, Callback<Ticker24h> done);

Q_SIGNALS:
    void requestFinished(const RequestRecord &record);
    void clockOffsetChanged(qint64 offsetMs);
    void authBlockedChanged(bool blocked);
    void rateLimited(RateClass rateClass, qint64 pauseMs);

private:
    // Turns the reply envelope into the final error, delivering the typed value on the way.
    using Handler = std::function<ApiError(const ApiError &, const ReplyDocument &root)>;
    struct Pending
    {
        Endpoint endpoint = Endpoint::Count;
        QByteArray parameters;
        QPointer<QObject> context;
        bool hasContext = false;
        Handler handler;
        qint64 signedOffsetMs = 0;  // the clock offset its timestamp was made with
        qint64 signedAtMs = 0;      // m_clock time its timestamp was made
        int resigns = 0;            // how often it was sent again, signed anew, after a 401
        bool timingFailure = false; // its last 401 is no evidence against the credentials
        quint64 rateTicket = 0;     // its place in the rate window, held until its reply
        quint64 ticket = 0;         // names it for withdraw()
        qint64 leaveBy = -1;        // m_clock time after which it is withdrawn unsent (-1: never)
        std::function<void()> onWire;
    };
    // A 401 whose timestamp is within this of the exchange's clock (as the reply's Date header
    // tells it, to a second) was refused for the credentials, not for the time...
    static constexpr qint64 FreshTimestampMs = 3000;
    // ...and only if the request reached the exchange within this of being signed: a request
    // signed, then held up (a starved process, a slow link) may arrive with a timestamp the
    // exchange's window has left behind, whatever the clocks say.
    static constexpr qint64 CredibleRoundTripMs = 1000;
    // A 401 that is no evidence (slow, or the clock stepped) is sent again once more at most.
    static constexpr int MaxResigns = 2;

    template <typename T, typename Parse>
    quint64 call(Endpoint endpoint, const QByteArray &params, QObject *context, Callback<T> done,
                 Parse parse, PlaceOptions options = {});
    // The shape most endpoints share: the reply's "data" read by one ReplyParser function.
    template <typename T> using DataParser = bool (*)(const QJsonValue &, T *, QString *);
    template <typename T>
    void callData(Endpoint endpoint, const QueryString &params, QObject *context, Callback<T> done,
                  DataParser<T> parse);
    quint64 enqueue(Pending pending);
    // Takes the queued request out and answers it with `error` (false if not queued).
    bool takeFromQueue(quint64 ticket, const ApiError &error);
    void expire(quint64 ticket);
    void dispatch();
    void send(Pending pending);
    void complete(const Pending &pending, const ApiError &error, const ReplyDocument &root,
                  const QDateTime &sentAt, qint64 elapsedMs);
    void failLater(Pending pending, const ApiError &error);
    // False when the reply had no readable Date header.
    bool updateClockOffset(QNetworkReply *reply, qint64 sentAtMs, qint64 receivedAtMs);
    void learnClock();
    // Any first 401 to a signed request, and a later one that is no evidence against the
    // credentials: the clock learned again (from this reply's Date header when it had a fast
    // one, else a fresh request), then sent once more, signed anew. True when it was.
    bool retryAfter401(Pending &pending, bool dated, qint64 nowMs);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::shared_ptr<const Ed25519Key> m_key;
    int m_timeoutMs = 10000;
    qint64 m_clockOffsetMs = 0;
    bool m_authBlocked = false;
    // Signed requests wait until the exchange's clock is known (from any reply's Date header).
    bool m_clockKnown = false;
    bool m_clockProbe = false;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer m_dispatchTimer;
    std::array<std::deque<Pending>, size_t(RateClass::Count)> m_queues;
    std::array<int, size_t(Endpoint::Count)> m_calls{};
    int m_inFlight = 0;
    int m_failing = 0;
    quint64 m_nextTicket = 0;
};
