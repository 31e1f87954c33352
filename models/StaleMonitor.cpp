#include "models/StaleMonitor.h"

#include "models/PollingFeed.h"

StaleMonitor::StaleMonitor(QObject *parent, std::function<qint64()> wallMs)
    : QObject(parent),
      m_wallMs(std::move(wallMs))
{
    if (!m_wallMs)
        m_wallMs = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StaleMonitor::evaluate);
}

void StaleMonitor::watch(PollingFeed *feed)
{
    if (!feed || m_feeds.contains(feed))
        return;
    m_feeds.append(feed);
    connect(feed, &PollingFeed::stateChanged, this, &StaleMonitor::evaluate);
    connect(feed, &PollingFeed::succeeded, this, &StaleMonitor::evaluate);
    connect(feed, &PollingFeed::failed, this, &StaleMonitor::evaluate);
    if (!m_tick.isActive())
        m_tick.start();
    evaluate();
}

void StaleMonitor::setCredentialsRefused(bool refused)
{
    if (refused == m_credentialsRefused)
        return;
    m_credentialsRefused = refused;
    evaluate();
}

bool StaleMonitor::feedStale(const PollingFeed *feed, qint64 nowMs) const
{
    // Stopped or paused: nothing is expected of it. Not "neither scheduled nor in flight": a
    // failed answer is announced before its retry is scheduled, and stale must not blink off.
    if (feed->isPaused() || !feed->isRunning())
        return false;
    const qint64 limit = qint64(StaleIntervals) * feed->intervalMs();
    const QDateTime last = feed->lastSuccess();
    if (!last.isValid()) // never answered: stale once it failed that many times
        return feed->consecutiveFailures() >= StaleIntervals;
    return feed->consecutiveFailures() > 0 && nowMs - last.toMSecsSinceEpoch() > limit;
}

void StaleMonitor::evaluate()
{
    const qint64 now = m_wallMs();
    bool stale = m_credentialsRefused;
    QDateTime oldest;
    for (const QPointer<PollingFeed> &feed : std::as_const(m_feeds)) {
        if (!feed)
            continue;
        stale = feedStale(feed, now) || stale;
        const QDateTime last = feed->lastSuccess();
        if (last.isValid() && (!oldest.isValid() || last < oldest))
            oldest = last;
    }
    const bool changed = stale != m_stale || (stale && oldest != m_lastUpdate);
    m_lastUpdate = oldest;
    if (stale == m_stale && !changed)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}
