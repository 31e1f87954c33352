#include "core/SecretMemory.h"

#include <openssl/crypto.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace SecretMemory {

bool forbidCoreDumps()
{
    bool ok = false;
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#ifdef Q_OS_LINUX
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

void wipe(QByteArray &bytes)
{
    // Shared or read-only data is not ours to overwrite; resize(0) keeps our allocation, zeroed.
    if (bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.capacity()));
    if (bytes.isDetached())
        bytes.resize(0);
    else
        bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.capacity()) * sizeof(QChar));
    if (text.isDetached())
        text.resize(0);
    else
        text.clear();
}

} // namespace SecretMemory
