#pragma once

#include "core/Endpoint.h"

#include <QtGlobal>

#include <array>
#include <deque>

// Sliding-window limiter per rate class, at the exchange's documented limits. Pure logic over a
// caller-supplied monotonic clock, so it is tested without waiting.
class RateLimiter
{
public:
    struct Limit
    {
        int count;
        qint64 windowMs;
    };
    static Limit limitFor(RateClass rateClass);
    // Sends are spaced a little wider than the exchange counts, so jitter never breaks a limit.
    static constexpr qint64 SafetyMarginMs = 50;

    // The exchange itself counts without a margin.
    explicit RateLimiter(qint64 marginMs = SafetyMarginMs)
        : m_marginMs(marginMs)
    {}

    // 0 when a request of this class may go now, else how long to wait.
    qint64 delayMs(RateClass rateClass, qint64 nowMs) const;
    void record(RateClass rateClass, qint64 nowMs);
    // After a 429: nothing of this class goes for a growing pause (1 s, 2 s, ... 30 s).
    qint64 penalize(RateClass rateClass, qint64 nowMs);
    void clearPenalty(RateClass rateClass);
    bool isPenalized(RateClass rateClass, qint64 nowMs) const;

private:
    struct State
    {
        std::deque<qint64> sent;
        qint64 blockedUntil = 0;
        qint64 nextPenaltyMs = 1000;
    };
    std::array<State, size_t(RateClass::Count)> m_states;
    qint64 m_marginMs;
};
