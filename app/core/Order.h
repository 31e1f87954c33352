#pragma once

#include "core/Decimal.h"
#include "core/OrderEnums.h"

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
    QString typeName;   // as the exchange wrote them, for types and statuses this client
    QString statusName; // does not know
    // Not on the wire (the documented order objects carry no times): what this app itself saw,
    // stamped by OrderTimes. ms since epoch, 0 = not known.
    qint64 createTime = 0; // when this app placed it, or first saw it
    bool createTimeIsFirstSeen = false;
    qint64 updateTime = 0;   // when this app first saw it in its final state
    qint64 lastFillTime = 0; // the exchange's time of its last fill, from account/trades

    // For people: the translated name, or the exchange's own for what this client does not know.
    QString typeLabel() const;
    QString statusLabel() const;
    QString typeOnWire() const;
    QString statusOnWire() const;

    bool operator==(const Order &o) const;
    bool operator!=(const Order &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(Order)
