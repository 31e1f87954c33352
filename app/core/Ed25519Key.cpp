#include "core/Ed25519Key.h"

#include "core/Ed25519Der.h"
#include "core/SecretMemory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

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

bool sodiumReady()
{
    // Thread-safe, and once is enough (later calls return 1 at once).
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

Ed25519Key::Ed25519Key() = default;

Ed25519Key::~Ed25519Key()
{
    sodium_free(m_secret); // zeroes it first; null is fine
}

Ed25519Key::Ed25519Key(Ed25519Key &&other) noexcept
    : m_secret(std::exchange(other.m_secret, nullptr)),
      m_error(std::move(other.m_error))
{}

Ed25519Key &Ed25519Key::operator=(Ed25519Key &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_secret);
        m_secret = std::exchange(other.m_secret, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Ed25519Key Ed25519Key::failure(const QString &message)
{
    Ed25519Key k;
    k.m_error = message;
    return k;
}

Ed25519Key Ed25519Key::unavailable()
{
    return failure(Tr::tr("The signing library (libsodium) cannot be initialised."));
}

// The key whose private half is `seed` (32 bytes), in memory of its own: locked where the system
// allows, with guard pages, zeroed when freed (sodium_malloc). `expectedPublic`, when the file
// carried one, must be the seed's.
Ed25519Key Ed25519Key::adopt(const QByteArray &seed, const QByteArray &expectedPublic)
{
    if (!sodiumReady())
        return unavailable();
    auto *secret = static_cast<unsigned char *>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!secret)
        return failure(Tr::tr("The file is not a readable PKCS#8 private key."));
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_seed_keypair(publicKey, secret, bytes(seed));
    if (!expectedPublic.isEmpty()
        && sodium_memcmp(publicKey, expectedPublic.constData(), sizeof publicKey) != 0) {
        sodium_free(secret);
        return failure(Tr::tr("The file is not a readable PKCS#8 private key."));
    }
    Ed25519Key k;
    k.m_secret = secret;
    return k;
}

Ed25519Key Ed25519Key::fromDer(const QByteArray &der)
{
    Ed25519Der::PrivateKey parsed = Ed25519Der::parsePkcs8(der);
    const SecretMemory::WipeOnExit wipeSeed(parsed.seed);
    if (!parsed.readable)
        return failure(Tr::tr("The file is not a readable PKCS#8 private key."));
    if (parsed.seed.isEmpty()) {
        const QString type = QString::fromLatin1(parsed.algorithm);
        return failure(Tr::tr("This is a %1 key; the exchange needs an Ed25519 key "
                              "(openssl genpkey -algorithm ed25519).")
                           .arg(type.isEmpty() ? Tr::tr("non-Ed25519") : type));
    }
    return adopt(parsed.seed, parsed.publicKey);
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
        QByteArray der;
        const SecretMemory::WipeOnExit wipeDer(der);
        if (!Ed25519Der::pemBlock(trimmed, "PRIVATE KEY", &der))
            return failure(Tr::tr("The file is not a readable PKCS#8 private key."));
        return fromDer(der);
    }
    if (trimmed.startsWith("MC")) {
        auto decoded = QByteArray::fromBase64Encoding(
            trimmed, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const SecretMemory::WipeOnExit wipeDecoded(decoded.decoded);
        if (!decoded)
            return failure(Tr::tr("The key line is not valid base64."));
        return fromDer(*decoded);
    }
    return fromDer(data);
}

QString Ed25519Key::refusalForPath(const QString &path)
{
    const QFileInfo info(path); // isFile() and permissions() follow symbolic links
    if (!info.exists())
        return {};
    if (!info.isFile())
        return Tr::tr("Cannot read the key file: it is not a regular file (a pipe, "
                      "device or folder cannot hold a private key).");
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    if (!(info.permissions() & others))
        return {};
    const QString real = info.canonicalFilePath();
    return Tr::tr("other users of this computer can read or change this key, so it is not used. "
                  "Make it yours alone with: chmod 600 %1")
        .arg(real.isEmpty() ? path : real);
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
    return adopt(seed32, {});
}

Ed25519Key Ed25519Key::generate()
{
    if (!sodiumReady())
        return unavailable();
    QByteArray seed(32, Qt::Uninitialized);
    const SecretMemory::WipeOnExit wipeSeed(seed);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return adopt(seed, {});
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_secret)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    if (crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, bytes(message),
                             size_t(message.size()), m_secret)
        != 0)
        return {};
    return sig;
}

// libsodium's secret key is the seed followed by the public key.
QByteArray Ed25519Key::publicKeySpkiBase64() const
{
    if (!m_secret)
        return {};
    const QByteArray publicKey(reinterpret_cast<const char *>(m_secret) + crypto_sign_SEEDBYTES,
                               crypto_sign_PUBLICKEYBYTES);
    return Ed25519Der::spki(publicKey).toBase64();
}

QByteArray Ed25519Key::privateKeyPkcs8Base64() const
{
    if (!m_secret)
        return {};
    QByteArray seed(reinterpret_cast<const char *>(m_secret), crypto_sign_SEEDBYTES);
    const SecretMemory::WipeOnExit wipeSeed(seed);
    QByteArray der = Ed25519Der::pkcs8(seed);
    const SecretMemory::WipeOnExit wipeDer(der);
    return der.toBase64();
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
    QByteArray publicKey;
    if (!sodiumReady() || signature.size() != crypto_sign_BYTES
        || !Ed25519Der::parseSpki(spkiDer, &publicKey))
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()),
                                       bytes(publicKey))
           == 0;
}

bool Ed25519PublicKey::isEd25519(const QByteArray &spkiDer)
{
    QByteArray publicKey;
    return Ed25519Der::parseSpki(spkiDer, &publicKey);
}
