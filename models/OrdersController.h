#pragma once

#include "core/ApiQueries.h"
#include "core/ApiResult.h"
#include "core/Order.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class ApiService;
class FinishedOrdersModel;
class OpenOrdersModel;
class OrderTimes;
class PollingFeed;

// Keeps the open and finished models in step with the exchange. An order that leaves the open
// list stays there (last known state) until the finished list has it, so it is never shown in
// neither list, and leaves open in the same update that adds it to finished, so never in both.
class OrdersController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersController)

public:
    enum class EventKind
    {
        PartiallyFilled,
        Filled,
        Cancelled,
        Rejected
    };
    struct Event
    {
        EventKind kind;
        Order order;
        Decimal filledBefore; // what had filled when the order was last seen
    };

    // `wallMs` (ms since the epoch; empty: the system's) stamps the times this app records.
    OrdersController(ApiService *service, OpenOrdersModel *open, FinishedOrdersModel *finished,
                     std::function<qint64()> wallMs = {}, QObject *parent = nullptr);

    void setAccount(const QString &accountId);
    // Where the times shown come from (the exchange sends none).
    void setTimes(OrderTimes *times) { m_times = times; }
    QString account() const { return m_account; }
    // The exchange returns at most 100 open orders a request: further pages are asked for with
    // the oldest id seen as the cursor, up to this many pages a refresh.
    static constexpr int OpenPageSize = 100;
    static constexpr int MaxOpenPages = 20;
    void setFinishedFilter(const FinishedOrdersQuery &query);
    FinishedOrdersQuery finishedFilter() const { return m_finishedQuery; }
    void showOlderFinished();
    void showNewestFinished();
    void setIntervals(int openMs, int finishedMs);

    void start();
    void stop();
    void setPaused(bool paused);
    // In the background (window minimised) orders are still polled, more slowly, so fills are
    // announced on time.
    void setBackground(bool background);
    static constexpr int BackgroundFactor = 5;
    // After the user's own place or cancel: both lists at once (within the rate limits).
    void refreshNow();

    PollingFeed *openFeed() const { return m_openFeed; }
    PollingFeed *finishedFeed() const { return m_finishedFeed; }
    int closingCount() const { return int(m_closing.size()); }

Q_SIGNALS:
    void orderEvent(const OrdersController::Event &event);
    // Items of a list that could not be read: left out (their rows kept as last seen).
    void itemsSkipped(const QString &list, const QStringList &reasons);

private:
    void fetchOpen(QList<Order> sofar, QList<qint64> unreadable, OrderId before, int page,
                   QObject *context, std::function<void(const ApiError &)> done);
    void applyOpen(const QList<Order> &orders, bool complete, const QList<qint64> &unreadable);
    // Asks account/trades when finished orders with fills last filled (a few at a time).
    void askFillTimes(const QList<Order> &finished);
    void applyFinished(const QList<Order> &orders, quint64 requestSeq);
    void announce(const Order &before, const Order &after);
    // Every order shown carries the account it was listed for.
    static void tagAccount(QList<Order> &orders, const QString &accountId);

    ApiService *m_service;
    OpenOrdersModel *m_open;
    FinishedOrdersModel *m_finished;
    OrderTimes *m_times = nullptr;
    QSet<OrderId> m_fillAsked;
    int m_fillPending = 0;
    static constexpr int MaxFillLookups = 5;
    std::function<qint64()> m_nowMs;
    PollingFeed *m_openFeed;
    int m_openIntervalMs = 1000;
    int m_finishedIntervalMs = 1000;
    bool m_background = false;
    PollingFeed *m_finishedFeed;
    QString m_account;
    FinishedOrdersQuery m_finishedQuery;
    struct Closing
    {
        Order lastKnown;
        quint64 afterSeq; // resolved by any finished reply to a request started later
    };
    QHash<OrderId, Closing> m_closing;
    quint64 m_finishedSeq = 0;
    bool m_haveOpenSnapshot = false;
};
