#include "session/Session.h"

#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "models/ActivityLogModel.h"
#include "models/BalancesModel.h"
#include "models/CancelController.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderNotifier.h"
#include "models/OrderTimes.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "session/AppSettings.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace {
constexpr int JournalLimit = 10000;
}

Session::Session(const Options &options, AppSettings *settings, QObject *parent)
    : QObject(parent),
      m_isDemo(bool(options.embedded)),
      m_clocks(options.clocks),
      m_settings(settings),
      m_colors(new ColorScheme(this)),
      m_nam(options.network ? options.network : new QNetworkAccessManager(this)),
      m_service(new ApiService(m_nam, this)),
      m_open(new OpenOrdersModel(m_colors, this)),
      m_finished(new FinishedOrdersModel(m_colors, this)),
      m_log(new ActivityLogModel(m_colors, m_clocks.wallMs, this)),
      m_orders(new OrdersController(m_service, m_open, m_finished, m_clocks.wallMs, this)),
      m_market(new MarketDataController(m_service, this)),
      m_placement(new PlacementTracker(PlacementTracker::Backend::from(m_service), m_log, m_clocks,
                                       options.random64, this)),
      m_cancels(new CancelController(m_service, m_log, this, m_clocks.wallMs)),
      m_notifier(new OrderNotifier(
          m_log, [this](OrderId id) { return m_cancels->cancelledByUser(id); }, this)),
      m_balances(new BalancesModel(this)),
      m_depth(new DepthModel(m_colors, this)),
      m_fills(new FillsModel(m_colors, this)),
      m_fillsController(new FillsController(m_service, m_fills, this))
{
    wireMarketModels();
    connect(m_orders, &OrdersController::orderEvent, m_notifier, &OrderNotifier::onOrderEvent);
    connect(m_orders, &OrdersController::itemsSkipped, this,
            [this](const QString &list, const QStringList &reasons) {
                if (m_lastSkipped.value(list) == reasons)
                    return; // said once, not on every poll
                m_lastSkipped.insert(list, reasons);
                m_log->add(tr("Reading %1").arg(list),
                           tr("%n item(s) could not be read and are not shown: %1", nullptr,
                              int(reasons.size()))
                               .arg(reasons.join(QStringLiteral("; "))),
                           ActivityLogModel::Severity::Warning);
            });
    m_times = std::make_unique<OrderTimes>(
        options.dataDir.isEmpty() ? QString()
                                  : options.dataDir + QStringLiteral("/order-times.json"));
    m_orders->setTimes(m_times.get());
    applySettings();
    if (m_isDemo) {
        // The embedded exchange itself starts with the session (see embedded()): its server,
        // key pair and market are work the first frame need not wait for.
        m_makeEmbedded = options.embedded;
        m_demoApiKey = options.apiKey;
        m_demoKey = options.key;
    } else {
        m_problem = m_service->setBaseUrl(options.baseUrl);
        if (options.key && options.key->isValid())
            setCredentials(options.apiKey, options.key);
        m_account = options.account.isEmpty() ? settings->defaultAccount() : options.account;
    }
    if (!options.account.isEmpty())
        m_account = options.account;
    m_market->setSymbol(options.symbol.isEmpty() ? settings->defaultSymbol() : options.symbol);
    setAccount(m_account);

    connect(m_placement, &PlacementTracker::placed, this, [this](OrderId id, qint64 sentAtWall) {
        m_times->placed(id, sentAtWall);
        refreshNow();
    });
    connect(m_cancels, &CancelController::refreshWanted, this, [this] { refreshNow(); });
    connect(m_market, &MarketDataController::symbolsChanged, this, [this] {
        m_open->setSymbolRules(m_market->symbols());
        m_finished->setSymbolRules(m_market->symbols());
    });
    connect(m_market, &MarketDataController::accountsChanged, this, [this] {
        const auto accounts = m_market->accounts();
        if (m_account.isEmpty() && !accounts.isEmpty())
            setAccount(accounts.first().id);
    });
    connect(m_service, &ApiService::requestFinished, this, [this](const RequestRecord &r) {
        m_journal.append(r);
        if (m_journal.size() > JournalLimit)
            m_journal.removeFirst();
    });
    connect(m_service, &ApiService::authBlockedChanged, this, [this](bool blocked) {
        if (blocked)
            m_log->add(tr("Credentials"),
                       tr("The exchange refused the API key or signature; signed requests are "
                          "paused until the credentials change in Settings."),
                       ActivityLogModel::Severity::Error);
    });
}

EmbeddedExchange *Session::embedded()
{
    if (m_isDemo && !m_embedded) {
        m_embedded = m_makeEmbedded();
        const QUrl url = m_embedded->startOnLoopback();
        if (url.isEmpty()) {
            m_problem = tr("The demo exchange could not listen on 127.0.0.1.");
            return m_embedded.get();
        }
        m_service->setBaseUrl(url);
        // Given credentials (deterministic runs) are registered with the demo exchange.
        const EmbeddedExchange::Credentials given{m_demoApiKey, m_demoKey};
        const auto credentials = m_embedded->accept(given) ? given : m_embedded->newCredentials();
        setCredentials(credentials.apiKey, credentials.key);
    }
    return m_embedded.get();
}

QString Session::exchangeLabel() const
{
    return m_isDemo ? tr("Demo exchange") : m_service->baseUrl().toDisplayString();
}

void Session::setAccount(const QString &accountId)
{
    // Everything of one account is tagged with it: the order lists, fills and balances are
    // emptied and refilled for the new one, replies still in flight for the old one are dropped,
    // and an order listed under the old one is never cancelled with the new one's id.
    m_account = accountId;
    m_orders->setAccount(accountId);
    m_cancels->setAccount(accountId);
    m_market->setAccount(accountId);
    m_fillsController->setAccount(accountId);
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
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    bool numeric = false;
    const qint64 id = digits.match(query).hasMatch() ? query.toLongLong(&numeric) : 0;
    const OrderRef ref = numeric && id > 0 ? OrderRef::byId(id) : OrderRef::byClientId(query);
    m_service->getOrder(
        m_account, ref, context,
        [this, query, done = std::move(done), asked = m_account](ApiResult<Order> r) {
            if (r.ok() && asked != m_account)
                r.error = ApiError::make(ApiError::Kind::NotSent,
                                         tr("The account changed to %1 while looking up in %2; "
                                            "look up again.")
                                             .arg(m_account, asked));
            r.value.accountId = asked;
            if (r.ok()) {
                r.value = withKnownTimes(r.value);
                m_log->add(
                    tr("Look up %1").arg(query),
                    tr("Found order %1 (%2).").arg(r.value.orderId).arg(r.value.statusLabel()));
            } else {
                m_log->add(tr("Look up %1").arg(query), r.error.message,
                           ActivityLogModel::Severity::Error);
            }
            done(r);
        });
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
    embedded();
    if (!m_problem.isEmpty())
        return;
    m_market->start();
    m_orders->start();
}

QString Session::setExchange(const QUrl &url)
{
    if (m_isDemo)
        return tr("The embedded demo exchange is in use.");
    const QString problem = m_service->setBaseUrl(url);
    if (!problem.isEmpty())
        return problem;
    const bool wasBlocked = !m_problem.isEmpty();
    m_problem.clear();
    if (m_started && wasBlocked) {
        m_market->start();
        m_orders->start();
    } else if (m_started) {
        m_market->refreshAll();
        m_orders->refreshNow();
    }
    return {};
}

Session::~Session() = default;

Order Session::withKnownTimes(Order order)
{
    QList<Order> one{std::move(order)};
    m_times->stamp(one, m_clocks.wallMs(), OrderEnums::isFinal(one.first().status));
    return one.first();
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
    m_market->refreshBalances();
    m_fillsController->refreshNow();
}

void Session::wireMarketModels()
{
    connect(m_market, &MarketDataController::balancesChanged, m_balances,
            [this] { m_balances->setBalances(m_market->balances()); });
    // The symbol's tokens first in the balances; its steps and own orders in the book.
    const auto followSymbol = [this] {
        const auto rules = m_market->rules(m_market->symbol());
        m_balances->setPreferredTokens(rules ? QStringList{rules->baseToken, rules->quoteToken}
                                             : QStringList());
        if (rules)
            m_depth->setDecimals(rules->priceDecimals(), rules->quantityDecimals());
    };
    connect(m_market, &MarketDataController::marketChanged, this, followSymbol);
    connect(m_market, &MarketDataController::symbolsChanged, this, followSymbol);
    connect(m_market, &MarketDataController::depthChanged, m_depth, [this] {
        m_depth->apply(m_market->depth().value_or(Depth()));
        updateOwnLevels();
    });
    // A refresh of the open orders announces many rows; the book's own sizes follow once.
    m_ownLevelsTimer.setSingleShot(true);
    m_ownLevelsTimer.setInterval(0);
    connect(&m_ownLevelsTimer, &QTimer::timeout, this, &Session::updateOwnLevels);
    const auto later = [this] {
        m_ownLevelsTimer.start();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_open, signal, this, later);
    connect(m_open, &QAbstractItemModel::dataChanged, this, later);
}

void Session::updateOwnLevels()
{
    QList<Order> mine;
    for (const Order &o : m_open->orders()) {
        if (o.symbol == m_market->symbol())
            mine.append(o);
    }
    m_depth->setOwnOrders(mine);
}

void Session::setColorBlindSafe(bool on)
{
    m_settings->setColorBlindSafe(on);
    applySettings();
}

void Session::setPaused(bool paused)
{
    m_market->setPaused(paused);
    m_orders->setPaused(paused);
    m_fillsController->feed()->setPaused(paused);
}

void Session::setMinimised(bool minimised)
{
    // Nobody sees market data or the fills dock; fills must still be announced (order polls).
    m_market->setPaused(minimised);
    m_fillsController->feed()->setPaused(minimised);
    m_orders->setBackground(minimised);
}
