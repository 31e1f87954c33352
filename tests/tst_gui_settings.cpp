#include "SessionProbe.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"
#include "models/MarketDataController.h"
#include "models/OrderNotifier.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "net/NetworkTransport.h"
#include "session/AppSettings.h"
#include "session/SecretStore.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTranslator>

#include <array>

// The settings dialog refuses bad input with a message and saves nothing; keys import and
// generate without the private key ever being shown; secrets never land in QSettings.
class TestGuiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void invalidInput_data();
    void invalidInput();
    void generatedKeyShowsPublicKeyOnly();
    void importRefusesWrongKeys_data();
    void importRefusesWrongKeys();
    void secretsStayOutOfSettings();
    void fixedAddressAppliesWithoutRestart();
    void notificationPreferencesApply();
    void placeWithinApplies();
    void badValuesAreSummedUpInTheStatusBar();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SettingsDialog> m_dialog;
    QLineEdit *edit(const char *name)
    {
        return m_dialog->findChild<QLineEdit *>(QLatin1String(name));
    }
    QPushButton *save()
    {
        return m_dialog->findChild<QPushButton *>(QStringLiteral("saveSettings"));
    }
};

void TestGuiSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_qsettings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    Session::Options o;
    o.baseUrl = QUrl(QStringLiteral("https://api.example.invalid"));
    m_session = std::make_unique<Session>(o, m_settings.get()); // never started: sends nothing
    m_secrets = std::make_unique<SecretStore>(m_dir->filePath(QStringLiteral("data")));
    m_dialog = std::make_unique<SettingsDialog>(m_session.get(), probe(m_session).settings(),
                                                probe(m_session).colors(), m_secrets.get());
    m_dialog->show();
}

void TestGuiSettings::cleanup()
{
    m_dialog.reset();
    m_session.reset();
}

void TestGuiSettings::invalidInput_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QList<std::array<const char *, 3>> rows{
        {"url http remote", "baseUrl", "http://api.example.com"},
        {"url http lan", "baseUrl", "http://192.168.1.20:8080"},
        {"url ftp", "baseUrl", "ftp://api.example.com"},
        {"url no scheme", "baseUrl", "api.example.com"},
        {"url empty", "baseUrl", ""},
        {"url spaces", "baseUrl", "https://api example.com"},
        {"url query", "baseUrl", "https://api.example.com/?key=1"},
        {"url user", "baseUrl", "https://me:pw@api.example.com"},
        {"api key space", "apiKey", "abc def"},
        {"api key non-ascii", "apiKey", "schlüssel"},
        {"api key too long", "apiKey",
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"},
        {"large notional text", "largeNotional", "lots"},
        {"large notional negative", "largeNotional", "-5"},
        {"large notional zero", "largeNotional", "0"},
        {"large notional exponent", "largeNotional", "5e4"},
        {"large notional above the ceiling", "largeNotional", "1000000000.01"},
    };
    for (const char *language : {"en", "de"})
        for (const auto &[name, field, value] : rows)
            QTest::addRow("%s %s", language, name)
                << QString::fromLatin1(language) << QString::fromLatin1(field)
                << QString::fromUtf8(value);
}

void TestGuiSettings::invalidInput()
{
    QFETCH(QString, language);
    QFETCH(QString, field);
    QFETCH(QString, value);
    // What the English reason would be, to tell that the German one is not it.
    SettingsDraft draft;
    draft.baseUrl = edit("baseUrl")->text();
    draft.apiKey = edit("apiKey")->text();
    draft.largeNotional = edit("largeNotional")->text();
    (field == QLatin1String("baseUrl")  ? draft.baseUrl
     : field == QLatin1String("apiKey") ? draft.apiKey
                                        : draft.largeNotional) = value;
    const SettingsCheck english = SettingsValidator::check(draft);
    QCOMPARE(english.errors.size(), 1);
    QTranslator german;
    if (language == QLatin1String("de")) {
        QVERIFY(german.load(QStringLiteral(":/i18n/tradedesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        m_dialog = std::make_unique<SettingsDialog>(m_session.get(), probe(m_session).settings(),
                                                    probe(m_session).colors(), m_secrets.get());
        m_dialog->show();
    }
    QVERIFY(save()->isEnabled());
    edit(field.toLatin1().constData())->setText(value);
    QVERIFY(!save()->isEnabled());
    // The reason stands beside the field it is about, once, and beside no other field.
    for (const char *other : {"baseUrl", "apiKey", "largeNotional"}) {
        auto *label = m_dialog->findChild<QLabel *>(QLatin1String(other) + QStringLiteral("Error"));
        QVERIFY(label);
        const bool here = field == QLatin1String(other);
        QCOMPARE(label->isVisible(), here);
        QCOMPARE(label->text().isEmpty(), !here);
        if (here)
            QCOMPARE(label->text() == english.errors.begin().value(),
                     language == QLatin1String("en"));
    }
    save()->click();
    QVERIFY(m_dialog->isVisible()); // nothing saved
    QVERIFY(!m_qsettings->contains(QStringLiteral("exchange/baseUrl")));
    QCoreApplication::removeTranslator(&german);
}

void TestGuiSettings::generatedKeyShowsPublicKeyOnly()
{
    m_dialog->generateKey();
    const QString pub = m_dialog->publicKeyText();
    QVERIFY(pub.startsWith(QStringLiteral("MCowBQYDK2VwAyEA")));
    for (QLineEdit *e : m_dialog->findChildren<QLineEdit *>())
        QVERIFY2(!e->text().contains(QStringLiteral("MC4CAQAwBQYDK2VwBCIEI")), "private key shown");
    for (QLabel *l : m_dialog->findChildren<QLabel *>())
        QVERIFY(!l->text().contains(QStringLiteral("MC4CAQAwBQYDK2VwBCIEI")));
    QCOMPARE(edit("apiKey")->echoMode(), QLineEdit::Password);
    // Review 33 (trader F11): the public key whole, none of it scrolled away or cut off, in a
    // read-only field that holds the public key only.
    auto *field = m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("publicKey"));
    QVERIFY(field);
    QVERIFY(field->isReadOnly());
    QCOMPARE(field->toPlainText(), pub);
    QTRY_VERIFY(field->isVisible());
    QCOMPARE(field->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(field->verticalScrollBar()->maximum(), 0);
    QTextCursor end(field->document());
    end.movePosition(QTextCursor::End);
    QVERIFY2(field->viewport()->rect().contains(field->cursorRect(end)),
             "the end of the key lies outside the field");
}

void TestGuiSettings::importRefusesWrongKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("rsa") << QFINDTESTDATA("data/rsa-key.pem") << "RSA";
    QTest::addRow("ec") << QFINDTESTDATA("data/ec-p256-key.pem") << "EC";
    QTest::addRow("ed448") << QFINDTESTDATA("data/ed448-key.pem") << "ED448";
    QTest::addRow("missing file") << "/nonexistent/key.pem"
                                  << "Cannot read";
    QTest::addRow("not a key") << QFINDTESTDATA("data/signing.json") << "PKCS#8";
}

void TestGuiSettings::importRefusesWrongKeys()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    m_dialog->importKeyFile(file);
    QVERIFY(m_dialog->publicKeyText().isEmpty());
    QLabel *status = m_dialog->findChild<QLabel *>(QStringLiteral("keyStatus"));
    QVERIFY2(status->text().contains(message), qPrintable(status->text()));
    m_dialog->importKeyFile(QFINDTESTDATA("data/test-key.pem"));
    QCOMPARE(m_dialog->publicKeyText(),
             QStringLiteral("MCowBQYDK2VwAyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="));
}

void TestGuiSettings::fixedAddressAppliesWithoutRestart()
{
    // Started with an address it cannot use: nothing polls, the window says why.
    DemoExchangeOptions eo;
    eo.stepIntervalMs = 0;
    DemoExchange exchange(eo);
    QVERIFY(exchange.listen(0) > 0);
    const auto credentials = exchange.createCredentials();
    m_dialog.reset();
    Session::Options o;
    o.baseUrl = QUrl(QStringLiteral("http://exchange.example")); // plain http off this computer
    o.apiKey = credentials.apiKey;
    o.key = credentials.key;
    o.account = DemoExchange::defaultAccountId();
    o.makeNetwork = NetworkTransport::maker();
    m_session = std::make_unique<Session>(o, m_settings.get());
    m_session->start();
    QVERIFY(!probe(m_session).problem().isEmpty());
    QVERIFY(!probe(m_session).orders()->openFeed()->isScheduled());
    // The trader fixes it in Settings and saves: orders load, no restart.
    m_dialog = std::make_unique<SettingsDialog>(m_session.get(), probe(m_session).settings(),
                                                probe(m_session).colors(), nullptr);
    m_dialog->show();
    edit("baseUrl")->setText(exchange.baseUrl().toString());
    QVERIFY(save()->isEnabled());
    save()->click();
    QVERIFY(probe(m_session).problem().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(probe(m_session).orders()->openFeed()->lastSuccess().isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!probe(m_session).market()->symbols().isEmpty(), 10000);
    QVERIFY(exchange.requestCount("GET", "/api/v1/spot/open_order") > 0);
}

void TestGuiSettings::notificationPreferencesApply()
{
    QVERIFY(
        !probe(m_session).notifier()->preferences().muted.contains(QStringLiteral("cancelled")));
    m_dialog->findChild<QCheckBox *>(QStringLiteral("notify-cancelled"))->setChecked(false);
    m_dialog->findChild<QCheckBox *>(QStringLiteral("notify-sound"))->setChecked(true);
    save()->click();
    QTRY_VERIFY(!m_dialog->isVisible());
    // In effect at once, and kept.
    QVERIFY(probe(m_session).notifier()->preferences().muted.contains(QStringLiteral("cancelled")));
    QVERIFY(probe(m_session).notifier()->preferences().sound);
    QVERIFY(!m_settings->notify(QStringLiteral("cancelled")));
    QVERIFY(m_settings->notify(QStringLiteral("filled")));
}

void TestGuiSettings::placeWithinApplies()
{
    // How long an order may wait here before it is withdrawn: 2 s unless set, in effect on save.
    QCOMPARE(m_settings->placeWithinMs(), 2000);
    QCOMPARE(probe(m_session).placement()->leaveWithinMs(), 2000);
    auto *within = m_dialog->findChild<QSpinBox *>(QStringLiteral("placeWithin"));
    QVERIFY(within);
    QCOMPARE(within->value(), 2);
    within->setValue(5);
    save()->click();
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->placeWithinMs(), 5000);
    QCOMPARE(probe(m_session).placement()->leaveWithinMs(), 5000);
}

void TestGuiSettings::secretsStayOutOfSettings()
{
    m_dialog->importKeyFile(QFINDTESTDATA("data/test-key.pem"));
    edit("apiKey")->setText(QStringLiteral("my-api-key-123"));
    save()->click();
    // It closes once the credentials are stored (a failure would keep it open, saying so).
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_session->apiKey(), QStringLiteral("my-api-key-123"));
    QTRY_VERIFY(QFile::exists(m_secrets->fallbackPath())
                || m_secrets->backend() == SecretStore::Backend::Keychain);
    m_qsettings->sync();
    QFile ini(m_qsettings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray all = ini.readAll();
    QVERIFY(!all.contains("my-api-key-123"));
    QVERIFY(!all.contains("MC4CAQAwBQYDK2VwBCIEI"));
    if (m_secrets->backend() == SecretStore::Backend::File)
        QCOMPARE(QFile::permissions(m_secrets->fallbackPath()) & 0x0077,
                 QFileDevice::Permissions()); // 0600
}

// Review 33, trader L7: nine bad values were nine long entries in the activity log and nothing in
// the status bar; account=abc was not reported at all. One line in the status bar now.
void TestGuiSettings::badValuesAreSummedUpInTheStatusBar()
{
    m_dialog.reset();
    m_session.reset();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.ini"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[exchange]\ntimeoutMs=-5\n[refresh]\nopenMs=0\nfinishedMs=0\n[window]\ntheme=purple\n"
            "[trading]\nsymbol=../../etc/passwd\nconfirmOrders=maybe\naccount=abc\n");
    f.close();
    QSettings qs(file, QSettings::IniFormat);
    AppSettings settings(&qs);
    Session::Options o;
    o.baseUrl = QUrl(QStringLiteral("https://api.example.invalid"));
    Session session(o, &settings); // never started: sends nothing
    MainWindow window(&session, nullptr);
    window.show();
    auto *line = window.statusBar()->findChild<QLabel *>(QStringLiteral("settingsSummary"));
    QVERIFY(line);
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(line->text(), QStringLiteral("Settings: 7 values were invalid and use their defaults "
                                          "— see the Activity log"));
}

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
