#pragma once

#include <QString>

using OrderId = qint64;

enum class Side
{
    Buy,
    Sell
};
enum class OrderType
{
    Limit,
    Market,
    Other, // one this client does not know: Order::typeName says which
};
enum class OrderStatus
{
    PendingNew,
    New,
    PartialFilled,
    Filled,
    Canceled,
    Rejected,
    Unknown
};

namespace OrderEnums {

QString sideWire(Side side);
QString typeWire(OrderType type);
QString statusWire(OrderStatus status);
bool parseSide(const QString &text, Side *side);
bool parseType(const QString &text, OrderType *type);
OrderStatus parseStatus(const QString &text);
bool isFinal(OrderStatus status);
bool isOpen(OrderStatus status);
// Text a trader reads ("Partially filled"), translated.
QString sideText(Side side);
QString typeText(OrderType type);
QString statusText(OrderStatus status);

} // namespace OrderEnums
