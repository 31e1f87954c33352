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

#include <algorithm>
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
    if (!t.clientOrderId.isEmpty())
        t = Times{}; // the id names another order now: nothing of the old one is kept
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
    m_dirty = true;
}

void OrderTimes::forget(OrderId id)
{
    load();
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
        if (fromBefore && !known)
            m_timeUnknown.insert(o.orderId);
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
    } else {
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

void OrderTimes::load() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_file.isEmpty())
        return;
    QString error;
    const QByteArray data = OwnFile::read(m_file, MaxFileBytes, &error);
    if (!error.isEmpty()) {
        m_unreadable = true;
        note(Tr::tr("Order times cannot be read: %1. Orders placed before TradeDesk started "
                    "show no time (it is not known).")
                 .arg(error));
        return;
    }
    const QJsonArray rows =
        QJsonDocument::fromJson(data).object().value(QLatin1String("orderTimes")).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonArray r = v.toArray();
        bool ok = false;
        const OrderId id = r.at(0).toString().toLongLong(&ok);
        if (!ok || r.size() < 4)
            continue; // a damaged entry is skipped, never fatal
        // An entry written before client order ids were kept has none: it is the id's until an
        // order with one is seen.
        m_times.insert(id, Times{r.at(1).toInteger(), r.at(2).toBool(true), r.at(3).toInteger(),
                                 r.at(4).toInteger(), r.at(5).toString()});
    }
}
