#include "CommandLine.h"

#include "core/Ed25519Key.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

QString CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "TradeDesk: place and cancel spot orders and watch open and finished orders.\n"
        "Without a configured exchange it trades on the embedded demo exchange."));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        Tr::tr("Trade on the embedded demo exchange (simulated market, no account needed)."));
    QCommandLineOption urlOpt(QStringLiteral("base-url"),
                              Tr::tr("Exchange REST address (https, or http to this computer)."),
                              QStringLiteral("url"));
    QCommandLineOption keyOpt(
        QStringLiteral("api-key"),
        Tr::tr("API key issued by the exchange. Other users of this computer can read a command "
               "line: prefer the environment variable TRADEDESK_API_KEY."),
        QStringLiteral("key"));
    QCommandLineOption pkOpt(QStringLiteral("private-key"),
                             Tr::tr("Ed25519 private key: PKCS#8 PEM, DER, or base64 DER file."),
                             QStringLiteral("file"));
    QCommandLineOption accountOpt(QStringLiteral("account"), Tr::tr("Account ID to trade with."),
                                  QStringLiteral("id"));
    QCommandLineOption symbolOpt(QStringLiteral("symbol"),
                                 Tr::tr("Symbol to open with, e.g. BTC-USDT."),
                                 QStringLiteral("symbol"));
    QCommandLineOption themeOpt(QStringLiteral("theme"), Tr::tr("light, dark or system (default)."),
                                QStringLiteral("theme"), QStringLiteral("system"));
    QCommandLineOption settingsOpt(QStringLiteral("settings-file"),
                                   Tr::tr("Use this INI file for preferences (for tests)."),
                                   QStringLiteral("file"));
    QCommandLineOption grabOpt(
        QStringLiteral("grab"),
        Tr::tr(
            "With --quit-after: save a picture of the window to this file just before quitting."),
        QStringLiteral("file"));
    QCommandLineOption quitOpt(QStringLiteral("quit-after"),
                               Tr::tr("Quit after this many milliseconds (for smoke tests)."),
                               QStringLiteral("ms"));
    p.addOptions({demoOpt, urlOpt, keyOpt, pkOpt, accountOpt, symbolOpt, themeOpt, settingsOpt,
                  quitOpt, grabOpt});
    p.process(app); // --help and --version exit here
    if (!p.positionalArguments().isEmpty())
        return Tr::tr("Unexpected argument: %1").arg(p.positionalArguments().first());
    demo = p.isSet(demoOpt);
    if (p.isSet(urlOpt)) {
        baseUrl = QUrl(p.value(urlOpt), QUrl::StrictMode);
        if (!baseUrl.isValid())
            return Tr::tr("--base-url is not a valid URL.");
        if (demo)
            return Tr::tr("--demo and --base-url exclude each other.");
    }
    apiKey = p.isSet(keyOpt) ? p.value(keyOpt) : qEnvironmentVariable("TRADEDESK_API_KEY");
    privateKeyFile = p.value(pkOpt);
    account = p.value(accountOpt);
    symbol = p.value(symbolOpt).toUpper();
    theme = p.value(themeOpt);
    themeGiven = p.isSet(themeOpt);
    if (theme != QLatin1String("light") && theme != QLatin1String("dark")
        && theme != QLatin1String("system"))
        return Tr::tr("--theme is light, dark or system.");
    settingsFile = p.value(settingsOpt);
    quitAfterMs = p.value(quitOpt).toInt();
    grabFile = p.value(grabOpt);
    if (!grabFile.isEmpty() && quitAfterMs <= 0)
        return Tr::tr("--grab needs --quit-after.");
    return {};
}

bool CommandLine::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return false;
        for (const char *opt : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(a, opt) == 0)
                return true;
    }
    return false;
}

QString CommandLine::checkPrivateKeyFile(const QString &file)
{
    // What the file is before who may read it: never a chmod for a device (review 32).
    const QString refused = Ed25519Key::refusalForPath(file);
    if (refused.isEmpty())
        return {};
    return QStringLiteral("--private-key %1: %2").arg(QDir::toNativeSeparators(file), refused);
}
