#include "ui/StatusPanel.h"

#include "models/ColorScheme.h"
#include "models/ConnectionStatus.h"
#include "ui/WidgetColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

StatusPanel::StatusPanel(const ConnectionStatus *status, const ColorScheme *colors, QWidget *parent)
    : QWidget(parent),
      m_colors(colors),
      m_status(status),
      m_exchange(new QLabel(this)),
      m_connection(new QLabel(this)),
      m_skew(new QLabel(this)),
      m_rate(new QLabel(this)),
      m_fresh(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(16);
    const QList<QPair<QLabel *, const char *>> labels{{m_exchange, "statusExchange"},
                                                      {m_connection, "statusConnection"},
                                                      {m_skew, "statusSkew"},
                                                      {m_rate, "statusRate"},
                                                      {m_fresh, "statusFreshness"}};
    for (const auto &[label, name] : labels) {
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText); // carries the exchange's and the network's words
        layout->addWidget(label);
    }
    layout->addStretch(1);
    connect(m_status, &ConnectionStatus::changed, this, &StatusPanel::refresh);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &StatusPanel::refresh);
    tick->start(1000);
    refresh();
}

void StatusPanel::refresh()
{
    using Link = ConnectionStatus::Link;
    const ColorScheme &colors = *m_colors;
    const ConnectionStatus::State st = m_status->state();

    m_exchange->setText(st.demo ? tr("⚑ Demo exchange (simulated)")
                                : tr("Exchange: %1").arg(st.exchange));
    m_exchange->setToolTip(st.baseUrl.toDisplayString());

    QString state;
    QColor color;
    switch (st.link) {
    case Link::NotConnected:
        state = st.problem.isEmpty() ? tr("● Not connected")
                                     : tr("● Not connected: %1").arg(st.problem);
        color = colors.error();
        break;
    case Link::CredentialsRefused:
        state = tr("● Credentials refused");
        color = colors.error();
        break;
    case Link::Connecting:
        state = tr("● Connecting…");
        color = colors.warning();
        break;
    case Link::RateLimited:
        state = tr("● Connected, held back by the rate limit");
        color = colors.warning();
        break;
    case Link::Trouble:
        state = tr("● Connection trouble: %1").arg(st.trouble);
        color = colors.error();
        break;
    case Link::Connected:
        state = tr("● Connected");
        color = colors.ok();
        break;
    }
    m_connection->setText(state);
    WidgetColors::setText(m_connection, color);

    const qint64 tenths = (std::abs(st.clockSkewMs) + 50) / 100;
    // Nothing measured, nothing claimed: "—" until the exchange has answered.
    m_skew->setText(!st.clockSkewMeasured
                        ? tr("Clock skew —")
                        : tr("Clock skew %1%2.%3 s")
                              .arg(st.clockSkewMs >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
                              .arg(tenths / 10)
                              .arg(tenths % 10));
    WidgetColors::setText(m_skew, st.clockSkewLarge ? colors.warning() : QColor());
    WidgetColors::setBold(m_skew, st.clockSkewLarge);
    m_skew->setToolTip(st.clockSkewLarge
                           ? tr("This computer's clock is off by more than %1 s; requests are "
                                "signed with the exchange's time.")
                                 .arg(ConnectionStatus::LargeSkewMs / 1000)
                           : tr("Difference between this computer's clock and the exchange's."));

    const qint64 pause = st.rateLimitPauseMs;
    m_rate->setText(pause > 0 ? tr("Rate limited: pausing %1 s").arg((pause + 999) / 1000)
                    : st.rateLimitsKnown ? tr("Rate limits OK")
                                         : tr("Rate limits —"));
    WidgetColors::setText(m_rate, pause > 0 ? colors.warning() : QColor());

    if (!st.ordersUpdated.isValid()) {
        m_fresh->setText(tr("Orders not loaded yet"));
        WidgetColors::setText(m_fresh, {});
    } else {
        const qint64 ago = st.ordersAgeSeconds;
        m_fresh->setText(!st.ordersStale ? tr("Orders updated %1 s ago").arg(ago)
                         : st.ordersFailing
                             ? tr("⚠ Stale: refresh failing, orders as of %1 s ago").arg(ago)
                             : tr("⚠ Stale: orders updated %1 s ago").arg(ago));
        WidgetColors::setText(m_fresh, st.ordersStale ? colors.warning() : QColor());
        WidgetColors::setBold(m_fresh, st.ordersStale);
    }
}
