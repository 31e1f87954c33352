#pragma once

#include "SessionProbe.h"
#include "net/NetworkTransport.h"
#include "session/AppSettings.h"
#include "session/SecretStore.h"

#include <QSettings>
#include <QTemporaryDir>

// A Session with its own settings file and secret store in a temporary folder. It sends nothing
// until the test calls start(); by default it points at an exchange that does not exist.
struct SessionFixture
{
    static Session::Options offline()
    {
        Session::Options o;
        o.baseUrl = QUrl(QStringLiteral("https://api.example.invalid"));
        return o;
    }

    explicit SessionFixture(const Session::Options &options = offline())
        : qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
          settings(&qsettings),
          secrets(dir.filePath(QStringLiteral("data"))),
          session(withNetwork(options), &settings)
    {}

    // The app opens its network module when the session starts; tests link the same code.
    static Session::Options withNetwork(Session::Options o)
    {
        if (!o.network && !o.makeNetwork)
            o.makeNetwork = NetworkTransport::maker();
        return o;
    }

    QTemporaryDir dir;
    QSettings qsettings;
    AppSettings settings;
    SecretStore secrets;
    Session session;
};
