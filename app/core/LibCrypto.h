#pragma once

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QByteArray>
#include <QString>

// The OpenSSL functions the core calls (keys, signatures), from libcrypto opened on first use
// rather than linked (on Linux; elsewhere, TRADEDESK_LIBCRYPTO_LINKED, linked as before): the
// executable then does not make the loader map and relocate libcrypto (4,191 symbol and 16,922
// relative relocations, the largest library we would load) before the first frame, when nothing
// needs it yet. The pointers have the very types of the declarations above, so a call through them
// is checked like a direct one.
#define TRADEDESK_LIBCRYPTO_FUNCTIONS(F)                                                           \
    F(BIO_free)                                                                                    \
    F(BIO_new_mem_buf)                                                                             \
    F(CRYPTO_free)                                                                                 \
    F(ERR_clear_error)                                                                             \
    F(EVP_DigestSign)                                                                              \
    F(EVP_DigestSignInit)                                                                          \
    F(EVP_DigestVerify)                                                                            \
    F(EVP_DigestVerifyInit)                                                                        \
    F(EVP_MD_CTX_free)                                                                             \
    F(EVP_MD_CTX_new)                                                                              \
    F(EVP_PKEY_Q_keygen)                                                                           \
    F(EVP_PKEY_free)                                                                               \
    F(EVP_PKEY_get0_type_name)                                                                     \
    F(EVP_PKEY_get_id)                                                                             \
    F(EVP_PKEY_new_raw_private_key)                                                                \
    F(OPENSSL_cleanse)                                                                             \
    F(PEM_read_bio_PrivateKey)                                                                     \
    F(d2i_AutoPrivateKey)                                                                          \
    F(d2i_PUBKEY)                                                                                  \
    F(i2d_PUBKEY)                                                                                  \
    F(i2d_PrivateKey)

struct LibCrypto
{
#define TRADEDESK_LIBCRYPTO_POINTER(name) decltype(&::name) name = nullptr;
    TRADEDESK_LIBCRYPTO_FUNCTIONS(TRADEDESK_LIBCRYPTO_POINTER)
#undef TRADEDESK_LIBCRYPTO_POINTER

    // Opened (once, from any thread) and resolved; null when libcrypto or one of the functions
    // cannot be found (then no key can be read or made: every key is invalid, with this error).
    static const LibCrypto *get();
    static const char *error();
    // Opens the libcrypto `file` ("crypto" with version `major`: the system's) and resolves
    // every function now, before any is called; on failure `*functions` is left empty and the
    // error names the file and the first function missing (get() uses it; tests name a file).
    static QByteArray open(const QString &file, int major, LibCrypto *functions);
};
