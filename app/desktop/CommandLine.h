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
    QString settingsFile;
    int quitAfterMs = 0;
    QString grabFile;

    // Empty on success; otherwise the message to print (exit code 2).
    QString parse(const QCoreApplication &app);
};
