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
    // The library the headers belong to (libcrypto.so.3), never unloaded.
    Loaded l;
    l.error = LibCrypto::open(QStringLiteral("crypto"), OPENSSL_VERSION_MAJOR, &l.functions);
    l.ok = l.error.isEmpty();
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

QByteArray LibCrypto::open(const QString &file, int major, LibCrypto *functions)
{
    *functions = LibCrypto();
    QLibrary library(file, major);
    if (!library.load())
        return library.errorString().toUtf8();
    // All or nothing: a library lacking one function is not used at all (it would otherwise fail
    // in the middle of reading a key).
    LibCrypto resolved;
#define TRADEDESK_LIBCRYPTO_RESOLVE(name)                                                          \
    resolved.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));                   \
    if (!resolved.name)                                                                            \
        return library.fileName().toUtf8() + " has no function " #name;
    TRADEDESK_LIBCRYPTO_FUNCTIONS(TRADEDESK_LIBCRYPTO_RESOLVE)
#undef TRADEDESK_LIBCRYPTO_RESOLVE
    *functions = resolved;
    return {};
}
