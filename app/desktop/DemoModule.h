#pragma once

#include "core/EmbeddedExchange.h"

#include <QString>

#include <functional>
#include <memory>

// The demo exchange as the app embeds it: a module of its own (libtradedesk-demo.so, the demo
// exchange and its HTTP server), opened when the session starts the exchange, which is after the
// first frame. So the loader neither maps nor relocates Qt HttpServer and Qt WebSockets before
// the window is on screen, and the executable does not link them.
namespace DemoModule {

// Where the app looks for the module: beside the executable (the build tree), else in the
// installed private library directory.
QString defaultFile();
// For Session::Options::embedded: opens `file` when first called and makes the exchange. When
// the module cannot be opened, says why on stderr and makes an exchange that cannot listen (the
// session then reports that the demo exchange could not start).
std::function<std::unique_ptr<EmbeddedExchange>()> maker(const QString &file = defaultFile());
// The demo exchange's account (DemoExchange::defaultAccountId(), known without the module).
QString defaultAccountId();

} // namespace DemoModule
