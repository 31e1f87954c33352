#include "core/Ed25519Key.h"

#include "core/SecretMemory.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {

constexpr qint64 MaxKeyFileSize = 64 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ed25519Key)
};

EVP_PKEY *fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_AutoPrivateKey(nullptr, &p, long(der.size()));
}

EVP_PKEY *fromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    // An empty passphrase callback: encrypted keys fail instead of prompting on a terminal.
    EVP_PKEY *key = PEM_read_bio_PrivateKey(
        bio, nullptr, [](char *, int, int, void *) { return 0; }, nullptr);
    BIO_free(bio);
    return key;
}

} // namespace

Ed25519Key::Ed25519Key() = default;

Ed25519Key::~Ed25519Key()
{
    EVP_PKEY_free(m_key);
}

Ed25519Key::Ed25519Key(Ed25519Key &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr)),
      m_error(std::move(other.m_error))
{}

Ed25519Key &Ed25519Key::operator=(Ed25519Key &&other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Ed25519Key Ed25519Key::failure(const QString &message)
{
    ERR_clear_error();
    Ed25519Key k;
    k.m_error = message;
    return k;
}

Ed25519Key Ed25519Key::adopt(EVP_PKEY *key)
{
    if (!key)
        return failure(Tr::tr("The file is not a readable PKCS#8 private key."));
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        const QString type = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        EVP_PKEY_free(key);
        return failure(Tr::tr("This is a %1 key; the exchange needs an Ed25519 key "
                              "(openssl genpkey -algorithm ed25519).")
                           .arg(type.isEmpty() ? Tr::tr("non-Ed25519") : type));
    }
    Ed25519Key k;
    k.m_key = key;
    return k;
}

Ed25519Key Ed25519Key::fromData(const QByteArray &data)
{
    QByteArray trimmed = data.trimmed();
    const SecretMemory::WipeOnExit wipeTrimmed(trimmed);
    if (trimmed.isEmpty())
        return failure(Tr::tr("The key is empty."));
    if (trimmed.size() > MaxKeyFileSize)
        return failure(Tr::tr("The key file is too large to be a private key."));
    if (trimmed.startsWith("-----BEGIN")) {
        if (trimmed.contains("ENCRYPTED"))
            return failure(Tr::tr("The key is protected by a passphrase; export it without one "
                                  "(openssl pkey -in key.pem -out plain.pem)."));
        if (!trimmed.contains("-----BEGIN PRIVATE KEY-----"))
            return failure(Tr::tr("The PEM file does not hold a PKCS#8 private key "
                                  "(expected \"BEGIN PRIVATE KEY\")."));
        return adopt(fromPem(trimmed));
    }
    if (trimmed.startsWith("MC")) {
        auto decoded = QByteArray::fromBase64Encoding(
            trimmed, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const SecretMemory::WipeOnExit wipeDecoded(decoded.decoded);
        if (!decoded)
            return failure(Tr::tr("The key line is not valid base64."));
        return adopt(fromDer(*decoded));
    }
    return adopt(fromDer(data));
}

Ed25519Key Ed25519Key::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Tr::tr("Cannot read the key file: %1").arg(file.errorString()));
    if (file.size() > MaxKeyFileSize)
        return failure(Tr::tr("The key file is too large to be a private key."));
    QByteArray data = file.readAll();
    const SecretMemory::WipeOnExit wipeData(data);
    return fromData(data);
}

Ed25519Key Ed25519Key::fromSeed(const QByteArray &seed32)
{
    if (seed32.size() != 32)
        return failure(Tr::tr("An Ed25519 seed is 32 bytes."));
    return adopt(EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed32.constData()),
        32));
}

Ed25519Key Ed25519Key::generate()
{
    return adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_key)
        return {};
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key) == 1
                    && EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                                      reinterpret_cast<const unsigned char *>(message.constData()),
                                      size_t(message.size()))
                           == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok) {
        ERR_clear_error();
        return {};
    }
    sig.resize(qsizetype(len));
    return sig;
}

QByteArray Ed25519Key::publicKeySpkiBase64() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(m_key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out.toBase64();
}

QByteArray Ed25519Key::privateKeyPkcs8Base64() const
{
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_PrivateKey(m_key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    const SecretMemory::WipeOnExit wipeOut(out);
    OPENSSL_cleanse(der, size_t(len));
    OPENSSL_free(der);
    return out.toBase64();
}

QByteArray Ed25519Key::privateKeyPkcs8Pem() const
{
    QByteArray b64 = privateKeyPkcs8Base64();
    const SecretMemory::WipeOnExit wipeB64(b64);
    if (b64.isEmpty())
        return {};
    return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
}

bool Ed25519PublicKey::verify(const QByteArray &spkiDer, const QByteArray &message,
                              const QByteArray &signature)
{
    const auto *p = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, long(spkiDer.size()));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_PKEY_get_id(key) == EVP_PKEY_ED25519
        && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size()))
               == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    ERR_clear_error();
    return ok;
}
