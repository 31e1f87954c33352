#include "core/Ed25519Der.h"

#include <array>

namespace {

// id-Ed25519 (1.3.101.112) and the other algorithms a key file may name, with OpenSSL's names.
const QByteArray Ed25519Oid = QByteArray::fromHex("2b6570");
struct KnownAlgorithm
{
    const char *oidHex;
    const char *name;
};
constexpr std::array<KnownAlgorithm, 8> Known = {{
    {"2b6570", "ED25519"},
    {"2b6571", "ED448"},
    {"2b656e", "X25519"},
    {"2b656f", "X448"},
    {"2a864886f70d010101", "RSA"},
    {"2a864886f70d01010a", "RSA-PSS"},
    {"2a8648ce3d0201", "EC"},
    {"2a8648ce380401", "DSA"},
}};

QByteArray algorithmName(const QByteArray &oid)
{
    for (const KnownAlgorithm &k : Known) {
        if (oid == QByteArray::fromHex(k.oidHex))
            return k.name;
    }
    return {};
}

// A strict DER reader over a byte range: tag, minimal definite length, contents in bounds.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {}
    bool atEnd() const { return m_pos == m_bytes.size(); }
    int peekTag() const { return atEnd() ? -1 : quint8(m_bytes[m_pos]); }

    // The contents of the next element if its tag is `tag`.
    bool read(int tag, QByteArrayView *contents)
    {
        if (peekTag() != tag || m_pos + 2 > m_bytes.size())
            return false;
        qsizetype pos = m_pos + 1;
        qsizetype length = quint8(m_bytes[pos++]);
        if (length & 0x80) {
            const int count = int(length & 0x7f);
            if (count == 0 || count > 2 || pos + count > m_bytes.size())
                return false;
            length = 0;
            for (int i = 0; i < count; ++i)
                length = (length << 8) | quint8(m_bytes[pos++]);
            if (length < 0x80 || (count == 2 && length < 0x100))
                return false; // not the shortest form
        }
        if (length > m_bytes.size() - pos)
            return false;
        *contents = m_bytes.sliced(pos, length);
        m_pos = pos + length;
        return true;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

// AlgorithmIdentifier: the OID, and whether parameters follow it.
bool readAlgorithm(Reader &outer, QByteArray *oid, bool *hasParameters)
{
    QByteArrayView algorithm, id;
    if (!outer.read(0x30, &algorithm))
        return false;
    Reader r(algorithm);
    if (!r.read(0x06, &id) || id.isEmpty())
        return false;
    *oid = id.toByteArray();
    *hasParameters = !r.atEnd();
    return true;
}

} // namespace

namespace Ed25519Der {

PrivateKey parsePkcs8(const QByteArray &der)
{
    PrivateKey key;
    Reader top(der);
    QByteArrayView info, version, privateKey;
    if (!top.read(0x30, &info) || !top.atEnd())
        return key;
    Reader r(info);
    if (!r.read(0x02, &version) || version.size() != 1 || quint8(version[0]) > 1)
        return key;
    QByteArray oid;
    bool hasParameters = false;
    if (!readAlgorithm(r, &oid, &hasParameters) || !r.read(0x04, &privateKey))
        return key;
    QByteArrayView attributes, publicKey;
    if (r.peekTag() == 0xa0 && !r.read(0xa0, &attributes))
        return key;
    if (r.peekTag() == 0x81 && (version[0] != 1 || !r.read(0x81, &publicKey)))
        return key;
    if (!r.atEnd())
        return key;
    key.algorithm = algorithmName(oid);
    if (oid != Ed25519Oid) {
        key.readable = true; // a key of another kind: the caller names it
        return key;
    }
    // RFC 8410: no parameters; the private key is an OCTET STRING of 32 bytes; the public key a
    // BIT STRING with no unused bits.
    QByteArrayView seed;
    Reader inner(privateKey);
    if (hasParameters || !inner.read(0x04, &seed) || !inner.atEnd() || seed.size() != 32)
        return key;
    if (!publicKey.isEmpty()) {
        if (publicKey.size() != 33 || publicKey[0] != 0)
            return key;
        key.publicKey = publicKey.sliced(1).toByteArray();
    }
    key.seed = seed.toByteArray();
    key.readable = true;
    return key;
}

QByteArray pkcs8(const QByteArray &seed32)
{
    return QByteArray::fromHex("302e020100300506032b657004220420") + seed32;
}

QByteArray spki(const QByteArray &publicKey32)
{
    return QByteArray::fromHex("302a300506032b6570032100") + publicKey32;
}

bool parseSpki(const QByteArray &der, QByteArray *publicKey32)
{
    const QByteArray prefix = spki({});
    if (der.size() != prefix.size() + 32 || !der.startsWith(prefix))
        return false;
    *publicKey32 = der.sliced(prefix.size());
    return true;
}

bool pemBlock(const QByteArray &pem, const QByteArray &label, QByteArray *der)
{
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    const qsizetype from = pem.indexOf(begin);
    if (from < 0)
        return false;
    const qsizetype bodyFrom = from + begin.size();
    const qsizetype to = pem.indexOf(end, bodyFrom);
    if (to < 0)
        return false;
    QByteArray body;
    body.reserve(to - bodyFrom);
    for (qsizetype i = bodyFrom; i < to; ++i) {
        const char c = pem[i];
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            body.append(c);
    }
    auto decoded = QByteArray::fromBase64Encoding(
        body, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    body.fill('\0');
    if (!decoded || decoded.decoded.isEmpty()) {
        decoded.decoded.fill('\0');
        return false;
    }
    *der = std::move(decoded.decoded);
    return true;
}

} // namespace Ed25519Der
