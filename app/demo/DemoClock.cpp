#include "demo/DemoClock.h"

#include <QDateTime>

qint64 DemoClock::nowMs() const
{
    return (m_fixed ? m_fixedMs : QDateTime::currentMSecsSinceEpoch()) + m_skewMs;
}
