#include "models/OrderTimes.h"

#include "core/OwnFile.h"
#include "core/PrivateFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace {
constexpr qint64 SaveEveryMs = 5000;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderTimes)
};
} // namespace

OrderTimes::OrderTimes(const QString &file)
    : m_file(file)
{}

QString OrderTimes::fileFor(const QString &dataDir, const QUrl &exchange)
{
    if (dataDir.isEmpty() || !exchange.isValid() || exchange.host().isEmpty())
        return {};
    const QByteArray identity = exchange.scheme().toLower().toUtf8() + "://"
                                + exchange.host().toLower().toUtf8() + ':'
                                + QByteArray::number(exchange.port(-1));
    const QByteArray tag =
        QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16);
    return dataDir + QStringLiteral("/order-times-") + QString::fromLatin1(tag)
           + QStringLiteral(".json");
}

OrderTimes::~OrderTimes()
{
    save();
}

OrderTimes::Times OrderTimes::times(OrderId id) const
{
    load();
    return m_times.value(id);
}

int OrderTimes::size() const
{
    load();
    return int(m_times.size());
}

OrderTimes::Times &OrderTimes::entryFor(OrderId id, const QString &clientOrderId)
{
    Times &t = m_times[id];
    const QString cid = clientOrderId.trimmed();
    if (cid.isEmpty() || t.clientOrderId == cid)
        return t;
    if (!t.clientOrderId.isEmpty()) {
        t = Times{}; // the id names another order now: nothing of the old one is kept
        m_timeUnknown.remove(id);
    }
    t.clientOrderId = cid;
    m_dirty = true;
    return t;
}

void OrderTimes::placed(OrderId id, qint64 sentAtMs, const QString &clientOrderId)
{
    load();
    Times &t = entryFor(id, clientOrderId);
    // Seen finished before it was sent: the times of an earlier order under the same id (an
    // exchange restarted hands ids out again; the file outlives both). Nothing of it is kept.
    if (t.finishedMs != 0 && t.finishedMs < sentAtMs)
        t = Times{};
    t.createdMs = sentAtMs;
    t.firstSeen = false;
    m_timeUnknown.remove(id);
    m_dirty = true;
}

void OrderTimes::forget(OrderId id)
{
    load();
    m_timeUnknown.remove(id);
    if (m_times.remove(id))
        m_dirty = true;
}

void OrderTimes::lastFill(OrderId id, qint64 tradeTimeMs)
{
    load();
    Times &t = m_times[id];
    if (tradeTimeMs > t.lastFillMs) {
        t.lastFillMs = tradeTimeMs;
        m_dirty = true;
    }
}

bool OrderTimes::wantsFillTime(const Order &order) const
{
    load();
    return !order.tradeQty.isZero() && m_times.value(order.orderId).lastFillMs == 0;
}

void OrderTimes::stamp(QList<Order> &orders, qint64 nowMs, bool finished)
{
    load();
    // Orders there before the app started, when the file could not be read: when they were
    // placed or finished is not known, and the start time would look like a real one.
    const bool fromBefore = m_unreadable && !std::exchange(m_stamped[finished ? 1 : 0], true);
    for (Order &o : orders) {
        const bool known = m_times.contains(o.orderId);
        Times &t = entryFor(o.orderId, o.clientOrderId);
        if (fromBefore && !known) {
            m_timeUnknown.insert(o.orderId);
            m_dirty = true; // saved as not known, so that no later run makes a time up
        }
        const bool unknown = m_timeUnknown.contains(o.orderId);
        if ((!known || t.createdMs == 0) && !unknown) { // new, or another order's was dropped
            t.createdMs = nowMs;
            t.firstSeen = true;
            m_dirty = true;
        }
        if (finished && t.finishedMs == 0 && !unknown) {
            t.finishedMs = nowMs;
            m_dirty = true;
        }
        o.createTime = t.createdMs;
        o.createTimeIsFirstSeen = t.firstSeen && t.createdMs > 0; // no "≈" before no time
        o.updateTime = t.finishedMs;
        o.lastFillTime = t.lastFillMs;
    }
    if (m_dirty && nowMs - m_lastSaveMs >= SaveEveryMs) {
        m_lastSaveMs = nowMs;
        save();
    }
}

void OrderTimes::setNoteSink(std::function<void(const QString &)> sink)
{
    m_sink = std::move(sink);
    if (!m_sink)
        return;
    for (const QString &text : std::exchange(m_pending, {}))
        m_sink(text);
}

void OrderTimes::note(const QString &text) const
{
    if (text == m_lastNote)
        return; // said already, while it has been so
    m_lastNote = text;
    if (text.isEmpty())
        return;
    qWarning("%s", qPrintable(text));
    if (m_sink)
        m_sink(text);
    else
        m_pending.append(text);
}

bool OrderTimes::save()
{
    if (m_file.isEmpty() || !m_dirty)
        return true;
    if (m_times.size() > MaxEntries) {
        // Forget the oldest: what is left still covers every order a table can show.
        QList<QPair<qint64, OrderId>> byAge;
        for (auto it = m_times.cbegin(); it != m_times.cend(); ++it)
            byAge.append({it->createdMs, it.key()});
        std::sort(byAge.begin(), byAge.end());
        for (qsizetype i = 0; i < byAge.size() - MaxEntries; ++i)
            m_times.remove(byAge[i].second);
    }
    QJsonArray rows;
    for (auto it = m_times.cbegin(); it != m_times.cend(); ++it)
        rows.append(QJsonArray{QString::number(it.key()), it->createdMs, it->firstSeen,
                               it->finishedMs, it->lastFillMs, it->clientOrderId});
    const QString folder = QFileInfo(m_file).absolutePath();
    QString error;
    if (!PrivateFolder::make(folder)) { // 0700: the trader's alone
        error = Tr::tr("%1 is not a folder").arg(folder);
    } else if (error = PrivateFolder::check(folder); error.isEmpty()) {
        // The trader's order activity: 0600, never written through a link (OwnFile).
        OwnFile::write(m_file,
                       QJsonDocument(QJsonObject{{QStringLiteral("orderTimes"), rows}})
                           .toJson(QJsonDocument::Compact),
                       &error);
    }
    if (!error.isEmpty()) {
        note(Tr::tr("Order times cannot be saved: %1. The times of this session's orders are "
                    "kept until TradeDesk closes; after that they are not known.")
                 .arg(error));
        return false;
    }
    note({});
    m_dirty = false;
    return true;
}

// One entry as save() writes it: [id, created, firstSeen, finished, lastFill, clientOrderId]. Only
// what the app can have written is taken: a positive id of at most 19 digits, times that are
// whole milliseconds between 1970 and 9999, a true/false, a short text.
bool OrderTimes::readEntry(const QJsonValue &value, OrderId *id, Times *t)
{
    constexpr qint64 LatestMs = 253402300799999; // 9999-12-31
    constexpr qsizetype MaxClientIdChars = 256;
    const QJsonArray r = value.toArray();
    if (!value.isArray() || r.size() < 4 || r.size() > 6 || !r.at(0).isString()
        || !r.at(2).isBool())
        return false;
    const QString idText = r.at(0).toString();
    bool ok = idText.size() <= 19;
    *id = ok ? idText.toLongLong(&ok) : 0;
    qint64 ms[3] = {};
    for (int i = 0; ok && i < 3; ++i) {
        const QJsonValue v = r.at(i == 0 ? 1 : i + 2);
        ms[i] = v.isDouble() ? v.toInteger(-1) : (v.isUndefined() && i == 2 ? 0 : -1);
        ok = ms[i] >= 0 && ms[i] <= LatestMs;
    }
    const QJsonValue cid = r.at(5);
    ok = ok && *id > 0 && (cid.isUndefined() || cid.isString())
         && cid.toString().size() <= MaxClientIdChars;
    if (ok)
        *t = Times{ms[0], r.at(2).toBool(), ms[1], ms[2], cid.toString()};
    return ok;
}

void OrderTimes::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_file.isEmpty())
        return;
    // A data folder that is a link, or that others can change, is neither read nor written.
    QString madePrivate;
    QString error = PrivateFolder::check(QFileInfo(m_file).absolutePath(), &madePrivate);
    note(madePrivate);
    const bool folderUsable = error.isEmpty();
    const QByteArray data = folderUsable ? OwnFile::read(m_file, MaxFileBytes, &error) : "";
    if (!error.isEmpty()) {
        m_unreadable = true;
        // Too large, say: kept aside, not replaced by the next save.
        const QString kept = folderUsable ? keepAside() : QString();
        note(Tr::tr("Order times cannot be read: %1. Orders placed before TradeDesk started "
                    "show no time (it is not known).")
                 .arg(error)
             + kept);
        return;
    }
    if (data.isEmpty() && !OwnFile::check(m_file).exists)
        return; // the first run
    QJsonParseError parsed{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parsed);
    const QJsonValue rows = doc.object().value(QLatin1String("orderTimes"));
    int damaged = 0;
    for (const QJsonValue &v : rows.toArray()) {
        OrderId id = 0;
        Times t;
        if (!readEntry(v, &id, &t) || m_times.contains(id)) {
            ++damaged; // skipped: never fatal, never a made-up time
            continue;
        }
        m_times.insert(id, t);
        if (t.createdMs == 0)
            m_timeUnknown.insert(id); // not known in an earlier run: still not known
    }
    if (parsed.error == QJsonParseError::NoError && rows.isArray() && damaged == 0)
        return;
    m_unreadable = true; // what it lost is not known: orders not in it show no time
    m_dirty = true;      // what was readable, saved anew
    const QString why =
        parsed.error != QJsonParseError::NoError ? Tr::tr("%1 is damaged (%2 at byte %3)")
                                                       .arg(m_file, parsed.errorString())
                                                       .arg(parsed.offset)
        : !rows.isArray() ? Tr::tr("%1 holds no order times").arg(m_file)
                          : Tr::tr("%1 has %2 damaged entries").arg(m_file).arg(damaged);
    note(Tr::tr("Order times cannot be read: %1. TradeDesk starts afresh with what could be "
                "read; orders whose time is not known show none.")
             .arg(why)
         + keepAside());
}

// The file that could not be read is moved aside (rename: it is a regular file of this user,
// and a link at the new name is replaced, never followed), not overwritten by the next save.
QString OrderTimes::keepAside() const
{
    const OwnFile::Check what = OwnFile::check(m_file);
    if (!what.exists || !what.usable())
        return {}; // a link, a pipe, a folder: never written to, left where it is
    const QString aside = m_file + QStringLiteral(".bad");
    if (::rename(QFile::encodeName(m_file).constData(), QFile::encodeName(aside).constData()) != 0)
        return QLatin1Char(' ')
               + Tr::tr("It could not be kept aside (%1): it will be replaced.")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return QLatin1Char(' ') + Tr::tr("The old file is kept as %1.").arg(aside);
}
