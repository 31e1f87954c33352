#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QCoreApplication;

// The app's command line (QCommandLineParser): where to trade and with which credentials.
struct CommandLine
{
    bool demo = false;
    QUrl baseUrl;
    QString apiKey;
    QString privateKeyFile;
    QString account;
    QString symbol;
    QString theme = QStringLiteral("system");
    bool themeGiven = false; // else the one the trader chose in View → Theme (settings)
    QString settingsFile;
    int quitAfterMs = 0;
    QString grabFile;

    // Empty on success; otherwise the message to print (exit code 2). --help and --version
    // print and exit here. The API key may come from TRADEDESK_API_KEY instead of --api-key
    // (the command line is visible to every user of the computer, the environment is not).
    QString parse(const QCoreApplication &app);
    // True when argv asks only for --help or --version: answered before any window system is
    // needed (a QCoreApplication is enough).
    static bool asksForHelpOrVersion(int argc, char *argv[]);
    // Empty if the private key file is for its owner alone; else why it is refused and how to
    // fix it (like ssh, a key other users can read is not used).
    static QString checkPrivateKeyFile(const QString &file);
};
