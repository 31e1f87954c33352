#pragma once

#include <QtGlobal>

// The "credentials refused" latch: once set, signed requests are paused until the credentials
// change (exchange.md: 401, stop signed polling). It is set only on evidence. A 401 is either the
// time or the credentials; it proves the credentials only when the request was already sent again
// signed anew (the clock just learned), reached the exchange at once (a request held up on its way
// — a starved process, a slow link — arrives with a timestamp the exchange's window has left
// behind, whatever the clocks say) and carried a timestamp the exchange's clock agrees with.
// Anything else is a timing failure: the clock is learned again and the request signed anew, at
// most MaxResigns times in all; it never latches.
class AuthLatch
{
public:
    // A request that took longer than this from being signed to its reply is no evidence.
    static constexpr qint64 CredibleRoundTripMs = 1000;
    static constexpr int MaxResigns = 2;

    struct Refusal
    {
        int resigns = 0;             // how often it was already signed anew after a 401
        qint64 roundTripMs = 0;      // from its signing to the 401
        bool timestampFresh = false; // the exchange's clock, as known now, agrees with it
    };
    enum class Verdict
    {
        SignAgain, // learn the clock (again) and send it once more, signed anew
        Latch,     // the credentials: latched
        Timing,    // no evidence, and no send left: answered as a timing failure
    };

    static bool isEvidence(const Refusal &refusal);
    // What a 401 to a signed request means; on Latch the latch is set.
    Verdict judge(const Refusal &refusal);
    bool isLatched() const { return m_latched; }
    // The credentials changed: true when it was latched.
    bool clear();

private:
    bool m_latched = false;
};
