#pragma once

#include "core/Decimal.h"
#include "core/OrderEnums.h"

#include <QString>

// What the trader asks the exchange to place. The clientOrderId belongs to this logical order,
// not to an HTTP request: it is what reconciles an unknown outcome.
struct NewOrder
{
    QString accountId;
    QString symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    Decimal price;    // LIMIT
    Decimal quantity; // LIMIT
    Decimal amount;   // MARKET, in quote currency
    QString clientOrderId;

    bool operator==(const NewOrder &o) const
    {
        return accountId == o.accountId && symbol == o.symbol && side == o.side && type == o.type
               && price == o.price && quantity == o.quantity && amount == o.amount
               && clientOrderId == o.clientOrderId;
    }
    bool operator!=(const NewOrder &o) const { return !(*this == o); }
};

// Identifies one order by exchange id, or by the client's id when the exchange id is not known.
struct OrderRef
{
    OrderId orderId = 0;
    QString clientOrderId;

    static OrderRef byId(OrderId id) { return {id, {}}; }
    static OrderRef byClientId(const QString &id) { return {0, id}; }
};
