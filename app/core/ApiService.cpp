#include "core/ApiService.h"

#include "core/Ed25519Key.h"
#include "core/HttpTransport.h"
#include "core/QueryString.h"
#include "core/ReplyClassifier.h"
#include "core/ReplyParser.h"
#include "core/RequestSigner.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

#include <arpa/inet.h>

#include <optional>
#include <type_traits>
#include <utility>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
};

// 127.0.0.0/8, ::1 or ::ffff:127.x.x.x (what QHostAddress::isLoopback() says, without Qt
// Network): the host as QUrl gives it, an address in its canonical form.
bool isLoopbackAddress(const QString &host)
{
    const QByteArray text = host.toLatin1();
    unsigned char bytes[16] = {};
    if (inet_pton(AF_INET, text.constData(), bytes) == 1)
        return bytes[0] == 127;
    if (inet_pton(AF_INET6, text.constData(), bytes) != 1)
        return false;
    static const unsigned char loopback6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static const unsigned char mapped4[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return std::equal(bytes, bytes + 16, loopback6)
           || (std::equal(bytes, bytes + 12, mapped4) && bytes[12] == 127);
}

} // namespace

ApiService::ApiService(HttpTransport *transport, QObject *parent)
    : QObject(parent),
      m_transport(transport)
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
    const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                          || isLoopbackAddress(url.host());
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
            m_serverClock.forget(); // another exchange, another clock
        m_baseUrl = adjusted;
    }
    return problem;
}

void ApiService::setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key)
{
    m_apiKey = apiKey;
    m_key = std::move(key);
    ++m_credentialsSet;
    if (m_authLatch.clear())
        Q_EMIT authBlockedChanged(false);
}

bool ApiService::hasCredentials() const
{
    return !m_apiKey.isEmpty() && m_key && m_key->isValid();
}

quint64 ApiService::enqueue(Pending pending)
{
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    pending.ticket = ++m_nextTicket;
    const quint64 ticket = pending.ticket;
    if (m_baseUrl.isEmpty())
        failLater(std::move(pending),
                  ApiError::make(ApiError::Kind::NotSent, Tr::tr("No exchange address is set.")));
    else if (info.isSigned && !hasCredentials())
        failLater(std::move(pending),
                  ApiError::make(ApiError::Kind::NotSent,
                                 Tr::tr("No API key and private key are set; open Settings.")));
    else if (info.isSigned && m_authLatch.isLatched())
        failLater(std::move(pending),
                  ApiError::make(ApiError::Kind::Auth,
                                 Tr::tr("Signed requests are paused: the exchange refused the "
                                        "credentials. Check the API key and private key.")));
    else {
        if (pending.leaveBy >= 0)
            QTimer::singleShot(std::max<qint64>(0, pending.leaveBy - m_clock.elapsed()), this,
                               [this, ticket] { expire(ticket); });
        m_queue.push(std::move(pending));
        dispatch();
    }
    return ticket;
}

bool ApiService::isQueued(quint64 ticket) const
{
    return m_queue.contains(ticket);
}

bool ApiService::takeFromQueue(quint64 ticket, const ApiError &error)
{
    std::optional<Pending> taken = m_queue.take(ticket);
    if (taken)
        failLater(std::move(*taken), error);
    return taken.has_value();
}

bool ApiService::withdraw(quint64 ticket)
{
    return takeFromQueue(ticket, ApiError::make(ApiError::Kind::NotSent,
                                                Tr::tr("Withdrawn before it left this computer; "
                                                       "nothing was sent.")));
}

namespace {

ApiError lateError()
{
    // Waiting behind a rate-limit pause or the clock being learned: an order that goes out late
    // goes out at a market that has moved on, so it does not go at all.
    return ApiError::make(ApiError::Kind::NotSent,
                          Tr::tr("It could not leave in time (the exchange's rate limit or clock "
                                 "held it); it was withdrawn and nothing was sent."));
}

} // namespace

void ApiService::expire(quint64 ticket)
{
    takeFromQueue(ticket, lateError());
}

void ApiService::failLater(Pending pending, const ApiError &error)
{
    QTimer::singleShot(0, this, [this, pending = std::move(pending), error] {
        complete(pending, error, {}, QDateTime::currentDateTimeUtc(), 0);
    });
}

void ApiService::setTransport(HttpTransport *transport)
{
    m_transport = transport;
    dispatch(); // what waited for it goes now, in its order and within its rate class
}

void ApiService::failTransport(const QString &problem)
{
    m_transportProblem = problem;
    dispatch();
}

void ApiService::dispatch()
{
    if (!m_transportProblem.isEmpty()) {
        // No transport will come: everything waiting is answered now, nothing is sent. (The
        // clock counts as known: learning it would be one more request that cannot go.)
        const auto fail = [this](Pending &&unsent) {
            failLater(std::move(unsent),
                      ApiError::make(ApiError::Kind::NotSent,
                                     Tr::tr("Nothing was sent: %1").arg(m_transportProblem)));
        };
        const RequestQueue::Drained drained =
            m_queue.drain(m_limiter, m_clock.elapsed(), true, fail, fail);
        if (drained.nextDelayMs >= 0)
            m_dispatchTimer.start(int(std::max<qint64>(1, drained.nextDelayMs)));
        return;
    }
    if (!m_transport)
        return; // requests wait in their lines (their deadlines still run) until it comes
    const RequestQueue::Drained drained = m_queue.drain(
        m_limiter, m_clock.elapsed(), m_serverClock.isKnown(),
        [this](Pending &&next) { send(std::move(next)); },
        [this](Pending &&late) { failLater(std::move(late), lateError()); });
    if (drained.nextDelayMs >= 0)
        m_dispatchTimer.start(int(std::max<qint64>(1, drained.nextDelayMs)));
    if (drained.needClock)
        learnClock();
}

void ApiService::learnClock()
{
    // Any public reply's Date header tells the exchange's time; a signed request sent before
    // that could carry a timestamp the exchange refuses.
    if (!m_serverClock.startProbe())
        return;
    symbols({}, this, [this](const ApiResult<QList<SymbolRules>> &) {
        m_serverClock.endProbe();
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
    if (pending.credentials != m_credentialsSet) {
        // Signed with credentials that have been replaced since (a refused key corrected while
        // its request was on its way): the 401 says nothing about the new ones, and must not
        // latch them. Sent again, signed with them, as a first try.
        if (!hasCredentials() || m_authLatch.isLatched())
            return false;
        m_limiter.settle(info.rateClass, pending.rateTicket, nowMs);
        Pending next = pending;
        next.resigns = 0;
        next.rateTicket = 0;
        next.timingFailure = false;
        m_queue.pushFront(std::move(next));
        dispatch();
        return true;
    }
    AuthLatch::Refusal refusal;
    refusal.resigns = pending.resigns;
    refusal.roundTripMs = nowMs - pending.signedAtMs;
    refusal.timestampFresh = m_serverClock.agrees(pending.signedOffsetMs, refusal.roundTripMs);
    const bool wasLatched = m_authLatch.isLatched();
    const AuthLatch::Verdict verdict = m_authLatch.judge(refusal);
    pending.timingFailure = !AuthLatch::isEvidence(refusal);
    if (verdict == AuthLatch::Verdict::Latch && !wasLatched)
        Q_EMIT authBlockedChanged(true);
    if (verdict != AuthLatch::Verdict::SignAgain)
        return false;
    m_limiter.settle(info.rateClass, pending.rateTicket, nowMs);
    Pending next = pending;
    ++next.resigns;
    next.rateTicket = 0;
    next.timingFailure = false;
    // No Date header on the 401, or one read off a slow round trip: a public request tells the
    // clock first.
    if (!dated || refusal.roundTripMs > AuthLatch::CredibleRoundTripMs)
        m_serverClock.forget();
    m_queue.pushFront(std::move(next));
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
    HttpRequest request;
    request.method = info.method;
    request.url = QUrl::fromEncoded(encodedUrl, QUrl::StrictMode);
    request.timeoutMs = m_timeoutMs;
    request.body = body;
    request.headers.emplace_back("Accept", "application/json");
    if (inBody)
        request.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
    if (info.isSigned) {
        pending.signedOffsetMs = m_serverClock.offsetMs();
        pending.signedAtMs = m_clock.elapsed();
        pending.credentials = m_credentialsSet;
        const QByteArray timestamp =
            QByteArray::number(m_serverClock.timestampMs(QDateTime::currentMSecsSinceEpoch()));
        const QByteArray message =
            RequestSigner::message(info.method, info.path, query, body, timestamp);
        request.headers.emplace_back("EXCHANGE-API-KEY", m_apiKey.toUtf8());
        request.headers.emplace_back("EXCHANGE-API-TIMESTAMP", timestamp);
        request.headers.emplace_back("EXCHANGE-API-SIGN",
                                     RequestSigner::signatureBase64(*m_key, message));
    }

    // The deadline is checked once more at the hand-off: signing, and a starved process between
    // the queue and here, must not carry an order past the time the trader allowed it.
    const qint64 started = m_clock.elapsed();
    if (pending.leaveBy >= 0 && started >= pending.leaveBy) {
        failLater(std::move(pending), lateError());
        return;
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    // The transport sends it once (never again on its own) and follows no redirect.
    HttpCall *call = m_transport->send(request);
    call->setParent(this); // in flight when the service goes: ends without a word
    // On its way: from here on it cannot be withdrawn, and its outcome is the exchange's.
    if (pending.onWire && (!pending.hasContext || pending.context))
        std::exchange(pending.onWire, {})();
    auto oversize = std::make_shared<bool>(false);
    call->onProgress = [call, oversize](qint64 received, qint64 total) {
        if (received > MaxReplyBytes || total > MaxReplyBytes) {
            *oversize = true;
            call->abort();
        }
    };
    call->onFinished = [this, call, pending = std::move(pending), sentAt, started,
                        oversize]() mutable {
        finished(call, pending, sentAt, started, *oversize);
    };
}

void ApiService::finished(HttpCall *call, Pending &pending, const QDateTime &sentAt, qint64 started,
                          bool oversize)
{
    call->deleteLater();
    const qint64 now = m_clock.elapsed();
    const bool dated = updateClockOffset(call, sentAt.toMSecsSinceEpoch(),
                                         sentAt.toMSecsSinceEpoch() + (now - started));
    const EndpointInfo &info = endpointInfo(pending.endpoint);
    const ReplyClassifier::Outcome outcome =
        ReplyClassifier(m_timeoutMs, MaxReplyBytes).classify(call, oversize, info.isWrite);
    if (outcome.error.httpStatus == 401 && retryAfter401(pending, dated, now))
        return;
    complete(pending, outcome.error, outcome.root, sentAt, now - started);
}

bool ApiService::updateClockOffset(HttpCall *call, qint64 sentAtMs, qint64 receivedAtMs)
{
    bool changed = false;
    if (!m_serverClock.learn(call->rawHeader("Date"), sentAtMs, receivedAtMs, &changed))
        return false;
    if (changed)
        Q_EMIT clockOffsetChanged(m_serverClock.offsetMs());
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
    // The AuthLatch judged every 401 as it came (retryAfter401): a clock problem or a late
    // arrival never latches, and says so.
    const bool refused401 = error.kind == ApiError::Kind::Auth && error.httpStatus == 401;
    ApiError final = error;
    const qint64 offBy = (m_serverClock.offsetMs() - pending.signedOffsetMs) / 1000;
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
