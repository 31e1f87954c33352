#include "FirstFrameProbe.h"

#include "ui/AfterFirstFrame.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Microseconds since this process was started, from /proc (Linux); integer arithmetic only.
qint64 usSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    const qint64 nowUs = qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    return nowUs - startTicks * 1000000 / ticksPerSecond;
}

} // namespace

void FirstFrameProbe::installIfRequested(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("TRADEDESK_EXIT_AFTER_FIRST_FRAME"))
        return;
    AfterFirstFrame::run(
        window,
        [] {
            const qint64 us = usSinceProcessStart();
            std::printf("first-frame-ms %lld.%lld\n", us / 1000, (us % 1000) / 100);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        60000);
}
