#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class PollingFeed;
class StaleMonitor;

// What the status bar tells the trader, decided without widgets: the link to the exchange, the
// clock skew, the rate-limit pause and how fresh the orders are. Its inputs are narrow and named:
// the open orders' feed (whether the exchange answers), the order lists' StaleMonitor (whether the
// orders are stale: decided there, once, for the tables, the ticket and this alike) and the values
// the session passes on (the exchange, refused credentials, the clock skew, a rate-limit pause).
// The panel only renders state().
class ConnectionStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    enum class Link
    {
        NotConnected,       // the session cannot trade (see Exchange::problem)
        CredentialsRefused, // signed requests paused until the credentials change
        Connecting,         // nothing answered yet
        RateLimited,        // the last poll was refused for the rate limit
        Trouble,            // the last poll failed otherwise (see trouble)
        Connected
    };
    // Which exchange the session trades on, and why it cannot (problem; empty: it can).
    struct Exchange
    {
        bool demo = false;
        QString label; // the label the session gives it
        QUrl baseUrl;
        QString problem;
    };
    struct State
    {
        bool demo = false;
        QString exchange; // the label the session gives it
        QUrl baseUrl;
        Link link = Link::Connecting;
        QString trouble;                // the network's or exchange's words (plain text)
        QString problem;                // NotConnected: why the session cannot trade (plain text)
        bool clockSkewMeasured = false; // false: nothing answered yet, clockSkewMs means nothing
        bool rateLimitsKnown = false;   // false: no request answered yet, so no limit is known
        qint64 clockSkewMs = 0;
        bool clockSkewLarge = false; // beyond what the exchange tolerates
        qint64 rateLimitPauseMs = 0; // > 0 while requests are held back
        QDateTime ordersUpdated;     // the open orders' last success; invalid: never loaded
        qint64 ordersAgeSeconds = 0;
        bool ordersStale = false;   // the order lists' StaleMonitor says so
        bool ordersFailing = false; // stale, and the open orders' last refresh failed
    };
    static constexpr qint64 LargeSkewMs = 30000;

    // `openOrders` and `ordersStale` are read, never changed; `wallMs` is the clock ages and
    // pauses are counted on (empty: the system clock).
    ConnectionStatus(const PollingFeed *openOrders, const StaleMonitor *ordersStale,
                     std::function<qint64()> wallMs = {}, QObject *parent = nullptr);
    State state() const;

public Q_SLOTS:
    void setExchange(const ConnectionStatus::Exchange &exchange);
    void setCredentialsRefused(bool refused);
    void setClockSkewMs(qint64 skewMs);
    // Requests are held back for `pauseMs` from now (the service's rate-limit pause).
    void holdBack(qint64 pauseMs);

Q_SIGNALS:
    // Something the state depends on changed (besides the passing of time).
    void changed();

private:
    Link linkState() const;

    QPointer<const PollingFeed> m_open;
    QPointer<const StaleMonitor> m_stale;
    std::function<qint64()> m_wallMs;
    Exchange m_exchange;
    bool m_credentialsRefused = false;
    qint64 m_clockSkewMs = 0;
    bool m_clockSkewMeasured = false;
    qint64 m_rateLimitedUntilMs = 0;
};
