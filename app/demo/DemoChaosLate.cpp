// DemoChaos: deliver-late. A signed request held on its way reaches the exchange when the
// exchange's clock has left its timestamp's window behind; the exchange then judges it by its
// documented check (exchange.md: a timestamp more than the window from server time is refused),
// so a late POST is refused exactly like a late GET, and nothing of it is carried out.
#include "demo/DemoChaos.h"

#include <algorithm>

namespace {

// The storm's client waits 30 s for a reply when deliver-late is on: a late request arrives,
// and is answered, well before that.
constexpr qint64 MaxHoldMs = 25000;

} // namespace

void DemoChaos::deliverLate(qint64 lateMs, const DemoRequest &request, quint64 seq)
{
    // Held until the exchange's clock reads lateMs past the timestamp the request carries
    // (at least past the window, at most MaxHoldMs): whatever the client's clock said, it
    // arrives with a timestamp the window has left behind.
    const qint64 timestamp = request.header("EXCHANGE-API-TIMESTAMP").toLongLong();
    const qint64 now = m_exchange->clock().nowMs();
    const qint64 holdMs = std::clamp(timestamp + lateMs - now, m_windowMs + 1000, MaxHoldMs);
    m_hold = Hold{int(holdMs), ++m_lateIds};
    m_late.insert(m_hold.id, Late{seq, m_key, m_text, timestamp, holdMs});
    ++m_latePending;
    record(Kind::DeliverLate, m_text,
           QStringLiteral("held %1 ms on its way (to %2 ms past its timestamp)")
               .arg(holdMs)
               .arg(lateMs),
           seq);
}

DemoFault DemoChaos::arrive(const DemoRequest &request)
{
    const auto late = m_late.find(request.heldId);
    if (late == m_late.end())
        return DemoFault::None;
    --m_latePending;
    m_key = late->key;
    m_text = late->text;
    m_replySeq = late->seq;
    const qint64 now = m_exchange->clock().nowMs();
    if (std::abs(now - late->timestampMs) <= m_windowMs && late->heldMs < MaxHoldMs) {
        // The exchange's clock stepped back while it was on its way: it is not late enough
        // yet; it stays on its way until it is.
        const qint64 more =
            std::min(late->timestampMs + m_windowMs + 1000 - now, MaxHoldMs - late->heldMs);
        late->heldMs += more;
        m_hold = Hold{int(std::max<qint64>(1, more)), request.heldId};
        ++m_latePending;
        return DemoFault::None;
    }
    m_late.erase(late);
    return DemoFault::None; // it reaches the exchange now: its checks, its clock
}
