#pragma once

// For bench_core only: the order lists read as they were before ReplyScanner, through a
// QJsonDocument tree and FieldReader (the same code as ReplyParser had), to measure against.
#include "core/FieldReader.h"

namespace QJsonOrders {

using namespace ReplyParserDetail;

inline bool order(const QJsonValue &value, Order *out, QString *error)
{
    FieldReader r(value, "order");
    Order o;
    o.orderId = r.id("orderId");
    o.clientOrderId = r.text("clientOid", false);
    if (o.clientOrderId.isEmpty())
        o.clientOrderId = r.text("clientOrderId", false);
    o.accountId = r.text("accountId", false);
    o.symbol = r.text("symbol");
    if (!OrderEnums::parseSide(r.text("side"), &o.side))
        r.fail(QStringLiteral("the order's side is neither BUY nor SELL"));
    o.typeName = r.text("orderType");
    if (!OrderEnums::parseType(o.typeName, &o.type))
        o.type = OrderType::Other;
    o.statusName = r.text("status");
    o.status = OrderEnums::parseStatus(o.statusName);
    o.price = r.decimal("price", false);
    o.quantity = r.decimal("quantity", false);
    o.amount = r.decimal("amount", false);
    o.tradeQty = r.decimal("tradeQty", false);
    o.tradeAmount = r.decimal("tradeAmount", false);
    o.averagePrice = r.decimal("averagePrice", false, &o.hasAveragePrice);
    o.failedReason = r.text("failedReason", false);
    if (o.hasAveragePrice && o.averagePrice.isZero() && o.tradeQty.isZero())
        o.hasAveragePrice = false;
    if (!o.hasAveragePrice && !o.tradeQty.isZero()) {
        if (const auto avg = o.tradeAmount.divide(o.tradeQty, 12)) {
            o.averagePrice = avg->normalized();
            o.hasAveragePrice = true;
        }
    }
    if (!r.ok())
        return setError(error, r.error());
    *out = o;
    return true;
}

// A list, as ReplyParser::orders read it.
inline bool list(const QJsonValue &value, QList<Order> *out, QString *error, QStringList *skipped,
                 QList<qint64> *skippedIds)
{
    if (!value.isArray())
        return setError(error, QStringLiteral("expected a list"));
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue &v : array) {
        Order o;
        QString why;
        if (order(v, &o, &why)) {
            out->append(o);
            continue;
        }
        OrderId id = 0;
        const bool idKnown =
            ReplyParser::orderId(v.toObject().value(QLatin1String("orderId")), &id);
        skipped->append(idKnown ? QStringLiteral("order %1: %2").arg(id).arg(why) : why);
        if (idKnown)
            skippedIds->append(id);
    }
    return true;
}

// The envelope's code checked and the "data" list read, as ReplyClassifier and ReplyParser did.
inline bool reply(const QByteArray &body, QList<Order> *out, QStringList *skipped)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("code")).toString() != QLatin1String("0"))
        return false;
    QString why;
    QList<qint64> ids;
    return list(root.value(QLatin1String("data")), out, &why, skipped, &ids);
}

} // namespace QJsonOrders
