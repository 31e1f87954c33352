#pragma once

#include "core/Decimal.h"

#include <QList>
#include <QString>

// Trading rules of one symbol, from GET /api/v1/symbols.
struct SymbolRules
{
    QString symbol;
    QString baseToken;
    QString quoteToken;
    Decimal priceIncrement; // tick
    Decimal baseIncrement;  // lot step
    Decimal baseMinSize;
    Decimal quoteMinSize;   // minimum notional
    Decimal priceLimitRate; // 0.1 = 10 % from the last price
    bool enableTrading = false;

    int priceDecimals() const { return priceIncrement.normalized().scale(); }
    int quantityDecimals() const { return baseIncrement.normalized().scale(); }
};

struct DepthLevel
{
    Decimal price;
    Decimal quantity;
};

struct Depth
{
    QList<DepthLevel> bids;
    QList<DepthLevel> asks;
    qint64 time = 0;
};

struct BookTicker
{
    DepthLevel bid;
    DepthLevel ask;
    bool hasBid = false;
    bool hasAsk = false;
    qint64 time = 0;
};

struct Ticker24h
{
    Decimal lastPrice;
    Decimal priceChangePercent;
    Decimal highPrice;
    Decimal lowPrice;
    Decimal amount;
};
