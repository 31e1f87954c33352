#pragma once

#include <QByteArray>

enum class Endpoint
{
    PlaceOrder,
    CancelOrder,
    BatchCancel,
    GetOrder,
    OpenOrders,
    FinishedOrders,
    UserInfo,
    Balance,
    Trades,
    Symbols,
    TickerPrice,
    BookTicker,
    Depth,
    Ticker24h,
    Count
};

// Requests that share one budget at the exchange share a rate class.
enum class RateClass
{
    OrderWrite, // POST and DELETE /api/v1/spot/order: 10/s
    BatchCancel,
    GetOrder,
    OpenOrders,
    FinishedOrders,
    UserInfo,
    Balance,
    Trades,
    Symbols,
    TickerPrice,
    BookTicker,
    Depth,
    Ticker24h,
    Count
};

struct EndpointInfo
{
    QByteArray method;
    QByteArray path;
    bool isSigned;
    bool isWrite; // changes state at the exchange: never retried, unknown outcome on doubt
    RateClass rateClass;
    const char *actionName; // for logs and the journal
};

const EndpointInfo &endpointInfo(Endpoint endpoint);
