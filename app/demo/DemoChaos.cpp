#include "demo/DemoChaos.h"

#include "demo/DemoJson.h"
#include "demo/DemoWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

// Relative weights of the request faults (their sum is one draw's range).
struct Weight
{
    DemoChaos::Kind kind;
    int weight;
};
constexpr std::array<Weight, 11> Weights{{
    {DemoChaos::Kind::Unavailable503, 6},
    {DemoChaos::Kind::Busy200, 8},
    {DemoChaos::Kind::Error500After, 6},
    {DemoChaos::Kind::StallAfter, 2},
    {DemoChaos::Kind::DropAfter, 4},
    {DemoChaos::Kind::RateLimited429, 3},
    {DemoChaos::Kind::HeldBack, 6},
    {DemoChaos::Kind::UnreadableItem, 6},
    {DemoChaos::Kind::ClockStepSeconds, 4},
    {DemoChaos::Kind::ClockStepMinutes, 2},
    {DemoChaos::Kind::DeliverLate, 0}, // Options::deliverLateWeight
}};

constexpr std::array<const char *, size_t(DemoChaos::Kind::Count)> Names{
    {"503-before", "busy-200", "500-after", "slow-after", "drop-after", "429", "out-of-order",
     "unreadable-item", "clock-step-s", "clock-step-min", "market-step", "fill", "partial-fill",
     "exchange-cancel", "cover-up", "deliver-late"}};

constexpr QByteArrayView OrderPath = "/api/v1/spot/order";

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString paramOf(const QByteArray &params, const QString &name)
{
    if (params.trimmed().startsWith('{')) {
        const QJsonValue v = QJsonDocument::fromJson(params).object().value(name);
        return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
    }
    return QUrlQuery(QString::fromUtf8(params)).queryItemValue(name, QUrl::FullyDecoded);
}

// FNV-1a: a hash that is the same in every process and every Qt version.
quint64 fnv(const QByteArray &bytes)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char c : bytes)
        h = (h ^ quint8(c)) * 0x100000001B3ULL;
    return h;
}

bool isList(const QByteArray &path)
{
    return path.endsWith("/open_order") || path.endsWith("/finish_order")
           || path.endsWith("/account/trades");
}

} // namespace

DemoChaos::DemoChaos(DemoExchange *exchange, const Options &options, QObject *parent)
    : QObject(parent),
      m_exchange(exchange),
      m_options(options)
{
    m_started.start();
    m_exchange->setRequestHook(this);
    if (m_options.marketEveryMs > 0) {
        connect(&m_marketTimer, &QTimer::timeout, this, &DemoChaos::moveMarket);
        m_marketTimer.start(m_options.marketEveryMs);
    }
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, m_exchange, &DemoExchange::releaseHeld);
    // A stricter timestamp window for a share of seeds (its own draw: the streams stay as they
    // were).
    const quint64 w = mix(options.seed * 0x2545F4914F6CDD1DULL + 0x71D0);
    if (int(w % 100) < m_options.strictWindowPercent) {
        m_windowMs = 5000 + qint64((w >> 8) % 6) * 1000;
        m_exchange->setTimestampWindowMs(m_windowMs);
    }
}

DemoChaos::~DemoChaos()
{
    m_exchange->setRequestHook(nullptr);
}

QString DemoChaos::kindName(Kind kind)
{
    return QString::fromLatin1(Names[size_t(kind)]);
}

std::optional<DemoChaos::Kind> DemoChaos::kindFromName(const QString &name)
{
    for (size_t i = 0; i < Names.size(); ++i) {
        if (name == QLatin1String(Names[i]))
            return Kind(i);
    }
    return std::nullopt;
}

void DemoChaos::setScript(const Script &script)
{
    m_script = script;
}

void DemoChaos::setActive(bool active)
{
    m_active = active;
    if (active && m_options.marketEveryMs > 0) {
        m_marketTimer.start(m_options.marketEveryMs);
    } else if (!active) {
        if (m_calmFrom < 0)
            m_calmFrom = int(m_keys.size());
        m_marketTimer.stop();
        m_releaseTimer.stop();
        m_exchange->releaseHeld();
    }
}

int DemoChaos::roll(int below)
{
    // splitmix64 over (seed, the market's tick, how many draws this tick made)
    const quint64 z =
        mix(m_options.seed * 0x9E3779B97F4A7C15ULL + 0x5EED) ^ (m_tick << 20) ^ ++m_tickDraw;
    return int(mix(z) % quint64(std::max(1, below)));
}

int DemoChaos::rollFor(int below)
{
    // splitmix64 over (seed, the request's kind, its number among that kind's requests)
    const quint64 z = m_requestKey + 0x9E3779B97F4A7C15ULL * ++m_requestDraw;
    return int(mix(z) % quint64(std::max(1, below)));
}

void DemoChaos::record(Kind kind, const QByteArray &request, const QString &detail, quint64 seq)
{
    Entry e{seq, m_started.elapsed(), kind, request, detail};
    ++m_counts[size_t(kind)];
    m_log.append(e);
    if (m_options.echo && kind != Kind::MarketStep)
        std::fprintf(stderr, "chaos #%llu %s %s %s\n", static_cast<unsigned long long>(seq),
                     qPrintable(kindName(kind)), request.constData(), qPrintable(detail));
    Q_EMIT logged(e);
}

void DemoChaos::decide(Kind kind, qint64 param, bool keyed, const QString &detail)
{
    m_decisions.append(Decision{m_key, kind, param, keyed, detail});
}

void DemoChaos::keyRequest(const DemoRequest &request, const QByteArray &params)
{
    // A request's kind: its endpoint, and the order it names (a placement's or look-up's
    // clientOrderId, a cancel's orderId). Its number counts that kind's requests only, so how
    // the requests of other kinds interleaved (timing) changes neither.
    QByteArray kind = request.method + ' ' + request.path;
    QString id = paramOf(params, QStringLiteral("clientOrderId"));
    if (id.isEmpty())
        id = paramOf(params, QStringLiteral("orderId"));
    if (!id.isEmpty())
        kind += " id=" + id.toUtf8();
    const int nth = ++m_perEndpoint[kind];
    m_key = kind + " #" + QByteArray::number(nth);
    m_keys.append(m_key);
    m_requestKey = mix(m_options.seed * 0xD1B54A32D192ED03ULL ^ fnv(kind)) ^ quint64(nth) << 32;
    m_requestDraw = 0;
    m_text = request.method + ' ' + request.path + ' ' + params.left(200);
}

DemoFault DemoChaos::before(const DemoRequest &request)
{
    m_holdThis = m_unreadableThis = m_busyThis = m_refuseThis = false;
    m_releaseMs = m_unreadableDraw = 0;
    m_hold = {};
    if (request.heldId != 0)
        return arrive(request);
    const quint64 seq = ++m_seq;
    m_replySeq = seq;
    const QByteArray params = request.method == "GET" ? request.query : request.body;
    Q_EMIT requestSeen(seq, request.method, request.path, params);
    keyRequest(request, params);
    if (m_script)
        return scripted(request, params, seq);
    if (m_stepBackIn > 0 && --m_stepBackIn == 0) {
        decide(Kind::ClockStepMinutes, m_stepBackMs, false, QStringLiteral("stepped back"));
        stepClockBy(m_stepBackMs, true, QStringLiteral(" (stepped back)"), seq);
    }
    const QByteArray kind = m_key.left(m_key.lastIndexOf(" #"));
    if (const auto late = m_lateNext.constFind(kind);
        late != m_lateNext.cend() && m_started.elapsed() >= late->second) {
        // The first request of this kind sent after the late 401 came back (the client's
        // retry): late again, the process or network still standing still. Timing's: "state".
        const qint64 lateMs = late->first;
        m_lateNext.erase(late);
        decide(Kind::DeliverLate, lateMs, false, QStringLiteral("sent again, late again"));
        deliverLate(lateMs, request, seq);
        return DemoFault::None; // nothing else drawn: it is not at the exchange yet
    }
    if (coverLookup(request, params, seq))
        return DemoFault::UnavailableBefore; // nothing carried out; the reply is rewritten
    // Faults come in incidents too: now and then the next 10 to 40 requests fail far more
    // often. Whether one starts is drawn from the request's key (its own stream, apart from
    // the fault's draws); which requests it covers is arrival order, so timing's.
    const quint64 incident = mix(m_requestKey ^ 0x1C1DE7ULL);
    if (m_incidentLeft > 0)
        --m_incidentLeft;
    else if (m_active && int(incident % 1000) < m_options.incidentPerMille)
        m_incidentLeft = 10 + int((incident >> 20) % 31);
    return drawFault(request, params, seq);
}

DemoFault DemoChaos::drawFault(const DemoRequest &request, const QByteArray &params, quint64 seq)
{
    // The first draw decides whether a fault hits, the next ones which and its parameter: an
    // incident raises the share, never changes what hits a request. A fault that the plain
    // share would have thrown is "keyed" (every run that sends this request throws it).
    const int draw = rollFor(100);
    const int percent =
        m_incidentLeft > 0 ? m_options.incidentFaultPercent : m_options.faultPercent;
    if (!m_active || draw >= percent)
        return DemoFault::None;
    const bool keyed = draw < m_options.faultPercent;
    int total = 0;
    for (const Weight &w : Weights)
        total += w.kind == Kind::DeliverLate ? m_options.deliverLateWeight : w.weight;
    int pick = rollFor(total);
    Kind drawn = Kind::Unavailable503;
    for (const Weight &w : Weights) {
        const int weight = w.kind == Kind::DeliverLate ? m_options.deliverLateWeight : w.weight;
        if (pick < weight) {
            drawn = w.kind;
            break;
        }
        pick -= weight;
    }
    // The kind's parameter, drawn always (a replay needs it, whether or not it applies).
    qint64 param = 0;
    switch (drawn) {
    case Kind::ClockStepSeconds: param = (1 + rollFor(20)) * 1000 * (rollFor(2) ? 1 : -1); break;
    case Kind::ClockStepMinutes: param = (1 + rollFor(3)) * 60000 * (rollFor(2) ? 1 : -1); break;
    case Kind::HeldBack: param = 1 + rollFor(m_options.heldReleaseMs); break;
    case Kind::UnreadableItem: param = rollFor(1 << 30); break;
    // Past twice the window: the client, dating the exchange's clock by the late reply's Date
    // (half the lateness), would have its next request accepted inside twice the window.
    case Kind::DeliverLate: param = 2 * m_windowMs + 1000 + rollFor(2001); break;
    default: break;
    }
    const DemoWire::Route *route = DemoWire::route(request.method, request.path);
    if ((drawn == Kind::UnreadableItem && (!isList(request.path) || request.method != "GET"))
        || (drawn == Kind::DeliverLate && (!route || !route->isSigned || m_windowMs >= 60000)))
        return DemoFault::None; // only lists have items; only a signed request can be late
    m_keyedThis = keyed;
    decide(drawn, param, keyed);
    const DemoFault fault = throwFault(drawn, param, request, params, seq);
    if (drawn == Kind::DeliverLate) // the same request sent again right after: late as well
        m_lateNext.insert(m_key.left(m_key.lastIndexOf(" #")),
                          {param, m_started.elapsed() + m_hold.ms});
    return fault;
}

DemoFault DemoChaos::throwFault(Kind kind, qint64 param, const DemoRequest &request,
                                const QByteArray &params, quint64 seq)
{
    switch (kind) {
    case Kind::UnreadableItem:
        m_unreadableThis = true;
        m_unreadableDraw = param;
        return DemoFault::None; // recorded when the reply is known to carry an item
    case Kind::ClockStepSeconds:
    case Kind::ClockStepMinutes: {
        const bool minutes = kind == Kind::ClockStepMinutes;
        const qint64 before = m_exchange->clock().skewMs();
        const qint64 size = std::abs(param);
        qint64 after = before + param;
        if (std::abs(after) > m_options.maxSkewMs)
            after = before > 0 ? before - size : before + size; // back towards the truth
        if (minutes && !m_script && m_stepBackIn == 0 && rollFor(2)) {
            m_stepBackIn = 1 + rollFor(3);
            m_stepBackMs = before - after;
        }
        stepClockBy(after - before, minutes, {}, seq);
        return DemoFault::None;
    }
    case Kind::DeliverLate: deliverLate(param, request, seq); return DemoFault::None;
    case Kind::CoverUp: {
        const QString id = clientOrderIdOf(params);
        m_covered.insert(id, Cover{m_started.elapsed() + m_options.coverMaxMs, int(param)});
        record(Kind::CoverUp, "(cover-up)",
               QStringLiteral("order %1: its next %2 look-ups refused, the item unreadable in "
                              "lists")
                   .arg(id)
                   .arg(param),
               seq);
        return DemoFault::None;
    }
    case Kind::HeldBack:
        m_holdThis = true;
        m_releaseMs = param;
        record(kind, m_text, {}, seq);
        return DemoFault::None;
    case Kind::Busy200:
        m_busyThis = true;
        record(kind, m_text, {}, seq);
        return DemoFault::UnavailableBefore; // nothing carried out; the reply is rewritten
    default: break;
    }
    record(kind, m_text, {}, seq);
    const bool hidesOutcome =
        kind == Kind::Error500After || kind == Kind::StallAfter || kind == Kind::DropAfter;
    if (hidesOutcome && request.method == "POST" && request.path == OrderPath && !m_script)
        maybeCover(params, seq);
    // An order whose outcome this fault hides usually meets the same incident on its checks.
    if (request.method == "POST" && m_incidentLeft == 0 && !m_script && rollFor(2))
        m_incidentLeft = 10 + rollFor(31);
    switch (kind) {
    case Kind::Unavailable503: return DemoFault::UnavailableBefore;
    case Kind::Error500After: return DemoFault::ServerErrorAfterAccept;
    case Kind::StallAfter: return DemoFault::StallAfterAccept;
    case Kind::DropAfter: return DemoFault::DropAfterAccept;
    default: return DemoFault::RateLimitBurst;
    }
}

void DemoChaos::after(const DemoRequest &request, DemoFault fault, DemoResponse *response)
{
    const QByteArray params = request.method == "GET" ? request.query : request.body;
    const QByteArray text = request.method + ' ' + request.path + ' ' + params.left(200);
    if (response->status == 429 && (fault != DemoFault::RateLimitBurst || m_options.plantEarned429))
        m_earned429.append(QStringLiteral("#%1 at %2 ms: %3")
                               .arg(m_replySeq)
                               .arg(m_started.elapsed())
                               .arg(QString::fromUtf8(text)));
    if (response->status == 401 && response->body.contains("\"-1022\""))
        ++m_badSignatures;
    if (m_busyThis) {
        response->status = 200;
        response->body = R"({"code":"-1","msg":"System busy, please try again later"})";
    } else if (m_refuseThis) {
        response->status = 400;
        response->body = R"({"code":"-1000","msg":"An unknown error occurred, try again"})";
    }
    if (m_unreadableThis && response->status == 200 && fault == DemoFault::None)
        unreadable(response, text);
    if (!m_covered.isEmpty() && isList(request.path) && response->status == 200
        && fault == DemoFault::None)
        coverItems(response, text);
    if (m_holdThis && response->action == DemoResponse::Action::Reply) {
        response->hold = true;
        if (!m_releaseTimer.isActive())
            m_releaseTimer.start(int(m_releaseMs));
    }
    const bool busy = m_busyThis || m_refuseThis;
    m_holdThis = m_unreadableThis = m_busyThis = m_refuseThis = false;
    // A fault after acting is only applied when the request got that far (a request refused
    // for its signature or rate is answered as refused, fault or not).
    const bool afterActing =
        (fault == DemoFault::ServerErrorAfterAccept && response->status == 500)
        || (fault == DemoFault::StallAfterAccept && response->action == DemoResponse::Action::Stall)
        || (fault == DemoFault::DropAfterAccept && response->action == DemoResponse::Action::Drop);
    Q_EMIT answered(m_replySeq, response->status,
                    afterActing || (response->status == 200 && !busy));
}

// The clientOrderId a request names, in a form body or a JSON one.
QString DemoChaos::clientOrderIdOf(const QByteArray &params)
{
    if (params.trimmed().startsWith('{'))
        return QJsonDocument::fromJson(params)
            .object()
            .value(QStringLiteral("clientOrderId"))
            .toString();
    return QUrlQuery(QString::fromUtf8(params))
        .queryItemValue(QStringLiteral("clientOrderId"), QUrl::FullyDecoded);
}
