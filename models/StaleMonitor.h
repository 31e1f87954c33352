#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class PollingFeed;

// Whether what a group of views shows is stale, decided without widgets, for the views to mark
// and the order ticket to refuse on. Stale: a watched feed that is running has had no success
// for more than StaleIntervals of its intervals (it is failing, or backed off that long), or
// the credentials were refused (signed data cannot be refreshed at all). A stopped or paused
// feed is not watched: nothing is expected of it.
class StaleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleMonitor)

public:
    static constexpr int StaleIntervals = 3;

    // `wallMs` is the clock (empty: the system clock).
    explicit StaleMonitor(QObject *parent = nullptr, std::function<qint64()> wallMs = {});

    void watch(PollingFeed *feed);
    void setCredentialsRefused(bool refused);

    bool isStale() const { return m_stale; }
    bool credentialsRefused() const { return m_credentialsRefused; }
    // The oldest last success among the watched feeds (invalid: none ever succeeded).
    QDateTime lastUpdate() const { return m_lastUpdate; }

public Q_SLOTS:
    // Decides again (also every second while something is watched: time makes data stale).
    void evaluate();

Q_SIGNALS:
    void staleChanged(bool stale);

private:
    bool feedStale(const PollingFeed *feed, qint64 nowMs) const;

    QList<QPointer<PollingFeed>> m_feeds;
    std::function<qint64()> m_wallMs;
    QTimer m_tick;
    bool m_credentialsRefused = false;
    bool m_stale = false;
    QDateTime m_lastUpdate;
};
