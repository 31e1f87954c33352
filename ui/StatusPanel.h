#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class ColorScheme;
class ConnectionStatus;
class QLabel;

// The status bar's facts: which exchange, connection state, clock skew, rate-limit state and
// when the orders were last refreshed ("updated 3 s ago", or stale).
class StatusPanel final : public QWidget
{
    Q_OBJECT

public:
    // Renders `status` (the session's, which outlives the panel) in `colors`.
    StatusPanel(const ConnectionStatus *status, const ColorScheme *colors,
                QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    const ColorScheme *m_colors;
    const ConnectionStatus *m_status;
    QLabel *m_exchange;
    QLabel *m_connection;
    QLabel *m_skew;
    QLabel *m_rate;
    QLabel *m_fresh;
};
