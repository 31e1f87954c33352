#include "demo/MatchingEngine.h"

#include "demo/DemoClock.h"

#include <QRegularExpression>

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

MatchingEngine::Outcome reject(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message, 0};
}

} // namespace

MatchingEngine::MatchingEngine(DemoClock *clock, quint64 seed)
    : m_clock(clock),
      m_market(seed),
      m_rng(seed ^ 0x5eedf00dULL)
{}

qint64 MatchingEngine::now() const
{
    return m_clock->nowMs();
}

void MatchingEngine::addAccount(const Account &account, const QMap<QString, Decimal> &totals)
{
    m_accounts.insert(account.id, {account, totals});
}

QList<Account> MatchingEngine::accounts() const
{
    QList<Account> out;
    for (const AccountBook &b : m_accounts)
        out.append(b.account);
    return out;
}

MatchingEngine::Outcome MatchingEngine::validate(const NewOrder &o, const SymbolRules &r) const
{
    static const QRegularExpression clientIdPattern(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    if (!o.clientOrderId.isEmpty() && !clientIdPattern.match(o.clientOrderId).hasMatch())
        return reject("-1100", QStringLiteral("clientOrderId must be 1 to 40 letters, digits, "
                                              "'-' or '_'"));
    if (m_rejectDuplicateClientIds && !o.clientOrderId.isEmpty()
        && m_byClientId.contains(o.accountId + u'/' + o.clientOrderId))
        return reject("-1007", QStringLiteral("Duplicate clientOrderId %1").arg(o.clientOrderId));
    if (!r.enableTrading)
        return reject("-1140", QStringLiteral("Trading is suspended for %1").arg(r.symbol));
    const Decimal last = m_market.lastPrice(r.symbol);
    if (o.type == OrderType::Limit) {
        if (o.price.isZero() || o.price.isNegative())
            return reject("-1102", QStringLiteral("Price must be greater than zero"));
        if (o.quantity.isZero() || o.quantity.isNegative())
            return reject("-1102", QStringLiteral("Quantity must be greater than zero"));
        if (!o.price.isMultipleOf(r.priceIncrement))
            return reject("-1111", QStringLiteral("Price %1 is not a multiple of the tick %2")
                                       .arg(o.price.toString(), r.priceIncrement.toString()));
        if (!o.quantity.isMultipleOf(r.baseIncrement))
            return reject("-1112", QStringLiteral("Quantity %1 is not a multiple of the lot "
                                                  "step %2")
                                       .arg(o.quantity.toString(), r.baseIncrement.toString()));
        if (o.quantity < r.baseMinSize)
            return reject("-1113", QStringLiteral("Quantity is below the minimum %1 %2")
                                       .arg(r.baseMinSize.toString(), r.baseToken));
        const auto notional = o.price.multiply(o.quantity);
        if (!notional)
            return reject("-1114", QStringLiteral("Order size is out of range"));
        if (*notional < r.quoteMinSize)
            return reject("-1115",
                          QStringLiteral("Order value %1 is below the minimum %2 %3")
                              .arg(notional->toString(), r.quoteMinSize.toString(), r.quoteToken));
        if (!r.priceLimitRate.isZero()) {
            const Decimal band = mul(last, r.priceLimitRate);
            if (sub(o.price, last).abs() > band)
                return reject("-1116", QStringLiteral("Price %1 is more than %2 % away from the "
                                                      "last price %3")
                                           .arg(o.price.toString(),
                                                mul(r.priceLimitRate, Decimal::fromInteger(100))
                                                    .normalized()
                                                    .toString(),
                                                last.toString()));
        }
        const Decimal need = o.side == Side::Buy ? *notional : o.quantity;
        const QString token = o.side == Side::Buy ? r.quoteToken : r.baseToken;
        if (available(o.accountId, token) < need)
            return reject("-1131", QStringLiteral("Insufficient %1 balance: need %2, available %3")
                                       .arg(token, need.toString(),
                                            available(o.accountId, token).toString()));
    } else {
        if (o.amount.isZero() || o.amount.isNegative())
            return reject("-1102", QStringLiteral("Amount must be greater than zero"));
        if (o.amount < r.quoteMinSize)
            return reject("-1115",
                          QStringLiteral("Order value %1 is below the minimum %2 %3")
                              .arg(o.amount.toString(), r.quoteMinSize.toString(), r.quoteToken));
        if (o.side == Side::Buy && available(o.accountId, r.quoteToken) < o.amount)
            return reject("-1131", QStringLiteral("Insufficient %1 balance: need %2, available %3")
                                       .arg(r.quoteToken, o.amount.toString(),
                                            available(o.accountId, r.quoteToken).toString()));
        if (o.side == Side::Sell && mul(available(o.accountId, r.baseToken), last) < o.amount)
            return reject("-1131", QStringLiteral("Insufficient %1 balance to sell %2 %3 worth")
                                       .arg(r.baseToken, o.amount.toString(), r.quoteToken));
    }
    return {};
}

MatchingEngine::Outcome MatchingEngine::place(const NewOrder &request)
{
    if (!m_accounts.contains(request.accountId))
        return reject("-1001", QStringLiteral("Unknown account %1").arg(request.accountId));
    const SymbolRules *rules = m_market.rules(request.symbol);
    if (!rules)
        return reject("-1121", QStringLiteral("Unknown symbol %1").arg(request.symbol));
    const Outcome check = validate(request, *rules);
    if (!check.ok())
        return check;
    if (m_clock->isFixed())
        m_clock->advance(10);

    Order o;
    o.orderId = m_nextOrderId++;
    o.clientOrderId = request.clientOrderId;
    o.accountId = request.accountId;
    o.symbol = request.symbol;
    o.side = request.side;
    o.type = request.type;
    o.status = OrderStatus::New;
    o.createTime = o.updateTime = now();
    if (o.type == OrderType::Limit) {
        o.price = request.price;
        o.quantity = request.quantity;
        o.amount = mul(request.price, request.quantity);
    } else {
        o.price = Decimal::fromInteger(0);
        o.amount = request.amount;
    }
    o.tradeQty = Decimal::fromInteger(0).withMinScale(rules->quantityDecimals());
    o.tradeAmount = Decimal::fromInteger(0);
    takeLiquidity(o, *rules);
    if (!o.clientOrderId.isEmpty())
        m_byClientId.insert(o.accountId + u'/' + o.clientOrderId, o.orderId);
    m_orders.emplace(o.orderId, o);
    return {QStringLiteral("0"), QStringLiteral("success"), o.orderId};
}

void MatchingEngine::takeLiquidity(Order &o, const SymbolRules &r)
{
    const Depth book = m_market.book(o.symbol);
    const QList<DepthLevel> &levels = o.side == Side::Buy ? book.asks : book.bids;
    if (o.type == OrderType::Limit) {
        for (const DepthLevel &l : levels) {
            const Decimal remaining = sub(o.quantity, o.tradeQty);
            if (remaining.isZero())
                break;
            const bool crosses = o.side == Side::Buy ? l.price <= o.price : l.price >= o.price;
            if (!crosses)
                break;
            fill(o, r, l.price, std::min(remaining, l.quantity), false);
        }
        if (o.tradeQty == o.quantity)
            finish(o, OrderStatus::Filled);
        return;
    }
    // MARKET by quote amount: walk the book until the amount is used or liquidity runs out.
    for (const DepthLevel &l : levels) {
        const Decimal left = sub(o.amount, o.tradeAmount);
        if (left <= Decimal())
            break;
        Decimal qty = l.quantity;
        if (mul(l.price, qty) > left)
            qty = left.divide(l.price, Decimal::MaxScale)
                      .value_or(Decimal())
                      .roundDownToStep(r.baseIncrement)
                      .value_or(Decimal());
        if (qty.isZero() || qty.isNegative())
            break;
        fill(o, r, l.price, qty, false);
    }
    o.quantity = o.tradeQty;
    if (o.tradeQty.isZero())
        finish(o, OrderStatus::Rejected, QStringLiteral("No liquidity"));
    else if (sub(o.amount, o.tradeAmount) >= r.quoteMinSize)
        finish(o, OrderStatus::Canceled, QStringLiteral("Book exhausted; the rest was cancelled"));
    else
        finish(o, OrderStatus::Filled);
}

void MatchingEngine::fill(Order &o, const SymbolRules &r, const Decimal &price, const Decimal &qty,
                          bool maker)
{
    const Decimal quote = mul(price, qty);
    AccountBook &book = m_accounts[o.accountId];
    const QString received = o.side == Side::Buy ? r.baseToken : r.quoteToken;
    const Decimal gross = o.side == Side::Buy ? qty : quote;
    const Decimal fee = mul(gross, maker ? m_makerFee : m_takerFee)
                            .roundDownToStep(*Decimal::parse("0.00000001"))
                            .value_or(Decimal())
                            .normalized();
    if (o.side == Side::Buy) {
        book.totals[r.quoteToken] = sub(book.totals.value(r.quoteToken), quote);
        book.totals[r.baseToken] = sub(add(book.totals.value(r.baseToken), qty), fee);
    } else {
        book.totals[r.baseToken] = sub(book.totals.value(r.baseToken), qty);
        book.totals[r.quoteToken] = sub(add(book.totals.value(r.quoteToken), quote), fee);
    }
    o.tradeQty = add(o.tradeQty, qty);
    o.tradeAmount = add(o.tradeAmount, quote);
    o.averagePrice = o.tradeAmount.divide(o.tradeQty, r.priceDecimals() + 4)
                         .value_or(Decimal())
                         .normalized()
                         .withMinScale(r.priceDecimals());
    o.hasAveragePrice = true;
    o.status = OrderStatus::PartialFilled;
    o.updateTime = now();
    m_market.recordTrade(o.symbol, price, quote);

    Trade t;
    t.tradeId = QString::number(m_nextTradeId++);
    t.orderId = o.orderId;
    t.symbol = o.symbol;
    t.side = o.side;
    t.price = price;
    t.quantity = qty;
    t.amount = quote;
    t.fee = fee;
    t.feeAsset = received;
    t.isMaker = maker;
    t.time = o.updateTime;
    m_trades.append(t);
}

void MatchingEngine::finish(Order &o, OrderStatus status, const QString &reason)
{
    o.status = status;
    o.failedReason = reason;
    o.updateTime = now();
}

void MatchingEngine::step()
{
    if (m_clock->isFixed())
        m_clock->advance(1000);
    m_market.step();
    fillResting();
}

void MatchingEngine::moveMarket(const QString &symbol, const Decimal &mid)
{
    m_market.setMid(symbol, mid);
    m_market.setLastPrice(symbol, mid);
    fillResting();
}

void MatchingEngine::forgetOrders()
{
    m_orders.clear();
    m_byClientId.clear();
    m_trades.clear();
    m_nextOrderId = 9007199254740993;
}

bool MatchingEngine::fillPart(OrderId orderId, const Decimal &qty)
{
    const auto it = m_orders.find(orderId);
    if (it == m_orders.end() || !OrderEnums::isOpen(it->second.status))
        return false;
    Order &o = it->second;
    if (qty.isZero() || qty > sub(o.quantity, o.tradeQty))
        return false;
    fill(o, *m_market.rules(o.symbol), o.price, qty, true);
    if (o.tradeQty == o.quantity)
        finish(o, OrderStatus::Filled);
    return true;
}

void MatchingEngine::fillResting()
{
    for (auto &[id, o] : m_orders) {
        if (!OrderEnums::isOpen(o.status))
            continue;
        const SymbolRules *r = m_market.rules(o.symbol);
        const Depth top = m_market.book(o.symbol, 1);
        const bool crossed = o.side == Side::Buy
                                 ? !top.asks.isEmpty() && top.asks.first().price <= o.price
                                 : !top.bids.isEmpty() && top.bids.first().price >= o.price;
        if (!crossed)
            continue;
        // A resting order fills at its own price, 30 % to all of what is left per step; a market
        // that has run more than 1 % through the price sweeps it completely.
        const Decimal remaining = sub(o.quantity, o.tradeQty);
        const Decimal through = o.side == Side::Buy ? sub(o.price, top.asks.first().price)
                                                    : sub(top.bids.first().price, o.price);
        const bool swept = mul(through, Decimal::fromInteger(100)) > o.price;
        const qint64 percent = 30 + qint64(m_rng() % 71);
        Decimal qty = mul(remaining, Decimal::fromInteger(percent))
                          .divide(Decimal::fromInteger(100), Decimal::MaxScale)
                          .value_or(Decimal())
                          .roundDownToStep(r->baseIncrement)
                          .value_or(Decimal());
        if (swept || qty < r->baseIncrement || sub(remaining, qty) < r->baseMinSize)
            qty = remaining;
        fill(o, *r, o.price, qty, true);
        if (o.tradeQty == o.quantity)
            finish(o, OrderStatus::Filled);
    }
}

Order *MatchingEngine::lookup(const QString &accountId, const OrderRef &ref)
{
    OrderId id = ref.orderId;
    if (id <= 0)
        id = m_byClientId.value(accountId + u'/' + ref.clientOrderId, 0);
    const auto it = m_orders.find(id);
    if (it == m_orders.end() || it->second.accountId != accountId)
        return nullptr;
    return &it->second;
}

MatchingEngine::Outcome MatchingEngine::cancel(const QString &accountId, const OrderRef &ref)
{
    Order *o = lookup(accountId, ref);
    if (!o)
        return reject(
            "-2011", ref.orderId > 0
                         ? QStringLiteral("Order %1 does not exist").arg(ref.orderId)
                         : QStringLiteral("No order with clientOrderId %1").arg(ref.clientOrderId));
    if (OrderEnums::isFinal(o->status)) {
        Outcome out = reject("-2012", QStringLiteral("Order %1 is already %2")
                                          .arg(o->orderId)
                                          .arg(OrderEnums::statusText(o->status).toLower()));
        out.orderId = o->orderId;
        return out;
    }
    finish(*o, OrderStatus::Canceled);
    return {QStringLiteral("0"), QStringLiteral("success"), o->orderId};
}

QList<MatchingEngine::Outcome> MatchingEngine::cancelSymbol(const QString &accountId,
                                                            const QString &symbol)
{
    QList<Outcome> out;
    for (auto &[id, o] : m_orders) {
        if (o.accountId == accountId && o.symbol == symbol && OrderEnums::isOpen(o.status)) {
            finish(o, OrderStatus::Canceled);
            out.append({QStringLiteral("0"), QStringLiteral("success"), id});
        }
    }
    return out;
}
