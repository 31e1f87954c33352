#pragma once

#include "core/ApiResult.h"
#include "core/Clocks.h"
#include "core/EmbeddedExchange.h"
#include "core/Order.h"
#include "core/RequestRecord.h"
#include "models/LadderMove.h"
#include "session/ExchangeConnection.h"
#include "session/WindowParts.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class AccountDataController;
class ActivityLogModel;
class BookController;
class BalancesModel;
class DepthModel;
class FillsController;
class FillsModel;
class ApiService;
class AppSettings;
class CancelController;
class ColorScheme;
class ConnectionStatus;
class Ed25519Key;
class FinishedOrdersModel;
class MarketDataController;
class OpenOrdersModel;
class OrderLookup;
class OrderNotifier;
class OrderTimes;
class OrdersController;
class OwnOrderLevels;
class StaleMonitor;
class PlacementTracker;
class HttpTransport;
class RequestJournal;
class TradingContext;

// Everything the window shows, wired together, with no widgets: the API service (on the embedded
// demo exchange or a real one), the order models and the controllers that keep them fresh. It
// composes and owns them and hands none of them out: the window's composition root gets its
// parts by area (windowParts()), tests go through tests/SessionProbe.h. Each part keeps its own
// behaviour (the wiring here connects, it decides nothing). The current account and symbol live in
// one TradingContext that the account- and symbol-scoped parts follow.
class Session final : public QObject, public ExchangeConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    struct Options
    {
        // The exchange this app runs itself, made on first use (the demo); empty: trade on
        // baseUrl. Its account is `account`.
        std::function<std::unique_ptr<EmbeddedExchange>()> embedded;
        QUrl baseUrl;
        QString apiKey;
        std::shared_ptr<const Ed25519Key> key;
        QString account;
        QString symbol;
        QString dataDir; // where the app's own order times are kept; empty: memory only
        // Deterministic runs bring their own clocks and client-id randomness.
        Clocks clocks = Clocks::system();
        std::function<quint64()> random64; // empty: the system's secure generator
        // The transport every request goes through (not owned; it outlives the session). Tests
        // hand in a fake (or one over the demo exchange) to run without opening a module.
        HttpTransport *network = nullptr;
        // Else: makes the transport when the session starts (the app: opens its network module
        // after the first frame). Requests asked for before wait in the service's queue. Null, or
        // null with `*problem` set: the session cannot trade, and says why (status bar, log).
        std::function<std::unique_ptr<HttpTransport>(QString *problem)> makeNetwork;
    };

    Session(const Options &options, AppSettings *settings, QObject *parent = nullptr);
    ~Session() override;

    bool isDemo() const override { return m_isDemo; }
    QString exchangeLabel() const;
    QString account() const override;
    // The context's setAccount: every account-scoped part follows.
    void setAccount(const QString &accountId);
    void setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key) override;
    QString apiKey() const override { return m_apiKey; }
    bool hasCredentials() const override;
    QUrl exchangeUrl() const override;
    std::shared_ptr<const Ed25519Key> key() const override { return m_key; }
    // Starts the embedded demo exchange (if any, and only once) and the polling.
    void start();
    QString setExchange(const QUrl &url) override;
    // Holds every feed still (the screenshot runner freezes the lists this way); unlike
    // minimising, nothing polls, not even the orders.
    void setPaused(bool paused);
    // Orders and balances at once (after the trader's own action, or F5).
    void refreshNow();
    // The View menu's toggle: saved and in effect at once, as if changed in Settings.
    void setColorBlindSafe(bool on);
    // Nobody sees the window: every controller that is not wanted pauses; the orders poll on,
    // slowly (OrdersController::setWanted), so fills are still announced.
    void setMinimised(bool minimised);

    // The window's parts, named by area, for its composition root (MainWindow) only.
    WindowParts windowParts() const;
    // How the book's ladder moves an order of `account` (cancel, look up, place the rest).
    LadderMove::Backend moveBackend(const QString &account, QObject *owner) const;
    // Everything the settings say, in effect now: timeout, poll intervals, notifications,
    // colours. Settings and the View menu both end here.
    void applySettings() override;
    // What File ▸ Export request journal writes (RequestJournal).
    QList<RequestRecord> journal() const;
    // OrderLookup::lookUp: one order by exchange id (digits) or client order id, in this
    // account, with the times this app knows; logged. `done` runs once, unless context is gone.
    void lookUp(const QString &query, QObject *context,
                std::function<void(const ApiResult<Order> &)> done);
    const Clocks &clocks() const { return m_clocks; }

private:
    // Tests only (tests/SessionProbe.h, the one place that defines it): reads the internals.
    friend class SessionProbe;
    // Every feed but the orders' pauses while the window is minimised; all of them while paused.
    void applyPause();
    // Starts the embedded demo exchange (if any, and only once): its server, key pair and market
    // are work the first frame need not wait for, so start() does it (tests may ask sooner).
    // Why it could not start goes where the trader looks: the status (ConnectionStatus's
    // exchange), the activity log.
    void startExchange();
    // Makes the transport (Options::makeNetwork; if any, and only once): start() and
    // startExchange() do it first. Why it could not be made goes where the trader looks.
    void attachNetwork();

    void logSkipped(const QString &list, const QStringList &reasons);
    void logAuthBlocked(bool blocked);
    // Every part that shows or checks numbers follows the symbols' rules as they arrive.
    void followSymbolRules();
    void routeNotes(AppSettings *settings);
    // The status's narrow inputs: the exchange and whether the session can trade on it.
    void tellExchange();

    bool m_isDemo;
    Clocks m_clocks;
    AppSettings *m_settings;
    TradingContext *m_context;
    std::unique_ptr<OrderTimes> m_times;
    ColorScheme *m_colors;
    std::function<std::unique_ptr<HttpTransport>(QString *)> m_makeNetwork;
    std::unique_ptr<HttpTransport> m_network; // made by m_makeNetwork
    QString m_networkProblem;                 // it could not be made: why
    std::function<std::unique_ptr<EmbeddedExchange>()> m_makeEmbedded;
    std::unique_ptr<EmbeddedExchange> m_embedded;
    QString m_demoApiKey;
    std::shared_ptr<const Ed25519Key> m_demoKey;
    ApiService *m_service;
    OpenOrdersModel *m_open;
    FinishedOrdersModel *m_finished;
    ActivityLogModel *m_log;
    OrdersController *m_orders;
    MarketDataController *m_market;
    AccountDataController *m_accountData;
    BookController *m_book;
    PlacementTracker *m_placement;
    CancelController *m_cancels;
    OrderNotifier *m_notifier;
    BalancesModel *m_balances;
    DepthModel *m_depth;
    FillsModel *m_fills;
    FillsController *m_fillsController;
    OrderLookup *m_lookup;
    OwnOrderLevels *m_ownLevels;
    StaleMonitor *m_ordersStale;
    StaleMonitor *m_marketStale;
    RequestJournal *m_journal;
    ConnectionStatus *m_link;
    QHash<QString, QStringList> m_lastSkipped;
    QString m_apiKey;
    std::shared_ptr<const Ed25519Key> m_key;
    QString m_problem; // empty when ready; else why it cannot trade (told through m_link)
    bool m_started = false;
    bool m_paused = false;
    bool m_minimised = false;
};
