#include "models/PollingFeed.h"

PollingFeed::PollingFeed(const QString &name, Fetch fetch, int intervalMs, QObject *parent,
                         std::function<qint64()> wallMs)
    : QObject(parent),
      m_name(name),
      m_fetch(std::move(fetch)),
      m_intervalMs(intervalMs),
      m_wallMs(std::move(wallMs))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollingFeed::poll);
}

void PollingFeed::setIntervalMs(int ms)
{
    m_intervalMs = std::max(ms, 250);
    if (m_running && !m_inFlight && !m_paused)
        schedule(nextDelayMs());
}

void PollingFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_paused && !m_inFlight)
        schedule(0);
    Q_EMIT stateChanged();
}

void PollingFeed::stop()
{
    m_running = false;
    m_timer.stop();
    m_inFlight = false;
    ++m_generation;
    Q_EMIT stateChanged();
}

void PollingFeed::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else if (m_running && !m_inFlight)
        schedule(0); // coming back: fresh data at once
    Q_EMIT stateChanged();
}

void PollingFeed::refreshNow()
{
    if (!m_running || m_paused)
        return;
    if (m_inFlight) {
        m_refreshQueued = true; // the reply in flight may predate the user's action
        return;
    }
    schedule(0);
}

qint64 PollingFeed::nextDelayMs() const
{
    if (m_failures == 0)
        return m_intervalMs;
    const bool rateLimited = m_lastError.kind == ApiError::Kind::RateLimited;
    const qint64 factor =
        rateLimited ? qint64(1) << std::min(m_failures, 6)
                    : std::min<qint64>(qint64(1) << std::min(m_failures, 6), MaxFailureFactor);
    return std::min<qint64>(qint64(m_intervalMs) * factor, MaxBackoffMs);
}

void PollingFeed::exchangeAnswered()
{
    if (!m_running || m_paused || m_inFlight || m_failures == 0
        || m_lastError.kind == ApiError::Kind::RateLimited)
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_intervalMs)
        schedule(m_intervalMs);
}

void PollingFeed::followPhase(int delayMs, int periodMs)
{
    if (!m_running || m_paused || m_failures > 0 || (m_asap && !m_inFlight))
        return; // a refresh asked for at once is not put off
    m_phaseAt = m_clock.elapsed() + delayMs;
    m_phasePeriod = periodMs;
    if (!m_inFlight)
        applyPhase(); // else once its answer is in (two polls in phase stay so otherwise)
}

// The first of the phase's slots (m_phaseAt + k periods) at least one interval after this feed's
// own last request.
void PollingFeed::applyPhase()
{
    const qint64 now = m_clock.elapsed();
    const qint64 earliest = m_lastPollAt >= 0 ? m_lastPollAt + m_intervalMs : now;
    qint64 at = m_phaseAt;
    if (m_phasePeriod <= 0)
        at = std::max(at, earliest);
    while (at < earliest)
        at += m_phasePeriod;
    m_phaseAt = -1;
    schedule(at - now);
}

void PollingFeed::schedule(qint64 delayMs)
{
    m_asap = delayMs <= 0;
    m_timer.start(int(std::max<qint64>(0, delayMs)));
}

void PollingFeed::poll()
{
    if (!m_running || m_paused || m_inFlight)
        return;
    m_inFlight = true;
    m_refreshQueued = false;
    m_asap = false;
    m_lastPollAt = m_clock.elapsed();
    const quint64 generation = m_generation;
    m_fetch(this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            handle(error);
    });
}

void PollingFeed::handle(const ApiError &error)
{
    m_inFlight = false;
    m_lastError = error;
    if (error.ok()) {
        const bool recovering = m_failures > 0;
        m_failures = 0;
        m_lastSuccess = QDateTime::fromMSecsSinceEpoch(
            m_wallMs ? m_wallMs() : QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        Q_EMIT succeeded();
        if (recovering)
            Q_EMIT recovered();
    } else {
        ++m_failures;
        Q_EMIT failed(error);
    }
    Q_EMIT stateChanged();
    if (!error.ok())
        m_phaseAt = -1; // failing: the back-off's rules
    if (!m_running || m_paused)
        return;
    if (m_phaseAt >= 0 && !m_refreshQueued)
        applyPhase();
    else
        schedule(m_refreshQueued && error.ok() ? 0 : nextDelayMs());
    m_refreshQueued = false;
}
