#pragma once

class QWidget;

// For the start-up benchmark: once the window's first frame has been painted, prints the
// milliseconds since the process started (and the CPU time its threads used) and ends the process
// at once (no later work, no clean-up). Only when TRADEDESK_EXIT_AFTER_FIRST_FRAME is set. Install
// it after any other AfterFirstFrame work on the window: the event filter installed last sees the
// paint first, so the probe fires before that work runs.
namespace FirstFrameProbe {

void installIfRequested(QWidget *window);
// Before the window is built, when the probe is requested: no work after the first frame runs
// before it, however slowly the process runs (callgrind), so each run measures the same frame.
void prepareIfRequested();
// With TRADEDESK_STARTUP_PHASES set: prints the wall and CPU milliseconds since the process
// started, for the start-up profile's breakdown. Otherwise nothing.
void mark(const char *phase);

} // namespace FirstFrameProbe
