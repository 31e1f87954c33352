#include "core/ClockOffset.h"

#include <QDateTime>

#include <cstdlib>

namespace ClockOffset {

std::optional<qint64> fromDateHeader(QByteArray date, qint64 sentAtMs, qint64 receivedAtMs)
{
    if (date.isEmpty())
        return std::nullopt;
    // HTTP dates end in "GMT", which Qt 6.4's RFC 2822 parser refuses.
    if (date.endsWith(" GMT"))
        date.replace(date.size() - 3, 3, "+0000");
    const QDateTime server = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);
    if (!server.isValid())
        return std::nullopt;
    // Date has whole seconds: the true time lies in [server, server + 1 s).
    const qint64 midpoint = (sentAtMs + receivedAtMs) / 2;
    const qint64 measured = server.toMSecsSinceEpoch() + 500 - midpoint;
    return std::abs(measured) < 2000 ? 0 : measured;
}

} // namespace ClockOffset
