#include "session/AppSettings.h"

#include "models/OrderDraft.h"
#include "models/PollIntervals.h"
#include "models/SettingsValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

constexpr mode_t PrivateFile = S_IRUSR | S_IWUSR; // 0600
constexpr mode_t PrivateDirectory = S_IRWXU;      // 0700
constexpr int PlaceWithinDefaultMs = 2000;

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

// Gives `path` exactly `mode` when it is this user's own file or folder; says what it changed,
// or why it could not (empty when there was nothing to do).
QString restrict(const QString &path, mode_t type, mode_t mode)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0)
        return {}; // not there yet: made private when it is written
    if ((st.st_mode & S_IFMT) != type || st.st_uid != geteuid())
        return AppSettings::tr("%1 does not belong to this user: its permissions were left as "
                               "they are (mode %2).")
            .arg(path, octal(st.st_mode));
    if ((st.st_mode & 07777) == mode)
        return {};
    if (::chmod(name.constData(), mode) != 0)
        return AppSettings::tr("%1 could not be made private (mode %2): %3")
            .arg(path, octal(st.st_mode), QString::fromLocal8Bit(std::strerror(errno)));
    if ((st.st_mode & 077) == 0)
        return {}; // it was private already, only odd for its owner
    return AppSettings::tr("%1 was open to other users (mode %2); it is now %3.")
        .arg(path, octal(st.st_mode), octal(mode));
}

} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_s(settings)
{
    makePrivate();
    // Read once now, so a safety value the app will not use is noted at start-up.
    (void)confirmOrders();
    (void)largeNotional();
    (void)placeWithinMs();
}

void AppSettings::setNoteSink(std::function<void(const QString &)> sink)
{
    m_sink = std::move(sink);
    if (!m_sink)
        return;
    for (const QString &text : std::exchange(m_pending, {}))
        m_sink(text);
}

void AppSettings::note(const QString &text) const
{
    if (text.isEmpty() || m_noted.contains(text))
        return;
    m_noted.insert(text);
    qWarning("%s", qPrintable(text));
    if (m_sink)
        m_sink(text);
    else
        m_pending.append(text);
}

// The file 0600 (created so before QSettings first writes it: QSettings keeps the mode of the file
// it replaces); the folder 0700 when it is the app's own (the default location). A file named on
// the command line keeps the folder it is in.
void AppSettings::makePrivate()
{
    const QString file = m_s->fileName();
    if (file.isEmpty())
        return;
    if (m_s->format() == QSettings::NativeFormat) {
        const QString dir = QFileInfo(file).absolutePath();
        QDir().mkpath(QFileInfo(dir).absolutePath());
        ::mkdir(QFile::encodeName(dir).constData(), PrivateDirectory); // EEXIST: checked below
        note(restrict(dir, S_IFDIR, PrivateDirectory));
    }
    const int fd = ::open(QFile::encodeName(file).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, PrivateFile);
    if (fd >= 0)
        ::close(fd);
    note(restrict(file, S_IFREG, PrivateFile));
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    makePrivate();
    m_s->setValue(key, value);
    m_s->sync();
    makePrivate();
}

QUrl AppSettings::baseUrl() const
{
    return m_s->value(QStringLiteral("exchange/baseUrl")).toUrl();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    write(QStringLiteral("exchange/baseUrl"), url);
}

QString AppSettings::defaultAccount() const
{
    return m_s->value(QStringLiteral("trading/account")).toString();
}

void AppSettings::setDefaultAccount(const QString &id)
{
    write(QStringLiteral("trading/account"), id);
}

QString AppSettings::defaultSymbol() const
{
    return m_s->value(QStringLiteral("trading/symbol"), QStringLiteral("BTC-USDT")).toString();
}

void AppSettings::setDefaultSymbol(const QString &symbol)
{
    write(QStringLiteral("trading/symbol"), symbol);
}

int AppSettings::openIntervalMs() const
{
    return std::max(
        PollIntervals::MinimumMs,
        m_s->value(QStringLiteral("refresh/openMs"), PollIntervals::OpenOrdersMs).toInt());
}

int AppSettings::finishedIntervalMs() const
{
    return std::max(
        PollIntervals::MinimumMs,
        m_s->value(QStringLiteral("refresh/finishedMs"), PollIntervals::FinishedOrdersMs).toInt());
}

void AppSettings::setIntervals(int openMs, int finishedMs)
{
    write(QStringLiteral("refresh/openMs"), openMs);
    write(QStringLiteral("refresh/finishedMs"), finishedMs);
}

int AppSettings::timeoutMs() const
{
    return std::clamp(m_s->value(QStringLiteral("exchange/timeoutMs"), 10000).toInt(), 1000,
                      120000);
}

void AppSettings::setTimeoutMs(int ms)
{
    write(QStringLiteral("exchange/timeoutMs"), ms);
}

int AppSettings::placeWithinMs() const
{
    const QVariant v = m_s->value(QStringLiteral("trading/placeWithinMs"));
    if (!v.isValid())
        return PlaceWithinDefaultMs;
    bool ok = false;
    const int ms = v.toString().trimmed().toInt(&ok);
    if (ok && ms >= PlaceWithinMinMs && ms <= PlaceWithinMaxMs)
        return ms;
    note(tr("The settings file's time an order may wait to leave (\"%1\" ms) is outside its range "
            "(%2 to %3 ms): the default, %4 ms, is used.")
             .arg(v.toString().left(40))
             .arg(PlaceWithinMinMs)
             .arg(PlaceWithinMaxMs)
             .arg(PlaceWithinDefaultMs));
    return PlaceWithinDefaultMs;
}

void AppSettings::setPlaceWithinMs(int ms)
{
    write(QStringLiteral("trading/placeWithinMs"), ms);
}

bool AppSettings::confirmOrders() const
{
    const QVariant v = m_s->value(QStringLiteral("trading/confirmOrders"));
    if (!v.isValid())
        return false;
    const QString text = v.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    // Unreadable: the safe side, not the default (off).
    note(tr("The settings file's order confirmation (\"%1\") is neither true nor false: "
            "orders are confirmed before they are sent.")
             .arg(v.toString().left(40)));
    return true;
}

void AppSettings::setConfirmOrders(bool on)
{
    write(QStringLiteral("trading/confirmOrders"), on);
}

bool AppSettings::colorBlindSafe() const
{
    return m_s->value(QStringLiteral("view/colorBlindSafe"), false).toBool();
}

void AppSettings::setColorBlindSafe(bool on)
{
    write(QStringLiteral("view/colorBlindSafe"), on);
}

QString AppSettings::largeNotional() const
{
    const QString fallback = MarketContext().largeNotional.toString();
    const QVariant v = m_s->value(QStringLiteral("trading/largeNotional"));
    if (!v.isValid())
        return fallback;
    const QString text = v.toString().trimmed();
    const auto large = Decimal::parse(text);
    if (large && !large->isZero() && !large->isNegative()
        && *large <= Decimal::fromInteger(SettingsValidator::LargeNotionalMax))
        return large->toString();
    note(tr("The settings file's large-order warning (\"%1\") is outside its range (above 0, "
            "at most %2): the default, %3, is used.")
             .arg(text.left(40))
             .arg(SettingsValidator::LargeNotionalMax)
             .arg(fallback));
    return fallback;
}

void AppSettings::setLargeNotional(const QString &decimal)
{
    write(QStringLiteral("trading/largeNotional"), decimal);
}

QString AppSettings::quantityPresets(const QString &symbol) const
{
    return m_s->value(QStringLiteral("presets/") + symbol).toString();
}

void AppSettings::setQuantityPresets(const QString &symbol, const QString &presets)
{
    write(QStringLiteral("presets/") + symbol, presets);
}

bool AppSettings::notify(const QString &kind) const
{
    return m_s->value(QStringLiteral("notify/") + kind, true).toBool();
}

void AppSettings::setNotify(const QString &kind, bool on)
{
    write(QStringLiteral("notify/") + kind, on);
}

bool AppSettings::notifySound() const
{
    return m_s->value(QStringLiteral("notify/sound"), false).toBool();
}

void AppSettings::setNotifySound(bool on)
{
    write(QStringLiteral("notify/sound"), on);
}

QByteArray AppSettings::windowState(const QString &key) const
{
    return m_s->value(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setWindowState(const QString &key, const QByteArray &state)
{
    write(QStringLiteral("window/") + key, state);
}
