#pragma once

#include "FakeNetwork.h"
#include "core/ApiService.h"

#include <QTest>

#include <memory>

// Proves a negative ("nothing was sent") without a fixed sleep. A request of the test's own goes
// through the same event loop and service after the action and is answered; then the service is
// waited on until nothing waits in its queue and no reply is outstanding on the network (a
// CountingNetwork: the fixtures' service and session use one; requests about to fail are done
// by the time the test's own is answered). Any request the action made has by then reached the
// exchange, so the exchange's counters are final.
// The request is the 24 h ticker: public (it goes while signed requests are refused), and the
// one the app asks least often (every 10 s), so it rarely waits for its 1-per-2-s window. (The
// symbols, asked twice as a session starts, by the clock probe and by the market, made a
// quiesce just after the start wait out two such windows: about 4 s.)
inline bool quiesce(ApiService *service, int timeoutMs = 15000)
{
    const int sentBefore = CountingNetwork::sentEverywhere();
    auto answered = std::make_shared<bool>(false);
    service->ticker24h(QStringLiteral("BTC-USDT"), nullptr,
                       [answered](const ApiResult<Ticker24h> &) { *answered = true; });
    if (!QTest::qWaitFor([answered] { return *answered; }, timeoutMs))
        return false;
    // Its request went through a CountingNetwork, or nothing here can see the wire.
    if (CountingNetwork::sentEverywhere() == sentBefore) {
        qWarning("quiesce: the service's network is no CountingNetwork");
        return false;
    }
    return QTest::qWaitFor(
        [service] {
            return service->queuedRequests() == 0 && CountingNetwork::inFlightEverywhere() == 0;
        },
        timeoutMs);
}
