#include "CommandLine.h"
#include "DemoModule.h"
#include "FirstFrameProbe.h"
#include "NetModule.h"
#include "core/Ed25519Key.h"
#include "core/SecretMemory.h"
#include "session/AppSettings.h"
#include "session/SecretStore.h"
#include "session/Session.h"
#include "ui/AfterFirstFrame.h"
#include "ui/MainWindow.h"
#include "ui/PngIcon.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <future>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("TradeDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TradeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADEDESK_VERSION));
}

void installTranslators(QTranslator &qt, QTranslator &app)
{
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    // The user's language, else English (which carries the plural forms).
    if (app.load(QLocale(), QStringLiteral("tradedesk"), QStringLiteral("_"),
                 QStringLiteral(":/i18n"))
        || app.load(QStringLiteral(":/i18n/tradedesk_en.qm")))
        QCoreApplication::installTranslator(&app);
}

// What the command line and the settings ask for; an error when a key file cannot be read.
QString sessionOptions(const CommandLine &cli, const AppSettings &settings, Session::Options *o)
{
    o->baseUrl = cli.baseUrl.isEmpty() ? settings.baseUrl() : cli.baseUrl;
    // The demo exchange is the default wherever no real exchange is configured.
    if (cli.demo || o->baseUrl.isEmpty())
        o->embedded = DemoModule::maker();
    // Opened when the session starts, after the first frame. On the embedded exchange nothing
    // speaks TLS: loopback HTTP only, and its URL cannot change while the process runs. Its
    // HTTP server builds a TLS configuration it never uses, which would have the OpenSSL
    // backend open and initialise libssl (~0.6 MiB mapped, ~3 ms CPU measured); the module then
    // uses the certificate-only backend alone (NetworkTransport::useWithoutTls).
    o->makeNetwork = NetModule::maker(bool(o->embedded));
    o->apiKey = cli.apiKey;
    o->account = cli.account;
    if (o->embedded && o->account.isEmpty())
        o->account = DemoModule::defaultAccountId();
    o->symbol = cli.symbol;
    o->dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (cli.privateKeyFile.isEmpty())
        return {};
    if (const QString refused = CommandLine::checkPrivateKeyFile(cli.privateKeyFile);
        !refused.isEmpty())
        return refused;
    auto key = std::make_shared<Ed25519Key>(Ed25519Key::fromFile(cli.privateKeyFile));
    if (!key->isValid())
        return QStringLiteral("--private-key %1: %2").arg(cli.privateKeyFile, key->error());
    o->key = key;
    return {};
}

// What the first frame does not show, once it is on screen: the demo exchange and the first
// requests, the window icon, the tray.
void afterFirstFrame(Session &session, MainWindow &window)
{
    FirstFrameProbe::mark("first frame");
    session.start();
    FirstFrameProbe::mark("demo exchange started");
    // PNG sizes, not the SVG (whose engine would cost time); decoding them waits too.
    QStringList sizes;
    for (int size : {16, 32, 48, 64, 128, 256})
        sizes.append(QStringLiteral(":/icons/hicolor/%1x%1/tradedesk.png").arg(size));
    QApplication::setWindowIcon(PngIcon::fromFiles(sizes));
    window.installTrayIcon();
    FirstFrameProbe::mark("icon and tray");
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any key is read: the process holds the private key, so it never dumps core and
    // other processes of this user cannot ptrace it or read /proc/PID/mem.
    SecretMemory::forbidCoreDumps();
    FirstFrameProbe::mark("main");
    if (CommandLine::asksForHelpOrVersion(argc, argv)) {
        // Answered without a window system (no display needed): parse() prints and exits.
        QCoreApplication core(argc, argv);
        setApplicationNames();
        QTranslator qtTranslator, appTranslator;
        installTranslators(qtTranslator, appTranslator);
        CommandLine cli;
        if (const QString error = cli.parse(core); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
    } // (not a request for help after all, e.g. "--symbol -h": the app starts as usual)
    QApplication app(argc, argv);
    FirstFrameProbe::mark("QApplication");
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("tradedesk"));

    QTranslator qtTranslator, appTranslator;
    installTranslators(qtTranslator, appTranslator);
    FirstFrameProbe::mark("translators");

    CommandLine cli;
    if (const QString error = cli.parse(app); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    // Reading the font database (fontconfig) takes milliseconds the window's construction
    // would wait for; read it on another core meanwhile (QFontDatabase locks itself).
    const auto fontsRead = std::async(std::launch::async, [] { QFontDatabase::families(); });
    // Not opened when it is a pipe, a link, a device or another user's: the reason is logged.
    QString settingsRefused;
    const std::unique_ptr<QSettings> qsettings =
        AppSettings::open(cli.settingsFile, &settingsRefused);
    AppSettings settings(qsettings.get(), settingsRefused);
    // --theme for this run; else the one chosen in View → Theme last time; else the system's.
    const QString savedTheme = settings.theme();
    Theme::apply(app,
                 Theme::parse(cli.themeGiven || savedTheme.isEmpty() ? cli.theme : savedTheme));
    FirstFrameProbe::mark("theme");
    SecretStore secrets(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    Session::Options options;
    if (const QString error = sessionOptions(cli, settings, &options); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    FirstFrameProbe::prepareIfRequested();
    Session session(options, &settings);
    FirstFrameProbe::mark("session");
    MainWindow window(&session, &secrets);
    FirstFrameProbe::mark("window built");
    window.show();
    FirstFrameProbe::mark("shown");
    AfterFirstFrame::run(&window, [&session, &window] { afterFirstFrame(session, window); });
    // Installed last, so its filter sees the first paint first: it measures before that work.
    FirstFrameProbe::installIfRequested(&window);
    if (!session.isDemo() && !options.key) {
        secrets.load([&session, &options](const Secrets &s, const QString &) {
            if (s.isEmpty())
                return;
            auto key = std::make_shared<Ed25519Key>(Ed25519Key::fromData(s.privateKeyPkcs8Base64));
            if (key->isValid())
                session.setCredentials(options.apiKey.isEmpty() ? s.apiKey : options.apiKey, key);
        });
    }
    if (cli.quitAfterMs > 0) {
        QTimer::singleShot(cli.quitAfterMs, &app, [&window, &cli] {
            if (!cli.grabFile.isEmpty() && !window.grab().save(cli.grabFile))
                std::fprintf(stderr, "Cannot write %s\n", qPrintable(cli.grabFile));
            QApplication::quit();
        });
    }
    return app.exec();
}
