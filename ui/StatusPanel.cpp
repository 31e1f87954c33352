#include "ui/StatusPanel.h"

#include "core/ApiService.h"
#include "models/ColorScheme.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "session/Session.h"

#include "ui/WidgetColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

StatusPanel::StatusPanel(Session *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_exchange(new QLabel(this)),
      m_connection(new QLabel(this)),
      m_skew(new QLabel(this)),
      m_rate(new QLabel(this)),
      m_fresh(new QLabel(this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
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
    ApiService *service = session->service();
    connect(service, &ApiService::rateLimited, this, [this](RateClass, qint64 pauseMs) {
        m_rateLimitedUntil = m_clock().toMSecsSinceEpoch() + pauseMs;
        refresh();
    });
    connect(service, &ApiService::clockOffsetChanged, this, &StatusPanel::refresh);
    connect(service, &ApiService::authBlockedChanged, this, &StatusPanel::refresh);
    for (PollingFeed *feed : {session->orders()->openFeed(), session->orders()->finishedFeed()})
        connect(feed, &PollingFeed::stateChanged, this, &StatusPanel::refresh);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &StatusPanel::refresh);
    tick->start(1000);
    refresh();
}

QString StatusPanel::connectionText() const
{
    return m_connection->text();
}

QString StatusPanel::freshnessText() const
{
    return m_fresh->text();
}

void StatusPanel::refresh()
{
    const ColorScheme &colors = ColorScheme::instance();
    const QDateTime now = m_clock();
    ApiService *service = m_session->service();
    PollingFeed *open = m_session->orders()->openFeed();

    m_exchange->setText(m_session->isDemo() ? tr("⚑ Demo exchange (simulated)")
                                            : tr("Exchange: %1").arg(m_session->exchangeLabel()));
    m_exchange->setToolTip(service->baseUrl().toDisplayString());

    QString state;
    QColor color;
    if (!m_session->problem().isEmpty()) {
        state = tr("● Not connected");
        color = colors.error();
    } else if (service->isAuthBlocked()) {
        state = tr("● Credentials refused");
        color = colors.error();
    } else if (!open->lastSuccess().isValid() && open->consecutiveFailures() == 0) {
        state = tr("● Connecting…");
        color = colors.warning();
    } else if (open->consecutiveFailures() > 0
               && open->lastError().kind == ApiError::Kind::RateLimited) {
        state = tr("● Connected, held back by the rate limit");
        color = colors.warning();
    } else if (open->consecutiveFailures() > 0) {
        state = tr("● Connection trouble: %1").arg(open->lastError().message);
        color = colors.error();
    } else {
        state = tr("● Connected");
        color = colors.ok();
    }
    m_connection->setText(state);
    WidgetColors::setText(m_connection, color);

    const qint64 skew = service->clockOffsetMs();
    const qint64 tenths = (std::abs(skew) + 50) / 100;
    m_skew->setText(tr("Clock skew %1%2.%3 s")
                        .arg(skew >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
                        .arg(tenths / 10)
                        .arg(tenths % 10));
    WidgetColors::setText(m_skew, std::abs(skew) > 30000 ? colors.warning() : QColor());
    WidgetColors::setBold(m_skew, std::abs(skew) > 30000);
    m_skew->setToolTip(std::abs(skew) > 30000
                           ? tr("This computer's clock is off by more than 30 s; requests are "
                                "signed with the exchange's time.")
                           : tr("Difference between this computer's clock and the exchange's."));

    const qint64 pause = m_rateLimitedUntil - now.toMSecsSinceEpoch();
    m_rate->setText(pause > 0 ? tr("Rate limited: pausing %1 s").arg((pause + 999) / 1000)
                              : tr("Rate limits OK"));
    WidgetColors::setText(m_rate, pause > 0 ? colors.warning() : QColor());

    const QDateTime last = open->lastSuccess();
    if (!last.isValid()) {
        m_fresh->setText(tr("Orders not loaded yet"));
        WidgetColors::setText(m_fresh, {});
    } else {
        const qint64 ago = std::max<qint64>(0, last.secsTo(now));
        const bool stale = open->isStale(now);
        m_fresh->setText(stale ? tr("⚠ Stale: orders updated %1 s ago").arg(ago)
                               : tr("Orders updated %1 s ago").arg(ago));
        WidgetColors::setText(m_fresh, stale ? colors.warning() : QColor());
        WidgetColors::setBold(m_fresh, stale);
    }
}
