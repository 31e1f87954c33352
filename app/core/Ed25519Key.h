#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// An Ed25519 private key (PKCS#8) that signs requests (libsodium; the PKCS#8 and SPKI forms are
// read and written by Ed25519Der). Loading never throws: it returns a key that is !isValid() and
// says why in error(), in words a user can act on. The key lives in memory of its own
// (sodium_malloc: guard pages, locked where allowed, zeroed when freed).
class Ed25519Key
{
public:
    Ed25519Key();
    ~Ed25519Key();
    Ed25519Key(Ed25519Key &&) noexcept;
    Ed25519Key &operator=(Ed25519Key &&) noexcept;
    Ed25519Key(const Ed25519Key &) = delete;
    Ed25519Key &operator=(const Ed25519Key &) = delete;

    // PKCS#8 PEM, PKCS#8 DER, or the DER as one base64 line; detected from the content.
    static Ed25519Key fromData(const QByteArray &data);
    static Ed25519Key fromFile(const QString &path);
    // Why the file at `path` is not to be used as a private key, told before it is read: first
    // what it is (symbolic links followed: a pipe, device or folder is refused, and never
    // advised a chmod), then who else may read or change it, with the chmod that fixes that on
    // the real file. Empty when neither (or when it does not exist: fromFile says so).
    static QString refusalForPath(const QString &path);
    static Ed25519Key fromSeed(const QByteArray &seed32);
    static Ed25519Key generate();

    bool isValid() const { return m_secret != nullptr; }
    QString error() const { return m_error; }

    QByteArray sign(const QByteArray &message) const;
    // SubjectPublicKeyInfo DER as base64: what the exchange asks users to upload.
    QByteArray publicKeySpkiBase64() const;
    // PKCS#8 DER as one base64 line, for storing in a keychain.
    QByteArray privateKeyPkcs8Base64() const;
    QByteArray privateKeyPkcs8Pem() const;

private:
    static Ed25519Key failure(const QString &message);
    static Ed25519Key unavailable(); // libsodium cannot be initialised
    static Ed25519Key fromDer(const QByteArray &der);
    static Ed25519Key adopt(const QByteArray &seed, const QByteArray &expectedPublic);

    unsigned char *m_secret = nullptr; // seed and public key, 64 bytes
    QString m_error;
};

// Verifies signatures made with the matching private key (used by the demo exchange).
class Ed25519PublicKey
{
public:
    static bool verify(const QByteArray &spkiDer, const QByteArray &message,
                       const QByteArray &signature);
    // An Ed25519 SubjectPublicKeyInfo (the exact 44-byte form).
    static bool isEd25519(const QByteArray &spkiDer);
};
