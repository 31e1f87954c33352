#pragma once

#include "core/Decimal.h"
#include "core/OrderEnums.h"

#include <QList>
#include <QString>

struct Account
{
    QString id;
    QString name;
    QString type;
    QString status;
    bool enableTrading = false;
};

struct Balance
{
    QString token;
    Decimal total;
    Decimal available;
    Decimal frozen;
};

struct Trade
{
    QString tradeId;
    OrderId orderId = 0;
    QString symbol;
    Side side = Side::Buy;
    Decimal price;
    Decimal quantity;
    Decimal amount;
    Decimal fee;
    QString feeAsset;
    bool isMaker = false;
    qint64 time = 0;
};

struct BatchCancelResult
{
    struct Failure
    {
        OrderId orderId = 0;
        QString code;
        QString message; // e.g. "already filled"
    };
    QList<OrderId> canceled;
    QList<Failure> failed;
};
