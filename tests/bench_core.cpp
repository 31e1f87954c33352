#include "OrderFactory.h"
#include "core/Ed25519Key.h"
#include "core/QueryString.h"
#include "core/ReplyParser.h"
#include "core/RequestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class BenchCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signOrderRequest();
    void parseFinishedOrders500();
};

void BenchCore::signOrderRequest()
{
    const Ed25519Key key =
        Ed25519Key::fromData("MC4CAQAwBQYDK2VwBCIEIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f");
    QVERIFY(key.isValid());
    const Decimal price = *Decimal::parse("66666.88");
    const Decimal qty = *Decimal::parse("0.01");
    QByteArray signature;
    QBENCHMARK
    {
        QueryString p;
        p.add("accountId", QStringLiteral("1403134775"));
        p.add("clientOrderId", QStringLiteral("qa-0001"));
        p.add("price", price.toWire());
        p.add("quantity", qty.toWire());
        p.add("side", QStringLiteral("BUY"));
        p.add("symbol", QStringLiteral("BTC-USDT"));
        p.add("type", QStringLiteral("LIMIT"));
        const QByteArray message =
            RequestSigner::message("POST", "/api/v1/spot/order", {}, p.encoded(), "1711351755000");
        signature = RequestSigner::signatureBase64(key, message);
    }
    QCOMPARE(signature, QByteArray("5pnvk49xEmE6MDcb33oygyEEPEjM+F+lUEuzQcJeLxAUXY4Df+"
                                   "kTjUn0o3d6wHkpIoOe/YCId2UpubbmtQ6HAg=="));
}

void BenchCore::parseFinishedOrders500()
{
    QJsonArray data;
    for (const Order &o : OrderFactory::many(500)) {
        data.append(QJsonObject{{"clientOid", o.clientOrderId},
                                {"orderId", o.orderId},
                                {"accountId", "2"},
                                {"side", "BUY"},
                                {"symbol", o.symbol},
                                {"price", o.price.toString()},
                                {"quantity", o.quantity.toString()},
                                {"amount", o.amount.toString()},
                                {"status", "FILLED"},
                                {"tradeQty", o.quantity.toString()},
                                {"tradeAmount", o.amount.toString()},
                                {"orderType", "LIMIT"},
                                {"stopType", "UP"},
                                {"stopStatus", "PENDING"},
                                {"averagePrice", o.price.toString()},
                                {"failedReason", " "}});
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{"code", "0"}, {"msg", "success"}, {"data", data}})
            .toJson(QJsonDocument::Compact);
    QList<Order> orders;
    QBENCHMARK
    {
        const auto envelope = ReplyParser::envelope(body);
        QString why;
        QVERIFY(ReplyParser::orders(envelope.root.value(QLatin1String("data")), &orders, &why));
    }
    QCOMPARE(orders.size(), 500);
    QCOMPARE(orders.first().orderId, Q_INT64_C(9007199254740993));
}

QTEST_APPLESS_MAIN(BenchCore)
#include "bench_core.moc"
