#include "demo/DemoJson.h"

namespace {

QJsonValue blankable(const QString &s)
{
    return s.isEmpty() ? QStringLiteral(" ") : s;
}

} // namespace

namespace DemoJson {

QJsonObject envelope(const QJsonValue &data)
{
    return {{QStringLiteral("code"), QStringLiteral("0")},
            {QStringLiteral("msg"), QStringLiteral("success")},
            {QStringLiteral("data"), data}};
}

QJsonObject error(const QString &code, const QString &message)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("msg"), message}};
}

QJsonObject order(const Order &o, OrderShape shape)
{
    QJsonObject j{
        {QStringLiteral("clientOid"), blankable(o.clientOrderId)},
        {QStringLiteral("orderId"), o.orderId},
        {QStringLiteral("accountId"), o.accountId},
        {QStringLiteral("side"), OrderEnums::sideWire(o.side)},
        {QStringLiteral("symbol"), o.symbol},
        {QStringLiteral("price"), o.price.toString()},
        {QStringLiteral("quantity"), o.quantity.toString()},
        {QStringLiteral("amount"), o.amount.toString()},
        {QStringLiteral("status"), OrderEnums::statusWire(o.status)},
        {QStringLiteral("tradeQty"), o.tradeQty.toString()},
        {QStringLiteral("tradeAmount"), o.tradeAmount.toString()},
        {QStringLiteral("orderType"), OrderEnums::typeWire(o.type)},
        {QStringLiteral("stopStatus"), QStringLiteral("PENDING")},
        {QStringLiteral("failedReason"), blankable(o.failedReason)},
    };
    if (shape == OrderShape::Finished) {
        j.insert(QStringLiteral("stopType"), QStringLiteral("UP"));
        j.insert(QStringLiteral("averagePrice"),
                 o.hasAveragePrice ? o.averagePrice.toString() : QStringLiteral("0"));
    }
    return j;
}

QJsonArray orders(const QList<Order> &list, OrderShape shape)
{
    QJsonArray a;
    for (const Order &o : list)
        a.append(order(o, shape));
    return a;
}

QJsonObject balance(const Balance &b)
{
    return {{QStringLiteral("tokenCode"), b.token},
            {QStringLiteral("total"), b.total.toString()},
            {QStringLiteral("avaliable"), b.available.toString()},
            {QStringLiteral("frozen"), b.frozen.toString()}};
}

QJsonObject trade(const Trade &t)
{
    return {{QStringLiteral("tradeId"), t.tradeId},
            {QStringLiteral("symbol"), t.symbol},
            {QStringLiteral("price"), t.price.toString()},
            {QStringLiteral("quantity"), t.quantity.toString()},
            {QStringLiteral("amount"), t.amount.toString()},
            {QStringLiteral("side"), OrderEnums::sideWire(t.side)},
            {QStringLiteral("isMaker"), t.isMaker},
            {QStringLiteral("fee"), t.fee.toString()},
            {QStringLiteral("feeAsset"), t.feeAsset},
            {QStringLiteral("time"), t.time}};
}

QJsonObject symbol(const SymbolRules &r)
{
    return {{QStringLiteral("symbol"), r.symbol},
            {QStringLiteral("baseToken"), r.baseToken},
            {QStringLiteral("quoteToken"), r.quoteToken},
            {QStringLiteral("priceIncrement"), r.priceIncrement.toString()},
            {QStringLiteral("baseIncrement"), r.baseIncrement.toString()},
            {QStringLiteral("baseMinSize"), r.baseMinSize.toString()},
            {QStringLiteral("quoteMinSize"), r.quoteMinSize.toString()},
            {QStringLiteral("priceLimitRate"), r.priceLimitRate.toString()},
            {QStringLiteral("enableTrading"), r.enableTrading}};
}

QJsonArray levels(const QList<DepthLevel> &levels)
{
    QJsonArray a;
    for (const DepthLevel &l : levels)
        a.append(QJsonArray{l.price.toString(), l.quantity.toString()});
    return a;
}

QJsonObject account(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("enableTrading"), a.enableTrading}};
}

QJsonValue scramble(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = scramble(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = scramble(*it);
        return a;
    }
    if (value.isString())
        return QJsonObject{{QStringLiteral("value"), value}};
    if (value.isDouble())
        return QJsonArray{value};
    return value;
}

} // namespace DemoJson
