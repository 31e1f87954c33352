#pragma once

#include <QFile>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <thread>
#include <unistd.h>

// Runs `work` on a thread of its own and waits for it, the event loop turning, at most
// timeoutMs. True when it finished. If it did not (a regression: something opened a FIFO and
// waits for a writer), the FIFO is opened for writing once, which lets that open return, and the
// thread is left behind: the test fails, the suite never hangs. `work` must own what it uses
// (capture shared_ptrs, not references to the test's locals).
template <typename Work>
bool finishesWithin(Work work, int timeoutMs, const QString &fifoToRelease = {})
{
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread([done, work]() mutable {
        work();
        *done = true;
    }).detach();
    if (QTest::qWaitFor([&done] { return done->load(); }, timeoutMs))
        return true;
    if (!fifoToRelease.isEmpty()) {
        const int fd = ::open(QFile::encodeName(fifoToRelease).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    return false;
}
