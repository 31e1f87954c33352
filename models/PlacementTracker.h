#pragma once

#include "core/ApiResult.h"
#include "core/Clocks.h"
#include "core/MarketTypes.h"
#include "core/NewOrder.h"
#include "core/Order.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class ActivityLogModel;
class ApiService;

// The life of each order placement, and the guard that makes one intent one order.
//
// Every placement is tracked on its own (by its clientOrderId): one whose outcome is unknown
// holds only the same order (the same clientOrderId, or the same account, symbol, side, type,
// price and size); a hedge on the other side or an order on another symbol goes at once.
//
// The clientOrderId belongs to the logical order: once sent it is never used for another order,
// and while the outcome is unknown (5xx, timeout, dropped connection) that order is not sent
// again. An unknown outcome is reconciled by rounds of look-ups spread over time: the order by its
// clientOrderId, then the symbol's open and finished lists (the finished window on the exchange's
// clock). A round proves absence only when the look-up said the exchange's own "no such order"
// and both lists were complete and fully read; "not placed" needs several such rounds in a row,
// the exchange answering normally throughout, the last well after sending. Look-ups that keep
// failing end, after a bounded number of rounds, in "unresolved", which the trader can dismiss.
// Sending a "not placed" order again is preceded by one more such round.
class PlacementTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementTracker)

public:
    enum class State
    {
        Idle,
        Queued,     // waiting to leave this computer (rate limit, clock); can be withdrawn
        Sending,    // on the wire: cannot be withdrawn
        Placed,     // the exchange has it (orderId known)
        Rejected,   // the exchange said no; nothing happened
        NotSent,    // never reached the exchange (network, rate limit, credentials, withdrawn)
        Checking,   // outcome unknown: looking for it (or checking once more before resending)
        NotPlaced,  // the exchange answered every look-up and none found it
        Unresolved, // the look-ups kept failing: check the exchange; dismissable
    };
    Q_ENUM(State)

    enum class Refusal
    {
        None,
        Busy,        // the same order is being sent or its outcome is being checked
        TooSoon,     // the same order went out within GuardMs: a double press or a bounce
        AlreadySent, // this clientOrderId was sent and the order exists or may exist
    };

    static constexpr qint64 GuardMs = 1000;
    static constexpr int DefaultLeaveWithinMs = 2000;

    // What the tracker asks of the exchange; the default is the API service.
    struct Backend
    {
        using PlaceDone = std::function<void(ApiResult<OrderId>)>;
        // Returns a ticket for `withdraw`; `onWire` runs once the request is on its way.
        std::function<quint64(const NewOrder &, int leaveWithinMs, QObject *,
                              std::function<void()> onWire, PlaceDone)>
            place;
        std::function<bool(quint64 ticket)> withdraw; // empty: nothing can be withdrawn
        std::function<void(const NewOrder &, QObject *, std::function<void(ApiResult<Order>)>)>
            lookup;
        std::function<void(const NewOrder &, QObject *,
                           std::function<void(ApiResult<QList<Order>>)>)>
            openOrders;
        // sinceMs is on the exchange's clock.
        std::function<void(const NewOrder &, qint64 sinceMs, QObject *,
                           std::function<void(ApiResult<QList<Order>>)>)>
            finishedOrders;
        // The exchange's clock minus this computer's, in ms (empty: 0).
        std::function<qint64()> clockOffsetMs;
        static Backend from(ApiService *service);
    };
    struct Timing
    {
        // Rounds 1, 5, 15, 30 and 45 s after the unknown outcome, then every retryDelayMs.
        QList<int> roundDelaysMs = {1000, 4000, 10000, 15000, 15000};
        int absentRounds = 3;    // clean "not found" rounds in a row
        qint64 settleMs = 45000; // the last of them at least this long after sending
        qint64 quietMs = 20000;  // and the exchange answering normally for this long
        int retryDelayMs = 15000;
        int maxRounds = 12;
        qint64 windowMarginMs = 60000; // finished orders from this long before sending
    };
    // Page sizes of the list look-ups; a full page cannot prove absence.
    static constexpr int OpenLimit = 100;
    static constexpr int FinishedLimit = 500;

    // `random64` makes client order ids (empty: the system's secure generator).
    PlacementTracker(Backend backend, ActivityLogModel *log, Clocks clocks = Clocks::system(),
                     std::function<quint64()> random64 = {}, QObject *parent = nullptr);
    ~PlacementTracker() override;
    // A client order id never handed out before by this tracker's random source.
    QString newClientOrderId() const;
    // The request body place() sends for this order, byte for byte (to show before sending).
    static QByteArray wireBody(const NewOrder &order);
    void setTiming(const Timing &timing) { m_timing = timing; }
    // An order that cannot leave this computer within this time is withdrawn (0: no limit).
    void setLeaveWithinMs(int ms) { m_leaveWithinMs = ms; }
    int leaveWithinMs() const { return m_leaveWithinMs; }

    Refusal refusalFor(const NewOrder &order) const;
    static QString refusalText(Refusal refusal);
    // Refused (and nothing sent) unless refusalFor(order) is None.
    bool place(const NewOrder &order);
    // Takes a queued order (empty: the latest) back before it leaves; false once on the wire.
    bool withdraw(const QString &clientOrderId = {});
    // Leaves NotPlaced, Unresolved, Checking or a final state for Idle (empty: the latest).
    // The order's clientOrderId stays spent if the order may exist.
    void dismiss(const QString &clientOrderId = {});
    // Any placement being sent or checked.
    bool isBusy() const;
    bool isSpent(const QString &clientOrderId) const { return m_spent.contains(clientOrderId); }
    // The exchange's id for the order sent with this client order ID (0 while unknown).
    OrderId orderIdOf(const QString &clientOrderId) const { return m_spent.value(clientOrderId); }
    // This order's client ID was sent for an order that exists or may exist.
    bool isSpentFor(const NewOrder &order) const;
    static bool sameIntent(const NewOrder &a, const NewOrder &b);

    // The latest placement.
    QString latest() const { return m_latest; }
    State state() const { return stateOf(m_latest); }
    QString message() const;
    OrderId orderId() const;
    int rounds() const;
    qint64 sentAtWallMs() const;
    // Any tracked placement, by its client order ID (Idle when not tracked).
    State stateOf(const QString &clientOrderId) const;
    QStringList tracked() const;
    // "Buy 0.0100 BTC @ 69,000.00 USDT" at the symbol's decimals (`rules`; without them the
    // assets from the symbol's name and the digits the numbers have).
    static QString describe(const NewOrder &order, const SymbolRules &rules = {});
    // An order the trader stopped before it went (a cancelled confirmation): a line in the log
    // ("Place Buy 0.0100 BTC @ … — Not sent: confirmation cancelled"); nothing is sent.
    void logNotSent(const NewOrder &order, const QString &why);
    // The rules the log and the messages tell orders with.
    void setSymbolRules(const QList<SymbolRules> &rules);

Q_SIGNALS:
    // Each placement's changes.
    void placementChanged(const QString &clientOrderId, PlacementTracker::State state,
                          const QString &message);
    // The latest placement's changes.
    void stateChanged(PlacementTracker::State state, const QString &message);
    void placed(OrderId orderId, qint64 sentAtWallMs, const QString &clientOrderId);

private:
    struct Round
    {
        bool failed = false;      // a look-up got no definite answer
        bool noSuchOrder = false; // the look-up said the exchange's own "no such order"
        bool complete = false;    // every list answered, fully read, on less than a full page
        qint64 startedAt = 0;
        QString why;
    };
    struct Placement
    {
        NewOrder order;
        State state = State::Idle;
        QString message;
        OrderId orderId = 0;
        quint64 generation = 0; // answers for an earlier life of this entry are dropped
        quint64 ticket = 0;
        qint64 sentAt = -1;    // monotonic
        qint64 sentAtWall = 0; // epoch ms, this computer's clock
        int rounds = 0;
        int absentRounds = 0;
        qint64 cleanSince = -1;   // monotonic start of the current run of clean rounds
        bool resendCheck = false; // the round before sending a "not placed" order again
        Round round;
        std::unique_ptr<QTimer> timer;
    };
    Placement *find(const QString &clientOrderId, quint64 generation) const;
    // The log's action for a look-up of this order: "Check Buy 0.0100 BTC @ 69,000.00 USDT".
    QString checkAction(const NewOrder &order) const;
    // A message about this placement, naming its order: "Buy 0.0100 BTC @ … — <text>".
    QString about(const Placement &p, const QString &text) const;
    const Placement *latestPlacement() const;
    void setState(Placement &p, State state, const QString &message);
    void send(Placement &p);
    void onPlaced(Placement &p, OrderId id);
    void onFailed(Placement &p, const ApiError &error);
    void startUnknown(Placement &p, const ApiError &error);
    void scheduleRound(Placement &p);
    void startRound(const QString &clientOrderId, quint64 generation);
    void onLookup(Placement &p, const ApiResult<Order> &r);
    void onOpenList(Placement &p, const ApiResult<QList<Order>> &r);
    void onFinishedList(Placement &p, const ApiResult<QList<Order>> &r);
    bool foundIn(Placement &p, const QList<Order> &orders);
    void resolveFound(Placement &p, const Order &order, const QString &where);
    void endRound(Placement &p);
    void endResendCheck(Placement &p, bool absent);
    void concludeAbsent(Placement &p);
    void concludeUnresolved(Placement &p);
    void trim();
    // Runs `f` with the placement if this answer is still for it.
    template <typename F> auto answer(Placement &p, F f);

    Backend m_backend;
    ActivityLogModel *m_log;
    Timing m_timing;
    Clocks m_clocks;
    std::function<quint64()> m_random64;
    int m_leaveWithinMs = DefaultLeaveWithinMs;
    std::map<QString, std::unique_ptr<Placement>> m_placements; // by clientOrderId
    QString m_latest;
    QHash<QString, SymbolRules> m_rules;
    quint64 m_nextGeneration = 0;
    QHash<QString, OrderId> m_spent; // clientOrderId -> orderId (0 while unknown)
    // Checked and not found: the same order may go again with the same id, no other order may.
    QHash<QString, NewOrder> m_resendable;
};
