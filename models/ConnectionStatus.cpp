#include "models/ConnectionStatus.h"

#include "models/PollingFeed.h"
#include "models/StaleMonitor.h"

#include <cstdlib>

ConnectionStatus::ConnectionStatus(const PollingFeed *openOrders, const StaleMonitor *ordersStale,
                                   std::function<qint64()> wallMs, QObject *parent)
    : QObject(parent),
      m_open(openOrders),
      m_stale(ordersStale),
      m_wallMs(std::move(wallMs))
{
    if (!m_wallMs)
        m_wallMs = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
    if (m_open)
        connect(m_open, &PollingFeed::stateChanged, this, &ConnectionStatus::changed);
    if (m_stale)
        connect(m_stale, &StaleMonitor::staleChanged, this, &ConnectionStatus::changed);
}

void ConnectionStatus::setExchange(const Exchange &exchange)
{
    m_exchange = exchange;
    Q_EMIT changed();
}

void ConnectionStatus::setCredentialsRefused(bool refused)
{
    if (refused == m_credentialsRefused)
        return;
    m_credentialsRefused = refused;
    Q_EMIT changed();
}

void ConnectionStatus::setClockSkewMs(qint64 skewMs)
{
    if (skewMs == m_clockSkewMs && m_clockSkewMeasured)
        return;
    m_clockSkewMs = skewMs;
    m_clockSkewMeasured = true;
    Q_EMIT changed();
}

void ConnectionStatus::holdBack(qint64 pauseMs)
{
    m_rateLimitedUntilMs = m_wallMs() + pauseMs;
    Q_EMIT changed();
}

ConnectionStatus::Link ConnectionStatus::linkState() const
{
    if (!m_exchange.problem.isEmpty())
        return Link::NotConnected;
    if (m_credentialsRefused)
        return Link::CredentialsRefused;
    if (!m_open || (!m_open->lastSuccess().isValid() && m_open->consecutiveFailures() == 0))
        return Link::Connecting;
    if (m_open->consecutiveFailures() == 0)
        return Link::Connected;
    return m_open->lastError().kind == ApiError::Kind::RateLimited ? Link::RateLimited
                                                                   : Link::Trouble;
}

ConnectionStatus::State ConnectionStatus::state() const
{
    const qint64 nowMs = m_wallMs();
    State s;
    s.demo = m_exchange.demo;
    s.exchange = m_exchange.label;
    s.baseUrl = m_exchange.baseUrl;
    s.link = linkState();
    if (s.link == Link::Trouble)
        s.trouble = m_open->lastError().message;
    if (s.link == Link::NotConnected)
        s.problem = m_exchange.problem;
    const bool answered = s.link != Link::NotConnected && m_open
                          && (m_open->lastSuccess().isValid() || m_open->consecutiveFailures() > 0);
    s.clockSkewMeasured = m_clockSkewMeasured || (answered && m_open->lastSuccess().isValid());
    s.rateLimitsKnown = answered || m_rateLimitedUntilMs > 0;
    s.clockSkewMs = m_clockSkewMs;
    s.clockSkewLarge = std::abs(m_clockSkewMs) > LargeSkewMs;
    s.rateLimitPauseMs = std::max<qint64>(0, m_rateLimitedUntilMs - nowMs);
    // Stale is the StaleMonitor's word, the one the order tables are marked with.
    s.ordersStale = m_stale && m_stale->isStale();
    // The age told is the one stale is decided on: the oldest last success of the order lists
    // (the open list alone could say "0 s ago" while the finished list is stale).
    if (m_stale)
        s.ordersUpdated = m_stale->lastUpdate();
    else if (m_open)
        s.ordersUpdated = m_open->lastSuccess();
    if (s.ordersUpdated.isValid()) {
        s.ordersAgeSeconds =
            std::max<qint64>(0, (nowMs - s.ordersUpdated.toMSecsSinceEpoch()) / 1000);
        s.ordersFailing = s.ordersStale && m_open && m_open->consecutiveFailures() > 0;
    }
    return s;
}
