#pragma once

#include "ApiQueries.h"
#include "Order.h"

#include <QHash>
#include <QObject>

class ApiService;
class FinishedOrdersModel;
class OpenOrdersModel;
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
    };

    OrdersController(ApiService *service, OpenOrdersModel *open, FinishedOrdersModel *finished,
                     QObject *parent = nullptr);

    void setAccount(const QString &accountId);
    QString account() const { return m_account; }
    void setOpenFilter(const QString &symbol, int limit);
    void setFinishedFilter(const FinishedOrdersQuery &query);
    FinishedOrdersQuery finishedFilter() const { return m_finishedQuery; }
    void showOlderFinished();
    void showNewestFinished();
    void setIntervals(int openMs, int finishedMs);

    void start();
    void stop();
    void setPaused(bool paused);
    // After the user's own place or cancel: both lists at once (within the rate limits).
    void refreshNow();

    PollingFeed *openFeed() const { return m_openFeed; }
    PollingFeed *finishedFeed() const { return m_finishedFeed; }
    int closingCount() const { return int(m_closing.size()); }

Q_SIGNALS:
    void orderEvent(const OrdersController::Event &event);

private:
    void applyOpen(const QList<Order> &orders);
    void applyFinished(const QList<Order> &orders, quint64 requestSeq);
    void announce(const Order &before, const Order &after);

    ApiService *m_service;
    OpenOrdersModel *m_open;
    FinishedOrdersModel *m_finished;
    PollingFeed *m_openFeed;
    PollingFeed *m_finishedFeed;
    QString m_account;
    QString m_openSymbol;
    int m_openLimit = 100;
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
