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
    if (qsizetype(s.places.size()) >= limit.count) {
        // The earliest answered request must leave the window first; while every place is held
        // by one still unanswered, look again after a window (or when one settles).
        qint64 wait = limit.windowMs + m_marginMs;
        for (const Slot &slot : s.places) {
            if (!slot.open)
                wait = std::min(wait, slot.atMs + limit.windowMs + m_marginMs - nowMs);
        }
        delay = std::max(delay, wait);
    }
    return std::max<qint64>(0, delay);
}

quint64 RateLimiter::record(RateClass rateClass, qint64 nowMs)
{
    State &s = m_states[size_t(rateClass)];
    const Limit limit = limitFor(rateClass);
    if (qsizetype(s.places.size()) >= limit.count) {
        // Frees the place that left the window first (only an answered one can have).
        auto oldest = s.places.end();
        for (auto it = s.places.begin(); it != s.places.end(); ++it) {
            if (!it->open && (oldest == s.places.end() || it->atMs < oldest->atMs))
                oldest = it;
        }
        s.places.erase(oldest != s.places.end() ? oldest : s.places.begin());
    }
    const quint64 ticket = m_nextTicket++;
    s.places.push_back({ticket, nowMs, true});
    return ticket;
}

void RateLimiter::settle(RateClass rateClass, quint64 ticket, qint64 nowMs)
{
    for (Slot &slot : m_states[size_t(rateClass)].places) {
        if (slot.ticket == ticket && slot.open) {
            slot.atMs = std::max(slot.atMs, nowMs);
            slot.open = false;
        }
    }
}

void RateLimiter::settleUnanswered(RateClass rateClass, quint64 ticket, qint64 nowMs)
{
    settle(rateClass, ticket, nowMs + limitFor(rateClass).windowMs);
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
