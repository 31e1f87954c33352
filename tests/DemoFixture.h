#pragma once

#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

// A demo exchange on a free loopback port and an API service signed in to it.
struct DemoFixture
{
    explicit DemoFixture(DemoExchangeOptions options = deterministic())
        : exchange(options),
          service(&nam)
    {
        exchange.listen(0);
        const auto credentials = exchange.createCredentials();
        apiKey = credentials.apiKey;
        key = credentials.key;
        service.setBaseUrl(exchange.baseUrl());
        service.setCredentials(credentials.apiKey, credentials.key);
        service.setTimeoutMs(3000);
    }

    static DemoExchangeOptions deterministic()
    {
        DemoExchangeOptions o;
        o.stepIntervalMs = 0;
        return o;
    }

    QString account() const { return exchange.defaultAccountId(); }

    NewOrder limit(Side side, const char *price, const char *qty,
                   const QString &clientId = {}) const
    {
        NewOrder o;
        o.accountId = account();
        o.symbol = QStringLiteral("BTC-USDT");
        o.side = side;
        o.type = OrderType::Limit;
        o.price = *Decimal::parse(QByteArray(price));
        o.quantity = *Decimal::parse(QByteArray(qty));
        o.clientOrderId = clientId;
        return o;
    }

    DemoExchange exchange;
    QNetworkAccessManager nam;
    ApiService service;
    QString apiKey;
    std::shared_ptr<const Ed25519Key> key;
};

// Waits (spinning the event loop) for one callback result.
template <typename T> struct Waiter
{
    std::optional<ApiResult<T>> result;
    ApiService::Callback<T> callback()
    {
        return [this](const ApiResult<T> &r) {
            result = r;
        };
    }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

// AWAIT(Type, name, service.call(..., CB)): runs the call and waits for its one result.
#define AWAIT(T, var, ...)                                                                         \
    Waiter<T> var##Waiter;                                                                         \
    {                                                                                              \
        auto CB = var##Waiter.callback();                                                          \
        __VA_ARGS__;                                                                               \
    }                                                                                              \
    QVERIFY2(var##Waiter.wait(), "no result in time");                                             \
    const ApiResult<T> var = *var##Waiter.result
