#include "core/SecretMemory.h"

#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

// Zeroes that the compiler may not drop as a dead store (what sodium_memzero does; this file
// needs no library).
void cleanse(void *data, size_t size)
{
#if defined(__GLIBC__)
    explicit_bzero(data, size);
#else
    auto *p = static_cast<volatile unsigned char *>(data);
    for (size_t i = 0; i < size; ++i)
        p[i] = 0;
#endif
}

} // namespace

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
        cleanse(bytes.data(), size_t(bytes.capacity()));
    if (bytes.isDetached())
        bytes.resize(0);
    else
        bytes.clear();
}

void wipe(QString &text)
{
    if (text.isDetached())
        cleanse(text.data(), size_t(text.capacity()) * sizeof(QChar));
    if (text.isDetached())
        text.resize(0);
    else
        text.clear();
}

} // namespace SecretMemory
