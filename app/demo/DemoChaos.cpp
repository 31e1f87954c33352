#include "demo/DemoChaos.h"

#include "demo/DemoJson.h"

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
constexpr std::array<Weight, 10> Weights{{
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
}};

constexpr std::array<const char *, size_t(DemoChaos::Kind::Count)> Names{
    {"503-before", "busy-200", "500-after", "slow-after", "drop-after", "429", "out-of-order",
     "unreadable-item", "clock-step-s", "clock-step-min", "market-step", "fill", "partial-fill",
     "exchange-cancel", "cover-up"}};

constexpr QByteArrayView OrderPath = "/api/v1/spot/order";

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString clientOrderIdOf(const QByteArray &params)
{
    if (params.trimmed().startsWith('{'))
        return QJsonDocument::fromJson(params)
            .object()
            .value(QStringLiteral("clientOrderId"))
            .toString();
    return QUrlQuery(QString::fromUtf8(params))
        .queryItemValue(QStringLiteral("clientOrderId"), QUrl::FullyDecoded);
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
      m_options(options),
      m_rng(options.seed * 0x9E3779B97F4A7C15ULL + 0x5EED)
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

void DemoChaos::setActive(bool active)
{
    m_active = active;
    if (active && m_options.marketEveryMs > 0) {
        m_marketTimer.start(m_options.marketEveryMs);
    } else if (!active) {
        m_marketTimer.stop();
        m_releaseTimer.stop();
        m_exchange->releaseHeld();
    }
}

int DemoChaos::roll(int below)
{
    return int(m_rng() % quint64(std::max(1, below)));
}

int DemoChaos::rollFor(int below)
{
    // splitmix64 over (seed, the request's method and path, how many came before it)
    quint64 z = m_requestKey + 0x9E3779B97F4A7C15ULL * ++m_requestDraw;
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

DemoFault DemoChaos::before(const DemoRequest &request)
{
    const quint64 seq = ++m_seq;
    const QByteArray params = request.method == "GET" ? request.query : request.body;
    Q_EMIT requestSeen(seq, request.method, request.path, params);
    m_holdThis = m_unreadableThis = m_busyThis = m_refuseThis = false;
    if (m_stepBackIn > 0 && --m_stepBackIn == 0) {
        const qint64 before = m_exchange->clock().skewMs();
        m_exchange->setClockSkewMs(before + m_stepBackMs);
        record(Kind::ClockStepMinutes, request.method + ' ' + request.path,
               QStringLiteral("skew %1 s -> %2 s (stepped back)")
                   .arg(before / 1000)
                   .arg((before + m_stepBackMs) / 1000),
               seq);
    }
    // Each request's draw depends on the seed, its endpoint and how many requests to that
    // endpoint came before it, not on how the requests of other endpoints interleaved: a
    // replay under other timing throws the same faults at the same requests.
    const QByteArray endpoint = request.method + ' ' + request.path;
    const int nth = ++m_perEndpoint[endpoint];
    m_requestKey = m_options.seed * 0xD1B54A32D192ED03ULL ^ qHash(endpoint, 0) * 0x9E3779B1ULL
                   ^ quint64(nth) << 40;
    m_requestDraw = 0;
    if (coverLookup(request, params, seq))
        return DemoFault::UnavailableBefore; // nothing carried out; the reply is rewritten
    // Faults come in incidents too: now and then the next 10 to 40 requests fail far more often.
    if (m_incidentLeft > 0)
        --m_incidentLeft;
    else if (m_active && roll(1000) < m_options.incidentPerMille)
        m_incidentLeft = 10 + roll(31);
    const int percent =
        m_incidentLeft > 0 ? m_options.incidentFaultPercent : m_options.faultPercent;
    if (!m_active || rollFor(100) >= percent)
        return DemoFault::None;
    int total = 0;
    for (const Weight &w : Weights)
        total += w.weight;
    int pick = rollFor(total);
    Kind kind = Kind::Unavailable503;
    for (const Weight &w : Weights) {
        if (pick < w.weight) {
            kind = w.kind;
            break;
        }
        pick -= w.weight;
    }
    const QByteArray text = request.method + ' ' + request.path + ' ' + params.left(200);
    switch (kind) {
    case Kind::UnreadableItem:
        if (!isList(request.path) || request.method != "GET")
            return DemoFault::None; // only lists have items
        m_unreadableThis = true;
        return DemoFault::None; // recorded when the reply is known to carry an item
    case Kind::ClockStepSeconds:
    case Kind::ClockStepMinutes:
        stepClock(kind == Kind::ClockStepMinutes, text);
        return DemoFault::None;
    case Kind::HeldBack:
        m_holdThis = true;
        record(kind, text, {}, seq);
        return DemoFault::None;
    case Kind::Busy200:
        m_busyThis = true;
        record(kind, text, {}, seq);
        return DemoFault::UnavailableBefore; // nothing carried out; the reply is rewritten
    default: break;
    }
    record(kind, text, {}, seq);
    const bool hidesOutcome =
        kind == Kind::Error500After || kind == Kind::StallAfter || kind == Kind::DropAfter;
    if (hidesOutcome && request.method == "POST" && request.path == OrderPath)
        maybeCover(params, seq);
    // An order whose outcome this fault hides usually meets the same incident on its checks.
    if (request.method == "POST" && m_incidentLeft == 0 && rollFor(2))
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
    if (response->status == 429 && fault != DemoFault::RateLimitBurst)
        m_earned429.append(QStringLiteral("#%1 at %2 ms: %3")
                               .arg(m_seq)
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
            m_releaseTimer.start(1 + rollFor(m_options.heldReleaseMs));
    }
    const bool busy = m_busyThis || m_refuseThis;
    m_holdThis = m_unreadableThis = m_busyThis = m_refuseThis = false;
    // A fault after acting is only applied when the request got that far (a request refused
    // for its signature or rate is answered as refused, fault or not).
    const bool afterActing =
        (fault == DemoFault::ServerErrorAfterAccept && response->status == 500)
        || (fault == DemoFault::StallAfterAccept && response->action == DemoResponse::Action::Stall)
        || (fault == DemoFault::DropAfterAccept && response->action == DemoResponse::Action::Drop);
    Q_EMIT answered(m_seq, response->status, afterActing || (response->status == 200 && !busy));
}

void DemoChaos::unreadable(DemoResponse *response, const QByteArray &request)
{
    QJsonObject root = QJsonDocument::fromJson(response->body).object();
    QJsonArray items = root.value(QStringLiteral("data")).toArray();
    if (items.isEmpty())
        return;
    const int at = rollFor(int(items.size()));
    scrambleItem(&root, at);
    response->body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    record(Kind::UnreadableItem, request, QStringLiteral("item %1 of %2").arg(at).arg(items.size()),
           m_seq);
}

void DemoChaos::scrambleItem(QJsonObject *root, int at)
{
    QJsonArray items = root->value(QStringLiteral("data")).toArray();
    QJsonObject item = items.at(at).toObject();
    // An item whose fields cannot be read: the money and the status of the wrong JSON type.
    for (const char *field : {"status", "executedQty", "tradeQty", "qty", "price"}) {
        const QString key = QLatin1String(field);
        if (item.contains(key))
            item.insert(key, DemoJson::scramble(item.value(key)));
    }
    items.replace(at, item);
    root->insert(QStringLiteral("data"), items);
}

void DemoChaos::maybeCover(const QByteArray &params, quint64 seq)
{
    const QString id = clientOrderIdOf(params);
    if (id.isEmpty() || rollFor(100) >= m_options.coverPercent)
        return;
    const Cover cover{m_started.elapsed() + m_options.coverMaxMs,
                      m_options.coverLookups + rollFor(3)};
    m_covered.insert(id, cover);
    record(Kind::CoverUp, "(cover-up)",
           QStringLiteral("order %1: its next %2 look-ups refused, the item unreadable in lists")
               .arg(id)
               .arg(cover.lookupsLeft),
           seq);
}

bool DemoChaos::coverLookup(const DemoRequest &request, const QByteArray &params, quint64 seq)
{
    const qint64 now = m_started.elapsed();
    for (auto it = m_covered.begin(); it != m_covered.end();)
        it = it->untilMs < now ? m_covered.erase(it) : std::next(it);
    if (request.method != "GET" || request.path != OrderPath)
        return false;
    const QString id = clientOrderIdOf(params);
    const auto it = m_covered.find(id);
    if (id.isEmpty() || it == m_covered.end())
        return false;
    if (it->lookupsLeft-- <= 0) {
        m_covered.erase(it); // the cover-up is over: this look-up is answered truly
        return false;
    }
    (rollFor(2) ? m_busyThis : m_refuseThis) = true;
    record(Kind::Busy200, request.method + ' ' + request.path + ' ' + params.left(200),
           m_busyThis ? QStringLiteral("cover-up: busy") : QStringLiteral("cover-up: 400 -1000"),
           seq);
    return true;
}

void DemoChaos::coverItems(DemoResponse *response, const QByteArray &request)
{
    QJsonObject root = QJsonDocument::fromJson(response->body).object();
    const QJsonArray items = root.value(QStringLiteral("data")).toArray();
    QStringList hidden;
    for (int at = 0; at < items.size(); ++at) {
        const QString id = items.at(at).toObject().value(QStringLiteral("clientOid")).toString();
        if (!id.isEmpty() && m_covered.contains(id)) {
            scrambleItem(&root, at);
            hidden.append(id);
        }
    }
    if (hidden.isEmpty())
        return;
    response->body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    record(Kind::UnreadableItem, request, QStringLiteral("cover-up: %1").arg(hidden.join(u',')),
           m_seq);
}

void DemoChaos::stepClock(bool minutes, const QByteArray &request)
{
    const qint64 size = minutes ? (1 + rollFor(3)) * 60000 : (1 + rollFor(20)) * 1000;
    const qint64 before = m_exchange->clock().skewMs();
    qint64 after = rollFor(2) ? before + size : before - size;
    if (std::abs(after) > m_options.maxSkewMs)
        after = before > 0 ? before - size : before + size; // back towards the truth
    m_exchange->setClockSkewMs(after);
    if (minutes && m_stepBackIn == 0 && rollFor(2)) {
        m_stepBackIn = 1 + rollFor(3);
        m_stepBackMs = before - after;
    }
    record(minutes ? Kind::ClockStepMinutes : Kind::ClockStepSeconds, request,
           QStringLiteral("skew %1 s -> %2 s").arg(before / 1000).arg(after / 1000), m_seq);
}

void DemoChaos::moveMarket()
{
    MatchingEngine &engine = m_exchange->engine();
    QList<Order> open;
    for (const Account &a : engine.accounts())
        open += engine.openOrders(a.id, {}, 0, 100);
    const int what = roll(20);
    if (what < 10 || open.isEmpty()) {
        engine.step();
        record(Kind::MarketStep, "(market)", {}, 0);
        return;
    }
    const Order o = open.at(roll(int(open.size())));
    const QString id = QString::number(o.orderId);
    if (what < 13) {
        engine.cancel(o.accountId, OrderRef::byId(o.orderId));
        record(Kind::ExchangeCancel, "(market)", QStringLiteral("order %1").arg(id), 0);
        return;
    }
    const auto left = o.quantity.subtract(o.tradeQty);
    const SymbolRules *rules = engine.market().rules(o.symbol);
    if (!left || !rules || left->isZero())
        return;
    if (what < 16) {
        engine.fillPart(o.orderId, *left);
        record(Kind::Fill, "(market)", QStringLiteral("order %1 qty %2").arg(id, left->toString()),
               0);
        return;
    }
    const auto half = left->divide(Decimal::fromInteger(2), 18);
    const auto part = half ? half->roundDownToStep(rules->baseIncrement) : std::nullopt;
    if (!part || part->isZero() || !engine.fillPart(o.orderId, *part))
        return;
    record(Kind::PartialFill, "(market)",
           QStringLiteral("order %1 qty %2").arg(id, part->toString()), 0);
}
