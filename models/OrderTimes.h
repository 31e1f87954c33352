#pragma once

#include "core/Order.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// When this app saw each order happen. The documented order objects carry no times, so what the
// tables show is the app's own knowledge: when it placed an order, or, for one placed elsewhere
// (or before this app ran), when it first saw it; and when it first saw it finished. Kept across
// restarts in a small JSON file under the app's data folder. A file that cannot be used (a link,
// a pipe, a folder where the data folder should be: OwnFile) is neither followed nor opened; a
// note says so once, and the orders already there when the app started then have no time at
// all (blank, not "≈ start time": the app does not know when they happened). So does a data
// folder that is a link or that other users can change (PrivateFolder::check). A file that is
// there but damaged (not JSON, wrong types, times out of range) is reported too, moved aside
// as <file>.bad rather than overwritten, and what it held that is readable is kept. A time that
// is not known is saved as not known (0), never as the time it was first missed.
class OrderTimes final
{
public:
    struct Times
    {
        qint64 createdMs = 0;
        bool firstSeen = true;
        qint64 finishedMs = 0;
        qint64 lastFillMs = 0; // the exchange's trade time (account/trades)
        // Whose times these are: an exchange restarted hands ids out again, and the file outlives
        // it, so an entry is the id's and this client order id's (empty: not known yet).
        QString clientOrderId;
    };
    static constexpr int MaxEntries = 20000;

    // An empty file name keeps the times in memory only.
    explicit OrderTimes(const QString &file = {});
    // The file for one exchange's orders under dataDir: order ids are unique on one exchange
    // only, so another exchange's order 7 never shows this one's times. Empty (memory only)
    // without a data folder or an exchange address.
    static QString fileFor(const QString &dataDir, const QUrl &exchange);
    ~OrderTimes();

    // An entry of the id under another client order id is another order's: it is dropped.
    void placed(OrderId id, qint64 sentAtMs, const QString &clientOrderId = {});
    void lastFill(OrderId id, qint64 tradeTimeMs);
    // Drops what was known of an id that now names another order (an exchange reused it).
    void forget(OrderId id);
    // A finished order with fills whose fill time is not known yet.
    bool wantsFillTime(const Order &order) const;
    // Fills createTime/updateTime from what is known and records what is new; an entry kept
    // under another client order id than the order's is another order's and starts afresh.
    void stamp(QList<Order> &orders, qint64 nowMs, bool finished);
    Times times(OrderId id) const;
    int size() const;
    bool save();
    // Where notes go (the file cannot be read or saved, and why); the ones so far at once.
    void setNoteSink(std::function<void(const QString &)> sink);

private:
    void note(const QString &text) const;
    // Read on first use, not at construction: the session is built before the first frame.
    void load() const;
    static bool readEntry(const QJsonValue &value, OrderId *id, Times *t);
    QString keepAside() const;
    // The id's entry, emptied first if it is another order's (another client order id).
    Times &entryFor(OrderId id, const QString &clientOrderId);

    QString m_file;
    mutable QHash<OrderId, Times> m_times;
    mutable bool m_loaded = false;
    mutable bool m_dirty = false;
    mutable bool m_unreadable = false;   // the file is there but could not be used
    bool m_stamped[2] = {false, false};  // open, finished: stamped once in this run
    mutable QSet<OrderId> m_timeUnknown; // there before the app started, file unreadable
    mutable QStringList m_pending;
    mutable QString m_lastNote;
    std::function<void(const QString &)> m_sink;
    qint64 m_lastSaveMs = 0;
};
