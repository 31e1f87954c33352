#pragma once

#include "core/AccountTypes.h"
#include "core/ApiQueries.h"
#include "core/ApiResult.h"
#include "core/AuthLatch.h"
#include "core/Endpoint.h"
#include "core/MarketTypes.h"
#include "core/NewOrder.h"
#include "core/Order.h"
#include "core/PendingRequest.h"
#include "core/RateLimiter.h"
#include "core/ReplyDocument.h"
#include "core/RequestQueue.h"
#include "core/RequestRecord.h"
#include "core/ServerClock.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class Ed25519Key;
class HttpCall;
class HttpTransport;
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

// The exchange's REST API over an injected HttpTransport (core/HttpTransport.h). Every call ends in
// at most one ApiResult through its callback (never synchronously, never a dialog): exactly one
// while its context object lives; none once the context is gone. It composes the parts of the API
// core: requests wait in a RequestQueue (one line per rate class, RateLimiter) so the exchange's
// limits hold whatever callers ask; signed requests carry the ServerClock's time; the AuthLatch
// decides when a 401 pauses signed requests. Nothing is retried here except a signed request
// refused with 401, sent again signed anew after the clock is learned again (AuthLatch says how
// often).
class ApiService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiService)

public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    static constexpr qint64 MaxReplyBytes = 8 * 1024 * 1024;

    // `transport` is not owned and outlives the service. Without one, requests wait in the queue
    // until setTransport() (nothing lost, nothing sent twice) or failTransport().
    explicit ApiService(HttpTransport *transport = nullptr, QObject *parent = nullptr);
    ~ApiService() override;

    void setTransport(HttpTransport *transport);
    bool hasTransport() const { return m_transport != nullptr; }
    // There will be no transport (its module could not be opened): every waiting request, and
    // every later one, is answered NotSent with `problem`.
    void failTransport(const QString &problem);

    // https, or http only to a loopback address. Returns an empty string when accepted.
    static QString checkBaseUrl(const QUrl &url);
    QString setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key);
    bool hasCredentials() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    qint64 clockOffsetMs() const { return m_serverClock.offsetMs(); }
    bool isAuthBlocked() const { return m_authLatch.isLatched(); }
    // Requests waiting for their rate class or the exchange's clock (not yet on the wire).
    int queuedRequests() const { return m_queue.size(); }

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
    using Pending = PendingRequest;
    using Handler = PendingRequest::Handler;

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
    void finished(HttpCall *call, Pending &pending, const QDateTime &sentAt, qint64 started,
                  bool oversize);
    // False when the reply had no readable Date header.
    bool updateClockOffset(HttpCall *call, qint64 sentAtMs, qint64 receivedAtMs);
    void learnClock();
    // A 401 to a signed request, judged by the AuthLatch: when it says so, the clock is learned
    // again (from this reply's Date header when it came at once, else a fresh request) and the
    // request sent once more, signed anew. True when it was.
    bool retryAfter401(Pending &pending, bool dated, qint64 nowMs);

    HttpTransport *m_transport;
    QString m_transportProblem;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::shared_ptr<const Ed25519Key> m_key;
    quint64 m_credentialsSet =
        0; // how often the credentials were set (PendingRequest::credentials)
    int m_timeoutMs = 10000;
    ServerClock m_serverClock;
    AuthLatch m_authLatch;
    RateLimiter m_limiter;
    RequestQueue m_queue;
    QElapsedTimer m_clock;
    QTimer m_dispatchTimer;
    quint64 m_nextTicket = 0;
};
