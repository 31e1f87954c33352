// Account and market replies: accounts, balances, trades, symbols, tickers and depth.
#include "core/ReplyParser.h"

#include "core/FieldReader.h"

using namespace ReplyParserDetail;

namespace {

bool level(const QJsonValue &v, DepthLevel *out)
{
    const QJsonArray pair = v.toArray();
    return v.isArray() && pair.size() >= 2 && ReplyParser::decimal(pair.at(0), &out->price)
           && ReplyParser::decimal(pair.at(1), &out->quantity);
}

bool levels(const QJsonValue &v, QList<DepthLevel> *out)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return false;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        DepthLevel l;
        if (!level(item, &l))
            return false;
        out->append(l);
    }
    return true;
}

} // namespace

namespace ReplyParser {

bool accounts(const QJsonValue &data, QList<Account> *out, QString *error)
{
    return readArray(data.toObject().value(QLatin1String("accounts")), out, error,
                     [](const QJsonValue &v, Account *a, QString *err) {
                         FieldReader r(v, "account");
                         a->id = r.text("id");
                         a->name = r.text("name", false);
                         a->type = r.text("type", false);
                         a->status = r.text("status", false);
                         a->enableTrading = r.flag("enableTrading");
                         return r.ok() || setError(err, r.error());
                     });
}

bool balances(const QJsonValue &data, QList<Balance> *out, QString *error)
{
    return readArray(data, out, error, [](const QJsonValue &v, Balance *b, QString *err) {
        FieldReader r(v, "balance");
        b->token = r.text("tokenCode");
        b->total = r.decimal("total");
        bool misspelt = false;
        const Decimal avaliable = r.decimal("avaliable", false, &misspelt);
        b->available = misspelt ? avaliable : r.decimal("available");
        b->frozen = r.decimal("frozen", false);
        return r.ok() || setError(err, r.error());
    });
}

bool trades(const QJsonValue &data, QList<Trade> *out, QString *error)
{
    return readArray(data, out, error, [](const QJsonValue &v, Trade *t, QString *err) {
        FieldReader r(v, "trade");
        t->tradeId = r.text("tradeId");
        t->orderId = r.id("orderId", false);
        t->symbol = r.text("symbol");
        if (!OrderEnums::parseSide(r.text("side"), &t->side))
            r.fail(Tr::tr("the trade's side is neither BUY nor SELL"));
        t->price = r.decimal("price");
        t->quantity = r.decimal("quantity");
        t->amount = r.decimal("amount", false);
        t->fee = r.decimal("fee", false);
        t->feeAsset = r.text("feeAsset", false);
        t->isMaker = r.flag("isMaker");
        t->time = r.millis("time");
        return r.ok() || setError(err, r.error());
    });
}

bool symbols(const QJsonValue &data, QList<SymbolRules> *out, QString *error)
{
    return readArray(data, out, error, [](const QJsonValue &v, SymbolRules *s, QString *err) {
        FieldReader r(v, "symbol");
        s->symbol = r.text("symbol");
        s->baseToken = r.text("baseToken");
        s->quoteToken = r.text("quoteToken");
        s->priceIncrement = r.decimal("priceIncrement");
        s->baseIncrement = r.decimal("baseIncrement");
        s->baseMinSize = r.decimal("baseMinSize");
        s->quoteMinSize = r.decimal("quoteMinSize");
        s->priceLimitRate = r.decimal("priceLimitRate", false);
        s->enableTrading = r.flag("enableTrading");
        if (r.ok() && (s->priceIncrement.isZero() || s->baseIncrement.isZero()))
            r.fail(Tr::tr("symbol %1 has a zero tick or lot step").arg(s->symbol));
        return r.ok() || setError(err, r.error());
    });
}

bool bookTicker(const QJsonValue &data, BookTicker *out, QString *error)
{
    const QJsonValue v = data.isArray() ? data.toArray().first() : data;
    FieldReader r(v, "book ticker");
    if (!r.ok())
        return setError(error, r.error());
    const QJsonObject o = v.toObject();
    QList<DepthLevel> bids, asks;
    if (!levels(o.value(QLatin1String("bid")), &bids)
        || !levels(o.value(QLatin1String("ask")), &asks))
        return setError(error, Tr::tr("the book ticker's levels are not [price, quantity] pairs"));
    BookTicker t;
    t.hasBid = !bids.isEmpty();
    t.hasAsk = !asks.isEmpty();
    if (t.hasBid)
        t.bid = bids.first();
    if (t.hasAsk)
        t.ask = asks.first();
    t.time = r.millis("time");
    *out = t;
    return true;
}

bool depth(const QJsonValue &data, Depth *out, QString *error)
{
    FieldReader r(data, "depth");
    if (!r.ok())
        return setError(error, r.error());
    const QJsonObject o = data.toObject();
    Depth d;
    if (!levels(o.value(QLatin1String("bids")), &d.bids)
        || !levels(o.value(QLatin1String("asks")), &d.asks))
        return setError(error, Tr::tr("the depth levels are not [price, quantity] pairs"));
    d.time = r.millis("time");
    *out = d;
    return true;
}

bool ticker24h(const QJsonValue &data, Ticker24h *out, QString *error)
{
    const QJsonValue v = data.isArray() ? data.toArray().first() : data;
    FieldReader r(v, "24h ticker");
    Ticker24h t;
    t.lastPrice = r.decimal("lastPrice");
    t.priceChangePercent = r.decimal("priceChangePercent", false);
    t.highPrice = r.decimal("highPrice", false);
    t.lowPrice = r.decimal("lowPrice", false);
    t.amount = r.decimal("amount", false);
    if (!r.ok())
        return setError(error, r.error());
    *out = t;
    return true;
}

} // namespace ReplyParser
