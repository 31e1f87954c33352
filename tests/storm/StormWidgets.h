#pragma once

#include "StormHands.h"

// Hands on a real MainWindow (shown offscreen) over the storm's session: every press a real key
// event through QTest, the window made the active one first (several runs share a process).
std::unique_ptr<StormHands> makeWindowHands(Session *session);
