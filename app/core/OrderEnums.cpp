#include "core/OrderEnums.h"

#include <QCoreApplication>

namespace OrderEnums {

QString sideWire(Side side)
{
    return side == Side::Buy ? QStringLiteral("BUY") : QStringLiteral("SELL");
}

QString typeWire(OrderType type)
{
    switch (type) {
    case OrderType::Limit: return QStringLiteral("LIMIT");
    case OrderType::Market: return QStringLiteral("MARKET");
    case OrderType::Other: break;
    }
    return {};
}

QString statusWire(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingNew: return QStringLiteral("PENDING_NEW");
    case OrderStatus::New: return QStringLiteral("NEW");
    case OrderStatus::PartialFilled: return QStringLiteral("PARTIAL_FILLED");
    case OrderStatus::Filled: return QStringLiteral("FILLED");
    case OrderStatus::Canceled: return QStringLiteral("CANCELED");
    case OrderStatus::Rejected: return QStringLiteral("REJECT");
    case OrderStatus::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

bool parseSide(const QString &text, Side *side)
{
    if (text == QLatin1String("BUY"))
        *side = Side::Buy;
    else if (text == QLatin1String("SELL"))
        *side = Side::Sell;
    else
        return false;
    return true;
}

bool parseType(const QString &text, OrderType *type)
{
    if (text == QLatin1String("LIMIT"))
        *type = OrderType::Limit;
    else if (text == QLatin1String("MARKET"))
        *type = OrderType::Market;
    else
        return false;
    return true;
}

OrderStatus parseStatus(const QString &text)
{
    for (auto s : {OrderStatus::PendingNew, OrderStatus::New, OrderStatus::PartialFilled,
                   OrderStatus::Filled, OrderStatus::Canceled, OrderStatus::Rejected}) {
        if (text == statusWire(s))
            return s;
    }
    return OrderStatus::Unknown;
}

bool isFinal(OrderStatus status)
{
    return status == OrderStatus::Filled || status == OrderStatus::Canceled
           || status == OrderStatus::Rejected;
}

bool isOpen(OrderStatus status)
{
    return status == OrderStatus::New || status == OrderStatus::PartialFilled;
}

QString sideText(Side side)
{
    return side == Side::Buy ? QCoreApplication::translate("Order", "Buy")
                             : QCoreApplication::translate("Order", "Sell");
}

QString typeText(OrderType type)
{
    switch (type) {
    case OrderType::Limit: return QCoreApplication::translate("Order", "Limit");
    case OrderType::Market: return QCoreApplication::translate("Order", "Market");
    case OrderType::Other: break;
    }
    return QCoreApplication::translate("Order", "Other");
}

QString statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingNew: return QCoreApplication::translate("Order", "Pending");
    case OrderStatus::New: return QCoreApplication::translate("Order", "Open");
    case OrderStatus::PartialFilled:
        return QCoreApplication::translate("Order", "Partially filled");
    case OrderStatus::Filled: return QCoreApplication::translate("Order", "Filled");
    case OrderStatus::Canceled: return QCoreApplication::translate("Order", "Cancelled");
    case OrderStatus::Rejected: return QCoreApplication::translate("Order", "Rejected");
    case OrderStatus::Unknown: break;
    }
    return QCoreApplication::translate("Order", "Unknown");
}

} // namespace OrderEnums
