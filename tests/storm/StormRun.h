#pragma once

#include "StormHands.h"
#include "core/NewOrder.h"
#include "core/Order.h"
#include "core/RequestRecord.h"
#include "demo/DemoChaos.h"
#include "models/CancelController.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>

struct SessionFixture;
class PollingFeed;
class DemoExchange;

// One seeded storm: a demo exchange in storm mode, a Session as the window uses it, and a
// simulated trader pressing through it; then a calm period, then the invariants.
class StormRun final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        quint64 seed = 1;
        int intents = 50;
        int faultPercent = 20;
        // The calm ends when the tables match, or when every list has been read twice since
        // the last disturbance; this is only its bound (a stuck feed, a machine far too slow).
        int calmMaxMs = 120000;
        int timeoutMs = 400;  // the client's request timeout in storm mode
        bool verbose = false; // the trace as it happens
        // Every this many seeds (seed % n == 0) the trader's hands are on the real window, by
        // key events (0: none); `hands` makes them (set by the storm binary, which links the
        // widgets; empty: every seed goes through the session directly).
        int widgetsEvery = 10;
        StormHandsMaker hands;
        // Replay: the exchange throws exactly these decisions of a recorded run (by request
        // key and market tick) and draws none (StormTrace.h reads them from a trace file).
        std::shared_ptr<const DemoChaos::Script> script;
        int deliverLateWeight = 0;   // "deliver-late" among the faults (0: none)
        bool plantEarned429 = false; // test only: a planted defect (see DemoChaos::Options)
    };
    struct Violation
    {
        QString invariant; // short name, e.g. "two-orders"
        QString detail;
    };
    struct Figures
    {
        int intents = 0;
        QHash<QString, int> faults; // by kind
        quint64 requests = 0;
        int maxQueued = 0;
        int converged = 0; // 1 if the tables matched before the calm ran out
        int byHands = 0;   // 1 if the trader's hands were on the real window
        // 1: the calm ended at its bound before every list had been read twice since the last
        // disturbance (the app had no chance to converge: load, back-off, a cover-up running).
        int calmBound = 0;
        int pastOldCalm = 0; // 1 if the calm lasted past the old fixed 25 s
    };

    // An order may leave at most this long after the press (issue 22's default withdrawal time).
    static constexpr qint64 LateMs = 2000;
    static constexpr int MaxQueued = 200;
    static constexpr int TimeScale = 4;
    static constexpr int MaxLogRows = 20000;
    static constexpr int OldCalmMs = 25000; // the fixed calm this storm had before

    explicit StormRun(const Config &config, QObject *parent = nullptr);
    ~StormRun() override;
    void start();
    bool isDone() const { return m_done; }
    const QList<Violation> &violations() const { return m_violations; }
    const Figures &figures() const { return m_figures; }
    // Intents and faults in the order they happened.
    QStringList trace() const { return m_trace; }
    // What the seed's own stream drew for each intent (its kind, the pause after it, an
    // order's side, size and price offset): the same in every run of the seed.
    const QStringList &intentDraws() const { return m_intentDraws; }
    // The exchange's storm: its decisions and the keys of the requests it saw.
    const DemoChaos *chaos() const { return m_chaos; }
    const Config &config() const { return m_config; }

Q_SIGNALS:
    void done();

private:
    // What the trader meant, and every client order id it went out with.
    struct Intent
    {
        int index = 0;
        NewOrder order;
        QStringList clientIds;
        qint64 pressedMs = 0;
    };
    struct Attempt // one press that the tracker took
    {
        int intent = 0;
        QString clientId;
        qint64 pressedMs = 0;
        PlacementTracker::State last = PlacementTracker::State::Sending;
        OrderId orderId = 0;
    };
    struct CancelAsk
    {
        QString what;
        QString symbol;
        QList<OrderId> preview; // what the trader saw and meant to cancel
        bool all = false;
    };

    void note(const QString &line);
    void nextIntent();
    void act(int kind);
    void placeIntent(bool market, bool ownId);
    void press(int intentIndex, int times);
    // Through the real window (StormHandsPath.cpp): type the intent's order and press; a press
    // of the hands, attributed to the intent only if it sent the form's client order ID.
    void handsPlace(int intentIndex, bool typedId);
    void handsPress(int intentIndex, const std::function<void()> &action);
    void handsNervous(int intentIndex, int times);
    void recordAttempt(int intentIndex, const QString &clientId, qint64 pressedAt);
    void checkBlocked(int intentIndex, const NewOrder &order);
    void retryLast();
    void cancelSome(int count);
    void cancelAll();
    void lookUp();
    void switchSymbol();
    void switchAccount();
    void changeFilter();
    void calm();
    void checkConverged();
    // Every feed behind the tables (open, finished, balances) polled successfully twice since
    // the last disturbance (a fault, a change the exchange carried out, the app still placing,
    // cancelling or closing an order): the app has had its chance to converge.
    bool listsFresh() const;
    void disturbed();
    QList<PollingFeed *> tableFeeds() const;
    QString feedStates() const;
    void finish();
    void observeOpen();
    void onTrackerState(const QString &clientOrderId, PlacementTracker::State state,
                        const QString &message);
    void onCancelFinished(const CancelController::Summary &summary);
    void onEvent(const OrdersController::Event &event);
    void onSent(const RequestRecord &record);
    void onRequest(quint64 seq, const QByteArray &method, const QByteArray &path,
                   const QByteArray &params);

    // The invariants (StormChecks.cpp).
    QList<Violation> tableViolations() const;
    void checkAll();
    void checkOneIntentOneOrder();
    void checkIntentEnds();
    void checkCancels();
    void checkAnnouncements();
    void checkWire();
    // Any time: the tables show only orders of the account the session trades on.
    void checkAccountScope();
    void violate(const QString &invariant, const QString &detail);
    QList<Order> exchangeOrders(const QString &account) const;
    std::optional<Order> exchangeOrder(OrderId id) const;

    Config m_config;
    std::mt19937_64 m_rng;
    std::unique_ptr<SessionFixture> m_fixture;
    std::unique_ptr<StormHands> m_hands; // the real window, in a share of seeds
    DemoExchange *m_exchange = nullptr;
    DemoChaos *m_chaos = nullptr;
    QElapsedTimer m_clock;
    QTimer m_intentTimer;
    QTimer m_calmTimer;
    qint64 m_calmStarted = 0;
    bool m_done = false;
    int m_next = 0;
    QStringList m_accounts;
    QStringList m_symbols;
    QList<Intent> m_intents;
    QList<Attempt> m_attempts;
    int m_lastPlaceIntent = -1;
    QList<CancelAsk> m_cancelAsks;
    std::optional<CancelAsk> m_cancelPending;
    QList<QPair<CancelAsk, CancelController::Summary>> m_cancelDone;
    QHash<OrderId, QList<OrdersController::EventKind>> m_events;
    // Orders the app has shown open, with the account switches seen since (the app cannot be
    // asked to announce what happened on an account it no longer looks at).
    QHash<OrderId, int> m_seenOpenAtSwitch;
    int m_accountSwitches = 0;
    QSet<OrderId> m_accountMixReported;
    std::map<QString, QList<qint64>>
        m_placeSent;                        // clientOrderId -> when the app sent it (epoch ms)
    QSet<quint64> m_carriedOut;             // requests the exchange acted on
    QSet<quint64> m_changeSeqs;             // requests that may change the exchange (not GET)
    qint64 m_lastDisturbedMs = 0;           // epoch ms, during the calm
    QHash<PollingFeed *, int> m_freshReads; // table feed -> good polls since the disturbance
    std::map<QString, QList<quint64>> m_placeSeqs; // clientOrderId -> request numbers
    // A press of the hands whose order may leave later (after a confirmation dialog closes):
    // client order ID -> (intent, when pressed); taken when that ID is first sent.
    QHash<QString, QPair<int, qint64>> m_handsPending;
    QHash<QString, qint64> m_pressedAt; // clientOrderId -> when the trader pressed (epoch ms)
    // Every order a press offered the app, by its client order ID: what the storm itself asked
    // for, so the checks name the order behind any placement without asking the tracker.
    QHash<QString, NewOrder> m_pressedOrders;
    QList<Violation> m_violations;
    QStringList m_trace;
    QStringList m_intentDraws;
    Figures m_figures;
};
