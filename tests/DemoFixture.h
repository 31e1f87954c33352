#pragma once

#include "FakeNetwork.h"
#include "OrderFactory.h"
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
          service(nam.transport())
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
        return OrderFactory::limit(account(), side, price, qty, QStringLiteral("BTC-USDT"),
                                   clientId);
    }

    DemoExchange exchange;
    CountingNetwork nam; // the real network, counted (quiesce)
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

// Places an order through the service and waits for its answer: the exchange's id, 0 when the
// order was not placed or no answer came in time. The one way a test places an order and waits.
inline OrderId placeAndWait(ApiService *service, const NewOrder &order, int ms = 10000)
{
    Waiter<OrderId> w;
    service->placeOrder(order, nullptr, w.callback());
    return w.wait(ms) && w.result->ok() ? w.result->value : 0;
}

// Walks the market up through a resting sell until it is filled; false if it is not filled after
// a bounded number of steps (or is not found).
inline bool fillAtMarket(MatchingEngine &engine, const QString &account, OrderId id,
                         const char *mid = "70600.00",
                         const QString &symbol = QStringLiteral("BTC-USDT"))
{
    for (int step = 0; step < 1000; ++step) {
        const std::optional<Order> o = engine.find(account, OrderRef::byId(id));
        if (!o)
            return false;
        if (o->status == OrderStatus::Filled)
            return true;
        engine.moveMarket(symbol, *Decimal::parse(QByteArray(mid)));
    }
    return false;
}

// AWAIT(Type, name, service.call(..., CB)): runs the call and waits for its one result.
#define AWAIT(T, var, ...)                                                                         \
    Waiter<T> var##Waiter;                                                                         \
    {                                                                                              \
        auto CB = var##Waiter.callback();                                                          \
        __VA_ARGS__;                                                                               \
    }                                                                                              \
    QVERIFY2(var##Waiter.wait(), "no result in time");                                             \
    const ApiResult<T> var = *var##Waiter.result
