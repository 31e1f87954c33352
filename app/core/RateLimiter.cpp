#include "core/RateLimiter.h"

#include <algorithm>

RateLimiter::Limit RateLimiter::limitFor(RateClass rateClass)
{
    switch (rateClass) {
    case RateClass::OrderWrite: return {10, 1000};
    case RateClass::BatchCancel:
    case RateClass::GetOrder:
    case RateClass::OpenOrders:
    case RateClass::FinishedOrders:
    case RateClass::UserInfo:
    case RateClass::Balance:
    case RateClass::Trades: return {1, 1000};
    case RateClass::Symbols:
    case RateClass::TickerPrice:
    case RateClass::BookTicker:
    case RateClass::Depth:
    case RateClass::Ticker24h:
    case RateClass::Count: break;
    }
    return {1, 2000};
}

qint64 RateLimiter::delayMs(RateClass rateClass, qint64 nowMs) const
{
    const State &s = m_states[size_t(rateClass)];
    const Limit limit = limitFor(rateClass);
    qint64 delay = std::max<qint64>(0, s.blockedUntil - nowMs);
    if (qsizetype(s.sent.size()) >= limit.count) {
        // The oldest of the last `count` sends must leave the window first.
        const qint64 oldest = s.sent[s.sent.size() - size_t(limit.count)];
        delay = std::max(delay, oldest + limit.windowMs + m_marginMs - nowMs);
    }
    return std::max<qint64>(0, delay);
}

void RateLimiter::record(RateClass rateClass, qint64 nowMs)
{
    State &s = m_states[size_t(rateClass)];
    const Limit limit = limitFor(rateClass);
    s.sent.push_back(nowMs);
    while (s.sent.size() > size_t(limit.count))
        s.sent.pop_front();
}

qint64 RateLimiter::penalize(RateClass rateClass, qint64 nowMs)
{
    State &s = m_states[size_t(rateClass)];
    const qint64 pause = s.nextPenaltyMs;
    s.blockedUntil = std::max(s.blockedUntil, nowMs + pause);
    s.nextPenaltyMs = std::min<qint64>(pause * 2, 30000);
    return pause;
}

void RateLimiter::clearPenalty(RateClass rateClass)
{
    m_states[size_t(rateClass)].nextPenaltyMs = 1000;
}

bool RateLimiter::isPenalized(RateClass rateClass, qint64 nowMs) const
{
    return m_states[size_t(rateClass)].blockedUntil > nowMs;
}
