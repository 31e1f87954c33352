#include "core/LibCrypto.h"

#include <QLibrary>

#include <mutex>

namespace {

struct Loaded
{
    LibCrypto functions;
    bool ok = false;
    QByteArray error;
};

#ifdef TRADEDESK_LIBCRYPTO_LINKED
Loaded load()
{
    Loaded l;
    l.ok = true;
#define TRADEDESK_LIBCRYPTO_TAKE(name) l.functions.name = &::name;
    TRADEDESK_LIBCRYPTO_FUNCTIONS(TRADEDESK_LIBCRYPTO_TAKE)
#undef TRADEDESK_LIBCRYPTO_TAKE
    return l;
}
#else
Loaded load()
{
    Loaded l;
    // The library the headers belong to (libcrypto.so.3), never unloaded.
    QLibrary library(QStringLiteral("crypto"), OPENSSL_VERSION_MAJOR);
    if (!library.load()) {
        l.error = library.errorString().toUtf8();
        return l;
    }
    l.ok = true;
#define TRADEDESK_LIBCRYPTO_RESOLVE(name)                                                          \
    l.functions.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                \
    if (!l.functions.name) {                                                                       \
        l.ok = false;                                                                              \
        l.error = "libcrypto has no " #name;                                                       \
    }
    TRADEDESK_LIBCRYPTO_FUNCTIONS(TRADEDESK_LIBCRYPTO_RESOLVE)
#undef TRADEDESK_LIBCRYPTO_RESOLVE
    return l;
}
#endif

// Opened once, from whichever thread asks first; kept to the end (keys may be freed late).
const Loaded &loaded()
{
    static const Loaded *const l = new Loaded(load());
    return *l;
}

} // namespace

const LibCrypto *LibCrypto::get()
{
    return loaded().ok ? &loaded().functions : nullptr;
}

const char *LibCrypto::error()
{
    return loaded().error.constData();
}
