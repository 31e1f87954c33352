#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <functional>
#include <memory>

// The two clocks the app reads, injected where they are read so deterministic runs (tests, the
// screenshot runner) bring their own instead of setters on models and widgets.
struct Clocks
{
    // Milliseconds on a monotonic clock (guards and timeouts).
    std::function<qint64()> monotonicMs;
    // Milliseconds since the epoch (times shown to the trader and stored).
    std::function<qint64()> wallMs;

    static Clocks system()
    {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        return {[started] { return started->elapsed(); },
                [] {
                    return QDateTime::currentMSecsSinceEpoch();
                }};
    }
};
