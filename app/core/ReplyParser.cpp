#include "core/ReplyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)
};

// Reads fields of one JSON object, remembering the first problem.
class FieldReader
{
public:
    FieldReader(const QJsonValue &value, const char *what)
        : m_what(what)
    {
        if (!value.isObject())
            fail(Tr::tr("%1 is not a JSON object").arg(QLatin1String(what)));
        m_object = value.toObject();
    }

    QString text(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Tr::tr("%1 has no \"%2\"").arg(QLatin1String(m_what), QLatin1String(key)));
            return {};
        }
        if (v.isString()) {
            const QString s = v.toString();
            return s.trimmed().isEmpty() ? QString() : s; // the exchange sends " " for blank
        }
        if (v.isDouble()) {
            const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
            if (i != std::numeric_limits<qint64>::min())
                return QString::number(i);
        }
        fail(Tr::tr("\"%1\" in %2 has the wrong type")
                 .arg(QLatin1String(key), QLatin1String(m_what)));
        return {};
    }

    Decimal decimal(const char *key, bool required = true, bool *present = nullptr)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        // The exchange's blank marker is a single space: no value, like a missing field.
        const bool blank = v.isString() && v.toString().trimmed().isEmpty();
        if (present)
            *present = !(v.isUndefined() || v.isNull() || blank);
        if (blank)
            return {};
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Tr::tr("%1 has no \"%2\"").arg(QLatin1String(m_what), QLatin1String(key)));
            return {};
        }
        Decimal d;
        if (!ReplyParser::decimal(v, &d))
            fail(Tr::tr("\"%1\" in %2 is not an exact decimal")
                     .arg(QLatin1String(key), QLatin1String(m_what)));
        return d;
    }

    OrderId id(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        OrderId id = 0;
        if ((v.isUndefined() || v.isNull()) && !required)
            return 0;
        if (!ReplyParser::orderId(v, &id))
            fail(Tr::tr("\"%1\" in %2 is not an order id")
                     .arg(QLatin1String(key), QLatin1String(m_what)));
        return id;
    }

    qint64 millis(const char *key)
    {
        const QString t = text(key, false);
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        return ok ? v : 0;
    }

    bool flag(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (v.isString())
            return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        return v.toInteger() != 0;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    QJsonObject m_object;
    const char *m_what;
    QString m_error;
};

bool setError(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

template <typename T, typename F>
bool readArray(const QJsonValue &data, QList<T> *out, QString *error, F readOne)
{
    if (!data.isArray())
        return setError(error, Tr::tr("expected a list"));
    const QJsonArray array = data.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue &v : array) {
        T item;
        if (!readOne(v, &item, error))
            return false;
        out->append(item);
    }
    return true;
}

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

Envelope envelope(const QByteArray &body)
{
    Envelope e;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        e.error.kind = ApiError::Kind::Malformed;
        e.error.message = perr.error != QJsonParseError::NoError
                              ? Tr::tr("The exchange's reply is not valid JSON (%1 at byte %2).")
                                    .arg(perr.errorString())
                                    .arg(perr.offset)
                              : Tr::tr("The exchange's reply is not a JSON object.");
        return e;
    }
    e.root = doc.object();
    const QJsonValue code = e.root.value(QLatin1String("code"));
    QString codeText;
    if (code.isString())
        codeText = code.toString();
    else if (code.isDouble())
        codeText = QString::number(code.toInteger());
    else {
        e.error.kind = ApiError::Kind::Malformed;
        e.error.message = Tr::tr("The exchange's reply has no result code.");
        return e;
    }
    if (codeText != QLatin1String("0")) {
        e.error.kind = ApiError::Kind::Rejected;
        e.error.code = codeText;
        e.error.message = e.root.value(QLatin1String("msg")).toString().trimmed();
        if (e.error.message.isEmpty())
            e.error.message = Tr::tr("The exchange refused the request (code %1).").arg(codeText);
    }
    return e;
}

bool orderId(const QJsonValue &value, OrderId *id)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (!ok || v <= 0)
            return false;
        *id = v;
        return true;
    }
    if (value.isDouble()) {
        // toInteger() is exact for JSON integers, even past 2^53; a fraction gives the default.
        const qint64 v = value.toInteger(-1);
        if (v <= 0)
            return false;
        *id = v;
        return true;
    }
    return false;
}

// Java's BigDecimal.toString() writes small numbers as "0E-8" or "1.5E-7" (always a capital
// E): the same exact digits with the point moved. A float's "6.9e4" stays refused.
std::optional<Decimal> fromScientific(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?E([+-]?[0-9]{1,3})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1) + m.captured(2);
    int point = int(m.captured(1).size()) + m.captured(3).toInt(); // digits before the point
    if (point <= 0) {
        digits.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    } else if (point > digits.size()) {
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    }
    const QString plain = point == 0 ? QStringLiteral("0.") + digits
                          : point == digits.size()
                              ? digits
                              : digits.left(point) + QLatin1Char('.') + digits.mid(point);
    return Decimal::parse(plain);
}

bool decimal(const QJsonValue &value, Decimal *out)
{
    if (value.isString()) {
        auto d = Decimal::parse(value.toString());
        if (!d)
            d = fromScientific(value.toString().trimmed());
        if (!d)
            return false;
        *out = *d;
        return true;
    }
    if (value.isDouble()) {
        // A JSON number's text is gone once parsed; only integers survive exactly.
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 v = value.toInteger(sentinel);
        if (v == sentinel)
            return false;
        *out = Decimal::fromInteger(v);
        return true;
    }
    return false;
}

bool order(const QJsonValue &value, Order *out, QString *error)
{
    FieldReader r(value, "order");
    Order o;
    o.orderId = r.id("orderId");
    o.clientOrderId = r.text("clientOid", false);
    if (o.clientOrderId.isEmpty())
        o.clientOrderId = r.text("clientOrderId", false);
    o.accountId = r.text("accountId", false);
    o.symbol = r.text("symbol");
    if (!OrderEnums::parseSide(r.text("side"), &o.side))
        r.fail(Tr::tr("the order's side is neither BUY nor SELL"));
    // Types and statuses this client does not know (conditional orders, say) are shown as the
    // exchange names them rather than dropped.
    o.typeName = r.text("orderType");
    if (!OrderEnums::parseType(o.typeName, &o.type))
        o.type = OrderType::Other;
    o.statusName = r.text("status");
    o.status = OrderEnums::parseStatus(o.statusName);
    o.price = r.decimal("price", false);
    o.quantity = r.decimal("quantity", false);
    o.amount = r.decimal("amount", false);
    o.tradeQty = r.decimal("tradeQty", false);
    o.tradeAmount = r.decimal("tradeAmount", false);
    o.averagePrice = r.decimal("averagePrice", false, &o.hasAveragePrice);
    o.failedReason = r.text("failedReason", false);
    if (o.hasAveragePrice && o.averagePrice.isZero() && o.tradeQty.isZero())
        o.hasAveragePrice = false; // nothing filled: no average to show
    if (!o.hasAveragePrice && !o.tradeQty.isZero()) {
        // Derived from documented fields where the exchange does not send it (open orders).
        if (const auto avg = o.tradeAmount.divide(o.tradeQty, 12)) {
            o.averagePrice = avg->normalized();
            o.hasAveragePrice = true;
        }
    }
    if (!r.ok())
        return setError(error, r.error());
    *out = o;
    return true;
}

bool orders(const QJsonValue &value, QList<Order> *out, QString *error, QStringList *skipped,
            QList<qint64> *skippedIds)
{
    if (!value.isArray())
        return setError(error, Tr::tr("expected a list"));
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue &v : array) {
        Order o;
        QString why;
        if (order(v, &o, &why)) {
            out->append(o);
            continue;
        }
        OrderId id = 0;
        const bool idKnown = orderId(v.toObject().value(QLatin1String("orderId")), &id);
        if (skipped)
            skipped->append(idKnown ? Tr::tr("order %1: %2").arg(id).arg(why) : why);
        if (skippedIds && idKnown)
            skippedIds->append(id);
    }
    return true;
}

bool batchCancel(const QJsonObject &root, BatchCancelResult *out, QString *error)
{
    BatchCancelResult result;
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return setError(error, Tr::tr("the batch-cancel reply has no list of results"));
    const QJsonArray items = data.toArray();
    for (const QJsonValue &item : items) {
        FieldReader r(item, "batch-cancel result");
        const QString ids = r.text("orderId", false);
        const QString code = r.text("code", false);
        const QString message = r.text("msg", false);
        if (!r.ok())
            return setError(error, r.error());
        const QStringList parts = ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            OrderId id = 0;
            if (!orderId(QJsonValue(part), &id))
                return setError(error, Tr::tr("\"%1\" is not an order id").arg(part));
            if (code.isEmpty() || code == QLatin1String("0"))
                result.canceled.append(id);
            else
                result.failed.append({id, code, message});
        }
    }
    *out = result;
    return true;
}

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
