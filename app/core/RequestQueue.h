#pragma once

#include "core/Endpoint.h"
#include "core/PendingRequest.h"

#include <array>
#include <deque>
#include <functional>
#include <optional>

class RateLimiter;

// The requests waiting to go, one line per rate class, so the exchange's limits hold whatever
// callers ask. A request leaves its line when its rate class has room (RateLimiter), a signed one
// only once the exchange's clock is known, and one whose deadline has passed leaves unsent.
// Within a class the order is kept; a request sent again after a 401 goes first. Pure logic over
// a caller-supplied clock: tested without a network.
class RequestQueue
{
public:
    using Sink = std::function<void(PendingRequest &&)>;

    void push(PendingRequest request);
    // At the front of its line: it was sent before and keeps its place.
    void pushFront(PendingRequest request);
    // Takes a waiting request out of its line (empty if it is not waiting).
    std::optional<PendingRequest> take(quint64 ticket);
    bool contains(quint64 ticket) const;
    int size() const;

    struct Drained
    {
        qint64 nextDelayMs = -1; // look again in this long (-1: no line waits for the limiter)
        bool needClock = false;  // a signed request waits for the exchange's clock
    };
    // Hands every request that may go now to `send` (the limiter records each as it goes) and
    // every one past its deadline to `expired`, both taken out of their lines.
    Drained drain(RateLimiter &limiter, qint64 nowMs, bool clockKnown, const Sink &send,
                  const Sink &expired);

private:
    std::array<std::deque<PendingRequest>, size_t(RateClass::Count)> m_lines;
};
