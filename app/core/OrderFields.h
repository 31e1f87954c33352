#pragma once

// Internal to the core (and its benchmark): an order as the wire wrote it, field by field, before
// it is read. Whatever scans the JSON text fills OrderFields; takeOrder() applies the rules the
// reply readers always had (blank " " text, Java's 0E-8, ids past 2^53 or as text, types and
// statuses this client does not know, the first problem named) to make an Order of it.
#include "core/Order.h"

#include <QList>
#include <QStringList>

#include <array>
#include <string>
#include <string_view>

namespace ReplyParserDetail {

// One JSON value: strings unescaped (UTF-8), numbers as the exact text of their token.
struct RawValue
{
    enum class Kind : quint8
    {
        Missing,
        Null,
        String,
        Number,
        Bool,
        Other, // an object or an array
    };
    Kind kind = Kind::Missing;
    std::string_view text; // String and Number; valid while the scanner's document lives
};

struct OrderFields
{
    enum Field
    {
        OrderId,
        ClientOid,
        ClientOrderId,
        AccountId,
        Symbol,
        Side,
        OrderType,
        Status,
        Price,
        Quantity,
        Amount,
        TradeQty,
        TradeAmount,
        AveragePrice,
        FailedReason,
        Count
    };
    bool isObject = true;
    std::array<RawValue, Count> fields;

    // The field a key names, or -1 for one this client does not read.
    static int fieldOf(std::string_view key);
};

// The texts most orders of one list share (symbol, account, type, status): made once.
class TextCache
{
public:
    QString text(int field, std::string_view utf8);

private:
    std::array<std::string, OrderFields::Count> m_keys;
    std::array<QString, OrderFields::Count> m_values;
};

// True when `token` is a JSON number (RFC 8259) whose exact value is an integer in qint64.
bool integerOfToken(std::string_view token, qint64 *out);
bool isJsonNumber(std::string_view token);
bool rawOrderId(const RawValue &value, OrderId *id);
bool rawDecimal(const RawValue &value, Decimal *out);

bool takeOrder(const OrderFields &f, Order *out, QString *error, TextCache *cache);
// One item of a list: kept in `out`, or described in `skipped` (its id in `skippedIds`).
void takeListItem(const OrderFields &f, QList<Order> *out, QStringList *skipped,
                  QList<qint64> *skippedIds, TextCache *cache);

} // namespace ReplyParserDetail
