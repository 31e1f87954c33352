#include "core/Ed25519Key.h"
#include "core/RequestSigner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsWithoutLibcrypto();
    void pkcs8FormsAreReadStrictly_data();
    void pkcs8FormsAreReadStrictly();
    void vectors_data();
    void vectors();
    void publicKeyMatchesVector();
    void rejectsBadKeys_data();
    void rejectsBadKeys();
    void generatedKeyRoundTrips();
    void keyFileFifoIsRefusedAtOnce();
    void keyFileNotRegularIsRefused_data();
    void keyFileNotRegularIsRefused();
    void keyPathNotRegularIsNeverAdvisedAChmod_data();
    void keyPathNotRegularIsNeverAdvisedAChmod();
    void keyPathOthersCanReadNamesTheRealFile();

private:
    QJsonObject m_vectors;
    QTemporaryDir m_dir;
};

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSigner::initTestCase()
{
    m_vectors = QJsonDocument::fromJson(readFile(QFINDTESTDATA("data/signing.json"))).object();
    QVERIFY(!m_vectors.isEmpty());
    QVERIFY(m_dir.isValid());
    const QByteArray der = QByteArray::fromBase64(
        m_vectors.value(QLatin1String("privateKeyPkcs8DerBase64")).toString().toLatin1());
    QFile f(m_dir.filePath(QStringLiteral("key.der")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(der);
}

void TestSigner::vectors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray cases = m_vectors.value(QLatin1String("cases")).toArray();
    QVERIFY(cases.size() >= 7);
    for (const char *source : {"pem", "base64-der", "der-file"}) {
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            QTest::addRow("%s/%s", source, qPrintable(o.value(QLatin1String("name")).toString()))
                << QString::fromLatin1(source) << o;
        }
    }
}

void TestSigner::vectors()
{
    QFETCH(QString, source);
    QFETCH(QJsonObject, vector);
    Ed25519Key key;
    if (source == QLatin1String("pem"))
        key = Ed25519Key::fromFile(QFINDTESTDATA("data/test-key.pem"));
    else if (source == QLatin1String("base64-der"))
        key = Ed25519Key::fromData(
            m_vectors.value(QLatin1String("privateKeyPkcs8DerBase64")).toString().toLatin1());
    else
        key = Ed25519Key::fromFile(m_dir.filePath(QStringLiteral("key.der")));
    QVERIFY2(key.isValid(), qPrintable(key.error()));

    const auto field = [&vector](const char *name) {
        return vector.value(QLatin1String(name)).toString().toUtf8();
    };
    const QByteArray message = RequestSigner::message(
        field("method"), field("path"), field("param"), field("body"), field("timestamp"));
    QCOMPARE(message, field("message"));
    QCOMPARE(RequestSigner::signatureBase64(key, message), field("signatureBase64"));
}

void TestSigner::publicKeyMatchesVector()
{
    const Ed25519Key key = Ed25519Key::fromSeed(QByteArray::fromHex(
        m_vectors.value(QLatin1String("privateKeySeedHex")).toString().toLatin1()));
    QVERIFY(key.isValid());
    QCOMPARE(QString::fromLatin1(key.publicKeySpkiBase64()),
             m_vectors.value(QLatin1String("publicKeySpkiDerBase64")).toString());
    QCOMPARE(QString::fromLatin1(key.privateKeyPkcs8Base64()),
             m_vectors.value(QLatin1String("privateKeyPkcs8DerBase64")).toString());
}

void TestSigner::rejectsBadKeys_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    // The RSA, EC and Ed448 keys in data/ were made once with openssl genpkey for this test.
    QTest::addRow("empty") << QByteArray() << "empty";
    QTest::addRow("whitespace") << QByteArray("  \n ") << "empty";
    QTest::addRow("garbage") << QByteArray("hello world") << "PKCS#8";
    QTest::addRow("corrupt pem") << QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n"
                                               "-----END PRIVATE KEY-----\n")
                                 << "PKCS#8";
    QTest::addRow("bad base64") << QByteArray("MC4C!!!!") << "base64";
    QTest::addRow("encrypted") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                                             "-----END ENCRYPTED PRIVATE KEY-----\n")
                               << "passphrase";
    QTest::addRow("openssh") << QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n"
                                           "-----END OPENSSH PRIVATE KEY-----\n")
                             << "PKCS#8";
    QTest::addRow("public key instead") << QByteArray(
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=\n"
        "-----END PUBLIC KEY-----\n") << "PKCS#8";
    QTest::addRow("ec p-256") << readFile(QFINDTESTDATA("data/ec-p256-key.pem")) << "EC";
    QTest::addRow("rsa") << readFile(QFINDTESTDATA("data/rsa-key.pem")) << "RSA";
    QTest::addRow("ed448") << readFile(QFINDTESTDATA("data/ed448-key.pem")) << "ED448";
    QTest::addRow("oversize") << QByteArray(100000, 'A') << "too large";
}

void TestSigner::rejectsBadKeys()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const Ed25519Key key = Ed25519Key::fromData(data);
    QVERIFY(!key.isValid());
    QVERIFY2(key.error().contains(reason), qPrintable(key.error()));
    QVERIFY(key.sign("x").isEmpty());
}

void TestSigner::generatedKeyRoundTrips()
{
    const Ed25519Key key = Ed25519Key::generate();
    QVERIFY(key.isValid());
    QVERIFY(key.publicKeySpkiBase64().startsWith("MCowBQYDK2VwAyEA"));
    QVERIFY(key.privateKeyPkcs8Base64().startsWith("MC4CAQAwBQYDK2VwBCIEI"));
    const Ed25519Key again = Ed25519Key::fromData(key.privateKeyPkcs8Pem());
    QVERIFY(again.isValid());
    const QByteArray sig = again.sign("hello");
    QVERIFY(
        Ed25519PublicKey::verify(QByteArray::fromBase64(key.publicKeySpkiBase64()), "hello", sig));
    QVERIFY(
        !Ed25519PublicKey::verify(QByteArray::fromBase64(key.publicKeySpkiBase64()), "hellO", sig));
}

void TestSigner::signsWithoutLibcrypto()
{
    // libsodium signs and verifies: OpenSSL's libcrypto (3.6 MiB mapped once touched) is not
    // opened by reading, making or using a key.
    const Ed25519Key key = Ed25519Key::fromFile(QFINDTESTDATA("data/test-key.pem"));
    QVERIFY(key.isValid());
    const QByteArray sig = key.sign("hello");
    QVERIFY(
        Ed25519PublicKey::verify(QByteArray::fromBase64(key.publicKeySpkiBase64()), "hello", sig));
    QVERIFY(Ed25519Key::generate().isValid());
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(!mapped.contains("/libcrypto.so"), "libcrypto is mapped");
    QVERIFY(mapped.contains("/libsodium.so"));
}

void TestSigner::pkcs8FormsAreReadStrictly_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<bool>("accepted");
    const QByteArray seed = QByteArray::fromHex(
        m_vectors.value(QLatin1String("privateKeySeedHex")).toString().toLatin1());
    const QByteArray publicKey =
        QByteArray::fromBase64(
            m_vectors.value(QLatin1String("publicKeySpkiDerBase64")).toString().toLatin1())
            .sliced(12);
    const QByteArray v0 = QByteArray::fromHex("302e020100300506032b657004220420") + seed;
    QTest::addRow("version 0") << v0 << true;
    // OneAsymmetricKey (RFC 8410 §10.3): version 1 with the public key after the private one.
    QTest::addRow("version 1 with its public key")
        << QByteArray::fromHex("3051020101300506032b657004220420") + seed
               + QByteArray::fromHex("812100") + publicKey
        << true;
    QByteArray otherPublic = publicKey;
    otherPublic[0] = char(otherPublic[0] ^ 1);
    QTest::addRow("version 1 with another public key")
        << QByteArray::fromHex("3051020101300506032b657004220420") + seed
               + QByteArray::fromHex("812100") + otherPublic
        << false;
    QTest::addRow("version 0 with a public key")
        << QByteArray::fromHex("3051020100300506032b657004220420") + seed
               + QByteArray::fromHex("812100") + publicKey
        << false;
    QTest::addRow("bytes after the key") << v0 + QByteArray(1, '\0') << false;
    QTest::addRow("cut short") << v0.chopped(1) << false;
    QTest::addRow("long-form length where short fits")
        << QByteArray::fromHex("30812e020100300506032b657004220420") + seed << false;
    QTest::addRow("algorithm parameters") << QByteArray::fromHex("3030020100300706032b65700500")
                                                 + QByteArray::fromHex("04220420") + seed
                                          << false;
    QTest::addRow("31-byte seed") << QByteArray::fromHex("302d020100300506032b65700421041f")
                                         + seed.chopped(1)
                                  << false;
    QTest::addRow("version 2") << QByteArray::fromHex("302e020102300506032b657004220420") + seed
                               << false;
}

void TestSigner::pkcs8FormsAreReadStrictly()
{
    QFETCH(QByteArray, der);
    QFETCH(bool, accepted);
    const Ed25519Key key = Ed25519Key::fromData(der);
    QCOMPARE(key.isValid(), accepted);
    if (accepted) {
        QCOMPARE(QString::fromLatin1(key.publicKeySpkiBase64()),
                 m_vectors.value(QLatin1String("publicKeySpkiDerBase64")).toString());
    } else {
        QVERIFY2(key.error().contains(QLatin1String("PKCS#8")), qPrintable(key.error()));
    }
}

void TestSigner::keyFileFifoIsRefusedAtOnce()
{
    // Opening a FIFO for reading waits for a writer: the loader must not open it at all. The
    // deadline: should loading block, a writer comes after 10 s and leaves at once, so a loader
    // that waits returns (and fails here) instead of hanging the test.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.pem"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::mutex mutex;
    std::condition_variable cv;
    bool loaded = false;
    bool hadToUnblock = false;
    std::thread writer([&] {
        std::unique_lock lock(mutex);
        if (cv.wait_for(lock, std::chrono::seconds(10), [&] { return loaded; }))
            return;
        hadToUnblock = true;
        lock.unlock();
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        if (fd >= 0)
            ::close(fd);
    });
    const Ed25519Key key = Ed25519Key::fromFile(fifo);
    {
        const std::lock_guard lock(mutex);
        loaded = true;
    }
    cv.notify_all();
    writer.join();
    QVERIFY2(!hadToUnblock, "the loader waited on the FIFO for a writer");
    QVERIFY(!key.isValid());
    QVERIFY2(key.error().contains(QLatin1String("not a regular file")), qPrintable(key.error()));
}

void TestSigner::keyFileNotRegularIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("device") << QStringLiteral("/dev/null");
    QTest::addRow("folder") << m_dir.path();
}

void TestSigner::keyFileNotRegularIsRefused()
{
    QFETCH(QString, path);
    const Ed25519Key key = Ed25519Key::fromFile(path);
    QVERIFY(!key.isValid());
    QVERIFY2(key.error().contains(QLatin1String("not a regular file")), qPrintable(key.error()));
}

// Review 32, adv 6: "--private-key /dev/zero" was told "chmod 600 /dev/zero" (the mode was
// checked before the type); a link to a device named the link. What it is comes first.
void TestSigner::keyPathNotRegularIsNeverAdvisedAChmod_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("zero") << QStringLiteral("/dev/zero");
    QTest::addRow("null") << QStringLiteral("/dev/null");
    QTest::addRow("dot") << QStringLiteral(".");
    QTest::addRow("folder") << m_dir.path();
    const QString link = m_dir.filePath(QStringLiteral("link.pem"));
    QFile::remove(link);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
    QTest::addRow("link to a device") << link;
}

void TestSigner::keyPathNotRegularIsNeverAdvisedAChmod()
{
    QFETCH(QString, path);
    const QString refused = Ed25519Key::refusalForPath(path);
    QVERIFY2(refused.contains(QLatin1String("not a regular file")), qPrintable(refused));
    QVERIFY2(!refused.contains(QLatin1String("chmod")), qPrintable(refused));
}

void TestSigner::keyPathOthersCanReadNamesTheRealFile()
{
    const QString real = m_dir.filePath(QStringLiteral("shared.pem"));
    QFile pem(real);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    QVERIFY(pem.write(Ed25519Key::generate().privateKeyPkcs8Pem()) > 0);
    pem.close();
    QVERIFY(pem.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther)); // 0604
    const QString link = m_dir.filePath(QStringLiteral("shared-link.pem"));
    QFile::remove(link);
    QVERIFY(QFile::link(real, link));
    const QString refused = Ed25519Key::refusalForPath(link);
    QVERIFY2(refused.endsWith(QLatin1String("chmod 600 ") + QFileInfo(real).canonicalFilePath()),
             qPrintable(refused));
    QVERIFY(pem.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // 0600: its owner's alone
    QCOMPARE(Ed25519Key::refusalForPath(link), QString());
    QCOMPARE(Ed25519Key::refusalForPath(m_dir.filePath(QStringLiteral("absent.pem"))), QString());
}

QTEST_APPLESS_MAIN(TestSigner)
#include "tst_signer.moc"
