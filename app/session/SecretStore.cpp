#include "session/SecretStore.h"

#include "core/OwnFile.h"
#include "core/PrivateFolder.h"
#include "core/SecretMemory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef TRADEDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {

const QString Service = QStringLiteral("TradeDesk");
const QString Key = QStringLiteral("credentials");

QByteArray encode(const Secrets &s)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("apiKey"), s.apiKey},
                                     {QStringLiteral("privateKey"),
                                      QString::fromLatin1(s.privateKeyPkcs8Base64)}})
        .toJson(QJsonDocument::Compact);
}

Secrets decode(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    QString key = o.value(QStringLiteral("privateKey")).toString();
    Secrets s{o.value(QStringLiteral("apiKey")).toString(), key.toLatin1()};
    SecretMemory::wipe(key);
    return s;
}

} // namespace

SecretStore::SecretStore(const QString &fallbackDirectory, QObject *parent)
    : QObject(parent),
      m_directory(fallbackDirectory)
{}

QString SecretStore::fallbackPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("credentials.json"));
}

QString SecretStore::backendDescription() const
{
    switch (m_backend) {
    case Backend::Keychain: return tr("the system keychain");
    case Backend::File:
        return tr("%1 (readable only by you; no system keychain: %2)")
            .arg(QDir::toNativeSeparators(fallbackPath()),
                 m_keychainError.isEmpty() ? tr("not built in") : m_keychainError);
    case Backend::Unknown: break;
    }
    return tr("not yet known");
}

Secrets SecretStore::readFile(QString *error) const
{
    // Only a regular file of this user: a link is not followed, a pipe not opened (OwnFile); nor
    // a folder that is a link or that others can change (PrivateFolder).
    if (*error = PrivateFolder::check(m_directory); !error->isEmpty())
        return {};
    QByteArray data = OwnFile::read(fallbackPath(), 64 * 1024, error);
    const SecretMemory::WipeOnExit wipeData(data);
    if (!error->isEmpty())
        return {};
    return decode(data);
}

QString SecretStore::writeFile(const Secrets &secrets) const
{
    if (!PrivateFolder::make(m_directory))
        return tr("Cannot create %1").arg(m_directory);
    if (const QString refused = PrivateFolder::check(m_directory); !refused.isEmpty())
        return refused; // a link or a folder others can change: not written into
    // 0600 from the start, never written through a link put in its place (OwnFile).
    QByteArray data = encode(secrets);
    const SecretMemory::WipeOnExit wipeData(data);
    QString error;
    OwnFile::write(fallbackPath(), data, &error);
    return error;
}

void SecretStore::load(std::function<void(const Secrets &, const QString &)> done)
{
#ifdef TRADEDESK_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(Key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        if (job->error() == QKeychain::NoError) {
            m_backend = Backend::Keychain;
            Secrets s = decode(job->binaryData());
            done(s, {});
            return SecretMemory::wipe(s.privateKeyPkcs8Base64);
        }
        if (job->error() == QKeychain::EntryNotFound) {
            m_backend = Backend::Keychain;
            QString error;
            Secrets old = readFile(&error); // from a time without a keychain
            done(old, error);
            return SecretMemory::wipe(old.privateKeyPkcs8Base64);
        }
        m_keychainError = job->errorString();
        m_backend = Backend::File;
        QString error;
        Secrets s = readFile(&error);
        done(s, error);
        SecretMemory::wipe(s.privateKeyPkcs8Base64);
    });
    job->start();
#else
    m_backend = Backend::File;
    QString error;
    Secrets s = readFile(&error);
    done(s, error); // the receiver keeps what it needs as a key, not as these bytes
    SecretMemory::wipe(s.privateKeyPkcs8Base64);
#endif
}

void SecretStore::save(const Secrets &secrets, std::function<void(const QString &)> done)
{
#ifdef TRADEDESK_HAVE_KEYCHAIN
    if (m_backend != Backend::File) {
        auto *job = new QKeychain::WritePasswordJob(Service, this);
        job->setKey(Key);
        QByteArray data = encode(secrets);
        const SecretMemory::WipeOnExit wipeData(data);
        job->setBinaryData(data);
        connect(job, &QKeychain::Job::finished, this,
                [this, job, secrets = Secrets(secrets), done]() mutable {
                    const SecretMemory::WipeOnExit wipeCopy(secrets.privateKeyPkcs8Base64);
                    if (job->error() == QKeychain::NoError) {
                        m_backend = Backend::Keychain;
                        QFile::remove(fallbackPath());
                        return done({});
                    }
                    m_keychainError = job->errorString();
                    m_backend = Backend::File;
                    done(writeFile(secrets));
                });
        job->start();
        return;
    }
#endif
    m_backend = Backend::File;
    done(writeFile(secrets));
}
