#pragma once

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
        int calmMaxMs = 25000; // the app has this long to converge once the storm ends
        int timeoutMs = 400;   // the client's request timeout in storm mode
        bool verbose = false;  // the trace as it happens
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
    };

    // An order may leave at most this long after the press (issue 22's default withdrawal time).
    static constexpr qint64 LateMs = 2000;
    static constexpr int MaxQueued = 200;
    static constexpr int TimeScale = 4;
    static constexpr int MaxLogRows = 20000;

    explicit StormRun(const Config &config, QObject *parent = nullptr);
    ~StormRun() override;
    void start();
    bool isDone() const { return m_done; }
    const QList<Violation> &violations() const { return m_violations; }
    const Figures &figures() const { return m_figures; }
    // Intents and faults in the order they happened.
    QStringList trace() const { return m_trace; }

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
    void retryLast();
    void cancelSome(int count);
    void cancelAll();
    void lookUp();
    void switchSymbol();
    void switchAccount();
    void changeFilter();
    void calm();
    void checkConverged();
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
        m_placeSent;            // clientOrderId -> when the app sent it (epoch ms)
    QSet<quint64> m_carriedOut; // requests the exchange acted on
    std::map<QString, QList<quint64>> m_placeSeqs; // clientOrderId -> request numbers
    QHash<QString, qint64> m_pressedAt; // clientOrderId -> when the trader pressed (epoch ms) //
                                        // clientOrderId -> when the trader pressed
    QList<Violation> m_violations;
    QStringList m_trace;
    Figures m_figures;
};
