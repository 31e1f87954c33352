#include "models/MarketDataController.h"

#include "core/ApiService.h"
#include "models/PollIntervals.h"
#include "models/PollingFeed.h"

MarketDataController::MarketDataController(ApiService *service, QObject *parent)
    : QObject(parent),
      m_service(service)
{
    m_symbolFeed = new PollingFeed(
        tr("Symbols"),
        [this](QObject *ctx, PollingFeed::Done done) {
            m_service->symbols({}, ctx, [this, done](const ApiResult<QList<SymbolRules>> &r) {
                if (r.ok()) {
                    m_symbols = r.value;
                    Q_EMIT symbolsChanged();
                }
                done(r.error);
            });
        },
        PollIntervals::SymbolsMs, this);
    m_accountFeed = new PollingFeed(
        tr("Accounts"),
        [this](QObject *ctx, PollingFeed::Done done) {
            m_service->userInfo(ctx, [this, done](const ApiResult<QList<Account>> &r) {
                if (r.ok()) {
                    m_accounts = r.value;
                    Q_EMIT accountsChanged();
                }
                done(r.error);
            });
        },
        PollIntervals::AccountsMs, this);
    m_balanceFeed = new PollingFeed(
        tr("Balances"),
        [this](QObject *ctx, PollingFeed::Done done) {
            if (m_account.isEmpty())
                return done({});
            // A reply for the account the trader just left is dropped.
            m_service->balances(
                m_account, {}, ctx,
                [this, done, asked = m_account](const ApiResult<QList<Balance>> &r) {
                    if (asked != m_account)
                        return done({});
                    if (r.ok()) {
                        m_balances = r.value;
                        Q_EMIT balancesChanged();
                    }
                    done(r.error);
                });
        },
        PollIntervals::BalancesMs, this);
    ApiService *api = m_service;
    const auto market = [this] {
        Q_EMIT marketChanged();
    };
    m_priceFeed = symbolFeed<Decimal>(
        tr("Last price"),
        [api](const QString &s, QObject *c, auto done) { api->tickerPrice(s, c, done); },
        &m_lastPrice, PollIntervals::LastPriceMs, market);
    m_bookFeed = symbolFeed<BookTicker>(
        tr("Best bid/ask"),
        [api](const QString &s, QObject *c, auto done) { api->bookTicker(s, c, done); }, &m_book,
        PollIntervals::BookTickerMs, market);
    m_tickerFeed = symbolFeed<Ticker24h>(
        tr("24 h ticker"),
        [api](const QString &s, QObject *c, auto done) { api->ticker24h(s, c, done); }, &m_ticker,
        PollIntervals::Ticker24hMs, market);
    m_depthFeed = symbolFeed<Depth>(
        tr("Order book"),
        [api](const QString &s, QObject *c, auto done) { api->depth(s, c, done); }, &m_depth,
        PollIntervals::DepthMs, [this] { Q_EMIT depthChanged(); });
}

template <typename T>
PollingFeed *MarketDataController::symbolFeed(const QString &name, Ask<T> ask,
                                              std::optional<T> *slot, int intervalMs,
                                              std::function<void()> changed)
{
    // A reply for a symbol the trader has left since asking is dropped, never stored as the new
    // symbol's.
    MarketDataController *self = this;
    return new PollingFeed(
        name,
        [self, ask, slot, changed](QObject *ctx, PollingFeed::Done done) {
            if (self->m_symbol.isEmpty())
                return done({});
            const QString asked = self->m_symbol;
            ask(asked, ctx, [self, done, slot, asked, changed](const ApiResult<T> &r) {
                if (asked != self->m_symbol)
                    return done({});
                if (r.ok()) {
                    *slot = r.value;
                    changed();
                }
                done(r.error);
            });
        },
        intervalMs, this);
}

QList<PollingFeed *> MarketDataController::feeds() const
{
    return {m_symbolFeed, m_accountFeed, m_balanceFeed, m_priceFeed,
            m_bookFeed,   m_tickerFeed,  m_depthFeed};
}

void MarketDataController::setDepthWanted(bool wanted)
{
    if (wanted == m_depthWanted)
        return;
    m_depthWanted = wanted;
    if (wanted && m_started)
        m_depthFeed->start();
    else if (!wanted)
        m_depthFeed->stop();
}

void MarketDataController::setSymbol(const QString &symbol)
{
    if (symbol == m_symbol)
        return;
    m_symbol = symbol;
    m_lastPrice.reset();
    m_book.reset();
    m_ticker.reset();
    m_depth.reset();
    Q_EMIT marketChanged();
    Q_EMIT depthChanged();
    m_depthFeed->refreshNow();
    m_priceFeed->refreshNow();
    m_bookFeed->refreshNow();
    m_tickerFeed->refreshNow();
}

void MarketDataController::setAccount(const QString &accountId)
{
    if (accountId == m_account)
        return;
    m_account = accountId;
    m_balances.clear();
    Q_EMIT balancesChanged();
    m_balanceFeed->refreshNow();
}

void MarketDataController::start()
{
    m_started = true;
    for (PollingFeed *f : feeds()) {
        if (f != m_depthFeed || m_depthWanted)
            f->start();
    }
}

void MarketDataController::stop()
{
    m_started = false;
    for (PollingFeed *f : feeds())
        f->stop();
}

void MarketDataController::setPaused(bool paused)
{
    for (PollingFeed *f : feeds())
        f->setPaused(paused);
}

void MarketDataController::refreshBalances()
{
    m_balanceFeed->refreshNow();
}

void MarketDataController::refreshAll()
{
    for (PollingFeed *f : {m_balanceFeed, m_priceFeed, m_bookFeed, m_tickerFeed})
        f->refreshNow();
}

std::optional<SymbolRules> MarketDataController::rules(const QString &symbol) const
{
    for (const SymbolRules &r : m_symbols) {
        if (r.symbol == symbol)
            return r;
    }
    return std::nullopt;
}
