#pragma once

#include <QtGlobal>

// The exchange's notion of now: real time (optionally skewed, to test the client's correction)
// or a fixed clock that moves only when told, for deterministic runs.
class DemoClock
{
public:
    qint64 nowMs() const;
    void setFixed(qint64 epochMs)
    {
        m_fixed = true;
        m_fixedMs = epochMs;
    }
    bool isFixed() const { return m_fixed; }
    void advance(qint64 ms) { m_fixedMs += ms; }
    void setSkewMs(qint64 skew) { m_skewMs = skew; }
    qint64 skewMs() const { return m_skewMs; }

private:
    bool m_fixed = false;
    qint64 m_fixedMs = 0;
    qint64 m_skewMs = 0;
};
