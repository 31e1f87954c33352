#include "demo/DemoRoutes.h"

#include "demo/DemoJson.h"
#include "demo/MatchingEngine.h"

#include <QJsonArray>

namespace {

using Reply = DemoRoutes::Reply;

Reply bad(const QString &code, const QString &message, int status = 400)
{
    return {status, DemoJson::error(code, message)};
}

// exchange.md: 412 is "a required parameter or header is missing".
Reply missing(const char *name)
{
    return bad(QStringLiteral("-1102"),
               QStringLiteral("Mandatory parameter '%1' was not sent").arg(QLatin1String(name)),
               412);
}

Reply ok(const QJsonValue &data)
{
    return {200, DemoJson::envelope(data)};
}

// An optional whole number; false when present but not a number.
bool number(const DemoRoutes::Params &p, const char *name, qint64 *out)
{
    const QString v = p.value(QLatin1String(name));
    if (v.isEmpty())
        return true;
    bool good = false;
    *out = v.toLongLong(&good);
    return good && *out >= 0;
}

Reply notNumber(const char *name)
{
    return bad(QStringLiteral("-1100"),
               QStringLiteral("Parameter '%1' must be a whole number").arg(QLatin1String(name)));
}

} // namespace

Reply DemoRoutes::handle(Endpoint endpoint, bool isSigned, const Params &params)
{
    if (isSigned && endpoint != Endpoint::UserInfo) {
        const QString account = params.value(QStringLiteral("accountId"));
        if (account.isEmpty())
            return missing("accountId");
        if (!m_engine->hasAccount(account))
            return bad(QStringLiteral("-1001"), QStringLiteral("Unknown account %1").arg(account),
                       403);
    }
    switch (endpoint) {
    case Endpoint::PlaceOrder: return placeOrder(params);
    case Endpoint::CancelOrder: return cancelOrder(params);
    case Endpoint::BatchCancel: return batchCancel(params);
    case Endpoint::GetOrder: return getOrder(params);
    case Endpoint::OpenOrders: return openOrders(params);
    case Endpoint::FinishedOrders: return finishedOrders(params);
    case Endpoint::UserInfo: return userInfo();
    case Endpoint::Balance: return balance(params);
    case Endpoint::Trades: return trades(params);
    case Endpoint::Symbols: return symbols(params);
    default: return marketData(endpoint, params);
    }
}

Reply DemoRoutes::placeOrder(const Params &p)
{
    NewOrder o;
    o.accountId = p.value(QStringLiteral("accountId"));
    o.symbol = p.value(QStringLiteral("symbol"));
    o.clientOrderId = p.value(QStringLiteral("clientOrderId"));
    if (o.symbol.isEmpty())
        return missing("symbol");
    if (!OrderEnums::parseSide(p.value(QStringLiteral("side")), &o.side))
        return bad(QStringLiteral("-1100"), QStringLiteral("side must be BUY or SELL"));
    if (!OrderEnums::parseType(p.value(QStringLiteral("type")), &o.type))
        return bad(QStringLiteral("-1100"), QStringLiteral("type must be LIMIT or MARKET"));
    const auto decimalParam = [&p](const char *name, Decimal *out) {
        const auto d = Decimal::parse(p.value(QLatin1String(name)));
        if (d)
            *out = *d;
        return d.has_value();
    };
    if (o.type == OrderType::Limit) {
        if (!p.contains(QStringLiteral("price")))
            return missing("price");
        if (!p.contains(QStringLiteral("quantity")))
            return missing("quantity");
        if (!decimalParam("price", &o.price))
            return bad(QStringLiteral("-1100"), QStringLiteral("price is not a plain decimal"));
        if (!decimalParam("quantity", &o.quantity))
            return bad(QStringLiteral("-1100"), QStringLiteral("quantity is not a plain decimal"));
    } else {
        if (!p.contains(QStringLiteral("amount")))
            return missing("amount");
        if (!decimalParam("amount", &o.amount))
            return bad(QStringLiteral("-1100"), QStringLiteral("amount is not a plain decimal"));
    }
    const auto outcome = m_engine->place(o);
    if (!outcome.ok())
        return bad(outcome.code, outcome.message);
    return ok(QString::number(outcome.orderId));
}

static OrderRef refFrom(const DemoRoutes::Params &p, bool *valid)
{
    const QString id = p.value(QStringLiteral("orderId"));
    const QString clientId = p.value(QStringLiteral("clientOrderId"));
    *valid = true;
    if (!id.isEmpty()) {
        bool good = false;
        const qint64 v = id.toLongLong(&good);
        *valid = good && v > 0;
        return OrderRef::byId(v);
    }
    *valid = !clientId.isEmpty();
    return OrderRef::byClientId(clientId);
}

Reply DemoRoutes::cancelOrder(const Params &p)
{
    bool valid = false;
    const OrderRef ref = refFrom(p, &valid);
    if (!valid)
        return bad(QStringLiteral("-1102"), QStringLiteral("Send orderId or clientOrderId"));
    const auto outcome = m_engine->cancel(p.value(QStringLiteral("accountId")), ref);
    if (!outcome.ok())
        return bad(outcome.code, outcome.message);
    return {200, QJsonObject{{QStringLiteral("code"), QStringLiteral("0")},
                             {QStringLiteral("msg"), QStringLiteral("success")},
                             {QStringLiteral("orderId"), QString::number(outcome.orderId)}}};
}

Reply DemoRoutes::batchCancel(const Params &p)
{
    const QString account = p.value(QStringLiteral("accountId"));
    const QString ids = p.value(QStringLiteral("orderIds"));
    const QString symbol = p.value(QStringLiteral("symbol"));
    QList<MatchingEngine::Outcome> outcomes;
    if (!ids.isEmpty()) {
        const QStringList parts = ids.split(QLatin1Char(','));
        if (parts.size() > 5)
            return bad(QStringLiteral("-1130"), QStringLiteral("At most 5 orderIds at once"));
        for (const QString &part : parts) {
            bool good = false;
            const qint64 id = part.toLongLong(&good);
            if (!good || id <= 0)
                return bad(QStringLiteral("-1100"),
                           QStringLiteral("'%1' is not an order id").arg(part));
            outcomes.append(m_engine->cancel(account, OrderRef::byId(id)));
            if (outcomes.last().orderId == 0)
                outcomes.last().orderId = id;
        }
    } else if (!symbol.isEmpty()) {
        outcomes = m_engine->cancelSymbol(account, symbol);
    } else {
        return bad(QStringLiteral("-1102"), QStringLiteral("Send symbol or orderIds"));
    }
    // As documented: one entry with the ids that were cancelled, joined by commas. Ids that
    // could not be cancelled are simply not in it.
    QStringList cancelled;
    for (const auto &o : std::as_const(outcomes)) {
        if (o.ok())
            cancelled.append(QString::number(o.orderId));
    }
    const QJsonArray data{
        QJsonObject{{QStringLiteral("msg"), QStringLiteral("success")},
                    {QStringLiteral("code"), QStringLiteral("0")},
                    {QStringLiteral("orderId"), cancelled.join(QLatin1Char(','))}}};
    QJsonObject root = DemoJson::envelope(data);
    root.insert(QStringLiteral("success"), true);
    return {200, root};
}

Reply DemoRoutes::getOrder(const Params &p)
{
    bool valid = false;
    const OrderRef ref = refFrom(p, &valid);
    if (!valid)
        return bad(QStringLiteral("-1102"), QStringLiteral("Send orderId or clientOrderId"));
    const auto order = m_engine->find(p.value(QStringLiteral("accountId")), ref);
    if (!order)
        return bad(QStringLiteral("-2013"), QStringLiteral("Order does not exist"));
    return ok(DemoJson::order(*order, DemoJson::OrderShape::Open));
}

Reply DemoRoutes::openOrders(const Params &p)
{
    qint64 orderId = 0, limit = 10;
    if (!number(p, "orderId", &orderId))
        return notNumber("orderId");
    if (!number(p, "limit", &limit))
        return notNumber("limit");
    return ok(DemoJson::orders(m_engine->openOrders(p.value(QStringLiteral("accountId")),
                                                    p.value(QStringLiteral("symbol")), orderId,
                                                    int(std::clamp<qint64>(limit, 1, 100))),
                               DemoJson::OrderShape::Open));
}

Reply DemoRoutes::finishedOrders(const Params &p)
{
    qint64 orderId = 0, limit = 10, start = 0, end = 0;
    if (!number(p, "orderId", &orderId))
        return notNumber("orderId");
    if (!number(p, "limit", &limit))
        return notNumber("limit");
    if (!number(p, "startTime", &start))
        return notNumber("startTime");
    if (!number(p, "endTime", &end))
        return notNumber("endTime");
    return ok(DemoJson::orders(m_engine->finishedOrders(p.value(QStringLiteral("accountId")),
                                                        p.value(QStringLiteral("symbol")), orderId,
                                                        int(std::clamp<qint64>(limit, 1, 500)),
                                                        start, end),
                               DemoJson::OrderShape::Finished));
}

Reply DemoRoutes::userInfo()
{
    QJsonArray accounts;
    const auto list = m_engine->accounts();
    for (const Account &a : list)
        accounts.append(DemoJson::account(a));
    return ok(QJsonObject{{QStringLiteral("accounts"), accounts}});
}

Reply DemoRoutes::balance(const Params &p)
{
    QJsonArray out;
    const auto list =
        m_engine->balances(p.value(QStringLiteral("accountId")), p.value(QStringLiteral("token")));
    for (const Balance &b : list)
        out.append(DemoJson::balance(b));
    return ok(out);
}

Reply DemoRoutes::trades(const Params &p)
{
    qint64 orderId = 0, limit = 100, start = 0, end = 0;
    if (!number(p, "orderId", &orderId) || !number(p, "limit", &limit)
        || !number(p, "startTime", &start) || !number(p, "endTime", &end))
        return notNumber("orderId/limit/startTime/endTime");
    QJsonArray out;
    const auto list =
        m_engine->trades(p.value(QStringLiteral("accountId")), p.value(QStringLiteral("symbol")),
                         orderId, int(std::clamp<qint64>(limit, 1, 1000)), start, end);
    for (const Trade &t : list)
        out.append(DemoJson::trade(t));
    return ok(out);
}

Reply DemoRoutes::symbols(const Params &p)
{
    const QString only = p.value(QStringLiteral("symbol"));
    QJsonArray out;
    const QStringList names = m_engine->market().symbols();
    for (const QString &name : names) {
        if (only.isEmpty() || only == name)
            out.append(DemoJson::symbol(*m_engine->market().rules(name)));
    }
    return ok(out);
}

Reply DemoRoutes::marketData(Endpoint endpoint, const Params &p)
{
    const QString symbol = p.value(QStringLiteral("symbol"));
    const MarketSimulator &market = m_engine->market();
    if (symbol.isEmpty())
        return missing("symbol");
    if (!market.hasSymbol(symbol))
        return bad(QStringLiteral("-1121"), QStringLiteral("Unknown symbol %1").arg(symbol));
    switch (endpoint) {
    case Endpoint::TickerPrice: return ok(market.lastPrice(symbol).toString());
    case Endpoint::BookTicker: {
        // The top of the very book the depth endpoint shows: built whole (the resting orders
        // added, the market's levels they would have met taken out), then its first level. A
        // one-level book could lose its only level to a resting order and report nothing, or the
        // trader's order, where the depth shows the next level.
        Depth top = m_engine->book(symbol, MarketSimulator::BookLevels);
        top.bids = top.bids.mid(0, 1);
        top.asks = top.asks.mid(0, 1);
        return ok(QJsonObject{{QStringLiteral("bid"), DemoJson::levels(top.bids)},
                              {QStringLiteral("ask"), DemoJson::levels(top.asks)},
                              {QStringLiteral("time"), m_engine->now()}});
    }
    case Endpoint::Depth: {
        const Depth d = m_engine->book(symbol, MarketSimulator::BookLevels);
        return ok(QJsonObject{{QStringLiteral("bids"), DemoJson::levels(d.bids)},
                              {QStringLiteral("asks"), DemoJson::levels(d.asks)}});
    }
    case Endpoint::Ticker24h: {
        const Decimal last = market.lastPrice(symbol);
        const Decimal open = market.openPrice(symbol);
        const Decimal change = last.subtract(open)
                                   .value_or(Decimal())
                                   .multiply(Decimal::fromInteger(100))
                                   .value_or(Decimal())
                                   .divide(open, 2)
                                   .value_or(Decimal());
        return ok(QJsonObject{{QStringLiteral("lastPrice"), last.toString()},
                              {QStringLiteral("priceChangePercent"), change.toString()},
                              {QStringLiteral("highPrice"), market.highPrice(symbol).toString()},
                              {QStringLiteral("lowPrice"), market.lowPrice(symbol).toString()},
                              {QStringLiteral("amount"), market.volume(symbol).toString()}});
    }
    default: break;
    }
    return bad(QStringLiteral("-1"), QStringLiteral("Not found"), 404);
}
