#include "core/OrderFields.h"

#include "core/FieldReader.h"

#include <cstring>

namespace ReplyParserDetail {

namespace {

constexpr std::array<std::string_view, OrderFields::Count> names{
    "orderId", "clientOid", "clientOrderId", "accountId",    "symbol",
    "side",    "orderType", "status",        "price",        "quantity",
    "amount",  "tradeQty",  "tradeAmount",   "averagePrice", "failedReason"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// What QString::trimmed() would leave empty: ASCII spaces, or (rarely) Unicode ones.
bool isBlank(std::string_view utf8)
{
    bool ascii = true;
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80)
            ascii = false;
        else if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    return ascii || QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).trimmed().isEmpty();
}

QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Reads one order's fields the way FieldReader reads a QJsonObject: the first problem is kept.
class RawReader
{
public:
    RawReader(const OrderFields &f, TextCache *cache)
        : m_f(f),
          m_cache(cache)
    {
        if (!f.isObject)
            fail(Tr::tr("%1 is not a JSON object").arg(QLatin1String("order")));
    }

    QString text(int field, bool required = true)
    {
        const RawValue &v = m_f.fields[size_t(field)];
        switch (v.kind) {
        case RawValue::Kind::Missing:
        case RawValue::Kind::Null:
            if (required)
                fail(Tr::tr("%1 has no \"%2\"").arg(QLatin1String("order"), name(field)));
            return {};
        case RawValue::Kind::String:
            if (isBlank(v.text)) // the exchange sends " " for blank
                return {};
            return m_cache && field != OrderFields::ClientOid && field != OrderFields::ClientOrderId
                       ? m_cache->text(field, v.text)
                       : fromUtf8(v.text);
        case RawValue::Kind::Number: {
            qint64 i = 0;
            if (integerOfToken(v.text, &i))
                return QString::number(i);
            break;
        }
        default: break;
        }
        fail(Tr::tr("\"%1\" in %2 has the wrong type").arg(name(field), QLatin1String("order")));
        return {};
    }

    Decimal decimal(int field, bool *present = nullptr)
    {
        const RawValue &v = m_f.fields[size_t(field)];
        const bool blank = v.kind == RawValue::Kind::String && isBlank(v.text);
        const bool absent = v.kind == RawValue::Kind::Missing || v.kind == RawValue::Kind::Null;
        if (present)
            *present = !(absent || blank);
        if (blank || absent) // every decimal of an order may be left out
            return {};
        Decimal d;
        if (!rawDecimal(v, &d))
            fail(Tr::tr("\"%1\" in %2 is not an exact decimal")
                     .arg(name(field), QLatin1String("order")));
        return d;
    }

    OrderId id(int field)
    {
        OrderId id = 0;
        if (!rawOrderId(m_f.fields[size_t(field)], &id))
            fail(
                Tr::tr("\"%1\" in %2 is not an order id").arg(name(field), QLatin1String("order")));
        return id;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    static QLatin1String name(int field)
    {
        const std::string_view n = names[size_t(field)];
        return QLatin1String(n.data(), qsizetype(n.size()));
    }

    const OrderFields &m_f;
    TextCache *m_cache;
    QString m_error;
};

} // namespace

int OrderFields::fieldOf(std::string_view key)
{
    // Told apart by length and last letter before any comparison of the whole key.
    for (size_t i = 0; i < names.size(); ++i) {
        const std::string_view n = names[i];
        if (n.size() == key.size() && n.back() == key.back() && n == key)
            return int(i);
    }
    return -1;
}

QString TextCache::text(int field, std::string_view utf8)
{
    std::string &key = m_keys[size_t(field)];
    QString &value = m_values[size_t(field)];
    if (key.size() != utf8.size() || value.isNull()
        || std::memcmp(key.data(), utf8.data(), utf8.size()) != 0) {
        key.assign(utf8);
        value = fromUtf8(utf8);
    }
    return value;
}

bool isJsonNumber(std::string_view t)
{
    size_t i = 0;
    const size_t n = t.size();
    if (i < n && t[i] == '-')
        ++i;
    if (i >= n || !isDigit(t[i]))
        return false;
    if (t[i] == '0')
        ++i;
    else
        while (i < n && isDigit(t[i]))
            ++i;
    if (i < n && t[i] == '.') {
        if (++i >= n || !isDigit(t[i]))
            return false;
        while (i < n && isDigit(t[i]))
            ++i;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        if (++i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i >= n || !isDigit(t[i]))
            return false;
        while (i < n && isDigit(t[i]))
            ++i;
    }
    return i == n;
}

bool integerOfToken(std::string_view t, qint64 *out)
{
    if (!isJsonNumber(t))
        return false;
    if (t.size() <= 18) { // most ids: digits only, and too few to overflow
        const bool negative = t.front() == '-';
        qint64 v = 0;
        size_t i = negative ? 1 : 0;
        for (; i < t.size() && isDigit(t[i]); ++i)
            v = v * 10 + (t[i] - '0');
        if (i == t.size()) {
            *out = negative ? -v : v;
            return true;
        }
    }
    const bool negative = t.front() == '-';
    const size_t start = negative ? 1 : 0;
    const size_t e = std::min(t.find_first_of("eE"), t.size());
    const std::string_view mantissa = t.substr(start, e - start);
    const size_t dot = std::min(mantissa.find('.'), mantissa.size());
    long exponent = 0;
    for (size_t i = e + 1 + (e + 1 < t.size() && (t[e + 1] == '+' || t[e + 1] == '-'));
         i < t.size(); ++i)
        exponent = std::min(exponent * 10 + (t[i] - '0'), 1000000L);
    if (e + 1 < t.size() && t[e + 1] == '-')
        exponent = -exponent;
    // The digits with the point moved by the exponent: the value is an integer only when every
    // digit after the point is a zero.
    std::string digits(mantissa.substr(0, dot));
    if (dot < mantissa.size())
        digits.append(mantissa.substr(dot + 1));
    const long point = long(dot) + exponent;
    __int128 value = 0;
    const __int128 limit = std::numeric_limits<qint64>::max();
    for (long i = 0; i < long(digits.size()); ++i) {
        const int d = digits[size_t(i)] - '0';
        if (i >= point) {
            if (d != 0)
                return false;
            continue;
        }
        value = value * 10 + d;
        if (value > limit)
            return false;
    }
    for (long i = long(digits.size()); i < point && value != 0; ++i) {
        value *= 10;
        if (value > limit)
            return false;
    }
    *out = qint64(negative ? -value : value);
    return true;
}

bool rawOrderId(const RawValue &value, OrderId *id)
{
    if (value.kind == RawValue::Kind::String)
        return ReplyParser::orderId(QJsonValue(fromUtf8(value.text)), id);
    qint64 v = 0;
    if (value.kind != RawValue::Kind::Number || !integerOfToken(value.text, &v) || v <= 0)
        return false;
    *id = v;
    return true;
}

bool rawDecimal(const RawValue &value, Decimal *out)
{
    if (value.kind == RawValue::Kind::Number) {
        qint64 v = 0;
        if (!integerOfToken(value.text, &v)) // a fraction sent as a number is refused, as ever
            return false;
        *out = Decimal::fromInteger(v);
        return true;
    }
    if (value.kind != RawValue::Kind::String)
        return false;
    const std::string_view t = value.text;
    if (t.size() <= size_t(Decimal::MaxTextLength)) {
        char16_t wide[Decimal::MaxTextLength];
        bool ascii = true;
        for (size_t i = 0; i < t.size(); ++i) {
            ascii = ascii && static_cast<unsigned char>(t[i]) < 0x80;
            wide[i] = char16_t(static_cast<unsigned char>(t[i]));
        }
        if (ascii) {
            if (const auto d = Decimal::parse(QStringView(wide, qsizetype(t.size())))) {
                *out = *d;
                return true;
            }
        }
    }
    // Everything else (Java's "0E-8", spaces, junk) goes the way a QJsonValue always went.
    return ReplyParser::decimal(QJsonValue(fromUtf8(t)), out);
}

bool takeOrder(const OrderFields &f, Order *out, QString *error, TextCache *cache)
{
    RawReader r(f, cache);
    Order o;
    o.orderId = r.id(OrderFields::OrderId);
    o.clientOrderId = r.text(OrderFields::ClientOid, false);
    if (o.clientOrderId.isEmpty())
        o.clientOrderId = r.text(OrderFields::ClientOrderId, false);
    o.accountId = r.text(OrderFields::AccountId, false);
    o.symbol = r.text(OrderFields::Symbol);
    if (!OrderEnums::parseSide(r.text(OrderFields::Side), &o.side))
        r.fail(Tr::tr("the order's side is neither BUY nor SELL"));
    // Types and statuses this client does not know (conditional orders, say) are shown as the
    // exchange names them rather than dropped.
    o.typeName = r.text(OrderFields::OrderType);
    if (!OrderEnums::parseType(o.typeName, &o.type))
        o.type = OrderType::Other;
    o.statusName = r.text(OrderFields::Status);
    o.status = OrderEnums::parseStatus(o.statusName);
    o.price = r.decimal(OrderFields::Price);
    o.quantity = r.decimal(OrderFields::Quantity);
    o.amount = r.decimal(OrderFields::Amount);
    o.tradeQty = r.decimal(OrderFields::TradeQty);
    o.tradeAmount = r.decimal(OrderFields::TradeAmount);
    o.averagePrice = r.decimal(OrderFields::AveragePrice, &o.hasAveragePrice);
    o.failedReason = r.text(OrderFields::FailedReason, false);
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
    *out = std::move(o);
    return true;
}

void takeListItem(const OrderFields &f, QList<Order> *out, QStringList *skipped,
                  QList<qint64> *skippedIds, TextCache *cache)
{
    Order o;
    QString why;
    if (takeOrder(f, &o, &why, cache)) {
        out->append(std::move(o));
        return;
    }
    OrderId id = 0;
    const bool idKnown = f.isObject && rawOrderId(f.fields[OrderFields::OrderId], &id);
    if (skipped)
        skipped->append(idKnown ? Tr::tr("order %1: %2").arg(id).arg(why) : why);
    if (skippedIds && idKnown)
        skippedIds->append(id);
}

} // namespace ReplyParserDetail
