#pragma once

#include <QString>
#include <QStringList>

// Faults the demo exchange can inject into its next replies.
enum class DemoFault
{
    None,
    ServerErrorAfterAccept, // the request is carried out, then 500
    UnavailableBefore,      // 503, nothing carried out
    StallAfterAccept,       // carried out, never answered: the client times out
    DropAfterAccept,        // carried out, connection closed without a reply
    MalformedJson,          // carried out, body is not JSON
    TruncatedJson,          // carried out, body cut in half
    WrongTypes,             // carried out, money and ids of the wrong JSON type
    RateLimitBurst,         // 429, nothing carried out
};

namespace DemoFaults {

QString name(DemoFault fault);
DemoFault fromName(const QString &name);
QStringList names();
// Whether the request was carried out before the fault hit.
bool carriesOut(DemoFault fault);

} // namespace DemoFaults
