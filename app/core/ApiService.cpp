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
#include <utility>

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

quint64 ApiService::enqueue(Pending pending)
{
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    ++m_calls[size_t(pending.endpoint)];
    pending.ticket = ++m_nextTicket;
    const quint64 ticket = pending.ticket;
    if (m_baseUrl.isEmpty())
        failLater(std::move(pending),
                  ApiError::make(ApiError::Kind::NotSent, Tr::tr("No exchange address is set.")));
    else if (info.isSigned && !hasCredentials())
        failLater(std::move(pending),
                  ApiError::make(ApiError::Kind::NotSent,
                                 Tr::tr("No API key and private key are set; open Settings.")));
    else if (info.isSigned && m_authBlocked)
        failLater(std::move(pending),
                  ApiError::make(ApiError::Kind::Auth,
                                 Tr::tr("Signed requests are paused: the exchange refused the "
                                        "credentials. Check the API key and private key.")));
    else {
        if (pending.leaveBy >= 0)
            QTimer::singleShot(std::max<qint64>(0, pending.leaveBy - m_clock.elapsed()), this,
                               [this, ticket] { expire(ticket); });
        m_queues[size_t(info.rateClass)].push_back(std::move(pending));
        dispatch();
    }
    return ticket;
}

bool ApiService::isQueued(quint64 ticket) const
{
    for (const auto &queue : m_queues) {
        for (const Pending &p : queue) {
            if (p.ticket == ticket)
                return true;
        }
    }
    return false;
}

bool ApiService::takeFromQueue(quint64 ticket, const ApiError &error)
{
    for (auto &queue : m_queues) {
        for (auto it = queue.begin(); it != queue.end(); ++it) {
            if (it->ticket != ticket)
                continue;
            Pending p = std::move(*it);
            queue.erase(it);
            failLater(std::move(p), error);
            return true;
        }
    }
    return false;
}

bool ApiService::withdraw(quint64 ticket)
{
    return takeFromQueue(ticket, ApiError::make(ApiError::Kind::NotSent,
                                                Tr::tr("Withdrawn before it left this computer; "
                                                       "nothing was sent.")));
}

void ApiService::expire(quint64 ticket)
{
    // Waiting behind a rate-limit pause or the clock being learned: an order that goes out late
    // goes out at a market that has moved on, so it does not go at all.
    takeFromQueue(ticket, ApiError::make(ApiError::Kind::NotSent,
                                         Tr::tr("It could not leave in time (the exchange's rate "
                                                "limit or clock held it); it was withdrawn and "
                                                "nothing was sent.")));
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
            if (queue.front().leaveBy >= 0 && m_clock.elapsed() >= queue.front().leaveBy) {
                expire(queue.front().ticket);
                continue;
            }
            Pending p = std::move(queue.front());
            queue.pop_front();
            p.rateTicket = m_limiter.record(rateClass, m_clock.elapsed());
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

bool ApiService::retryAfter401(Pending &pending, bool dated, qint64 nowMs)
{
    // A 401 means the exchange did nothing (exchange.md: a 4xx changes nothing), so sending the
    // same request again — the same parameters, a placement's same clientOrderId — is no blind
    // resend. Only its timestamp and signature are new.
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    if (!info.isSigned)
        return false;
    const qint64 roundTrip = nowMs - pending.signedAtMs;
    const bool fresh =
        m_clockKnown
        && std::abs(pending.signedOffsetMs - m_clockOffsetMs) <= FreshTimestampMs + roundTrip;
    // Evidence against the credentials: a timestamp fresh by the exchange's own clock, on a
    // request that reached it at once. A slow round trip or a clock that moved proves nothing.
    pending.timingFailure = !fresh || roundTrip > CredibleRoundTripMs;
    const bool again =
        pending.resigns == 0 || (pending.timingFailure && pending.resigns < MaxResigns);
    if (!again)
        return false;
    m_limiter.settle(info.rateClass, pending.rateTicket, nowMs);
    Pending next = pending;
    ++next.resigns;
    next.rateTicket = 0;
    next.timingFailure = false;
    // No Date header on the 401, or one read off a slow round trip: a public request tells the
    // clock first.
    if (!dated || roundTrip > CredibleRoundTripMs)
        m_clockKnown = false;
    m_queues[size_t(info.rateClass)].push_front(std::move(next));
    dispatch();
    return true;
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
        pending.signedAtMs = m_clock.elapsed();
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
    // On its way: from here on it cannot be withdrawn, and its outcome is the exchange's.
    if (pending.onWire && (!pending.hasContext || pending.context))
        std::exchange(pending.onWire, {})();
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
                const bool dated = updateClockOffset(reply, sentAt.toMSecsSinceEpoch(),
                                                     sentAt.toMSecsSinceEpoch() + (now - started));
                const EndpointInfo &info = endpointInfo(pending.endpoint);
                const ReplyClassifier::Outcome outcome =
                    ReplyClassifier(m_timeoutMs, MaxReplyBytes)
                        .classify(reply, *oversize, info.isWrite);
                Pending last = pending;
                if (outcome.error.httpStatus == 401 && retryAfter401(last, dated, now))
                    return;
                complete(last, outcome.error, outcome.root, sentAt, now - started);
            });
}

bool ApiService::updateClockOffset(QNetworkReply *reply, qint64 sentAtMs, qint64 receivedAtMs)
{
    const std::optional<qint64> offset =
        ClockOffset::fromDateHeader(reply->rawHeader("Date"), sentAtMs, receivedAtMs);
    if (!offset)
        return false;
    m_clockKnown = true;
    if (*offset != m_clockOffsetMs) {
        m_clockOffsetMs = *offset;
        Q_EMIT clockOffsetChanged(*offset);
    }
    return true;
}

void ApiService::complete(const Pending &pending, const ApiError &error, const ReplyDocument &root,
                          const QDateTime &sentAt, qint64 elapsedMs)
{
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    if (pending.rateTicket != 0) {
        // Answered (or failed): its place in the window counts from now; the next may follow.
        // Unanswered (timeout, dropped), it may still arrive late: one more window.
        if (error.kind == ApiError::Kind::Unknown && error.httpStatus == 0)
            m_limiter.settleUnanswered(info.rateClass, pending.rateTicket, m_clock.elapsed());
        else
            m_limiter.settle(info.rateClass, pending.rateTicket, m_clock.elapsed());
        QTimer::singleShot(0, this, &ApiService::dispatch);
    }
    if (error.kind == ApiError::Kind::RateLimited) {
        const qint64 pause = m_limiter.penalize(info.rateClass, m_clock.elapsed());
        Q_EMIT rateLimited(info.rateClass, pause);
        dispatch();
    } else if (error.httpStatus > 0) {
        m_limiter.clearPenalty(info.rateClass);
    }
    // Only a 401 to a request sent again with the clock just learned, that reached the exchange
    // at once with a timestamp its Date header confirms, is a credentials failure; a clock
    // problem or a late arrival never latches.
    const bool refused401 = error.kind == ApiError::Kind::Auth && error.httpStatus == 401;
    if (refused401 && pending.resigns > 0 && !pending.timingFailure && !m_authBlocked) {
        m_authBlocked = true;
        Q_EMIT authBlockedChanged(true);
    }
    ApiError final = error;
    const qint64 offBy = (m_clockOffsetMs - pending.signedOffsetMs) / 1000;
    if (refused401 && pending.timingFailure && offBy != 0)
        final.message = Tr::tr("The exchange refused the request's time: this computer's clock is "
                               "%1 s off the exchange's. Nothing was done; the next request uses "
                               "the exchange's time.")
                            .arg(offBy);
    else if (refused401 && pending.timingFailure)
        final.message = Tr::tr("The exchange refused the request's time: it was held up on its "
                               "way. Nothing was done; the next request is signed anew.");
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
