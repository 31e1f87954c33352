#pragma once

#include "core/EmbeddedExchange.h"

#include <QString>

#include <functional>
#include <memory>

// The demo exchange as the app embeds it: a module of its own (libtradedesk-demo.so, the demo
// exchange and its HTTP server), opened when the session starts the exchange, which is after the
// first frame. So the loader neither maps nor relocates Qt HttpServer and Qt WebSockets before
// the window is on screen, and the executable does not link them.
//
// The module is code the app runs, so it is trusted no further than this: it is opened from one
// place only (defaultFile(), never a search path, the executable's own directory or the current
// one), with every symbol bound at once (a library it needs that lacks a function fails the
// opening, not a later call), and only if it was built for this app's contract
// (DemoModuleAbi.h). Whatever fails becomes the exchange's startProblem(), shown in the window.
namespace DemoModule {

// The module's one place, seen from the executable's directory `appDir` (default: the running
// executable's): <appDir>/TRADEDESK_MODULE_DIR_FROM_BIN/libtradedesk-demo.so, in the build tree
// as once installed.
QString defaultFile(const QString &appDir = {});
// For Session::Options::embedded: opens `file` when first called and makes the exchange. When
// the module cannot be opened, is not this app's, or makes nothing, says why on stderr and makes
// an exchange that cannot listen and whose startProblem() says why.
std::function<std::unique_ptr<EmbeddedExchange>()> maker(const QString &file = defaultFile());
// The demo exchange's account (DemoExchange::defaultAccountId(), known without the module).
QString defaultAccountId();

} // namespace DemoModule
