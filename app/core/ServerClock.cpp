#include "core/ServerClock.h"

#include "core/ClockOffset.h"

#include <cstdlib>
#include <optional>

bool ServerClock::learn(const QByteArray &dateHeader, qint64 sentAtMs, qint64 receivedAtMs,
                        bool *changed)
{
    const std::optional<qint64> offset =
        ClockOffset::fromDateHeader(dateHeader, sentAtMs, receivedAtMs);
    if (changed)
        *changed = offset && *offset != m_offsetMs;
    if (!offset)
        return false;
    m_known = true;
    m_offsetMs = *offset;
    return true;
}

bool ServerClock::startProbe()
{
    if (m_probing)
        return false;
    m_probing = true;
    return true;
}

void ServerClock::endProbe()
{
    m_probing = false;
    m_known = true; // learned, or there was nothing to learn it from: go on
}

bool ServerClock::agrees(qint64 signedOffsetMs, qint64 slackMs) const
{
    return m_known && std::abs(signedOffsetMs - m_offsetMs) <= AgreementMs + slackMs;
}
