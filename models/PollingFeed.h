#pragma once

#include "core/ApiResult.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

// Polls one endpoint on a single-shot timer that is restarted only after the reply is handled,
// so polls never overlap. Backs off exponentially on rate limits, server and network errors;
// can be asked to refresh at once (after the user's own action) and paused (window minimised).
class PollingFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingFeed)

public:
    using Done = std::function<void(const ApiError &)>;
    // Starts one request; calls done exactly once with its outcome.
    using Fetch = std::function<void(QObject *context, Done done)>;

    static constexpr int MaxBackoffMs = 60000;
    // A failure other than the rate limit (a timeout, a dropped connection, a 5xx) backs off to at
    // most this many intervals: once the exchange answers again the feed is back within a bounded
    // time. The rate limit's refusals back off further (up to MaxBackoffMs).
    static constexpr int MaxFailureFactor = 4;

    // `wallMs` stamps lastSuccess() (empty: the system clock).
    PollingFeed(const QString &name, Fetch fetch, int intervalMs, QObject *parent = nullptr,
                std::function<qint64()> wallMs = {});

    QString name() const { return m_name; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    void start();
    void stop();
    // The session-wide pause (window minimised, or the session frozen): only Session calls it,
    // for every feed at once. Whether anyone looks at a controller's data is that controller's
    // setWanted(bool), which starts and stops its feeds.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Started and not stopped: a poll is expected, also between an answer and the next schedule.
    bool isRunning() const { return m_running; }
    void refreshNow();
    // Another feed of the same exchange recovered (it answers again after failing): a poll backed
    // off after failures (not after the rate limit) comes within one interval instead of waiting
    // out its back-off. Only a recovery wakes it: a sibling that never failed proves nothing
    // about this feed's failing endpoint, which keeps its back-off.
    void exchangeAnswered();
    // Another feed's poll (every `periodMs`) was answered: this one polls `delayMs` from now (or
    // a period or more later), never sooner than one interval after its own last request: the
    // endpoint's limit holds by construction. In flight, once its answer is in. Not while
    // failing (its back-off rules) nor putting off a refresh asked for at once.
    void followPhase(int delayMs, int periodMs);

    bool isInFlight() const { return m_inFlight; }
    // A timer is running that will poll.
    bool isScheduled() const { return m_timer.isActive(); }
    // -1 when no poll is scheduled.
    int msUntilNextPoll() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    // How long ago the last request went (monotonic; -1: none): in a reply's handling, the age
    // its data can at most have.
    qint64 msSinceLastPoll() const
    {
        return m_lastPollAt >= 0 ? m_clock.elapsed() - m_lastPollAt : -1;
    }
    int consecutiveFailures() const { return m_failures; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    qint64 nextDelayMs() const;

Q_SIGNALS:
    void succeeded();
    // A success after failures: the exchange answers again (see exchangeAnswered()).
    void recovered();
    void failed(const ApiError &error);
    void stateChanged();

private:
    void poll();
    void handle(const ApiError &error);
    void schedule(qint64 delayMs);

    QString m_name;
    Fetch m_fetch;
    int m_intervalMs;
    QTimer m_timer;
    bool m_running = false;
    bool m_paused = false;
    bool m_inFlight = false;
    bool m_refreshQueued = false;
    int m_failures = 0;
    quint64 m_generation = 0; // a reply from before stop() is not acted on
    ApiError m_lastError;
    QDateTime m_lastSuccess;
    void applyPhase();
    QElapsedTimer m_clock;    // monotonic, for the times below
    qint64 m_lastPollAt = -1; // when the last request went
    qint64 m_phaseAt = -1;    // followPhase's slot not yet applied (-1: none)
    int m_phasePeriod = 0;
    bool m_asap = false; // the poll scheduled is one asked for at once
    std::function<qint64()> m_wallMs;
};
