#include "core/ApiService.h"

#include "core/ClockOffset.h"
#include "core/Ed25519Key.h"
#include "core/OneShotUploadDevice.h"
#include "core/QueryString.h"
#include "core/ReplyClassifier.h"
#include "core/ReplyParser.h"
#include "core/RequestSigner.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdlib>
#include <type_traits>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
};

} // namespace

ApiService::ApiService(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_nam(nam)
{
    m_clock.start();
    m_dispatchTimer.setSingleShot(true);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &ApiService::dispatch);
}

ApiService::~ApiService() = default;

QString ApiService::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Tr::tr("The exchange address is not a valid URL.");
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return Tr::tr("The exchange address must not carry a query, fragment or user name.");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() != QLatin1String("http"))
        return Tr::tr("The exchange address must start with https://.");
    const QHostAddress address(url.host());
    const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                          || (!address.isNull() && address.isLoopback());
    return loopback ? QString()
                    : Tr::tr("Plain http is only allowed to this computer (loopback); use https:// "
                             "for %1.")
                          .arg(url.host());
}

QString ApiService::setBaseUrl(const QUrl &url)
{
    const QString problem = checkBaseUrl(url);
    if (problem.isEmpty()) {
        const QUrl adjusted = url.adjusted(QUrl::StripTrailingSlash);
        if (adjusted != m_baseUrl)
            m_clockKnown = false; // another exchange, another clock
        m_baseUrl = adjusted;
    }
    return problem;
}

void ApiService::setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key)
{
    m_apiKey = apiKey;
    m_key = std::move(key);
    if (m_authBlocked) {
        m_authBlocked = false;
        Q_EMIT authBlockedChanged(false);
    }
}

bool ApiService::hasCredentials() const
{
    return !m_apiKey.isEmpty() && m_key && m_key->isValid();
}

int ApiService::queuedRequests() const
{
    int n = 0;
    for (const auto &q : m_queues)
        n += int(q.size());
    return n;
}

template <typename T, typename Parse>
void ApiService::call(Endpoint endpoint, const QByteArray &params, QObject *context,
                      Callback<T> done, Parse parse)
{
    const bool isWrite = endpointInfo(endpoint).isWrite;
    Handler handler = [done = std::move(done), parse, isWrite](const ApiError &error,
                                                               const QJsonObject &root) {
        ApiResult<T> result;
        result.error = error;
        if (error.ok()) {
            QString why;
            bool parsed = false;
            if constexpr (std::is_invocable_v<Parse, const QJsonObject &, T *, QString *,
                                              ApiResult<T> *>)
                parsed = parse(root, &result.value, &why, &result);
            else
                parsed = parse(root, &result.value, &why);
            if (!parsed) {
                result.error =
                    ApiError::make(isWrite ? ApiError::Kind::Unknown : ApiError::Kind::Malformed,
                                   ReplyClassifier::unknownOutcome(
                                       isWrite, Tr::tr("The exchange's reply could not be "
                                                       "read: %1.")
                                                    .arg(why)),
                                   error.httpStatus);
                result.value = T{};
            }
        }
        done(result);
        return result.error;
    };
    enqueue({endpoint, params, context, context != nullptr, std::move(handler)});
}

void ApiService::enqueue(Pending pending)
{
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    ++m_calls[size_t(pending.endpoint)];
    if (m_baseUrl.isEmpty())
        return failLater(std::move(pending), ApiError::make(ApiError::Kind::NotSent,
                                                            Tr::tr("No exchange address is set.")));
    if (info.isSigned && !hasCredentials())
        return failLater(
            std::move(pending),
            ApiError::make(ApiError::Kind::NotSent,
                           Tr::tr("No API key and private key are set; open Settings.")));
    if (info.isSigned && m_authBlocked)
        return failLater(
            std::move(pending),
            ApiError::make(ApiError::Kind::Auth,
                           Tr::tr("Signed requests are paused: the exchange refused the "
                                  "credentials. Check the API key and private key.")));
    m_queues[size_t(info.rateClass)].push_back(std::move(pending));
    dispatch();
}

void ApiService::failLater(Pending pending, const ApiError &error)
{
    ++m_failing;
    QTimer::singleShot(0, this, [this, pending = std::move(pending), error] {
        --m_failing;
        complete(pending, error, {}, QDateTime::currentDateTimeUtc(), 0);
    });
}

void ApiService::dispatch()
{
    qint64 nextDelay = -1;
    bool needClock = false;
    for (size_t i = 0; i < m_queues.size(); ++i) {
        auto &queue = m_queues[i];
        const auto rateClass = RateClass(i);
        while (!queue.empty()) {
            if (!m_clockKnown && endpointInfo(queue.front().endpoint).isSigned) {
                needClock = true;
                break;
            }
            const qint64 delay = m_limiter.delayMs(rateClass, m_clock.elapsed());
            if (delay > 0) {
                nextDelay = nextDelay < 0 ? delay : std::min(nextDelay, delay);
                break;
            }
            m_limiter.record(rateClass, m_clock.elapsed());
            Pending p = std::move(queue.front());
            queue.pop_front();
            send(std::move(p));
        }
    }
    if (nextDelay >= 0)
        m_dispatchTimer.start(int(std::max<qint64>(1, nextDelay)));
    if (needClock)
        learnClock();
}

void ApiService::learnClock()
{
    if (m_clockProbe)
        return;
    // Any public reply's Date header tells the exchange's time; a signed request sent before
    // that could carry a timestamp the exchange refuses.
    m_clockProbe = true;
    symbols({}, this, [this](const ApiResult<QList<SymbolRules>> &) {
        m_clockProbe = false;
        m_clockKnown = true; // learned, or there was nothing to learn it from: go on
        dispatch();
    });
}

bool ApiService::timestampWasOff(const Pending &pending) const
{
    return std::abs(m_clockOffsetMs - pending.signedOffsetMs) > TimestampSuspectMs;
}

void ApiService::send(Pending pending)
{
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    const bool inBody = info.method == "POST";
    const QByteArray query = inBody ? QByteArray() : pending.parameters;
    const QByteArray body = inBody ? pending.parameters : QByteArray();

    QByteArray encodedUrl = m_baseUrl.toEncoded() + info.path;
    if (!query.isEmpty())
        encodedUrl += '?' + query;
    QNetworkRequest request(QUrl::fromEncoded(encodedUrl, QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (inBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (info.isSigned) {
        pending.signedOffsetMs = m_clockOffsetMs;
        const QByteArray timestamp =
            QByteArray::number(QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs);
        const QByteArray message =
            RequestSigner::message(info.method, info.path, query, body, timestamp);
        request.setRawHeader("EXCHANGE-API-KEY", m_apiKey.toUtf8());
        request.setRawHeader("EXCHANGE-API-TIMESTAMP", timestamp);
        request.setRawHeader("EXCHANGE-API-SIGN", RequestSigner::signatureBase64(*m_key, message));
    }

    // Every request, even one without a body, goes with a body that cannot be re-read, so
    // the network stack can never send it a second time on its own.
    auto *upload = new OneShotUploadDevice(body);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, info.method, upload);
    ++m_inFlight;
    upload->setParent(reply);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const qint64 started = m_clock.elapsed();
    auto oversize = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, oversize](qint64 received, qint64 total) {
                if (received > MaxReplyBytes || total > MaxReplyBytes) {
                    *oversize = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, pending = std::move(pending), sentAt, started, oversize] {
                reply->deleteLater();
                --m_inFlight;
                const qint64 now = m_clock.elapsed();
                updateClockOffset(reply, sentAt.toMSecsSinceEpoch(),
                                  sentAt.toMSecsSinceEpoch() + (now - started));
                const EndpointInfo &info = endpointInfo(pending.endpoint);
                const ReplyClassifier::Outcome outcome =
                    ReplyClassifier(m_timeoutMs, MaxReplyBytes)
                        .classify(reply, *oversize, info.isWrite);
                // Refused for its timestamp (a 401 means nothing happened): once more, signed
                // with the clock the exchange just told.
                if (outcome.error.httpStatus == 401 && info.isSigned && !pending.resigned
                    && timestampWasOff(pending)) {
                    Pending again = pending;
                    again.resigned = true;
                    m_queues[size_t(info.rateClass)].push_front(std::move(again));
                    dispatch();
                    return;
                }
                complete(pending, outcome.error, outcome.root, sentAt, now - started);
            });
}

void ApiService::updateClockOffset(QNetworkReply *reply, qint64 sentAtMs, qint64 receivedAtMs)
{
    const std::optional<qint64> offset =
        ClockOffset::fromDateHeader(reply->rawHeader("Date"), sentAtMs, receivedAtMs);
    if (!offset)
        return;
    m_clockKnown = true;
    if (*offset != m_clockOffsetMs) {
        m_clockOffsetMs = *offset;
        Q_EMIT clockOffsetChanged(*offset);
    }
}

void ApiService::complete(const Pending &pending, const ApiError &error, const QJsonObject &root,
                          const QDateTime &sentAt, qint64 elapsedMs)
{
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    if (error.kind == ApiError::Kind::RateLimited) {
        const qint64 pause = m_limiter.penalize(info.rateClass, m_clock.elapsed());
        Q_EMIT rateLimited(info.rateClass, pause);
        dispatch();
    } else if (error.httpStatus > 0) {
        m_limiter.clearPenalty(info.rateClass);
    }
    // A timestamp the exchange's clock refused is not a credentials problem: never latched.
    if (error.kind == ApiError::Kind::Auth && error.httpStatus == 401 && !m_authBlocked
        && !timestampWasOff(pending)) {
        m_authBlocked = true;
        Q_EMIT authBlockedChanged(true);
    }
    ApiError final = error;
    if (error.kind == ApiError::Kind::Auth && error.httpStatus == 401 && timestampWasOff(pending))
        final.message = Tr::tr("The exchange refused the request's time: this computer's clock is "
                               "%1 s off the exchange's. Nothing was done; the next request uses "
                               "the exchange's time.")
                            .arg((m_clockOffsetMs - pending.signedOffsetMs) / 1000);
    if (!pending.hasContext || pending.context)
        final = pending.handler(final, root);
    RequestRecord record;
    record.endpoint = pending.endpoint;
    record.method = info.method;
    record.path = info.path;
    record.parameters = pending.parameters;
    record.sentAt = sentAt;
    record.elapsedMs = elapsedMs;
    record.result = final;
    Q_EMIT requestFinished(record);
}

QByteArray ApiService::placeOrderBody(const NewOrder &order)
{
    // Name order, as in the exchange's examples; every value goes out exactly as formatted here.
    QueryString p;
    p.add("accountId", order.accountId);
    if (order.type == OrderType::Market)
        p.add("amount", order.amount.toWire());
    p.addIfNotEmpty("clientOrderId", order.clientOrderId);
    if (order.type == OrderType::Limit) {
        p.add("price", order.price.toWire());
        p.add("quantity", order.quantity.toWire());
    }
    p.add("side", OrderEnums::sideWire(order.side));
    p.add("symbol", order.symbol);
    p.add("type", OrderEnums::typeWire(order.type));
    return p.encoded();
}

void ApiService::placeOrder(const NewOrder &order, QObject *context, Callback<OrderId> done)
{
    call<OrderId>(Endpoint::PlaceOrder, placeOrderBody(order), context, std::move(done),
                  [](const QJsonObject &root, OrderId *id, QString *why) {
                      if (ReplyParser::orderId(root.value(QLatin1String("data")), id))
                          return true;
                      *why = Tr::tr("no order id in the reply");
                      return false;
                  });
}

void ApiService::cancelOrder(const QString &accountId, const OrderRef &ref, QObject *context,
                             Callback<OrderId> done)
{
    QueryString p;
    p.add("accountId", accountId);
    if (ref.orderId > 0)
        p.add("orderId", QByteArray::number(ref.orderId));
    else
        p.add("clientOrderId", ref.clientOrderId);
    call<OrderId>(Endpoint::CancelOrder, p.encoded(), context, std::move(done),
                  [ref](const QJsonObject &root, OrderId *id, QString *) {
                      // The id comes at the top level (a documented quirk), or in data.
                      if (!ReplyParser::orderId(root.value(QLatin1String("orderId")), id)
                          && !ReplyParser::orderId(root.value(QLatin1String("data")), id))
                          *id = ref.orderId;
                      return true;
                  });
}

void ApiService::batchCancel(const QString &accountId, const QList<OrderId> &ids, QObject *context,
                             Callback<BatchCancelResult> done)
{
    QStringList list;
    for (OrderId id : ids)
        list.append(QString::number(id));
    QueryString p;
    p.add("accountId", accountId);
    p.add("orderIds", list.join(QLatin1Char(',')));
    call<BatchCancelResult>(Endpoint::BatchCancel, p.encoded(), context, std::move(done),
                            [](const QJsonObject &root, BatchCancelResult *r, QString *why) {
                                return ReplyParser::batchCancel(root, r, why);
                            });
}

void ApiService::batchCancelSymbol(const QString &accountId, const QString &symbol,
                                   QObject *context, Callback<BatchCancelResult> done)
{
    QueryString p;
    p.add("accountId", accountId);
    p.add("symbol", symbol);
    call<BatchCancelResult>(Endpoint::BatchCancel, p.encoded(), context, std::move(done),
                            [](const QJsonObject &root, BatchCancelResult *r, QString *why) {
                                return ReplyParser::batchCancel(root, r, why);
                            });
}

void ApiService::getOrder(const QString &accountId, const OrderRef &ref, QObject *context,
                          Callback<Order> done)
{
    QueryString p;
    p.add("accountId", accountId);
    if (ref.orderId > 0)
        p.add("orderId", QByteArray::number(ref.orderId));
    else
        p.add("clientOrderId", ref.clientOrderId);
    call<Order>(Endpoint::GetOrder, p.encoded(), context, std::move(done),
                [](const QJsonObject &root, Order *o, QString *why) {
                    return ReplyParser::order(root.value(QLatin1String("data")), o, why);
                });
}

void ApiService::openOrders(const OpenOrdersQuery &query, QObject *context,
                            Callback<QList<Order>> done)
{
    QueryString p;
    p.add("accountId", query.accountId);
    p.addIfNotEmpty("symbol", query.symbol);
    if (query.orderId > 0)
        p.add("orderId", QByteArray::number(query.orderId));
    p.add("limit", QByteArray::number(std::clamp(query.limit, 1, 100)));
    call<QList<Order>>(
        Endpoint::OpenOrders, p.encoded(), context, std::move(done),
        [](const QJsonObject &root, QList<Order> *o, QString *why, ApiResult<QList<Order>> *r) {
            return ReplyParser::orders(root.value(QLatin1String("data")), o, why, &r->skipped,
                                       &r->skippedIds);
        });
}

void ApiService::finishedOrders(const FinishedOrdersQuery &query, QObject *context,
                                Callback<QList<Order>> done)
{
    QueryString p;
    p.add("accountId", query.accountId);
    p.addIfNotEmpty("symbol", query.symbol);
    if (query.orderId > 0)
        p.add("orderId", QByteArray::number(query.orderId));
    p.add("limit", QByteArray::number(std::clamp(query.limit, 1, 500)));
    if (query.startTime > 0)
        p.add("startTime", QByteArray::number(query.startTime));
    if (query.endTime > 0)
        p.add("endTime", QByteArray::number(query.endTime));
    call<QList<Order>>(
        Endpoint::FinishedOrders, p.encoded(), context, std::move(done),
        [](const QJsonObject &root, QList<Order> *o, QString *why, ApiResult<QList<Order>> *r) {
            return ReplyParser::orders(root.value(QLatin1String("data")), o, why, &r->skipped,
                                       &r->skippedIds);
        });
}

void ApiService::userInfo(QObject *context, Callback<QList<Account>> done)
{
    call<QList<Account>>(Endpoint::UserInfo, QByteArray(), context, std::move(done),
                         [](const QJsonObject &root, QList<Account> *a, QString *why) {
                             return ReplyParser::accounts(root.value(QLatin1String("data")), a,
                                                          why);
                         });
}

void ApiService::balances(const QString &accountId, const QString &token, QObject *context,
                          Callback<QList<Balance>> done)
{
    QueryString p;
    p.add("accountId", accountId);
    p.addIfNotEmpty("token", token);
    call<QList<Balance>>(Endpoint::Balance, p.encoded(), context, std::move(done),
                         [](const QJsonObject &root, QList<Balance> *b, QString *why) {
                             return ReplyParser::balances(root.value(QLatin1String("data")), b,
                                                          why);
                         });
}

void ApiService::trades(const TradesQuery &query, QObject *context, Callback<QList<Trade>> done)
{
    QueryString p;
    p.addIfNotEmpty("symbol", query.symbol);
    p.add("accountId", query.accountId);
    if (query.orderId > 0)
        p.add("orderId", QByteArray::number(query.orderId));
    if (query.startTime > 0)
        p.add("startTime", QByteArray::number(query.startTime));
    if (query.endTime > 0)
        p.add("endTime", QByteArray::number(query.endTime));
    p.add("limit", QByteArray::number(query.limit));
    call<QList<Trade>>(Endpoint::Trades, p.encoded(), context, std::move(done),
                       [](const QJsonObject &root, QList<Trade> *t, QString *why) {
                           return ReplyParser::trades(root.value(QLatin1String("data")), t, why);
                       });
}

void ApiService::symbols(const QString &symbol, QObject *context, Callback<QList<SymbolRules>> done)
{
    QueryString p;
    p.addIfNotEmpty("symbol", symbol);
    call<QList<SymbolRules>>(Endpoint::Symbols, p.encoded(), context, std::move(done),
                             [](const QJsonObject &root, QList<SymbolRules> *s, QString *why) {
                                 return ReplyParser::symbols(root.value(QLatin1String("data")), s,
                                                             why);
                             });
}

void ApiService::tickerPrice(const QString &symbol, QObject *context, Callback<Decimal> done)
{
    QueryString p;
    p.add("symbol", symbol);
    call<Decimal>(Endpoint::TickerPrice, p.encoded(), context, std::move(done),
                  [](const QJsonObject &root, Decimal *d, QString *why) {
                      if (ReplyParser::decimal(root.value(QLatin1String("data")), d))
                          return true;
                      *why = Tr::tr("the price is not an exact decimal");
                      return false;
                  });
}

void ApiService::bookTicker(const QString &symbol, QObject *context, Callback<BookTicker> done)
{
    QueryString p;
    p.add("symbol", symbol);
    call<BookTicker>(Endpoint::BookTicker, p.encoded(), context, std::move(done),
                     [](const QJsonObject &root, BookTicker *t, QString *why) {
                         return ReplyParser::bookTicker(root.value(QLatin1String("data")), t, why);
                     });
}

void ApiService::depth(const QString &symbol, QObject *context, Callback<Depth> done)
{
    QueryString p;
    p.add("symbol", symbol);
    call<Depth>(Endpoint::Depth, p.encoded(), context, std::move(done),
                [](const QJsonObject &root, Depth *d, QString *why) {
                    return ReplyParser::depth(root.value(QLatin1String("data")), d, why);
                });
}

void ApiService::ticker24h(const QString &symbol, QObject *context, Callback<Ticker24h> done)
{
    QueryString p;
    p.add("symbol", symbol);
    call<Ticker24h>(Endpoint::Ticker24h, p.encoded(), context, std::move(done),
                    [](const QJsonObject &root, Ticker24h *t, QString *why) {
                        return ReplyParser::ticker24h(root.value(QLatin1String("data")), t, why);
                    });
}
