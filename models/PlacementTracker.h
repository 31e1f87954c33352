#pragma once

#include "core/ApiResult.h"
#include "core/Clocks.h"
#include "core/NewOrder.h"
#include "core/Order.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class ActivityLogModel;
class ApiService;

// The life of one order placement, and the guard that makes one intent one order.
//
// The clientOrderId belongs to the logical order: once sent it is never used for another order,
// and while the outcome is unknown (5xx, timeout, dropped connection) nothing is sent again.
// An unknown outcome is reconciled by rounds of look-ups spread over time: the order by its
// clientOrderId, then the symbol's open and finished lists. Only rounds in which the exchange
// answered every look-up and none showed the order, the last at least `settleMs` after sending,
// count as "not placed"; look-ups that keep failing end, after a bounded number of rounds, in
// "unresolved", which the trader can dismiss.
class PlacementTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementTracker)

public:
    enum class State
    {
        Idle,
        Sending,
        Placed,     // the exchange has it (orderId known)
        Rejected,   // the exchange said no; nothing happened
        NotSent,    // never reached the exchange (network, rate limit, credentials)
        Checking,   // outcome unknown: looking for it
        NotPlaced,  // the exchange answered every look-up and none found it
        Unresolved, // the look-ups kept failing: check the exchange; dismissable
    };
    Q_ENUM(State)

    enum class Refusal
    {
        None,
        Busy,        // an order is being sent or its outcome is being checked
        TooSoon,     // within GuardMs of the last send: a double press or a bounce
        AlreadySent, // this clientOrderId was sent and the order exists or may exist
    };

    static constexpr qint64 GuardMs = 1000;

    // What the tracker asks of the exchange; the default is the API service.
    struct Backend
    {
        std::function<void(const NewOrder &, QObject *, std::function<void(ApiResult<OrderId>)>)>
            place;
        std::function<void(const NewOrder &, QObject *, std::function<void(ApiResult<Order>)>)>
            lookup;
        std::function<void(const NewOrder &, QObject *,
                           std::function<void(ApiResult<QList<Order>>)>)>
            openOrders;
        std::function<void(const NewOrder &, qint64 sinceMs, QObject *,
                           std::function<void(ApiResult<QList<Order>>)>)>
            finishedOrders;
        static Backend from(ApiService *service);
    };
    struct Timing
    {
        QList<int> roundDelaysMs = {1000, 4000, 5000}; // three rounds over 10 s
        int absentRounds = 3;
        qint64 settleMs = 10000;
        int retryDelayMs = 5000; // later rounds while look-ups fail
        int maxRounds = 8;
    };
    // Page sizes of the list look-ups; a full page cannot prove absence.
    static constexpr int OpenLimit = 100;
    static constexpr int FinishedLimit = 500;

    // `random64` makes client order ids (empty: the system's secure generator).
    PlacementTracker(Backend backend, ActivityLogModel *log, Clocks clocks = Clocks::system(),
                     std::function<quint64()> random64 = {}, QObject *parent = nullptr);
    // A client order id never handed out before by this tracker's random source.
    QString newClientOrderId() const;
    // The request body place() sends for this order, byte for byte (to show before sending).
    static QByteArray wireBody(const NewOrder &order);
    void setTiming(const Timing &timing) { m_timing = timing; }

    Refusal refusalFor(const NewOrder &order) const;
    static QString refusalText(Refusal refusal);
    // Refused (and nothing sent) unless refusalFor(order) is None.
    bool place(const NewOrder &order);
    // Leaves NotPlaced, Unresolved or a final state for Idle. The order's clientOrderId stays
    // spent if the order may exist.
    void dismiss();
    bool isBusy() const { return m_state == State::Sending || m_state == State::Checking; }
    bool isSpent(const QString &clientOrderId) const { return m_spent.contains(clientOrderId); }
    // This order's client ID was sent for an order that exists or may exist.
    bool isSpentFor(const NewOrder &order) const;
    State state() const { return m_state; }
    QString message() const { return m_message; }
    OrderId orderId() const { return m_orderId; }
    NewOrder current() const { return m_order; }
    int rounds() const { return m_rounds; }
    qint64 sentAtWallMs() const { return m_sentAtWall; }
    static QString describe(const NewOrder &order);

Q_SIGNALS:
    void stateChanged(PlacementTracker::State state, const QString &message);
    void placed(OrderId orderId);

private:
    struct Round
    {
        bool failed = false;   // a look-up got no definite answer
        bool complete = false; // every list answered on less than a full page
        QString why;
    };
    void setState(State state, const QString &message);
    void onPlaced(OrderId id);
    void onFailed(const ApiError &error);
    void startRound();
    void onLookup(const ApiResult<Order> &r);
    void onOpenList(const ApiResult<QList<Order>> &r);
    void onFinishedList(const ApiResult<QList<Order>> &r);
    bool foundIn(const QList<Order> &orders);
    void resolveFound(const Order &order, const QString &where);
    void endRound();
    void scheduleRound();

    Backend m_backend;
    ActivityLogModel *m_log;
    Timing m_timing;
    Clocks m_clocks;
    std::function<quint64()> m_random64;
    State m_state = State::Idle;
    QString m_message;
    NewOrder m_order;
    OrderId m_orderId = 0;
    qint64 m_sentAt = -1;    // monotonic
    qint64 m_sentAtWall = 0; // epoch ms, for the finished-orders window
    qint64 m_lastSend = -GuardMs - 1;
    int m_rounds = 0;
    int m_absentRounds = 0;
    Round m_round;
    quint64 m_generation = 0;        // answers from before dismiss() or a new placement are dropped
    QHash<QString, OrderId> m_spent; // clientOrderId -> orderId (0 while unknown)
    // Checked and not found: the same order may go again with the same id, no other order may.
    QHash<QString, NewOrder> m_resendable;
    QTimer m_roundTimer;
};
