#pragma once

#include "Decimal.h"
#include "OrderEnums.h"

#include <QMetaType>
#include <QString>

// One order as the exchange reports it.
struct Order
{
    OrderId orderId = 0;
    QString clientOrderId;
    QString accountId;
    QString symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    OrderStatus status = OrderStatus::Unknown;
    Decimal price;
    Decimal quantity;
    Decimal amount;
    Decimal tradeQty;
    Decimal tradeAmount;
    Decimal averagePrice;
    bool hasAveragePrice = false;
    QString failedReason;
    qint64 createTime = 0; // ms since epoch, 0 when the exchange did not say
    qint64 updateTime = 0;

    bool operator==(const Order &o) const;
    bool operator!=(const Order &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Order)
