#include "models/OrderTimes.h"

#include "core/PrivateFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {
constexpr qint64 SaveEveryMs = 5000;
}

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
    for (Order &o : orders) {
        const bool known = m_times.contains(o.orderId);
        Times &t = entryFor(o.orderId, o.clientOrderId);
        if (!known || t.createdMs == 0) { // new, or another order's entry was dropped
            t.createdMs = nowMs;
            t.firstSeen = true;
            m_dirty = true;
        }
        if (finished && t.finishedMs == 0) {
            t.finishedMs = nowMs;
            m_dirty = true;
        }
        o.createTime = t.createdMs;
        o.createTimeIsFirstSeen = t.firstSeen;
        o.updateTime = t.finishedMs;
        o.lastFillTime = t.lastFillMs;
    }
    if (m_dirty && nowMs - m_lastSaveMs >= SaveEveryMs) {
        m_lastSaveMs = nowMs;
        save();
    }
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
    PrivateFolder::make(QFileInfo(m_file).absolutePath()); // 0700: the trader's alone
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    // The trader's order activity: readable by the trader only.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("orderTimes"), rows}})
                .toJson(QJsonDocument::Compact));
    if (!f.commit())
        return false;
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
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024)
        return;
    const QJsonArray rows =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("orderTimes")).toArray();
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
