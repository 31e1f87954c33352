#include "Order.h"

bool Order::operator==(const Order &o) const
{
    return orderId == o.orderId && clientOrderId == o.clientOrderId && accountId == o.accountId
           && symbol == o.symbol && side == o.side && type == o.type && status == o.status
           && price == o.price && quantity == o.quantity && amount == o.amount
           && tradeQty == o.tradeQty && tradeAmount == o.tradeAmount
           && averagePrice == o.averagePrice && hasAveragePrice == o.hasAveragePrice
           && failedReason == o.failedReason && createTime == o.createTime
           && updateTime == o.updateTime;
}
