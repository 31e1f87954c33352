// DemoChaos: what a fault does to a reply, the cover-ups, the clock, the market, and a
// replay's script (the request faults themselves are in DemoChaos.cpp).
#include "demo/DemoChaos.h"

#include "demo/DemoJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

constexpr QByteArrayView OrderPath = "/api/v1/spot/order";

} // namespace

void DemoChaos::unreadable(DemoResponse *response, const QByteArray &request)
{
    QJsonObject root = QJsonDocument::fromJson(response->body).object();
    QJsonArray items = root.value(QStringLiteral("data")).toArray();
    if (items.isEmpty())
        return;
    const int at = int(m_unreadableDraw % items.size());
    scrambleItem(&root, at);
    response->body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    record(Kind::UnreadableItem, request, QStringLiteral("item %1 of %2").arg(at).arg(items.size()),
           m_replySeq);
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
    const int lookups = m_options.coverLookups + rollFor(3);
    decide(Kind::CoverUp, lookups, m_keyedThis);
    throwFault(Kind::CoverUp, lookups, {}, params, seq);
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
    record(Kind::Busy200, m_text,
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
           m_replySeq);
}

void DemoChaos::stepClockBy(qint64 deltaMs, bool minutes, const QString &note, quint64 seq)
{
    const qint64 before = m_exchange->clock().skewMs();
    m_exchange->setClockSkewMs(before + deltaMs);
    record(minutes ? Kind::ClockStepMinutes : Kind::ClockStepSeconds, m_text,
           QStringLiteral("skew %1 s -> %2 s%3")
               .arg(before / 1000)
               .arg((before + deltaMs) / 1000)
               .arg(note),
           seq);
}

DemoFault DemoChaos::scripted(const DemoRequest &request, const QByteArray &params, quint64 seq)
{
    // A replay: exactly what the recorded run threw at the request with this key, in the order
    // it threw it (a clock step taken back, a late delivery, then the fault); nothing drawn.
    // A cover-up's refused look-ups and unreadable list items follow from its recorded start.
    const QList<Decision> throws = m_script->requests.value(m_key);
    DemoFault fault = DemoFault::None;
    bool looked = false;
    for (const Decision &d : throws) {
        const bool primary = d.kind != Kind::ClockStepMinutes && d.kind != Kind::ClockStepSeconds
                             && d.kind != Kind::DeliverLate;
        if (primary && !looked) {
            looked = true;
            if (coverLookup(request, params, seq))
                return DemoFault::UnavailableBefore;
        }
        m_decisions.append(d);
        if (d.kind == Kind::ClockStepMinutes && !d.keyed) // a minute step taken back
            stepClockBy(d.param, true, QStringLiteral(" (stepped back)"), seq);
        else if (const DemoFault f = throwFault(d.kind, d.param, request, params, seq);
                 f != DemoFault::None)
            fault = f;
    }
    if (!looked && coverLookup(request, params, seq))
        return DemoFault::UnavailableBefore;
    return fault;
}

void DemoChaos::moveMarket()
{
    ++m_tick;
    m_tickDraw = 0;
    const QByteArray key = "market #" + QByteArray::number(m_tick);
    if (m_script) {
        const auto it = m_script->market.constFind(qint64(m_tick));
        if (it != m_script->market.cend())
            applyMarket(*it);
        return;
    }
    MatchingEngine &engine = m_exchange->engine();
    QList<Order> open;
    for (const Account &a : engine.accounts())
        open += engine.openOrders(a.id, {}, 0, 100);
    const int what = roll(20);
    const int pick = roll(1 << 30); // drawn always: the tick's draws do not depend on the book
    m_key = key;
    if (what < 10 || open.isEmpty()) {
        decide(Kind::MarketStep, 0);
        engine.step();
        record(Kind::MarketStep, "(market)", {}, 0);
        return;
    }
    const Order o = open.at(pick % int(open.size()));
    const Kind kind = what < 13 ? Kind::ExchangeCancel : what < 16 ? Kind::Fill : Kind::PartialFill;
    if (moveOrder(what, o))
        decide(kind, qint64(o.orderId), false);
}

void DemoChaos::applyMarket(const Decision &move)
{
    MatchingEngine &engine = m_exchange->engine();
    m_decisions.append(move);
    if (move.kind == Kind::MarketStep) {
        engine.step();
        record(Kind::MarketStep, "(market)", {}, 0);
        return;
    }
    for (const Account &a : engine.accounts()) {
        for (const Order &o : engine.openOrders(a.id, {}, 0, 1000)) {
            if (qint64(o.orderId) == move.param) {
                moveOrder(move.kind == Kind::ExchangeCancel ? 10
                          : move.kind == Kind::Fill         ? 13
                                                            : 16,
                          o);
                return;
            }
        }
    }
    record(move.kind, "(market)",
           QStringLiteral("missed: order %1 was not open at this tick").arg(move.param), 0);
}

bool DemoChaos::moveOrder(int what, const Order &o)
{
    MatchingEngine &engine = m_exchange->engine();
    const QString id = QString::number(o.orderId);
    if (what < 13) {
        engine.cancel(o.accountId, OrderRef::byId(o.orderId));
        record(Kind::ExchangeCancel, "(market)", QStringLiteral("order %1").arg(id), 0);
        return true;
    }
    const auto left = o.quantity.subtract(o.tradeQty);
    const SymbolRules *rules = engine.market().rules(o.symbol);
    if (!left || !rules || left->isZero())
        return false;
    if (what < 16) {
        engine.fillPart(o.orderId, *left);
        record(Kind::Fill, "(market)", QStringLiteral("order %1 qty %2").arg(id, left->toString()),
               0);
        return true;
    }
    const auto half = left->divide(Decimal::fromInteger(2), 18);
    const auto part = half ? half->roundDownToStep(rules->baseIncrement) : std::nullopt;
    if (!part || part->isZero() || !engine.fillPart(o.orderId, *part))
        return false;
    record(Kind::PartialFill, "(market)",
           QStringLiteral("order %1 qty %2").arg(id, part->toString()), 0);
    return true;
}
