// AppSettings: opening the file, and the checks of the plain values read from it.
#include "session/AppSettings.h"

#include "core/OwnFile.h"
#include "core/PrivateFolder.h"

#include <QFileInfo>
#include <QRegularExpression>
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
    const OwnFile::Check what = OwnFile::check(path);
    *refused = what.refused;
    // The default location's folder is the app's own: a link there, or a folder other users can
    // change, is not followed (a file named on the command line keeps the folder it is in).
    if (refused->isEmpty() && file.isEmpty())
        *refused = PrivateFolder::check(QFileInfo(path).absolutePath());
    // QSettings reads all of it at start-up, and writes it all back: a file of 400,000 junk keys
    // took 14 s to start (review 33). Far above what the app writes (a few KB of window state).
    if (refused->isEmpty() && what.size > MaxFileBytes)
        *refused =
            tr("%1 is too large (%2 bytes, at most %3)").arg(path).arg(what.size).arg(MaxFileBytes);
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
    invalid(tr("The settings file's %1 (\"%2\" ms) is outside its range (%3 to %4 ms): the "
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
    invalid(tr("The settings file's %1 (\"%2\") is neither true nor false: it is %3.")
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
        invalid(tr("The settings file's theme (\"%1\") is none of light, dark or system: the "
                   "system's is used.")
                    .arg(name.left(40)));
    return {};
}

// An account ID is digits ("1403134775"); anything else is not one the app wrote (review 33:
// account=abc was taken without a word).
QString AppSettings::defaultAccount() const
{
    const QVariant v = stored(QStringLiteral("trading/account"));
    const QString id = v.toString().trimmed();
    static const QRegularExpression form(QStringLiteral("^[0-9]{1,20}$"));
    if (id.isEmpty() || form.match(id).hasMatch())
        return id;
    invalid(tr("The settings file's default account (\"%1\") is not an account ID (digits): "
               "no default account is used.")
                .arg(v.toString().left(40)));
    return {};
}

void AppSettings::invalid(const QString &text) const
{
    if (!m_noted.contains(text))
        ++m_invalid;
    note(text);
}

QString AppSettings::startUpSummary() const
{
    // Every plain value read once now, so that each bad one is noted (and counted) at start-up,
    // not when the part that uses it first asks.
    defaultAccount();
    defaultSymbol();
    openIntervalMs();
    finishedIntervalMs();
    timeoutMs();
    colorBlindSafe();
    theme();
    if (!m_refused.isEmpty())
        return tr("Settings: the settings file cannot be used; the defaults are in use — see the "
                  "Activity log");
    if (m_invalid == 0)
        return {};
    if (m_invalid == 1)
        return tr("Settings: 1 value was invalid and uses its default — see the Activity log");
    return tr("Settings: %1 values were invalid and use their defaults — see the Activity log")
        .arg(m_invalid);
}
