#include "core/Order.h"

bool Order::operator==(const Order &o) const
{
    return orderId == o.orderId && clientOrderId == o.clientOrderId && accountId == o.accountId
           && symbol == o.symbol && side == o.side && type == o.type && status == o.status
           && price == o.price && quantity == o.quantity && amount == o.amount
           && tradeQty == o.tradeQty && tradeAmount == o.tradeAmount
           && averagePrice == o.averagePrice && hasAveragePrice == o.hasAveragePrice
           && failedReason == o.failedReason && createTime == o.createTime
           && createTimeIsFirstSeen == o.createTimeIsFirstSeen && lastFillTime == o.lastFillTime
           && typeName == o.typeName && statusName == o.statusName && updateTime == o.updateTime;
}

QString Order::typeLabel() const
{
    return type == OrderType::Other && !typeName.isEmpty() ? typeName : OrderEnums::typeText(type);
}

QString Order::statusLabel() const
{
    return status == OrderStatus::Unknown && !statusName.isEmpty() ? statusName
                                                                   : OrderEnums::statusText(status);
}

QString Order::typeOnWire() const
{
    return type == OrderType::Other ? typeName : OrderEnums::typeWire(type);
}

QString Order::statusOnWire() const
{
    return status == OrderStatus::Unknown ? statusName : OrderEnums::statusWire(status);
}
