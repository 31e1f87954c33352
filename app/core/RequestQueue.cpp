#include "core/RequestQueue.h"

#include "core/RateLimiter.h"

#include <algorithm>
#include <utility>

void RequestQueue::push(PendingRequest request)
{
    m_lines[size_t(endpointInfo(request.endpoint).rateClass)].push_back(std::move(request));
}

void RequestQueue::pushFront(PendingRequest request)
{
    m_lines[size_t(endpointInfo(request.endpoint).rateClass)].push_front(std::move(request));
}

std::optional<PendingRequest> RequestQueue::take(quint64 ticket)
{
    for (auto &line : m_lines) {
        const auto it = std::find_if(line.begin(), line.end(), [ticket](const PendingRequest &r) {
            return r.ticket == ticket;
        });
        if (it == line.end())
            continue;
        PendingRequest request = std::move(*it);
        line.erase(it);
        return request;
    }
    return std::nullopt;
}

bool RequestQueue::contains(quint64 ticket) const
{
    return std::any_of(m_lines.begin(), m_lines.end(), [ticket](const auto &line) {
        return std::any_of(line.begin(), line.end(),
                           [ticket](const PendingRequest &r) { return r.ticket == ticket; });
    });
}

int RequestQueue::size() const
{
    int n = 0;
    for (const auto &line : m_lines)
        n += int(line.size());
    return n;
}

RequestQueue::Drained RequestQueue::drain(RateLimiter &limiter, qint64 nowMs, bool clockKnown,
                                          const Sink &send, const Sink &expired)
{
    Drained drained;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        auto &line = m_lines[i];
        const auto rateClass = RateClass(i);
        while (!line.empty()) {
            if (line.front().leaveBy >= 0 && nowMs >= line.front().leaveBy) {
                PendingRequest late = std::move(line.front());
                line.pop_front();
                expired(std::move(late));
                continue;
            }
            if (!clockKnown && endpointInfo(line.front().endpoint).isSigned) {
                drained.needClock = true;
                break;
            }
            const qint64 delay = limiter.delayMs(rateClass, nowMs);
            if (delay > 0) {
                drained.nextDelayMs =
                    drained.nextDelayMs < 0 ? delay : std::min(drained.nextDelayMs, delay);
                break;
            }
            PendingRequest next = std::move(line.front());
            line.pop_front();
            next.rateTicket = limiter.record(rateClass, nowMs);
            send(std::move(next));
        }
    }
    return drained;
}
