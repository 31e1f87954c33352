// libFuzzer target: any bytes as a private-key file (PEM, DER, base64 DER or garbage).
#include "core/Ed25519Key.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Ed25519Key key = Ed25519Key::fromData(bytes);
    if (key.isValid()) {
        if (key.sign("message").size() != 64 || key.publicKeySpkiBase64().isEmpty())
            __builtin_trap();
        // What is stored (the keychain's PKCS#8 line) reads back as the same key.
        const Ed25519Key again = Ed25519Key::fromData(key.privateKeyPkcs8Base64());
        if (!again.isValid() || again.publicKeySpkiBase64() != key.publicKeySpkiBase64())
            __builtin_trap();
    } else if (key.error().isEmpty()) {
        __builtin_trap(); // every refusal says why
    }
    return 0;
}
