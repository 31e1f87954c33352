#pragma once

#include <QByteArray>

// The DER and PEM forms of Ed25519 keys (RFC 8410), read strictly and written exactly: a PKCS#8
// PrivateKeyInfo (version 0) or OneAsymmetricKey (version 1: attributes and the public key may
// follow), and a SubjectPublicKeyInfo. Definite minimal lengths only, every byte accounted for;
// anything else is not a key. No library: libsodium signs, this reads the wrapping.
namespace Ed25519Der {

struct PrivateKey
{
    bool readable = false; // a PKCS#8 structure, whole and well-formed
    QByteArray algorithm;  // "ED25519", or OpenSSL's name of another ("RSA", "EC", …), or ""
    QByteArray seed;       // the 32-byte private key (Ed25519 only); the caller wipes it
    QByteArray publicKey;  // 32 bytes when the file carries it (version 1), else empty
};

PrivateKey parsePkcs8(const QByteArray &der);
// The 48-byte PKCS#8 (version 0) of a seed, as `openssl genpkey` writes it.
QByteArray pkcs8(const QByteArray &seed32);
// The 44-byte SubjectPublicKeyInfo of a public key; parseSpki reads exactly that form.
QByteArray spki(const QByteArray &publicKey32);
bool parseSpki(const QByteArray &der, QByteArray *publicKey32);
// The DER inside the first "-----BEGIN <label>-----" … "-----END <label>-----" block (base64,
// white space ignored); false when there is none or its base64 is bad.
bool pemBlock(const QByteArray &pem, const QByteArray &label, QByteArray *der);

} // namespace Ed25519Der
