// AppSettings: opening the file, and the checks of the plain values read from it.
#include "session/AppSettings.h"

#include "core/OwnFile.h"

#include <QStandardPaths>

std::unique_ptr<QSettings> AppSettings::open(const QString &file, QString *refused)
{
    // Where QSettings() keeps it on this platform (the organisation's folder, the app's name).
    const QString path =
        !file.isEmpty()
            ? file
            : QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                  + QLatin1Char('/') + QCoreApplication::organizationName() + QLatin1Char('/')
                  + QCoreApplication::applicationName() + QStringLiteral(".conf");
    *refused = OwnFile::check(path).refused;
    if (!refused->isEmpty())
        return std::make_unique<QSettings>(QString(), QSettings::IniFormat); // no file at all
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

int AppSettings::readInt(const QString &key, int fallback, int min, int max,
                         const QString &what) const
{
    const QVariant v = stored(key);
    if (!v.isValid())
        return fallback;
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    if (ok && n >= min && n <= max)
        return n;
    note(tr("The settings file's %1 (\"%2\" ms) is outside its range (%3 to %4 ms): the "
            "default, %5 ms, is used.")
             .arg(what, v.toString().left(40))
             .arg(min)
             .arg(max)
             .arg(fallback));
    return fallback;
}

bool AppSettings::readBool(const QString &key, bool fallback, const QString &what) const
{
    const QVariant v = stored(key);
    if (!v.isValid())
        return fallback;
    const QString text = v.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    note(tr("The settings file's %1 (\"%2\") is neither true nor false: it is %3.")
             .arg(what, v.toString().left(40), fallback ? tr("on") : tr("off")));
    return fallback;
}

QString AppSettings::theme() const
{
    const QVariant v = stored(QStringLiteral("window/theme"));
    const QString name = QString::fromUtf8(v.toByteArray()).trimmed();
    for (const char *known : {"light", "dark", "system"})
        if (name == QLatin1String(known))
            return name;
    if (!name.isEmpty())
        note(tr("The settings file's theme (\"%1\") is none of light, dark or system: the "
                "system's is used.")
                 .arg(name.left(40)));
    return {};
}
