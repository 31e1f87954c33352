#include "core/AuthLatch.h"

#include <utility>

bool AuthLatch::isEvidence(const Refusal &refusal)
{
    return refusal.timestampFresh && refusal.roundTripMs <= CredibleRoundTripMs;
}

AuthLatch::Verdict AuthLatch::judge(const Refusal &refusal)
{
    // The first 401 is always sent again: the clock may have moved since it was learned.
    if (refusal.resigns == 0)
        return Verdict::SignAgain;
    if (isEvidence(refusal)) {
        m_latched = true;
        return Verdict::Latch;
    }
    return refusal.resigns < MaxResigns ? Verdict::SignAgain : Verdict::Timing;
}

bool AuthLatch::clear()
{
    return std::exchange(m_latched, false);
}
