#include "demo/DemoExchange.h"

#include "demo/DemoWire.h"

#include "core/Ed25519Key.h"
#include "demo/DemoJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

#include <sodium.h>

#include <algorithm>
#include <array>

namespace {

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

Decimal dec(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

} // namespace

DemoExchange::DemoExchange(const DemoExchangeOptions &options, QObject *parent)
    : QObject(parent),
      m_engine(&m_clock, options.seed),
      m_routes(&m_engine),
      m_server([this](const DemoRequest &r) { return handle(r); })
{
    if (options.fixedClock)
        m_clock.setFixed(options.fixedClockStartMs);
    m_clock.setSkewMs(options.clockSkewMs);
    setTimestampWindowMs(options.timestampWindowMs);
    m_engine.setRejectDuplicateClientIds(options.rejectDuplicateClientIds);
    m_engine.setOrderIdIsFilter(options.orderIdIsFilter);
    m_engine.setFeeRates(Decimal::parse(options.makerFee).value_or(Decimal()),
                         Decimal::parse(options.takerFee).value_or(Decimal()));
    std::array<quint32, 8> secret; // 256 bits from the system's generator
    QRandomGenerator::system()->fillRange(secret.data(), secret.size());
    m_controlToken =
        QByteArray(reinterpret_cast<const char *>(secret.data()), sizeof(secret)).toHex();
    m_monotonic.start();
    seedMarket();
    if (options.stepIntervalMs > 0) {
        connect(&m_stepTimer, &QTimer::timeout, this, [this] { step(); });
        m_stepTimer.start(options.stepIntervalMs);
    }
}

DemoExchange::~DemoExchange() = default;

void DemoExchange::seedMarket()
{
    const auto symbol = [](const char *base, const char *tick, const char *lot, const char *min,
                           const char *minNotional) {
        SymbolRules r;
        r.baseToken = QString::fromLatin1(base);
        r.quoteToken = QStringLiteral("USDT");
        r.symbol = r.baseToken + QStringLiteral("-USDT");
        r.priceIncrement = dec(tick);
        r.baseIncrement = dec(lot);
        r.baseMinSize = dec(min);
        r.quoteMinSize = dec(minNotional);
        r.priceLimitRate = dec("0.1");
        r.enableTrading = true;
        return r;
    };
    m_engine.market().addSymbol(symbol("BTC", "0.01", "0.0001", "0.0001", "10"), dec("70000.00"));
    m_engine.market().addSymbol(symbol("ETH", "0.01", "0.001", "0.001", "5"), dec("3500.00"));
    m_engine.market().addSymbol(symbol("SOL", "0.001", "0.01", "0.01", "1"), dec("150.000"));
    Account main{defaultAccountId(), QStringLiteral("Main"), QStringLiteral("SPOT"),
                 QStringLiteral("NORMAL"), true};
    m_engine.addAccount(main, {{QStringLiteral("USDT"), dec("100000.00")},
                               {QStringLiteral("BTC"), dec("2.5")},
                               {QStringLiteral("ETH"), dec("40")},
                               {QStringLiteral("SOL"), dec("800")}});
}

quint16 DemoExchange::listen(quint16 port)
{
    m_port = m_server.listenRaw(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl DemoExchange::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool DemoExchange::addApiKey(const QString &apiKey, const QByteArray &spkiDer)
{
    if (apiKey.isEmpty() || !DemoWire::isEd25519Key(spkiDer))
        return false;
    m_keys.insert(apiKey, spkiDer);
    return true;
}

std::function<std::unique_ptr<EmbeddedExchange>()>
DemoExchange::maker(const DemoExchangeOptions &options, DemoExchange **created)
{
    return [options, created] {
        auto exchange = std::make_unique<DemoExchange>(options);
        if (created)
            *created = exchange.get();
        return exchange;
    };
}

bool DemoExchange::accept(const Credentials &credentials)
{
    return credentials.key && credentials.key->isValid()
           && addApiKey(credentials.apiKey,
                        QByteArray::fromBase64(credentials.key->publicKeySpkiBase64()));
}

DemoExchange::Credentials DemoExchange::createCredentials()
{
    auto key = std::make_shared<Ed25519Key>(Ed25519Key::generate());
    const QString apiKey = QStringLiteral("demo-") + QUuid::createUuid().toString(QUuid::Id128);
    addApiKey(apiKey, QByteArray::fromBase64(key->publicKeySpkiBase64()));
    return {apiKey, key};
}

void DemoExchange::injectFault(DemoFault fault, int count, const QByteArray &pathFilter)
{
    if (fault != DemoFault::None && count > 0)
        m_faults.push_back({fault, count, pathFilter});
}

void DemoExchange::clearFaults()
{
    m_faults.clear();
}

void DemoExchange::setClockSkewMs(qint64 skewMs)
{
    m_clock.setSkewMs(skewMs);
}

void DemoExchange::step(int count)
{
    for (int i = 0; i < count; ++i)
        m_engine.step();
}

int DemoExchange::requestCount(const QByteArray &method, const QByteArray &path) const
{
    return m_requestCounts.value(method + ' ' + path);
}

void DemoExchange::resetStats()
{
    m_requestCounts.clear();
    m_totalRequests = 0;
}

DemoResponse DemoExchange::json(int status, const QJsonObject &body) const
{
    DemoResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // A fixed clock has no meaningful wall time to advertise.
    if (!m_clock.isFixed())
        r.date = httpDate(m_clock.nowMs());
    return r;
}

DemoFault DemoExchange::takeFault(const QByteArray &path)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->path.isEmpty() && it->path != path)
            continue;
        const DemoFault f = it->fault;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return f;
    }
    return DemoFault::None;
}

bool DemoExchange::authenticate(const DemoRequest &request, const DemoWire::Route &route,
                                DemoResponse *refusal, QString *apiKey) const
{
    const QByteArray key = request.header("EXCHANGE-API-KEY");
    const QByteArray timestamp = request.header("EXCHANGE-API-TIMESTAMP");
    const QByteArray sign = request.header("EXCHANGE-API-SIGN");
    const auto refuse = [&](int status, const char *code, const QString &message) {
        *refusal = json(status, DemoJson::error(QString::fromLatin1(code), message));
        return false;
    };
    if (key.isEmpty())
        return refuse(412, "-1102", QStringLiteral("Header EXCHANGE-API-KEY is missing"));
    if (timestamp.isEmpty())
        return refuse(412, "-1102", QStringLiteral("Header EXCHANGE-API-TIMESTAMP is missing"));
    if (sign.isEmpty())
        return refuse(412, "-1102", QStringLiteral("Header EXCHANGE-API-SIGN is missing"));
    m_signatures.append(sign);
    if (m_signatures.size() > 1000)
        m_signatures.removeFirst();
    const auto spki = m_keys.constFind(QString::fromUtf8(key));
    if (spki == m_keys.cend())
        return refuse(401, "-1002", QStringLiteral("API key is not registered or has expired"));
    bool numeric = false;
    const qint64 ts = timestamp.toLongLong(&numeric);
    if (!numeric)
        return refuse(401, "-1021", QStringLiteral("Timestamp is not a number"));
    if (!m_clock.isFixed() && std::abs(ts - m_clock.nowMs()) > m_timestampWindowMs)
        return refuse(401, "-1021",
                      QStringLiteral("Timestamp is %1 s away from server time (limit %2 s)")
                          .arg((ts - m_clock.nowMs()) / 1000)
                          .arg(m_timestampWindowMs / 1000));
    const QByteArray message =
        DemoWire::signedText(route.method, route.path, request.query, request.body, timestamp);
    if (!DemoWire::verify(*spki, message, QByteArray::fromBase64(sign)))
        return refuse(401, "-1022", QStringLiteral("Signature for this request is not valid"));
    *apiKey = QString::fromUtf8(key);
    return true;
}

qint64 DemoExchange::arrivedMs(const DemoRequest &request) const
{
    // The exchange counts a request when it came, not when this process got round to reading
    // it: a busy process (the storm runs the app and its exchange on one thread) reads its
    // sockets late, which an exchange on its own computer would not. Never later than now.
    const qint64 now = m_monotonic.elapsed();
    if (request.arrivedMs < 0)
        return now;
    return std::min(now, request.arrivedMs - m_monotonic.msecsSinceReference());
}

DemoResponse DemoExchange::handle(const DemoRequest &request)
{
    if (request.heldId == 0) { // a held request was counted when it was sent
        ++m_totalRequests;
        ++m_requestCounts[request.method + ' ' + request.path];
    }
    DemoFault hooked = DemoFault::None; // what the storm drew, shown to it with the reply
    DemoResponse response = [&] {
        if (request.path.startsWith("/demo/"))
            return control(request);
        const DemoWire::Route *route = DemoWire::route(request.method, request.path);
        if (!route) {
            const QByteArray allow = DemoWire::allowedMethods(request.path);
            if (allow.isEmpty())
                return json(404,
                            DemoJson::error(QStringLiteral("-1"), QStringLiteral("Not found")));
            DemoResponse r = json(405, DemoJson::error(QStringLiteral("-1"),
                                                       QStringLiteral("Method not allowed; use ")
                                                           + QString::fromLatin1(allow)));
            r.allow = allow;
            return r;
        }

        DemoFault fault = takeFault(request.path);
        if (fault == DemoFault::None && m_hook) {
            fault = hooked = m_hook->before(request);
            if (const DemoRequestHook::Hold hold = m_hook->hold(); hold.ms > 0) {
                // Not here yet: it reaches the exchange (its clock, its checks) later.
                DemoResponse held;
                held.action = DemoResponse::Action::Defer;
                held.delayMs = hold.ms;
                held.heldId = hold.id;
                return held;
            }
        }
        if (fault == DemoFault::UnavailableBefore)
            return json(503, DemoJson::error(QStringLiteral("-1"),
                                             QStringLiteral("Service temporarily unavailable")));
        if (fault == DemoFault::RateLimitBurst)
            return json(
                429, DemoJson::error(QStringLiteral("-1003"), QStringLiteral("Too many requests")));

        QString caller = request.remote.toString();
        if (route->isSigned) {
            DemoResponse refusal;
            if (!authenticate(request, *route, &refusal, &caller))
                return refusal;
        }
        if (!m_limits.allow(caller, *route, arrivedMs(request)))
            return json(429, DemoJson::error(QStringLiteral("-1003"),
                                             QStringLiteral("Too many requests; limit is %1 per "
                                                            "%2 ms")
                                                 .arg(route->limit)
                                                 .arg(route->windowMs)));

        DemoRoutes::Params params;
        const QByteArray form = request.method == "GET" ? QByteArray() : request.body;
        for (const auto &[name, value] : DemoWire::decodeParams(form))
            params.insert(name, value);
        for (const auto &[name, value] : DemoWire::decodeParams(request.query))
            params.insert(name, value); // the query string wins
        const DemoRoutes::Reply reply = m_routes.handle(route->id, route->isSigned, params);
        return applyFault(fault, json(reply.status, reply.json));
    }();
    if (response.action == DemoResponse::Action::Defer)
        return response; // answered when it arrives
    response.hold = !m_holdPrefix.isEmpty() && request.path.startsWith(m_holdPrefix);
    if (m_hook && !request.path.startsWith("/demo/"))
        m_hook->after(request, hooked, &response);
    Q_EMIT requestHandled(request.method, request.path, response.status);
    Q_EMIT replied(request.method, request.path, response.body);
    return response;
}

DemoResponse DemoExchange::applyFault(DemoFault fault, DemoResponse response) const
{
    switch (fault) {
    case DemoFault::ServerErrorAfterAccept:
        response.status = 500;
        response.body = R"({"code":"-1","msg":"Internal error"})";
        break;
    case DemoFault::StallAfterAccept: response.action = DemoResponse::Action::Stall; break;
    case DemoFault::DropAfterAccept: response.action = DemoResponse::Action::Drop; break;
    case DemoFault::MalformedJson: response.body = "{\"code\":\"0\",\"data\":<html>oops"; break;
    case DemoFault::TruncatedJson: response.body.truncate(response.body.size() / 2); break;
    case DemoFault::WrongTypes: {
        QJsonObject root = QJsonDocument::fromJson(response.body).object();
        for (const char *field : {"data", "orderId"}) {
            const QString key = QLatin1String(field);
            if (root.contains(key))
                root.insert(key, DemoJson::scramble(root.value(key)));
        }
        response.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        break;
    }
    default: break;
    }
    return response;
}

// A control moves the market or the clock, so it takes more than reaching the port: the run's
// secret, and the one method each control has.
std::optional<DemoResponse> DemoExchange::refuseControl(const DemoRequest &request) const
{
    const auto refuse = [this](int status, const QString &message) {
        return json(status, DemoJson::error(QStringLiteral("-1"), message));
    };
    if (!request.remote.isLoopback())
        return refuse(403, QStringLiteral("Loopback only"));
    const QByteArray token = request.header(ControlTokenHeader);
    if (token.isEmpty())
        return refuse(401, QStringLiteral("Send this run's control token in %1")
                               .arg(QLatin1String(ControlTokenHeader)));
    if (token.size() != m_controlToken.size()
        || sodium_memcmp(token.constData(), m_controlToken.constData(), size_t(token.size())) != 0)
        return refuse(403, QStringLiteral("Wrong control token"));
    static const QHash<QByteArray, QByteArray> methods{{"/demo/fault", "POST"},
                                                       {"/demo/skew", "POST"},
                                                       {"/demo/step", "POST"},
                                                       {"/demo/mid", "POST"},
                                                       {"/demo/stats", "GET"}};
    const QByteArray method = methods.value(request.path);
    if (method.isEmpty())
        return refuse(404, QStringLiteral("Not found"));
    if (request.method != method) {
        DemoResponse r = refuse(
            405, QStringLiteral("Method not allowed; use %1").arg(QString::fromLatin1(method)));
        r.allow = method;
        return r;
    }
    return std::nullopt;
}

DemoResponse DemoExchange::control(const DemoRequest &request)
{
    if (const auto refusal = refuseControl(request))
        return *refusal;
    DemoRoutes::Params p;
    for (const auto &[name, value] : DemoWire::decodeParams(request.query))
        p.insert(name, value);
    if (request.path == "/demo/fault") {
        const DemoFault fault = DemoFaults::fromName(p.value(QStringLiteral("mode")));
        if (p.value(QStringLiteral("mode")) == QLatin1String("none")) {
            clearFaults();
        } else if (fault == DemoFault::None) {
            return json(400, DemoJson::error(QStringLiteral("-1"),
                                             QStringLiteral("mode is one of: none, %1")
                                                 .arg(DemoFaults::names().join(u", "))));
        }
        injectFault(fault, std::max(1, p.value(QStringLiteral("count")).toInt()),
                    p.value(QStringLiteral("path")).toUtf8());
        return json(200, DemoJson::envelope(DemoFaults::name(fault)));
    }
    if (request.path == "/demo/skew") {
        setClockSkewMs(p.value(QStringLiteral("ms")).toLongLong());
        return json(200, DemoJson::envelope(QString::number(m_clock.skewMs())));
    }
    if (request.path == "/demo/step") {
        step(std::clamp(p.value(QStringLiteral("count")).toInt(), 1, 10000));
        return json(200, DemoJson::envelope(QStringLiteral("ok")));
    }
    if (request.path == "/demo/mid") {
        const auto price = Decimal::parse(p.value(QStringLiteral("price")));
        const QString symbol = p.value(QStringLiteral("symbol"));
        if (!price || !m_engine.market().hasSymbol(symbol))
            return json(400, DemoJson::error(QStringLiteral("-1"),
                                             QStringLiteral("symbol and price required")));
        m_engine.moveMarket(symbol, *price);
        return json(200, DemoJson::envelope(price->toString()));
    }
    if (request.path == "/demo/stats") {
        QJsonObject counts;
        for (auto it = m_requestCounts.cbegin(); it != m_requestCounts.cend(); ++it)
            counts.insert(QString::fromUtf8(it.key()), it.value());
        return json(200, DemoJson::envelope(counts));
    }
    return json(404, DemoJson::error(QStringLiteral("-1"), QStringLiteral("Not found")));
}
