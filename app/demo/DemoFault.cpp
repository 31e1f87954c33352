#include "demo/DemoFault.h"

#include <array>

namespace {

struct Entry
{
    DemoFault fault;
    const char *name;
};

constexpr std::array<Entry, 8> Entries{{
    {DemoFault::ServerErrorAfterAccept, "500-after-accept"},
    {DemoFault::UnavailableBefore, "503-before"},
    {DemoFault::StallAfterAccept, "stall"},
    {DemoFault::DropAfterAccept, "drop"},
    {DemoFault::MalformedJson, "malformed"},
    {DemoFault::TruncatedJson, "truncated"},
    {DemoFault::WrongTypes, "wrong-types"},
    {DemoFault::RateLimitBurst, "429-burst"},
}};

} // namespace

namespace DemoFaults {

QString name(DemoFault fault)
{
    for (const Entry &e : Entries) {
        if (e.fault == fault)
            return QString::fromLatin1(e.name);
    }
    return QStringLiteral("none");
}

DemoFault fromName(const QString &name)
{
    for (const Entry &e : Entries) {
        if (name == QLatin1String(e.name))
            return e.fault;
    }
    return DemoFault::None;
}

QStringList names()
{
    QStringList out;
    for (const Entry &e : Entries)
        out.append(QString::fromLatin1(e.name));
    return out;
}

bool carriesOut(DemoFault fault)
{
    return fault != DemoFault::UnavailableBefore && fault != DemoFault::RateLimitBurst
           && fault != DemoFault::None;
}

} // namespace DemoFaults
