#pragma once

#include "core/ApiQueries.h"
#include "core/ApiResult.h"
#include "core/MarketTypes.h"
#include "core/Order.h"
#include "models/OpenOrdersModel.h"
#include "models/PollIntervals.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>

class ApiService;
class FinishedOrdersModel;
class OrderFollowUp;
class OrderTimes;
class PollingFeed;

// Keeps the open and finished models in step with the exchange. An order that leaves the open
// list stays there (last known state) until the finished list has it, which it joins in the same
// update (never in both lists), or until a finished reply shows the view leaves it out (a filter,
// an older page, a full page). Whatever the finished view shows, the order is followed by its own
// look-up (OrderFollowUp) until its final state is known; each end is announced once, by
// whichever of the finished list and the look-up tells it first.
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
        Rejected,
        // Gone from the open list, and the exchange answers "no such order" for it (it restarted
        // and forgot it): `order` as last seen. Told once per order.
        UnknownToExchange
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
    // An order this app placed: its send time is its creation time (the exchange reports none).
    // An id known as another order's (a different clientOrderId, or one already final: ids may be
    // reused after an exchange restart) drops everything cached of that other order first.
    void placedHere(OrderId id, qint64 sentAtWallMs, const QString &clientOrderId = {});
    // How each symbol's prices and sizes are written in both lists.
    void setSymbolRules(const QList<SymbolRules> &symbols);
    // Where the times shown come from (the exchange sends none).
    void setTimes(OrderTimes *times) { m_times = times; }
    QString account() const { return m_account; }
    // The exchange returns at most 100 open orders a request: further pages are asked for with
    // the oldest id seen as the cursor, up to this many pages a refresh. A page that is not older
    // than its cursor (or an empty one before the cursor reading was ever seen to hold) ends the
    // refresh as incomplete: the model says more may exist, and no order leaves the table.
    static constexpr int OpenPageSize = 100;
    static constexpr int MaxOpenPages = 20;
    void setFinishedFilter(const FinishedOrdersQuery &query);
    FinishedOrdersQuery finishedFilter() const { return m_finishedQuery; }
    void showOlderFinished();
    void showNewestFinished();
    void setIntervals(int openMs, int finishedMs);

    void start();
    void stop();
    // Not wanted (the window is minimised): orders are still polled, BackgroundFactor times more
    // slowly, so fills are announced on time. The one visibility call every controller has (see
    // MarketDataController); back to wanted, both lists refresh at once.
    void setWanted(bool wanted);
    static constexpr int BackgroundFactor = 5;
    // After the user's own place or cancel: both lists at once (within the rate limits).
    void refreshNow();

    PollingFeed *openFeed() const { return m_openFeed; }
    PollingFeed *finishedFeed() const { return m_finishedFeed; }
    int closingCount() const { return int(m_closing.size()); }
    OrderFollowUp *followUp() const { return m_followUp; }

Q_SIGNALS:
    void orderEvent(const OrdersController::Event &event);
    // Items of a list that could not be read: left out (their rows kept as last seen).
    void itemsSkipped(const QString &list, const QStringList &reasons);
    // What a refresh saw, once applied: the open list (asked at `askedAtMs`), or the finished
    // list or a follow-up look-up (`open` false). Orders whose end is known are left out of an
    // open list.
    void seen(const QList<Order> &orders, bool open, qint64 askedAtMs);
    // A known order id came back as another order: every fact cached of the old one was dropped.
    void orderReplaced(OrderId id);

private:
    struct PageRead
    {
        bool misread = false;    // the page shows the cursor was not read as "older than"
        bool progressed = false; // it brought orders older than the cursor
        OrderId oldest = 0;
    };
    void fetchOpen(QList<Order> sofar, QList<qint64> unreadable, OrderId before, int page,
                   QObject *context, std::function<void(const ApiError &)> done);
    PageRead readPage(const QList<Order> &items, bool empty, OrderId before, QList<Order> *into);
    void applyOpen(const QList<Order> &orders, OpenOrdersModel::Gap gap,
                   const QList<qint64> &unreadable);
    void fetchFinished(QObject *context, std::function<void(const ApiError &)> done);
    // Asks account/trades for finished orders with fills: when they last filled and what they
    // paid in fees (a few at a time, once each).
    void askFillTimes(const QList<Order> &finished);
    void applyFinished(const QList<Order> &orders, quint64 requestSeq);
    void announce(const Order &before, const Order &after);
    // Every order shown carries the account it was listed for.
    static void tagAccount(QList<Order> &orders, const QString &accountId);
    void onLookedUp(const Order &now);
    // A closing order the exchange does not know: off the open table, told once.
    void onUnknown(OrderId id);
    // Orders whose final state was announced: a stale listing never brings them back.
    void markFinal(OrderId id);
    bool isKnownFinal(OrderId id) const;
    // An order is its id and its identity (clientOrderId, and the terms no order ever changes:
    // symbol, side, type, price, quantity). An id seen before with another identity is another
    // order (the documents do not promise ids are never reused): the old one is forgotten.
    void checkIdentity(const Order &order);
    void forget(OrderId id);

    ApiService *m_service;
    OpenOrdersModel *m_open;
    FinishedOrdersModel *m_finished;
    OrderTimes *m_times = nullptr;
    QSet<OrderId> m_fillAsked;
    int m_fillPending = 0;
    static constexpr int MaxFillLookups = 5;
    std::function<qint64()> m_nowMs;
    PollingFeed *m_openFeed;
    int m_openIntervalMs = PollIntervals::OpenOrdersMs;
    int m_finishedIntervalMs = PollIntervals::FinishedOrdersMs;
    bool m_wanted = true;
    PollingFeed *m_finishedFeed;
    QString m_account;
    FinishedOrdersQuery m_finishedQuery;
    struct Closing
    {
        Order lastKnown;
        quint64 afterSeq;    // a finished reply to a request started later decides its row
        bool passed = false; // that reply did not show it: off the open table, still followed
    };
    QHash<OrderId, Closing> m_closing;
    OrderFollowUp *m_followUp;
    QSet<OrderId> m_finals;
    QSet<OrderId> m_toldUnknown; // told as unknown to the exchange (until the id names another)
    std::deque<OrderId> m_finalsOrder;
    static constexpr size_t MaxFinals = 10000;
    QHash<OrderId, Order> m_identity; // the terms each id was last seen with
    static constexpr int MaxIdentities = 20000;
    quint64 m_finishedSeq = 0;
    bool m_haveOpenSnapshot = false;
    qint64 m_openAskedAt = 0;    // when the open list being read was asked for
    bool m_cursorProven = false; // a page has been seen to bring orders older than its cursor
};
