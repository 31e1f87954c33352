#pragma once

#include <QByteArray>

#include <optional>

// The exchange's clock relative to ours, from an HTTP Date header (whole seconds) and the
// request's send and receive times: what signed timestamps must add. Offsets under 2 s are
// noise from the header's one-second resolution and count as 0.
namespace ClockOffset {

// Empty when the header is missing or unreadable.
std::optional<qint64> fromDateHeader(QByteArray date, qint64 sentAtMs, qint64 receivedAtMs);

} // namespace ClockOffset
