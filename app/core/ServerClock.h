#pragma once

#include <QByteArray>
#include <QtGlobal>

// The exchange's clock as this computer learns it: the offset a signed timestamp adds, learned
// from replies' Date headers (ClockOffset), and whether it is known. Signed requests wait until it
// is; a probe (any public request) teaches it when nothing else has. Pure state, no network: the
// service feeds it the headers and times.
class ServerClock
{
public:
    // A timestamp made with an offset within this of the exchange's (as a Date header tells it,
    // to a second) is one the exchange's own clock agrees with.
    static constexpr qint64 AgreementMs = 3000;

    qint64 offsetMs() const { return m_offsetMs; }
    bool isKnown() const { return m_known; }
    // The timestamp a request signed at `wallNowMs` (this computer's clock) carries.
    qint64 timestampMs(qint64 wallNowMs) const { return wallNowMs + m_offsetMs; }

    // From a reply's Date header and when its request went and its reply came (this computer's
    // clock). False when the header was missing or unreadable: nothing learned. `changed` tells
    // whether the offset moved.
    bool learn(const QByteArray &dateHeader, qint64 sentAtMs, qint64 receivedAtMs,
               bool *changed = nullptr);
    // Another exchange, or a doubtful sample (a 401 with no Date header, or one read off a slow
    // round trip): learned again before the next signed request.
    void forget() { m_known = false; }

    // A probe for the clock goes now: true unless one is already on its way.
    bool startProbe();
    // The probe's answer is in: the clock is known, or there was nothing to learn it from and
    // signed requests go on with what is known.
    void endProbe();

    // Whether a timestamp made with `signedOffsetMs` is one the exchange's clock (as known now)
    // agrees with, give or take `slackMs` more (the time the request took).
    bool agrees(qint64 signedOffsetMs, qint64 slackMs) const;

private:
    qint64 m_offsetMs = 0;
    bool m_known = false;
    bool m_probing = false;
};
