#include "session/AppSettings.h"

#include "core/PrivateFolder.h"
#include "models/OrderDraft.h"
#include "models/PollIntervals.h"
#include "models/SettingsValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

const QString ConfirmKey = QStringLiteral("trading/confirmOrders");
const QString LargeKey = QStringLiteral("trading/largeNotional");
const QString WithinKey = QStringLiteral("trading/placeWithinMs");

// Gives `path` exactly `mode` when it is this user's own file or folder; says what it changed,
// or why it could not (empty when there was nothing to do). A symbolic link is not followed: it
// is opened with O_NOFOLLOW, and checked and changed through that descriptor (fstat, fchmod).
QString restrict(const QString &path, mode_t type, mode_t mode)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return {}; // not there yet: made private when it is written
        struct stat link = {};
        if (::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return AppSettings::tr("%1 is a symbolic link: it was not followed, its target's "
                                   "permissions were left as they are.")
                .arg(path);
        return AppSettings::tr("%1 could not be opened to check its permissions: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    struct stat st = {};
    QString said;
    if (::fstat(fd, &st) != 0) {
        said = AppSettings::tr("%1 could not be checked: %2")
                   .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    } else if ((st.st_mode & S_IFMT) != type || st.st_uid != geteuid()) {
        said = AppSettings::tr("%1 does not belong to this user: its permissions were left as "
                               "they are (mode %2).")
                   .arg(path, octal(st.st_mode));
    } else if ((st.st_mode & 07777) != mode) {
        if (::fchmod(fd, mode) != 0)
            said = AppSettings::tr("%1 could not be made private (mode %2): %3")
                       .arg(path, octal(st.st_mode), QString::fromLocal8Bit(std::strerror(errno)));
        else if ((st.st_mode & 077) != 0) // else it was private already, only odd for its owner
            said = AppSettings::tr("%1 was open to other users (mode %2); it is now %3.")
                       .arg(path, octal(st.st_mode), octal(mode));
    }
    ::close(fd);
    return said;
}

} // namespace

AppSettings::AppSettings(QSettings *settings, const QString &refused)
    : m_s(settings),
      m_refused(refused)
{
    makePrivate();
    // The safety values: read and checked once, now; held in memory for the session. What
    // QSettings read through a link, or from a file that is not this user's, is not used: orders
    // are confirmed, the rest is the default.
    m_confirmOrders = true;
    m_largeNotional = readLargeNotional({});
    m_placeWithinMs = readPlaceWithinMs({});
    if (pathIsUsable()) {
        m_confirmOrders = readConfirmOrders(m_s->value(ConfirmKey));
        m_largeNotional = readLargeNotional(m_s->value(LargeKey));
        m_placeWithinMs = readPlaceWithinMs(m_s->value(WithinKey));
        m_safetyInFile = safetyInFile();
    }
}

// The settings file is usable when it is not there yet, or is a regular file of this user. A
// symbolic link (to anything), a folder or another user's file is not: it is neither followed nor
// written, and a note says so (once, until the path is usable again).
bool AppSettings::pathIsUsable() const
{
    const QString file = m_s->fileName();
    struct stat st = {};
    if (m_refused.isEmpty()) {
        if (file.isEmpty())
            return true;
        if (::lstat(QFile::encodeName(file).constData(), &st) != 0)
            return errno == ENOENT;
        if (S_ISREG(st.st_mode) && st.st_uid == geteuid()) {
            m_unusableNoted = false;
            return true;
        }
    }
    if (std::exchange(m_unusableNoted, true))
        return false; // said already, while it has been so
    const QString what =
        !m_refused.isEmpty() ? m_refused
        : S_ISLNK(st.st_mode)
            ? tr("%1 is a symbolic link").arg(file)
            : tr("%1 is not a regular file of this user (mode %2)").arg(file, octal(st.st_mode));
    note(tr("The settings file cannot be used: %1. TradeDesk leaves it as it is: "
            "nothing is read from it or written to it, the safety settings in use are unchanged "
            "(order confirmation %2, large-order warning %3, an order may wait %4 ms to leave), "
            "and settings changed from now on are kept only until TradeDesk closes.")
             .arg(what, m_confirmOrders ? tr("on") : tr("off"), m_largeNotional)
             .arg(m_placeWithinMs));
    return false;
}

// The safety values as the file has them (text, empty when absent), to see whether another
// program changed them.
QStringList AppSettings::safetyInFile() const
{
    QStringList raw;
    for (const QString &key : {ConfirmKey, LargeKey, WithinKey}) {
        const QVariant v = m_s->value(key);
        raw.append(v.isValid() ? v.toString() : QString());
    }
    return raw;
}

QVariant AppSettings::stored(const QString &key, const QVariant &fallback) const
{
    const auto held = m_held.constFind(key);
    return held != m_held.constEnd() ? *held : m_s->value(key, fallback);
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
    if (file.isEmpty() || !m_refused.isEmpty())
        return;
    if (m_s->format() == QSettings::NativeFormat) {
        const QString dir = QFileInfo(file).absolutePath();
        PrivateFolder::make(QFileInfo(dir).absolutePath());
        ::mkdir(QFile::encodeName(dir).constData(), PrivateDirectory); // EEXIST: checked below
        note(restrict(dir, S_IFDIR, PrivateDirectory));
    }
    const int fd = ::open(QFile::encodeName(file).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, PrivateFile);
    if (fd >= 0)
        ::close(fd);
    note(restrict(file, S_IFREG, PrivateFile));
}

// Each write first looks at the file as it is now (QSettings merges it in on sync): when another
// program changed a safety value, the app's own values are written back with this one and a note
// says so. A path that cannot be used (pathIsUsable) is not touched: the value is held in memory.
void AppSettings::write(const QString &key, const QVariant &value)
{
    if (!pathIsUsable()) {
        m_held.insert(key, value);
        return;
    }
    m_held.remove(key);
    makePrivate();
    m_s->sync(); // nothing pending: this reads what is in the file now
    const QStringList inFile = safetyInFile();
    if (inFile != m_safetyInFile) {
        note(tr("The settings file was changed outside TradeDesk; the safety settings in use are "
                "unchanged: order confirmation %1, large-order warning %2, an order may wait %3 ms "
                "to leave (the file said %4; it says so again).")
                 .arg(m_confirmOrders ? tr("on") : tr("off"), m_largeNotional)
                 .arg(m_placeWithinMs)
                 .arg(inFile.join(QStringLiteral(", "))));
        m_s->setValue(ConfirmKey, m_confirmOrders);
        m_s->setValue(LargeKey, m_largeNotional);
        m_s->setValue(WithinKey, m_placeWithinMs);
    }
    m_s->setValue(key, value);
    m_s->sync();
    m_safetyInFile = safetyInFile();
    makePrivate();
}

QUrl AppSettings::baseUrl() const
{
    return stored(QStringLiteral("exchange/baseUrl")).toUrl();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    write(QStringLiteral("exchange/baseUrl"), url);
}

void AppSettings::setDefaultAccount(const QString &id)
{
    write(QStringLiteral("trading/account"), id);
}

QString AppSettings::defaultSymbol() const
{
    const QString fallback = QStringLiteral("BTC-USDT");
    const QVariant v = stored(QStringLiteral("trading/symbol"));
    if (!v.isValid())
        return fallback;
    // The exchange's form: BASE-QUOTE, letters and digits ("BTC-USDT"). Anything else is not a
    // symbol the app wrote, and would leak into titles and requests.
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{1,20}-[A-Z0-9]{1,20}$"));
    const QString symbol = v.toString().trimmed().toUpper();
    if (form.match(symbol).hasMatch())
        return symbol;
    invalid(tr("The settings file's default symbol (\"%1\") is not of the exchange's form "
               "(BASE-QUOTE, letters and digits): %2 is used.")
                .arg(v.toString().left(40), fallback));
    return fallback;
}

void AppSettings::setDefaultSymbol(const QString &symbol)
{
    write(QStringLiteral("trading/symbol"), symbol);
}

int AppSettings::openIntervalMs() const
{
    return readInt(QStringLiteral("refresh/openMs"), PollIntervals::OpenOrdersMs,
                   PollIntervals::MinimumMs, IntervalMaxMs, tr("open orders refresh interval"));
}

int AppSettings::finishedIntervalMs() const
{
    return readInt(QStringLiteral("refresh/finishedMs"), PollIntervals::FinishedOrdersMs,
                   PollIntervals::MinimumMs, IntervalMaxMs, tr("finished orders refresh interval"));
}

void AppSettings::setIntervals(int openMs, int finishedMs)
{
    write(QStringLiteral("refresh/openMs"), openMs);
    write(QStringLiteral("refresh/finishedMs"), finishedMs);
}

int AppSettings::timeoutMs() const
{
    return readInt(QStringLiteral("exchange/timeoutMs"), 10000, TimeoutMinMs, TimeoutMaxMs,
                   tr("request timeout"));
}

void AppSettings::setTimeoutMs(int ms)
{
    write(QStringLiteral("exchange/timeoutMs"), ms);
}

int AppSettings::placeWithinMs() const
{
    return m_placeWithinMs;
}

int AppSettings::readPlaceWithinMs(const QVariant &v) const
{
    if (!v.isValid())
        return PlaceWithinDefaultMs;
    bool ok = false;
    const int ms = v.toString().trimmed().toInt(&ok);
    if (ok && ms >= PlaceWithinMinMs && ms <= PlaceWithinMaxMs)
        return ms;
    invalid(
        tr("The settings file's time an order may wait to leave (\"%1\" ms) is outside its range "
           "(%2 to %3 ms): the default, %4 ms, is used.")
            .arg(v.toString().left(40))
            .arg(PlaceWithinMinMs)
            .arg(PlaceWithinMaxMs)
            .arg(PlaceWithinDefaultMs));
    return PlaceWithinDefaultMs;
}

void AppSettings::setPlaceWithinMs(int ms)
{
    m_placeWithinMs = readPlaceWithinMs(ms);
    write(WithinKey, m_placeWithinMs);
}

bool AppSettings::confirmOrders() const
{
    return m_confirmOrders;
}

bool AppSettings::readConfirmOrders(const QVariant &v) const
{
    if (!v.isValid())
        return false;
    const QString text = v.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return text == QLatin1String("true");
    // Unreadable: the safe side, not the default (off).
    invalid(tr("The settings file's order confirmation (\"%1\") is neither true nor false: "
               "orders are confirmed before they are sent.")
                .arg(v.toString().left(40)));
    return true;
}

void AppSettings::setConfirmOrders(bool on)
{
    m_confirmOrders = on;
    write(ConfirmKey, on);
}

bool AppSettings::colorBlindSafe() const
{
    return readBool(QStringLiteral("view/colorBlindSafe"), false, tr("colour-blind safe colours"));
}

void AppSettings::setColorBlindSafe(bool on)
{
    write(QStringLiteral("view/colorBlindSafe"), on);
}

QString AppSettings::largeNotional() const
{
    return m_largeNotional;
}

QString AppSettings::readLargeNotional(const QVariant &v) const
{
    const QString fallback = MarketContext().largeNotional.toString();
    if (!v.isValid())
        return fallback;
    const QString text = v.toString().trimmed();
    const auto large = Decimal::parse(text);
    if (large && !large->isZero() && !large->isNegative()
        && *large <= Decimal::fromInteger(SettingsValidator::LargeNotionalMax))
        return large->toString();
    invalid(tr("The settings file's large-order warning (\"%1\") is outside its range (above 0, "
               "at most %2): the default, %3, is used.")
                .arg(text.left(40))
                .arg(SettingsValidator::LargeNotionalMax)
                .arg(fallback));
    return fallback;
}

void AppSettings::setLargeNotional(const QString &decimal)
{
    m_largeNotional = readLargeNotional(decimal);
    write(LargeKey, m_largeNotional);
}

QString AppSettings::quantityPresets(const QString &symbol) const
{
    return stored(QStringLiteral("presets/") + symbol).toString();
}

void AppSettings::setQuantityPresets(const QString &symbol, const QString &presets)
{
    write(QStringLiteral("presets/") + symbol, presets);
}

bool AppSettings::notify(const QString &kind) const
{
    return stored(QStringLiteral("notify/") + kind, true).toBool();
}

void AppSettings::setNotify(const QString &kind, bool on)
{
    write(QStringLiteral("notify/") + kind, on);
}

bool AppSettings::notifySound() const
{
    return stored(QStringLiteral("notify/sound"), false).toBool();
}

void AppSettings::setNotifySound(bool on)
{
    write(QStringLiteral("notify/sound"), on);
}

QByteArray AppSettings::windowState(const QString &key) const
{
    return stored(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setWindowState(const QString &key, const QByteArray &state)
{
    write(QStringLiteral("window/") + key, state);
}
