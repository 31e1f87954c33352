#include "core/Ed25519Key.h"

#include "core/LibCrypto.h"
#include "core/SecretMemory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 MaxKeyFileSize = 64 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ed25519Key)
};

EVP_PKEY *fromDer(const LibCrypto *c, const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return c->d2i_AutoPrivateKey(nullptr, &p, long(der.size()));
}

EVP_PKEY *fromPem(const LibCrypto *c, const QByteArray &pem)
{
    BIO *bio = c->BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    // An empty passphrase callback: encrypted keys fail instead of prompting on a terminal.
    EVP_PKEY *key = c->PEM_read_bio_PrivateKey(
        bio, nullptr, [](char *, int, int, void *) { return 0; }, nullptr);
    c->BIO_free(bio);
    return key;
}

} // namespace

Ed25519Key::Ed25519Key() = default;

// A key exists only once libcrypto is open (LibCrypto::get() is not null then).
Ed25519Key::~Ed25519Key()
{
    if (m_key)
        LibCrypto::get()->EVP_PKEY_free(m_key);
}

Ed25519Key::Ed25519Key(Ed25519Key &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr)),
      m_error(std::move(other.m_error))
{}

Ed25519Key &Ed25519Key::operator=(Ed25519Key &&other) noexcept
{
    if (this != &other) {
        if (m_key)
            LibCrypto::get()->EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Ed25519Key Ed25519Key::failure(const QString &message)
{
    if (const LibCrypto *c = LibCrypto::get())
        c->ERR_clear_error();
    Ed25519Key k;
    k.m_error = message;
    return k;
}

Ed25519Key Ed25519Key::unavailable()
{
    return failure(Tr::tr("OpenSSL (libcrypto) cannot be opened: %1")
                       .arg(QString::fromUtf8(LibCrypto::error())));
}

Ed25519Key Ed25519Key::adopt(EVP_PKEY *key)
{
    const LibCrypto *c = LibCrypto::get();
    if (!key)
        return failure(Tr::tr("The file is not a readable PKCS#8 private key."));
    if (c->EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        const QString type = QString::fromLatin1(c->EVP_PKEY_get0_type_name(key));
        c->EVP_PKEY_free(key);
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
    const LibCrypto *c = LibCrypto::get();
    if (!c)
        return unavailable();
    if (trimmed.size() > MaxKeyFileSize)
        return failure(Tr::tr("The key file is too large to be a private key."));
    if (trimmed.startsWith("-----BEGIN")) {
        if (trimmed.contains("ENCRYPTED"))
            return failure(Tr::tr("The key is protected by a passphrase; export it without one "
                                  "(openssl pkey -in key.pem -out plain.pem)."));
        if (!trimmed.contains("-----BEGIN PRIVATE KEY-----"))
            return failure(Tr::tr("The PEM file does not hold a PKCS#8 private key "
                                  "(expected \"BEGIN PRIVATE KEY\")."));
        return adopt(fromPem(c, trimmed));
    }
    if (trimmed.startsWith("MC")) {
        auto decoded = QByteArray::fromBase64Encoding(
            trimmed, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const SecretMemory::WipeOnExit wipeDecoded(decoded.decoded);
        if (!decoded)
            return failure(Tr::tr("The key line is not valid base64."));
        return adopt(fromDer(c, *decoded));
    }
    return adopt(fromDer(c, data));
}

Ed25519Key Ed25519Key::fromFile(const QString &path)
{
    // Only a regular file: opening a FIFO waits for a writer for ever, a device may never end.
    // Looked at before opening, and again on what was opened (non-blocking, so even a FIFO put in
    // its place meanwhile cannot hang the opening).
    const QString notAFile = Tr::tr("Cannot read the key file: it is not a regular file (a pipe, "
                                    "device or folder cannot hold a private key).");
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return failure(notAFile);
    int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return failure(Tr::tr("Cannot read the key file: %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))));
    const std::unique_ptr<int, void (*)(int *)> closeOnExit(&fd, [](int *f) { ::close(*f); });
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return failure(notAFile);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
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
    const LibCrypto *c = LibCrypto::get();
    if (!c)
        return unavailable();
    return adopt(c->EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(seed32.constData()),
        32));
}

Ed25519Key Ed25519Key::generate()
{
    const LibCrypto *c = LibCrypto::get();
    if (!c)
        return unavailable();
    return adopt(c->EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_key)
        return {};
    const LibCrypto *c = LibCrypto::get();
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    EVP_MD_CTX *ctx = c->EVP_MD_CTX_new();
    const bool ok =
        ctx && c->EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key) == 1
        && c->EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             size_t(message.size()))
               == 1;
    c->EVP_MD_CTX_free(ctx);
    if (!ok) {
        c->ERR_clear_error();
        return {};
    }
    sig.resize(qsizetype(len));
    return sig;
}

QByteArray Ed25519Key::publicKeySpkiBase64() const
{
    if (!m_key)
        return {};
    const LibCrypto *c = LibCrypto::get();
    unsigned char *der = nullptr;
    const int len = c->i2d_PUBKEY(m_key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    c->CRYPTO_free(der, OPENSSL_FILE, OPENSSL_LINE);
    return out.toBase64();
}

QByteArray Ed25519Key::privateKeyPkcs8Base64() const
{
    if (!m_key)
        return {};
    const LibCrypto *c = LibCrypto::get();
    unsigned char *der = nullptr;
    const int len = c->i2d_PrivateKey(m_key, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    const SecretMemory::WipeOnExit wipeOut(out);
    c->OPENSSL_cleanse(der, size_t(len));
    c->CRYPTO_free(der, OPENSSL_FILE, OPENSSL_LINE);
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
    const LibCrypto *c = LibCrypto::get();
    if (!c)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    EVP_PKEY *key = c->d2i_PUBKEY(nullptr, &p, long(spkiDer.size()));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = c->EVP_MD_CTX_new();
    const bool ok =
        ctx && c->EVP_PKEY_get_id(key) == EVP_PKEY_ED25519
        && c->EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1
        && c->EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(message.constData()),
                               size_t(message.size()))
               == 1;
    c->EVP_MD_CTX_free(ctx);
    c->EVP_PKEY_free(key);
    c->ERR_clear_error();
    return ok;
}
