#pragma once

#include "core/Endpoint.h"

#include <QtGlobal>

#include <array>
#include <vector>

// Sliding-window limiter per rate class, at the exchange's documented limits. Pure logic over a
// caller-supplied monotonic clock, so it is tested without waiting.
//
// The exchange counts a request when it arrives, which is some time after it was sent and before
// its reply came back. So a request holds its place in the window from when it is sent until its
// reply (settle()), and the window is counted from the reply: however late the first one arrived,
// the next cannot arrive within the window of it. Jitter on the way can only make gaps wider.
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

    // 0 when a request of this class may go now, else how long to wait at most (a request still
    // waiting for its reply holds its place: its settle() is the moment to look again).
    qint64 delayMs(RateClass rateClass, qint64 nowMs) const;
    // A request goes now; the ticket settles it when its reply (or failure) is in.
    quint64 record(RateClass rateClass, qint64 nowMs);
    void settle(RateClass rateClass, quint64 ticket, qint64 nowMs);
    // A request with no answer (timed out, connection dropped) may still reach the exchange
    // later, and counts there when it does: it keeps its place one more window.
    void settleUnanswered(RateClass rateClass, quint64 ticket, qint64 nowMs);
    // After a 429: nothing of this class goes for a growing pause (1 s, 2 s, ... 30 s).
    qint64 penalize(RateClass rateClass, qint64 nowMs);
    void clearPenalty(RateClass rateClass);
    bool isPenalized(RateClass rateClass, qint64 nowMs) const;

private:
    struct Slot
    {
        quint64 ticket;
        qint64 atMs; // sent, then replied
        bool open;   // no reply yet
    };
    struct State
    {
        std::vector<Slot> places; // at most the limit's count
        qint64 blockedUntil = 0;
        qint64 nextPenaltyMs = 1000;
    };
    std::array<State, size_t(RateClass::Count)> m_states;
    qint64 m_marginMs;
    quint64 m_nextTicket = 1;
};
