#pragma once

#include <QObject>
#include <QString>

#include <functional>

struct Secrets
{
    QString apiKey;
    QByteArray privateKeyPkcs8Base64; // the PKCS#8 DER, base64; never logged

    bool isEmpty() const { return apiKey.isEmpty() && privateKeyPkcs8Base64.isEmpty(); }
};

// Keeps the API key and private key in the platform keychain (qtkeychain). Where there is none
// (headless Linux without a Secret Service), in a file only this user can read (0600) in the app's
// data folder; backendDescription() says which, and the settings dialog shows it.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Unknown,
        Keychain,
        File
    };

    explicit SecretStore(const QString &fallbackDirectory, QObject *parent = nullptr);

    void load(std::function<void(const Secrets &, const QString &error)> done);
    void save(const Secrets &secrets, std::function<void(const QString &error)> done);
    Backend backend() const { return m_backend; }
    QString backendDescription() const;
    QString fallbackPath() const;

private:
    Secrets readFile(QString *error) const;
    QString writeFile(const Secrets &secrets) const;

    QString m_directory;
    Backend m_backend = Backend::Unknown;
    QString m_keychainError;
};
