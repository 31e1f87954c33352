// The matching engine's read side: what the routes answer queries with.
#include "demo/MatchingEngine.h"

#include <algorithm>

namespace {

Decimal mul(const Decimal &a, const Decimal &b)
{
    return a.multiply(b).value_or(Decimal());
}

Decimal sub(const Decimal &a, const Decimal &b)
{
    return a.subtract(b).value_or(Decimal());
}

Decimal add(const Decimal &a, const Decimal &b)
{
    return a.add(b).value_or(Decimal());
}

} // namespace

std::optional<Order> MatchingEngine::find(const QString &accountId, const OrderRef &ref) const
{
    Order *o = const_cast<MatchingEngine *>(this)->lookup(accountId, ref);
    return o ? std::optional<Order>(*o) : std::nullopt;
}

QList<Order> MatchingEngine::newest(const QString &accountId, const QString &symbol,
                                    OrderId orderId, int limit,
                                    const std::function<bool(const Order &)> &keep) const
{
    QList<Order> out;
    for (auto it = m_orders.rbegin(); it != m_orders.rend() && out.size() < limit; ++it) {
        const Order &o = it->second;
        if (o.accountId == accountId && (symbol.isEmpty() || o.symbol == symbol)
            && (orderId <= 0 || (m_orderIdIsFilter ? o.orderId == orderId : o.orderId < orderId))
            && keep(o))
            out.append(o);
    }
    return out;
}

QList<Order> MatchingEngine::openOrders(const QString &accountId, const QString &symbol,
                                        OrderId orderId, int limit) const
{
    return newest(accountId, symbol, orderId, limit,
                  [](const Order &o) { return OrderEnums::isOpen(o.status); });
}

QList<Order> MatchingEngine::finishedOrders(const QString &accountId, const QString &symbol,
                                            OrderId orderId, int limit, qint64 startTime,
                                            qint64 endTime) const
{
    return newest(accountId, symbol, orderId, limit, [startTime, endTime](const Order &o) {
        return OrderEnums::isFinal(o.status) && (startTime <= 0 || o.createTime >= startTime)
               && (endTime <= 0 || o.createTime <= endTime);
    });
}

Decimal MatchingEngine::frozen(const QString &accountId, const QString &token) const
{
    Decimal sum;
    for (const auto &[id, o] : m_orders) {
        if (o.accountId != accountId || !OrderEnums::isOpen(o.status))
            continue;
        const SymbolRules *r = m_market.rules(o.symbol);
        const Decimal remaining = sub(o.quantity, o.tradeQty);
        if (o.side == Side::Buy && r->quoteToken == token)
            sum = add(sum, mul(o.price, remaining));
        else if (o.side == Side::Sell && r->baseToken == token)
            sum = add(sum, remaining);
    }
    return sum;
}

Decimal MatchingEngine::available(const QString &accountId, const QString &token) const
{
    return sub(m_accounts.value(accountId).totals.value(token), frozen(accountId, token));
}

QList<Balance> MatchingEngine::balances(const QString &accountId, const QString &token) const
{
    QList<Balance> out;
    const auto totals = m_accounts.value(accountId).totals;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (!token.isEmpty() && it.key() != token)
            continue;
        const Decimal f = frozen(accountId, it.key());
        out.append({it.key(), it.value(), sub(it.value(), f), f});
    }
    return out;
}

QList<Trade> MatchingEngine::trades(const QString &accountId, const QString &symbol,
                                    OrderId orderId, int limit, qint64 startTime,
                                    qint64 endTime) const
{
    QList<Trade> out;
    for (auto it = m_trades.crbegin(); it != m_trades.crend() && out.size() < limit; ++it) {
        const auto order = m_orders.find(it->orderId);
        if (order == m_orders.end() || order->second.accountId != accountId)
            continue;
        if ((symbol.isEmpty() || it->symbol == symbol) && (orderId <= 0 || it->orderId == orderId)
            && (startTime <= 0 || it->time >= startTime) && (endTime <= 0 || it->time <= endTime))
            out.append(*it);
    }
    return out;
}

void MatchingEngine::setFeeRates(const Decimal &maker, const Decimal &taker)
{
    m_makerFee = maker;
    m_takerFee = taker;
}

Depth MatchingEngine::book(const QString &symbol, int levels) const
{
    Depth depth = m_market.book(symbol, levels);
    const auto addTo = [](QList<DepthLevel> &side, const Decimal &price, const Decimal &qty) {
        for (DepthLevel &l : side) {
            if (l.price == price) {
                l.quantity = add(l.quantity, qty);
                return;
            }
        }
        side.append({price, qty});
    };
    // The resting orders take part in the book. The synthetic market's levels that one of them
    // would have met are not shown (as on an exchange, where they would have traded): the book
    // shown is never crossed next to the trader's own order.
    QList<const Order *> resting;
    std::optional<Decimal> bestBid, bestAsk;
    for (const auto &[id, o] : m_orders) {
        if (o.symbol != symbol || o.type != OrderType::Limit || !OrderEnums::isOpen(o.status))
            continue;
        const Decimal rest = sub(o.quantity, o.tradeQty);
        if (rest.isZero() || rest.isNegative())
            continue;
        resting.append(&o);
        if (o.side == Side::Buy && (!bestBid || *bestBid < o.price))
            bestBid = o.price;
        if (o.side == Side::Sell && (!bestAsk || o.price < *bestAsk))
            bestAsk = o.price;
    }
    if (bestBid)
        depth.asks.removeIf([&](const DepthLevel &l) { return l.price <= *bestBid; });
    if (bestAsk)
        depth.bids.removeIf([&](const DepthLevel &l) { return *bestAsk <= l.price; });
    for (const Order *o : std::as_const(resting))
        addTo(o->side == Side::Buy ? depth.bids : depth.asks, o->price,
              sub(o->quantity, o->tradeQty));
    std::sort(depth.asks.begin(), depth.asks.end(),
              [](const DepthLevel &a, const DepthLevel &b) { return a.price < b.price; });
    std::sort(depth.bids.begin(), depth.bids.end(),
              [](const DepthLevel &a, const DepthLevel &b) { return b.price < a.price; });
    if (depth.asks.size() > levels)
        depth.asks.resize(levels);
    if (depth.bids.size() > levels)
        depth.bids.resize(levels);
    return depth;
}
