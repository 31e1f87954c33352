#pragma once

#include "core/ApiService.h"

#include <QTest>

#include <memory>

// Proves a negative ("nothing was sent") without a fixed sleep. A request of the test's own goes
// through the same event loop and service after the action and is answered; then the service is
// waited on until it has nothing queued, on the wire or about to fail. Any request the action
// made has by then reached the exchange, so the exchange's counters are final.
inline bool quiesce(ApiService *service, int timeoutMs = 15000)
{
    auto answered = std::make_shared<bool>(false);
    service->symbols(QStringLiteral("BTC-USDT"), nullptr,
                     [answered](const ApiResult<QList<SymbolRules>> &) { *answered = true; });
    return QTest::qWaitFor([answered] { return *answered; }, timeoutMs)
           && QTest::qWaitFor([service] { return service->activeRequests() == 0; }, timeoutMs);
}
