#pragma once

#include "models/SettingsValidator.h"

#include <QDialog>

#include <memory>

class AppSettings;
class ColorScheme;
class Ed25519Key;
class ExchangeConnection;
class MessageBar;
class NotificationSettings;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SecretStore;

// Exchange address, credentials (API key; private key imported from a PEM, DER or base64 file, or
// generated here with its public key shown exactly as the exchange wants it), defaults, refresh
// intervals, confirmations and timeout. The private key is never displayed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Changes `settings` and, on save, the running `connection` (exchange, credentials).
    SettingsDialog(ExchangeConnection *connection, AppSettings *settings, const ColorScheme *colors,
                   SecretStore *secrets, QWidget *parent = nullptr);

    // Per-field problems; empty when the settings can be saved.
    // Each field's reason, as shown beside it; valid when there is none.
    SettingsCheck check() const;
    void importKeyFile(const QString &path);
    void generateKey();
    QString publicKeyText() const;

Q_SIGNALS:
    void saved();

private:
    QGroupBox *buildExchangeGroup();
    QGroupBox *buildCredentialsGroup();
    QGroupBox *buildTradingGroup();
    void nameForAccessibility(const QList<QGroupBox *> &groups);
    void connectFields();
    void validate();
    void save();
    void onCredentialsSaved(const QString &error);
    void showKey();

    ExchangeConnection *m_connection;
    AppSettings *m_settings;
    const ColorScheme *m_colors;
    SecretStore *m_secrets;
    std::shared_ptr<const Ed25519Key> m_key;
    bool m_keyChanged = false;
    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlError;
    QLineEdit *m_apiKey;
    QLabel *m_apiKeyError;
    QLabel *m_keyStatus;
    QPlainTextEdit *m_publicKey; // whole, on two lines if need be
    QPushButton *m_copyPublic;
    QPushButton *m_import = nullptr;
    QPushButton *m_generate = nullptr;
    QLineEdit *m_account;
    QLineEdit *m_symbol;
    QSpinBox *m_openInterval;
    QSpinBox *m_finishedInterval;
    QSpinBox *m_timeout;
    QCheckBox *m_confirm;
    QSpinBox *m_placeWithin;
    QCheckBox *m_colorBlind;
    NotificationSettings *m_notifications;
    QLineEdit *m_largeNotional;
    QLabel *m_largeNotionalError;
    QLabel *m_largeNotionalUnit = nullptr; // "50,000 in the quote asset"
    QLabel *m_store;
    MessageBar *m_message;
    QPushButton *m_save;
};
