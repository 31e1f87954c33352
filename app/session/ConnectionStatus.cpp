#include "session/ConnectionStatus.h"

#include "core/ApiService.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "session/Session.h"

#include <cstdlib>

ConnectionStatus::ConnectionStatus(Session *session, QObject *parent)
    : QObject(parent),
      m_session(session)
{
    ApiService *service = session->m_service;
    connect(service, &ApiService::rateLimited, this, [this](RateClass, qint64 pauseMs) {
        m_rateLimitedUntilMs = m_session->clocks().wallMs() + pauseMs;
        Q_EMIT changed();
    });
    connect(service, &ApiService::clockOffsetChanged, this, &ConnectionStatus::changed);
    connect(service, &ApiService::authBlockedChanged, this, &ConnectionStatus::changed);
    for (PollingFeed *feed : {session->m_orders->openFeed(), session->m_orders->finishedFeed()})
        connect(feed, &PollingFeed::stateChanged, this, &ConnectionStatus::changed);
}

ConnectionStatus::State ConnectionStatus::state() const
{
    const ApiService *service = m_session->m_service;
    const PollingFeed *open = m_session->m_orders->openFeed();
    const qint64 nowMs = m_session->clocks().wallMs();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);

    State s;
    s.demo = m_session->isDemo();
    s.exchange = m_session->exchangeLabel();
    s.baseUrl = service->baseUrl();
    if (!m_session->problem().isEmpty())
        s.link = Link::NotConnected;
    else if (service->isAuthBlocked())
        s.link = Link::CredentialsRefused;
    else if (!open->lastSuccess().isValid() && open->consecutiveFailures() == 0)
        s.link = Link::Connecting;
    else if (open->consecutiveFailures() > 0
             && open->lastError().kind == ApiError::Kind::RateLimited)
        s.link = Link::RateLimited;
    else if (open->consecutiveFailures() > 0)
        s.link = Link::Trouble;
    else
        s.link = Link::Connected;
    if (s.link == Link::Trouble)
        s.trouble = open->lastError().message;
    s.clockSkewMs = service->clockOffsetMs();
    s.clockSkewLarge = std::abs(s.clockSkewMs) > LargeSkewMs;
    s.rateLimitPauseMs = std::max<qint64>(0, m_rateLimitedUntilMs - nowMs);
    s.ordersUpdated = open->lastSuccess();
    if (s.ordersUpdated.isValid()) {
        s.ordersAgeSeconds = std::max<qint64>(0, s.ordersUpdated.secsTo(now));
        s.ordersStale = open->isStale(now);
        s.ordersFailing = open->consecutiveFailures() > 0;
    }
    return s;
}
