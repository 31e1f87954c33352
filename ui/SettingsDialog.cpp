#include "ui/SettingsDialog.h"

#include "core/Decimal.h"
#include "core/Ed25519Key.h"
#include "core/SecretMemory.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/SettingsValidator.h"
#include "session/AppSettings.h"
#include "session/ExchangeConnection.h"
#include "session/SecretStore.h"
#include "ui/MessageBar.h"
#include "ui/NotificationSettings.h"

#include "ui/WidgetColors.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel(const ColorScheme &colors, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    WidgetColors::setText(l, colors.error());
    l->hide();
    return l;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SettingsDialog::SettingsDialog(ExchangeConnection *connection, AppSettings *settings,
                               const ColorScheme *colors, SecretStore *secrets, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_settings(settings),
      m_colors(colors),
      m_secrets(secrets),
      m_baseUrl(new QLineEdit(this)),
      m_baseUrlError(errorLabel(*colors, this)),
      m_apiKey(new QLineEdit(this)),
      m_apiKeyError(errorLabel(*colors, this)),
      m_keyStatus(new QLabel(this)),
      m_publicKey(new QPlainTextEdit(this)),
      m_copyPublic(new QPushButton(tr("&Copy"), this)),
      m_account(new QLineEdit(this)),
      m_symbol(new QLineEdit(this)),
      m_openInterval(new QSpinBox(this)),
      m_finishedInterval(new QSpinBox(this)),
      m_timeout(new QSpinBox(this)),
      m_confirm(new QCheckBox(tr("Confirm every order before it is sent"), this)),
      m_placeWithin(new QSpinBox(this)),
      m_colorBlind(new QCheckBox(tr("Colour-blind-safe colours (blue/orange)"), this)),
      m_largeNotional(new QLineEdit(this)),
      m_largeNotionalError(errorLabel(*colors, this)),
      m_store(new QLabel(this)),
      m_message(new MessageBar(colors, this)),
      m_save(nullptr)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    QGroupBox *exchange = buildExchangeGroup();
    QGroupBox *creds = buildCredentialsGroup();
    QGroupBox *trading = buildTradingGroup();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_baseUrlError->setObjectName(QStringLiteral("baseUrlError"));
    m_apiKeyError->setObjectName(QStringLiteral("apiKeyError"));
    m_largeNotionalError->setObjectName(QStringLiteral("largeNotionalError"));
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveSettings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(exchange);
    layout->addWidget(creds);
    layout->addWidget(trading);
    m_notifications = new NotificationSettings(m_settings, this);
    layout->addWidget(m_notifications);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    nameForAccessibility({exchange, creds, trading});
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connectFields();

    m_key = connection->key();
    showKey();
    validate();
}

QGroupBox *SettingsDialog::buildExchangeGroup()
{
    const ExchangeConnection *connection = m_connection;
    auto *exchange = new QGroupBox(tr("Exchange"), this);
    auto *ef = new QFormLayout(exchange);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setText(connection->isDemo() ? tr("Embedded demo exchange (127.0.0.1)")
                                            : connection->exchangeUrl().toString());
    m_baseUrl->setEnabled(!connection->isDemo());
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.dfx.hk"));
    ef->addRow(tr("Base &URL"), m_baseUrl);
    ef->addRow(QString(), m_baseUrlError);
    if (connection->isDemo())
        ef->addRow(QString(), new QLabel(tr("The embedded demo exchange is in use; start without "
                                            "--demo to use a real exchange."),
                                         this));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(m_settings->timeoutMs() / 1000);
    ef->addRow(tr("Request &timeout"), m_timeout);
    return exchange;
}

QGroupBox *SettingsDialog::buildCredentialsGroup()
{
    const ExchangeConnection *connection = m_connection;

    auto *creds = new QGroupBox(tr("Credentials"), this);
    auto *cf = new QFormLayout(creds);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password); // never in a screenshot in full
    m_apiKey->setText(connection->apiKey());
    cf->addRow(tr("API &key"), m_apiKey);
    cf->addRow(QString(), m_apiKeyError);
    auto *keyButtons = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import private key…"), this);
    m_generate = new QPushButton(tr("&Generate new key pair"), this);
    m_import->setObjectName(QStringLiteral("importKey"));
    m_generate->setObjectName(QStringLiteral("generateKey"));
    m_import->setToolTip(tr("A PKCS#8 PEM file, a PKCS#8 DER file, or the DER as one base64 line"));
    keyButtons->addWidget(m_import);
    keyButtons->addWidget(m_generate);
    cf->addRow(tr("Private key"), keyButtons);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    cf->addRow(QString(), m_keyStatus);
    m_publicKey->setObjectName(QStringLiteral("publicKey"));
    m_publicKey->setReadOnly(true);
    // Whole, never cut (review 33, trader F11: the field ended at "…EmbdTXvXlw7Q/"): monospace,
    // broken anywhere (base64 has no spaces), room for two lines, which a 60-character key
    // fills at any width the dialog has.
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_publicKey->setWordWrapMode(QTextOption::WrapAnywhere);
    m_publicKey->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_publicKey->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_publicKey->setTabChangesFocus(true);
    {
        const QFontMetrics fm(m_publicKey->font());
        const int frame =
            2 * m_publicKey->frameWidth() + int(2 * m_publicKey->document()->documentMargin());
        m_publicKey->setFixedHeight(2 * fm.lineSpacing() + frame + 2);
        m_publicKey->setMinimumWidth(fm.horizontalAdvance(QString(30, u'M')) + frame + 2);
    }
    m_copyPublic->setObjectName(QStringLiteral("copyPublicKey"));
    m_copyPublic->setToolTip(tr("Copy the public key to upload it to the exchange"));
    auto *pub = new QHBoxLayout;
    pub->addWidget(m_publicKey, 1);
    pub->addWidget(m_copyPublic);
    cf->addRow(tr("Public key (upload this)"), pub);
    m_store->setObjectName(QStringLiteral("secretStore"));
    m_store->setWordWrap(true);
    m_store->setText(
        connection->isDemo()
            ? tr("Demo credentials live in memory only and are never stored.")
            : tr("Stored in: %1").arg(m_secrets ? m_secrets->backendDescription() : QString()));
    cf->addRow(QString(), m_store);
    return creds;
}

QGroupBox *SettingsDialog::buildTradingGroup()
{
    const AppSettings *s = m_settings;

    auto *trading = new QGroupBox(tr("Trading"), this);
    auto *tf = new QFormLayout(trading);
    m_account->setObjectName(QStringLiteral("defaultAccount"));
    m_account->setText(m_connection->account());
    m_symbol->setObjectName(QStringLiteral("defaultSymbol"));
    m_symbol->setText(s->defaultSymbol());
    tf->addRow(tr("Default &account"), m_account);
    tf->addRow(tr("Default &symbol"), m_symbol);
    for (QSpinBox *box : {m_openInterval, m_finishedInterval}) {
        box->setRange(1, 300);
        box->setSuffix(tr(" s"));
    }
    m_openInterval->setObjectName(QStringLiteral("openInterval"));
    m_finishedInterval->setObjectName(QStringLiteral("finishedInterval"));
    m_openInterval->setValue(s->openIntervalMs() / 1000);
    m_finishedInterval->setValue(s->finishedIntervalMs() / 1000);
    m_openInterval->setToolTip(tr("The exchange allows one open-orders query per second."));
    tf->addRow(tr("Refresh &open orders every"), m_openInterval);
    tf->addRow(tr("Refresh &finished orders every"), m_finishedInterval);
    m_confirm->setObjectName(QStringLiteral("confirmOrders"));
    m_confirm->setChecked(s->confirmOrders());
    tf->addRow(QString(), m_confirm);
    m_placeWithin->setObjectName(QStringLiteral("placeWithin"));
    m_placeWithin->setRange(1, 60);
    m_placeWithin->setSuffix(tr(" s"));
    m_placeWithin->setValue(s->placeWithinMs() / 1000);
    m_placeWithin->setToolTip(tr("An order that cannot leave this computer within this time (a "
                                 "rate-limit pause, the exchange's clock still being learned) is "
                                 "withdrawn and reported not sent, never sent late."));
    tf->addRow(tr("Give up on an order not sent &within"), m_placeWithin);
    m_largeNotional->setObjectName(QStringLiteral("largeNotional"));
    m_largeNotional->setText(s->largeNotional());
    // The threshold is a number in each order's own quote asset (its value is price × quantity
    // there): the label says so, not a bare 50000.
    m_largeNotional->setPlaceholderText(tr("e.g. 50000 or 50000.50"));
    m_largeNotional->setToolTip(
        tr("Compared with the order's value in its symbol's quote asset: USDT for BTC-USDT, BTC "
           "for ETH-BTC. Digits with an optional decimal point, no thousands separators."));
    // One line of label (two were clipped top and bottom, review 31), the unit beside the field
    // with the figure as it reads, grouped and exact: "50,000 in the quote asset".
    auto *large = new QWidget(this);
    auto *largeRow = new QHBoxLayout(large);
    largeRow->setContentsMargins(0, 0, 0, 0);
    largeRow->addWidget(m_largeNotional, 1);
    m_largeNotionalUnit = new QLabel(large);
    m_largeNotionalUnit->setObjectName(QStringLiteral("largeNotionalUnit"));
    largeRow->addWidget(m_largeNotionalUnit);
    const auto showUnit = [this] {
        const auto value = Decimal::parse(m_largeNotional->text().trimmed());
        m_largeNotionalUnit->setText(
            value && *value > Decimal()
                ? tr("%1 in the quote asset").arg(DecimalFormat::display(*value, 0))
                : tr("in the quote asset"));
    };
    connect(m_largeNotional, &QLineEdit::textChanged, this, showUnit);
    showUnit();
    auto *largeLabel = new QLabel(tr("Warn for orders worth &more than"), this);
    largeLabel->setBuddy(m_largeNotional); // Alt+M goes to the field, not the row
    tf->addRow(largeLabel, large);
    tf->addRow(QString(), m_largeNotionalError);
    m_colorBlind->setObjectName(QStringLiteral("colorBlind"));
    m_colorBlind->setChecked(s->colorBlindSafe());
    tf->addRow(QString(), m_colorBlind);
    return trading;
}

void SettingsDialog::nameForAccessibility(const QList<QGroupBox *> &groups)
{
    // Accessible names follow the visible labels.
    for (QGroupBox *group : groups) {
        auto *form = qobject_cast<QFormLayout *>(group->layout());
        if (!form)
            continue;
        for (int r = 0; r < form->rowCount(); ++r) {
            auto *label =
                qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)
                                           ? form->itemAt(r, QFormLayout::LabelRole)->widget()
                                           : nullptr);
            QLayoutItem *field = form->itemAt(r, QFormLayout::FieldRole);
            // The label's buddy: the field itself, also when a unit stands beside it.
            QWidget *named = label && label->buddy() ? label->buddy()
                             : field                 ? field->widget()
                                                     : nullptr;
            if (label && named)
                named->setAccessibleName(label->text().remove(QLatin1Char('&')));
        }
    }
    m_publicKey->setAccessibleName(tr("Public key (upload this)"));
    for (QAbstractButton *b :
         {static_cast<QAbstractButton *>(m_import), static_cast<QAbstractButton *>(m_generate),
          static_cast<QAbstractButton *>(m_copyPublic), static_cast<QAbstractButton *>(m_confirm),
          static_cast<QAbstractButton *>(m_colorBlind)})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
}

void SettingsDialog::connectFields()
{
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import private key"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &SettingsDialog::importKeyFile);
        dialog->open();
    });
    connect(m_generate, &QPushButton::clicked, this, &SettingsDialog::generateKey);
    connect(m_copyPublic, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_publicKey->toPlainText());
        m_message->show(MessageBar::Kind::Success, tr("Public key copied."));
    });
    for (QLineEdit *e : {m_baseUrl, m_apiKey, m_largeNotional})
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::validate);
}

void SettingsDialog::showKey()
{
    if (m_key && m_key->isValid()) {
        m_publicKey->setPlainText(QString::fromLatin1(m_key->publicKeySpkiBase64()));
        m_keyStatus->setText(m_keyChanged
                                 ? tr("New Ed25519 key ready; it is saved with the settings.")
                                 : tr("Ed25519 key loaded."));
        WidgetColors::setText(m_keyStatus, {});
        m_copyPublic->setEnabled(true);
    } else {
        m_publicKey->clear();
        m_keyStatus->setText(m_connection->hasCredentials()
                                 ? tr("A private key is in use (kept secret; import or generate "
                                      "one to replace it).")
                                 : tr("No private key yet: import one or generate a key pair."));
        m_copyPublic->setEnabled(false);
    }
}

void SettingsDialog::importKeyFile(const QString &path)
{
    auto key = std::make_shared<Ed25519Key>(Ed25519Key::fromFile(path));
    if (!key->isValid()) {
        m_keyStatus->setText(key->error());
        WidgetColors::setText(m_keyStatus, m_colors->error());
        return;
    }
    m_key = std::move(key);
    m_keyChanged = true;
    showKey();
    validate();
}

void SettingsDialog::generateKey()
{
    m_key = std::make_shared<Ed25519Key>(Ed25519Key::generate());
    m_keyChanged = true;
    showKey();
    m_message->show(MessageBar::Kind::Info,
                    tr("Upload the public key to the exchange, then enter the API key it gives "
                       "you."));
    validate();
}

QString SettingsDialog::publicKeyText() const
{
    return m_publicKey->toPlainText();
}

SettingsCheck SettingsDialog::check() const
{
    SettingsDraft d;
    d.demo = m_connection->isDemo();
    d.baseUrl = m_baseUrl->text();
    d.apiKey = m_apiKey->text();
    d.largeNotional = m_largeNotional->text();
    return SettingsValidator::check(d);
}

void SettingsDialog::validate()
{
    const SettingsCheck c = check();
    setError(m_baseUrlError, c.error(SettingsCheck::Field::BaseUrl));
    setError(m_apiKeyError, c.error(SettingsCheck::Field::ApiKey));
    setError(m_largeNotionalError, c.error(SettingsCheck::Field::LargeNotional));
    m_save->setEnabled(c.isValid());
}

void SettingsDialog::save()
{
    if (!check().isValid())
        return;
    AppSettings *s = m_settings;
    if (!m_connection->isDemo()) {
        const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
        s->setBaseUrl(url);
        m_connection->setExchange(url); // checked by check() already
    }
    s->setTimeoutMs(m_timeout->value() * 1000);
    s->setIntervals(m_openInterval->value() * 1000, m_finishedInterval->value() * 1000);
    s->setDefaultAccount(m_account->text().trimmed());
    s->setDefaultSymbol(m_symbol->text().trimmed().toUpper());
    s->setConfirmOrders(m_confirm->isChecked());
    s->setPlaceWithinMs(m_placeWithin->value() * 1000);
    s->setColorBlindSafe(m_colorBlind->isChecked());
    s->setLargeNotional(Decimal::parse(m_largeNotional->text().trimmed())->toString());
    m_notifications->save(s);
    m_connection->applySettings();
    const QString apiKey = m_apiKey->text();
    const bool credsChanged = m_keyChanged || apiKey != m_connection->apiKey();
    if (credsChanged) {
        m_connection->setCredentials(apiKey, m_key);
        if (m_secrets && !m_connection->isDemo() && m_key && m_key->isValid()) {
            // The dialog stays open until the key is stored: a failure is shown here, where the
            // trader can still act on it, never dropped after the window has gone.
            m_save->setEnabled(false);
            m_keyStatus->setText(tr("Saving the credentials…"));
            QPointer<SettingsDialog> self(this);
            Secrets secrets{apiKey, m_key->privateKeyPkcs8Base64()};
            m_secrets->save(secrets, [self](const QString &error) {
                if (self)
                    self->onCredentialsSaved(error);
            });
            SecretMemory::wipe(secrets.privateKeyPkcs8Base64);
            return;
        }
    }
    Q_EMIT saved();
    accept();
}

void SettingsDialog::onCredentialsSaved(const QString &error)
{
    if (error.isEmpty()) {
        Q_EMIT saved();
        accept();
        return;
    }
    m_save->setEnabled(true);
    m_keyStatus->setText(tr("The new credentials are in use now but could NOT be stored: %1 "
                            "They will be gone after a restart: keep a copy of the private key, "
                            "or press Save to try again.")
                             .arg(error));
    WidgetColors::setText(m_keyStatus, m_colors->error());
}
