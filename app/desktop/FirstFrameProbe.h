#pragma once

class QWidget;

// For the start-up benchmark: once the window's first frame has been painted, prints the
// milliseconds since the process started and quits. Only when TRADEDESK_EXIT_AFTER_FIRST_FRAME
// is set. Install it after any other AfterFirstFrame work on the window: the event filter
// installed last sees the paint first, so the probe fires before that work runs.
namespace FirstFrameProbe {

void installIfRequested(QWidget *window);

} // namespace FirstFrameProbe
