#pragma once

#include "core/AccountTypes.h"
#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QJsonArray>
#include <QJsonObject>

// The demo exchange's wire format: what the real exchange sends, quirks included (blank text as
// " ", money as strings, order ids as JSON numbers in lists).
namespace DemoJson {

QJsonObject envelope(const QJsonValue &data);
QJsonObject error(const QString &code, const QString &message);
// The fields order-api.md shows and no others: no times (the documented objects have none);
// stopType and averagePrice only in the finished-orders shape, as in its example.
enum class OrderShape
{
    Open, // get one order, open orders
    Finished,
};
QJsonObject order(const Order &o, OrderShape shape);
QJsonArray orders(const QList<Order> &list, OrderShape shape);
QJsonObject balance(const Balance &b);
QJsonObject trade(const Trade &t);
QJsonObject symbol(const SymbolRules &r);
QJsonArray levels(const QList<DepthLevel> &levels);
QJsonObject account(const Account &a);
// Money and ids turned into the wrong JSON types, for the wrong-types fault.
QJsonValue scramble(const QJsonValue &value);

} // namespace DemoJson
