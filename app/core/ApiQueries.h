#pragma once

#include "core/Order.h"

#include <QString>

struct OpenOrdersQuery
{
    QString accountId;
    QString symbol;
    int limit = 100;     // the exchange caps at 100
    OrderId orderId = 0; // page cursor: orders older than this id (0 = not sent)
};

struct FinishedOrdersQuery
{
    QString accountId;
    QString symbol;
    int limit = 500;      // the exchange caps at 500
    qint64 startTime = 0; // ms; 0 = not sent
    qint64 endTime = 0;
    OrderId orderId = 0; // page cursor: orders older than this id (0 = not sent)
};

struct TradesQuery
{
    QString accountId;
    QString symbol;
    qint64 orderId = 0;
    int limit = 100;
    qint64 startTime = 0;
    qint64 endTime = 0;
};
