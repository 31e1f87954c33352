#include "models/CsvExport.h"

#include "models/CsvWriter.h"

#include <QDateTime>

namespace {

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                  : QString();
}

} // namespace

namespace CsvExport {

QString orders(const QList<Order> &list)
{
    CsvWriter csv({QStringLiteral("createTime"), QStringLiteral("updateTime"),
                   QStringLiteral("orderId"), QStringLiteral("clientOrderId"),
                   QStringLiteral("symbol"), QStringLiteral("side"), QStringLiteral("type"),
                   QStringLiteral("status"), QStringLiteral("price"), QStringLiteral("quantity"),
                   QStringLiteral("amount"), QStringLiteral("filledQuantity"),
                   QStringLiteral("filledAmount"), QStringLiteral("averagePrice"),
                   QStringLiteral("failedReason")});
    for (const Order &o : list)
        csv.addRow({isoUtc(o.createTime), isoUtc(o.updateTime), QString::number(o.orderId),
                    o.clientOrderId, o.symbol, OrderEnums::sideWire(o.side), o.typeOnWire(),
                    o.statusOnWire(), o.price.toString(), o.quantity.toString(),
                    o.amount.toString(), o.tradeQty.toString(), o.tradeAmount.toString(),
                    o.hasAveragePrice ? o.averagePrice.toString() : QString(), o.failedReason});
    return csv.text();
}

QString fills(const QList<Trade> &list)
{
    CsvWriter csv({QStringLiteral("time"), QStringLiteral("tradeId"), QStringLiteral("orderId"),
                   QStringLiteral("symbol"), QStringLiteral("side"), QStringLiteral("price"),
                   QStringLiteral("quantity"), QStringLiteral("amount"), QStringLiteral("fee"),
                   QStringLiteral("feeAsset"), QStringLiteral("isMaker")});
    for (const Trade &t : list)
        csv.addRow({isoUtc(t.time), t.tradeId,
                    t.orderId > 0 ? QString::number(t.orderId) : QString(), t.symbol,
                    OrderEnums::sideWire(t.side), t.price.toString(), t.quantity.toString(),
                    t.amount.toString(), t.fee.toString(), t.feeAsset,
                    t.isMaker ? QStringLiteral("true") : QStringLiteral("false")});
    return csv.text();
}

QString journal(const QList<RequestRecord> &records)
{
    CsvWriter csv({QStringLiteral("sentAt"), QStringLiteral("method"), QStringLiteral("path"),
                   QStringLiteral("parameters"), QStringLiteral("httpStatus"),
                   QStringLiteral("outcome"), QStringLiteral("exchangeCode"),
                   QStringLiteral("message"), QStringLiteral("elapsedMs")});
    for (const RequestRecord &r : records)
        csv.addRow({r.sentAt.toUTC().toString(Qt::ISODateWithMs), QString::fromLatin1(r.method),
                    QString::fromLatin1(r.path), QString::fromUtf8(r.parameters),
                    r.result.httpStatus ? QString::number(r.result.httpStatus) : QString(),
                    ApiError::kindName(r.result.kind), r.result.code, r.result.message,
                    QString::number(r.elapsedMs)});
    return csv.text();
}

} // namespace CsvExport
