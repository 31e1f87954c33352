#include "FirstFrameProbe.h"

#include "ui/AfterFirstFrame.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
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

qint64 cpuUs()
{
    timespec cpu{}; // every thread's CPU time: a figure the other jobs on the machine
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu); // distort less than the wall clock
    return qint64(cpu.tv_sec) * 1000000 + cpu.tv_nsec / 1000;
}

void print(const char *what, qint64 us)
{
    std::printf("%s %lld.%lld\n", what, us / 1000, (us % 1000) / 100);
}

} // namespace

void FirstFrameProbe::mark(const char *phase)
{
    static const bool wanted = qEnvironmentVariableIsSet("TRADEDESK_STARTUP_PHASES");
    if (!wanted)
        return;
    QFile statm(QStringLiteral("/proc/self/statm")); // size, then resident, in pages
    const QList<QByteArray> pages =
        statm.open(QIODevice::ReadOnly) ? statm.readAll().split(' ') : QList<QByteArray>();
    const double rssMiB = double(pages.value(1).toLongLong() * sysconf(_SC_PAGESIZE)) / 1048576;
    std::printf("phase %-24s wall-ms %8.1f cpu-ms %8.1f rss-MiB %6.1f\n", phase,
                double(usSinceProcessStart()) / 1000, double(cpuUs()) / 1000, rssMiB);
    std::fflush(stdout);
}

void FirstFrameProbe::prepareIfRequested()
{
    if (qEnvironmentVariableIsSet("TRADEDESK_EXIT_AFTER_FIRST_FRAME"))
        AfterFirstFrame::setPaintOnly(true);
}

void FirstFrameProbe::installIfRequested(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("TRADEDESK_EXIT_AFTER_FIRST_FRAME"))
        return;
    AfterFirstFrame::run(
        window,
        [] {
            print("first-frame-ms", usSinceProcessStart());
            print("first-frame-cpu-ms", cpuUs());
            std::fflush(stdout);
            // At once: work queued behind the first frame (the demo exchange's start) must not
            // run first and count in the process's peak memory.
            std::_Exit(0);
        },
        60000);
}
