#pragma once

#include "core/NewOrder.h"
#include "core/Order.h"

#include <QList>

#include <random>

// Synthetic orders for model tests and benchmarks, and the one way tests write an order to send.
namespace OrderFactory {

// A limit order to send (the one way every test writes one).
inline NewOrder limit(const QString &account, Side side, const char *price, const char *qty,
                      const QString &symbol = QStringLiteral("BTC-USDT"),
                      const QString &clientId = {})
{
    NewOrder o;
    o.accountId = account;
    o.symbol = symbol;
    o.side = side;
    o.type = OrderType::Limit;
    o.price = *Decimal::parse(QByteArray(price));
    o.quantity = *Decimal::parse(QByteArray(qty));
    o.clientOrderId = clientId;
    return o;
}

inline Order make(OrderId id, int variant = 0)
{
    Order o;
    o.orderId = id;
    o.clientOrderId = QStringLiteral("c-%1").arg(id);
    o.accountId = QStringLiteral("1");
    o.symbol = id % 3 == 0 ? QStringLiteral("ETH-USDT") : QStringLiteral("BTC-USDT");
    o.side = id % 2 ? Side::Buy : Side::Sell;
    o.type = OrderType::Limit;
    o.status = variant % 2 ? OrderStatus::PartialFilled : OrderStatus::New;
    o.price = *Decimal::parse(
        QStringLiteral("%1.%2").arg(60000 + id % 9000).arg(id % 100, 2, 10, QLatin1Char('0')));
    o.quantity = *Decimal::parse("0.5000");
    o.tradeQty = *Decimal::fromInteger(variant).multiply(*Decimal::parse("0.0001"));
    o.amount = *o.price.multiply(o.quantity);
    o.createTime = 1767346200000 + id * 1000;
    o.updateTime = o.createTime + variant;
    return o;
}

inline QList<Order> many(int count, OrderId firstId = 9007199254740993)
{
    QList<Order> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(make(firstId + i));
    return out;
}

} // namespace OrderFactory
