#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class Session;

// The status bar's facts: which exchange, connection state, clock skew, rate-limit state and
// when the orders were last refreshed ("updated 3 s ago", or stale).
class StatusPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPanel(Session *session, QWidget *parent = nullptr);
    // For deterministic screenshots: a fixed "now".
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QString connectionText() const;
    QString freshnessText() const;

public Q_SLOTS:
    void refresh();

private:
    Session *m_session;
    QLabel *m_exchange;
    QLabel *m_connection;
    QLabel *m_skew;
    QLabel *m_rate;
    QLabel *m_fresh;
    qint64 m_rateLimitedUntil = 0;
    std::function<QDateTime()> m_clock;
};
