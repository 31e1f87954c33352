#include "session/Session.h"

#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "core/HttpTransport.h"
#include "models/AccountDataController.h"
#include "models/ActivityLogModel.h"
#include "models/BalancesModel.h"
#include "models/BookController.h"
#include "models/CancelController.h"
#include "models/ColorScheme.h"
#include "models/ConnectionStatus.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderLookup.h"
#include "models/OrderNotifier.h"
#include "models/OrderTimes.h"
#include "models/OrdersController.h"
#include "models/OwnOrderLevels.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "models/RequestJournal.h"
#include "models/StaleMonitor.h"
#include "models/TradingContext.h"
#include "session/AppSettings.h"

#include <QPointer>

Session::Session(const Options &options, AppSettings *settings, QObject *parent)
    : QObject(parent),
      m_isDemo(bool(options.embedded)),
      m_clocks(options.clocks),
      m_settings(settings),
      m_context(new TradingContext(this)),
      // Per exchange; the demo's orders vanish with it, so their times are kept in memory only.
      m_times(std::make_unique<OrderTimes>(
          OrderTimes::fileFor(options.dataDir, options.embedded ? QUrl() : options.baseUrl))),
      m_colors(new ColorScheme(this)),
      m_makeNetwork(options.network ? nullptr : options.makeNetwork),
      m_service(new ApiService(options.network, this)),
      m_open(new OpenOrdersModel(m_colors, this)),
      m_finished(new FinishedOrdersModel(m_colors, this)),
      m_log(new ActivityLogModel(m_colors, m_clocks.wallMs, this)),
      m_orders(new OrdersController(m_service, m_open, m_finished, m_clocks.wallMs, this)),
      m_placement(new PlacementTracker(PlacementTracker::Backend::from(m_service), m_log, m_clocks,
                                       options.random64, this)),
      m_cancels(new CancelController(m_service, m_log, this, m_clocks.wallMs)),
      m_notifier(new OrderNotifier(
          m_log, [this](OrderId id) { return m_cancels->cancelledByUser(id); }, this)),
      m_balances(new BalancesModel(this)),
      m_depth(new DepthModel(m_colors, this)),
      m_fills(new FillsModel(m_colors, this)),
      m_fillsController(new FillsController(m_service, m_fills, this)),
      m_lookup(new OrderLookup(m_service, m_context, m_log, m_times.get(), m_clocks.wallMs, this)),
      m_ownLevels(new OwnOrderLevels(
          m_open, m_depth, [this] { return m_context->symbol(); }, this)),
      m_ordersStale(new StaleMonitor(this, m_clocks.wallMs)),
      m_marketStale(new StaleMonitor(this, m_clocks.wallMs)),
      m_journal(new RequestJournal(this)),
      m_link(new ConnectionStatus(m_orders->openFeed(), m_ordersStale, m_clocks.wallMs, this))
{
    m_market = new MarketDataController(m_service, m_context, this);
    m_accountData = new AccountDataController(m_service, m_context, m_balances, this);
    m_book = new BookController(m_service, m_context, m_depth, this);
    // The best bid/ask half a period after each book: a fresh touch about every second.
    m_market->followDepth(m_book->feed());
    // What "stale" means for the views and the order ticket (decided here once): a failing
    // feed, or refused credentials for the orders.
    m_ordersStale->watch(m_orders->openFeed());
    m_ordersStale->watch(m_orders->finishedFeed());
    for (PollingFeed *feed : m_market->marketFeeds())
        m_marketStale->watch(feed);
    m_marketStale->watch(m_book->feed());
    // Once the exchange answers one feed again, the others backed off after failures come back
    // within one interval (stale ends in a bounded time, without a manual Refresh).
    QList<PollingFeed *> feeds{m_orders->openFeed(), m_orders->finishedFeed(), m_book->feed()};
    feeds += m_market->marketFeeds();
    for (PollingFeed *from : std::as_const(feeds))
        for (PollingFeed *to : std::as_const(feeds))
            if (from != to)
                connect(from, &PollingFeed::recovered, to, &PollingFeed::exchangeAnswered);
    // The book's own sizes follow each new book (the controller has applied it by then).
    connect(m_book, &BookController::depthChanged, m_ownLevels, &OwnOrderLevels::update);
    followSymbolRules();
    connect(m_orders, &OrdersController::orderEvent, m_notifier, &OrderNotifier::onOrderEvent);
    connect(m_orders, &OrdersController::itemsSkipped, this, &Session::logSkipped);
    m_orders->setTimes(m_times.get());
    routeNotes(settings);
    applySettings();
    // Everything of one account is tagged with it: the order lists, fills and balances are
    // emptied and refilled for the new one, replies still in flight for the old one are dropped,
    // and an order listed under the old one is never cancelled with the new one's id.
    connect(m_context, &TradingContext::accountChanged, m_orders, &OrdersController::setAccount);
    connect(m_context, &TradingContext::accountChanged, m_cancels, &CancelController::setAccount);
    connect(m_context, &TradingContext::accountChanged, m_accountData,
            &AccountDataController::followAccount);
    connect(m_context, &TradingContext::accountChanged, m_fillsController,
            &FillsController::setAccount);
    connect(m_context, &TradingContext::symbolChanged, m_market,
            &MarketDataController::followSymbol);
    connect(m_context, &TradingContext::symbolChanged, m_book, &BookController::followSymbol);
    QString account = options.account;
    if (m_isDemo) {
        // The embedded exchange itself starts with the session (see startExchange()).
        m_makeEmbedded = options.embedded;
        m_demoApiKey = options.apiKey;
        m_demoKey = options.key;
    } else {
        m_problem = m_service->setBaseUrl(options.baseUrl);
        if (options.key && options.key->isValid())
            setCredentials(options.apiKey, options.key);
        if (account.isEmpty())
            account = settings->defaultAccount();
    }
    m_context->setSymbol(options.symbol.isEmpty() ? settings->defaultSymbol() : options.symbol);
    m_context->setAccount(account);

    // After the trader's own action the lists and balances refresh at once; a placement's send
    // time is its creation time (the exchange reports none).
    connect(m_placement, &PlacementTracker::placed, m_orders, &OrdersController::placedHere);
    connect(m_placement, &PlacementTracker::placed, this, &Session::refreshNow);
    connect(m_cancels, &CancelController::refreshWanted, this, &Session::refreshNow);
    // A cancel whose outcome was not confirmed is settled by what later refreshes see.
    connect(m_orders, &OrdersController::seen, m_cancels, &CancelController::reconcile);
    connect(m_service, &ApiService::requestFinished, m_journal, &RequestJournal::add);
    connect(m_service, &ApiService::authBlockedChanged, this, &Session::logAuthBlocked);
    connect(m_service, &ApiService::authBlockedChanged, m_ordersStale,
            &StaleMonitor::setCredentialsRefused);
    // What the status bar says, from narrow inputs (its stale is the order lists' monitor's).
    connect(m_service, &ApiService::authBlockedChanged, m_link,
            &ConnectionStatus::setCredentialsRefused);
    connect(m_service, &ApiService::clockOffsetChanged, m_link, &ConnectionStatus::setClockSkewMs);
    connect(m_service, &ApiService::rateLimited, m_link,
            [link = m_link](RateClass, qint64 pauseMs) { link->holdBack(pauseMs); });
    tellExchange();
}

void Session::followSymbolRules()
{
    // The symbol's tokens come first in the balances; its steps set the book's rows.
    connect(m_market, &MarketDataController::symbolTokensChanged, m_accountData,
            &AccountDataController::setPreferredTokens);
    connect(m_market, &MarketDataController::symbolsChanged, m_book,
            &BookController::setSymbolRules);
    // Every list that writes numbers does it in the symbol's own decimals and units.
    connect(m_market, &MarketDataController::symbolsChanged, m_orders,
            &OrdersController::setSymbolRules);
    connect(m_market, &MarketDataController::symbolsChanged, m_fills, &FillsModel::setSymbolRules);
    connect(m_market, &MarketDataController::symbolsChanged, m_notifier,
            &OrderNotifier::setSymbolRules);
    connect(m_market, &MarketDataController::symbolsChanged, m_placement,
            &PlacementTracker::setSymbolRules);
    connect(m_market, &MarketDataController::symbolsChanged, m_cancels,
            &CancelController::setSymbolRules);
}

void Session::tellExchange()
{
    m_link->setExchange({m_isDemo, exchangeLabel(), m_service->baseUrl(), m_problem});
}

void Session::logSkipped(const QString &list, const QStringList &reasons)
{
    if (m_lastSkipped.value(list) == reasons)
        return; // said once, not on every poll
    m_lastSkipped.insert(list, reasons);
    m_log->add(
        tr("Reading %1").arg(list),
        tr("%n item(s) could not be read and are not shown: %1", nullptr, int(reasons.size()))
            .arg(reasons.join(QStringLiteral("; "))),
        ActivityLogModel::Severity::Warning);
}

void Session::logAuthBlocked(bool blocked)
{
    if (blocked)
        m_log->add(tr("Credentials"),
                   tr("The exchange refused the API key or signature; signed requests are "
                      "paused until the credentials change in Settings."),
                   ActivityLogModel::Severity::Error);
}

void Session::attachNetwork()
{
    if (m_service->hasTransport() || !m_networkProblem.isEmpty())
        return;
    QString why;
    if (auto make = std::exchange(m_makeNetwork, {}))
        m_network = make(&why);
    if (m_network) {
        m_service->setTransport(m_network.get());
        return;
    }
    // Said where the trader looks (status bar, activity log), never a crash: nothing is sent.
    m_networkProblem = why.isEmpty() ? tr("The app has no network to reach the exchange.")
                                     : tr("The network could not be opened: %1").arg(why);
    m_problem = m_networkProblem;
    m_service->failTransport(m_problem);
    m_log->add(tr("Network"), m_problem, ActivityLogModel::Severity::Error);
    tellExchange();
}

void Session::startExchange()
{
    attachNetwork();
    if (!m_networkProblem.isEmpty())
        return;
    if (m_isDemo && !m_embedded) {
        m_embedded = m_makeEmbedded();
        const QUrl url = m_embedded->startOnLoopback();
        if (url.isEmpty()) {
            // Said where the trader looks (status bar, activity log), not only on stderr.
            const QString why = m_embedded->startProblem();
            m_problem = why.isEmpty() ? tr("The demo exchange could not listen on 127.0.0.1.")
                                      : tr("Demo exchange could not start: %1").arg(why);
            m_log->add(tr("Demo exchange"), m_problem, ActivityLogModel::Severity::Error);
            tellExchange();
            return;
        }
        m_service->setBaseUrl(url);
        // Given credentials (deterministic runs) are registered with the demo exchange.
        const EmbeddedExchange::Credentials given{m_demoApiKey, m_demoKey};
        const auto credentials = m_embedded->accept(given) ? given : m_embedded->newCredentials();
        setCredentials(credentials.apiKey, credentials.key);
        tellExchange();
    }
}

QString Session::exchangeLabel() const
{
    return m_isDemo ? tr("Demo exchange") : m_service->baseUrl().toDisplayString();
}

QString Session::account() const
{
    return m_context->account();
}

void Session::setAccount(const QString &accountId)
{
    m_context->setAccount(accountId);
}

bool Session::hasCredentials() const
{
    return m_service->hasCredentials();
}

QUrl Session::exchangeUrl() const
{
    return m_service->baseUrl();
}

void Session::lookUp(const QString &query, QObject *context,
                     std::function<void(const ApiResult<Order> &)> done)
{
    m_lookup->lookUp(query, context, std::move(done));
}

void Session::setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key)
{
    m_apiKey = apiKey;
    m_key = key;
    m_service->setCredentials(apiKey, std::move(key));
}

void Session::start()
{
    m_started = true;
    startExchange();
    if (!m_problem.isEmpty())
        return;
    m_market->start();
    m_accountData->start();
    m_book->start();
    m_orders->start();
}

QString Session::setExchange(const QUrl &url)
{
    if (m_isDemo)
        return tr("The embedded demo exchange is in use.");
    if (!m_networkProblem.isEmpty())
        return m_networkProblem;
    const QString problem = m_service->setBaseUrl(url);
    if (!problem.isEmpty())
        return problem;
    const bool wasBlocked = !m_problem.isEmpty();
    m_problem.clear();
    tellExchange();
    if (m_started && wasBlocked) {
        m_market->start();
        m_accountData->start();
        m_book->start();
        m_orders->start();
    } else if (m_started) {
        m_market->refreshAll();
        m_accountData->refreshNow();
        m_orders->refreshNow();
    }
    return {};
}

Session::~Session() = default;

QList<RequestRecord> Session::journal() const
{
    return m_journal->records();
}

// What the settings file held that is not used, or was made private (AppSettings), and why the
// order-times file cannot be read or saved (a link, a pipe, no data folder): in the log.
void Session::routeNotes(AppSettings *settings)
{
    const QString action = Session::tr("Settings");
    settings->setNoteSink([log = QPointer<ActivityLogModel>(m_log), action](const QString &note) {
        if (log)
            log->add(action, note, ActivityLogModel::Severity::Warning);
    });
    m_times->setNoteSink([log = QPointer<ActivityLogModel>(m_log)](const QString &note) {
        if (log)
            log->add(Session::tr("Order times"), note, ActivityLogModel::Severity::Warning);
    });
}

void Session::applySettings()
{
    m_service->setTimeoutMs(m_settings->timeoutMs());
    m_placement->setLeaveWithinMs(m_settings->placeWithinMs());
    m_orders->setIntervals(m_settings->openIntervalMs(), m_settings->finishedIntervalMs());
    m_colors->setKind(m_settings->colorBlindSafe() ? ColorScheme::Kind::ColorBlindSafe
                                                   : ColorScheme::Kind::Standard);
    OrderNotifier::Preferences p;
    for (const char *kind : {"filled", "partial", "cancelled", "rejected"}) {
        if (!m_settings->notify(QLatin1String(kind)))
            p.muted.insert(QLatin1String(kind));
    }
    p.sound = m_settings->notifySound();
    m_notifier->setPreferences(p);
}

void Session::refreshNow()
{
    m_orders->refreshNow();
    m_accountData->refreshNow();
    m_fillsController->refreshNow();
}

void Session::setColorBlindSafe(bool on)
{
    m_settings->setColorBlindSafe(on);
    applySettings();
}

void Session::setPaused(bool paused)
{
    m_paused = paused;
    applyPause();
}

void Session::setMinimised(bool minimised)
{
    m_minimised = minimised;
    m_orders->setWanted(!minimised);
    applyPause();
}

void Session::applyPause()
{
    // Nobody sees market data, the balances or the fills dock while minimised; fills must still
    // be announced (the order polls go on, slower). Paused, nothing polls.
    QList<PollingFeed *> feeds = m_market->feeds() + m_accountData->feeds();
    feeds << m_book->feed() << m_fillsController->feed();
    for (PollingFeed *feed : std::as_const(feeds))
        feed->setPaused(m_paused || m_minimised);
    m_orders->openFeed()->setPaused(m_paused);
    m_orders->finishedFeed()->setPaused(m_paused);
}

WindowParts Session::windowParts() const
{
    WindowParts p;
    p.orders = {m_open, m_finished, m_orders, m_ordersStale, m_cancels, m_notifier};
    p.market = {m_market, m_book, m_depth, m_marketStale};
    p.account = {m_accountData, m_balances};
    p.fills = {m_fillsController, m_fills};
    p.placement = m_placement;
    p.log = m_log;
    p.settings = m_settings;
    p.colors = m_colors;
    p.link = m_link;
    return p;
}

LadderMove::Backend Session::moveBackend(const QString &account, QObject *owner) const
{
    return LadderMove::Backend::from(m_service, m_cancels, account, owner);
}
