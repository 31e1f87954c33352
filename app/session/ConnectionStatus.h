#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

class Session;

// What the status bar tells the trader, decided without widgets: the link to the exchange, the
// clock skew, the rate-limit pause and how fresh the orders are. It reads the session's service
// and order feed; the panel only renders state().
class ConnectionStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    enum class Link
    {
        NotConnected,       // the session cannot trade (see Session::problem)
        CredentialsRefused, // signed requests paused until the credentials change
        Connecting,         // nothing answered yet
        RateLimited,        // the last poll was refused for the rate limit
        Trouble,            // the last poll failed otherwise (see trouble)
        Connected
    };
    struct State
    {
        bool demo = false;
        QString exchange; // the label the session gives it
        QUrl baseUrl;
        Link link = Link::Connecting;
        QString trouble; // the network's or exchange's words (plain text)
        qint64 clockSkewMs = 0;
        bool clockSkewLarge = false; // beyond what the exchange tolerates
        qint64 rateLimitPauseMs = 0; // > 0 while requests are held back
        QDateTime ordersUpdated;     // invalid: never loaded
        qint64 ordersAgeSeconds = 0;
        bool ordersStale = false;
        bool ordersFailing = false; // the last refresh failed (stale however recent)
    };
    static constexpr qint64 LargeSkewMs = 30000;

    explicit ConnectionStatus(Session *session, QObject *parent = nullptr);
    State state() const;

Q_SIGNALS:
    // Something the state depends on changed (besides the passing of time).
    void changed();

private:
    Session *m_session;
    qint64 m_rateLimitedUntilMs = 0;
};
