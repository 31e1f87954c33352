#pragma once

#include "core/HttpTransport.h"

#include <QString>

#include <functional>
#include <memory>

// The network as the app uses it: a module of its own (libtradedesk-net.so: app/net over Qt
// Network), opened when the session starts, which is after the first frame. So the loader
// neither maps nor relocates Qt Network (with Kerberos, libproxy, …) before the window is on
// screen, and the executable does not link it. Trusted as the demo module is (DemoModule.h):
// opened from one place only, every symbol bound at once, only if built for this app's contract
// (app/net/NetModuleAbi.h). Whatever fails is the session's problem, shown in the window.
namespace NetModule {

// <appDir>/TRADEDESK_MODULE_DIR_FROM_BIN/libtradedesk-net.so (default: the executable's dir).
QString defaultFile(const QString &appDir = {});
// For Session::Options::makeNetwork: opens `file` when called and makes the transport; when
// the module cannot be opened, is not this app's, or makes nothing, returns null and says why
// (in `*problem` and on stderr). `loopbackOnly`: only the embedded demo exchange is spoken to,
// over loopback HTTP; TLS is not initialised.
std::function<std::unique_ptr<HttpTransport>(QString *problem)>
maker(bool loopbackOnly, const QString &file = defaultFile());

} // namespace NetModule
