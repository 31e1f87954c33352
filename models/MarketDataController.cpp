#include "models/MarketDataController.h"

#include "core/ApiService.h"
#include "models/BalancesModel.h"
#include "models/DepthModel.h"
#include "models/PollIntervals.h"
#include "models/PollingFeed.h"
#include "models/TradingContext.h"

MarketDataController::MarketDataController(ApiService *service, TradingContext *context,
                                           BalancesModel *balances, DepthModel *depth,
                                           QObject *parent)
    : QObject(parent),
      m_service(service),
      m_context(context),
      m_balancesModel(balances),
      m_depthModel(depth)
{
    m_symbolFeed = new PollingFeed(
        tr("Symbols"),
        [this](QObject *ctx, PollingFeed::Done done) {
            m_service->symbols({}, ctx, [this, done](const ApiResult<QList<SymbolRules>> &r) {
                if (r.ok()) {
                    m_symbols = r.value;
                    followRules();
                    Q_EMIT symbolsChanged(m_symbols);
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
                    // No account chosen yet: the exchange's first is.
                    if (m_context->account().isEmpty() && !m_accounts.isEmpty())
                        m_context->setAccount(m_accounts.first().id);
                    Q_EMIT accountsChanged();
                }
                done(r.error);
            });
        },
        PollIntervals::AccountsMs, this);
    m_balanceFeed = new PollingFeed(
        tr("Balances"),
        [this](QObject *ctx, PollingFeed::Done done) {
            const QString asked = m_context->account();
            if (asked.isEmpty())
                return done({});
            // A reply for the account the trader just left is dropped.
            m_service->balances(asked, {}, ctx,
                                [this, done, asked](const ApiResult<QList<Balance>> &r) {
                                    if (asked != m_context->account())
                                        return done({});
                                    if (r.ok()) {
                                        m_balances = r.value;
                                        emitBalances();
                                    }
                                    done(r.error);
                                });
        },
        PollIntervals::BalancesMs, this);
    ApiService *api = m_service;
    const auto market = [this] {
        emitMarket();
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
        PollIntervals::DepthMs, [this] { emitDepth(); });
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
            const QString asked = self->symbol();
            if (asked.isEmpty())
                return done({});
            ask(asked, ctx, [self, done, slot, asked, changed](const ApiResult<T> &r) {
                if (asked != self->symbol())
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

QString MarketDataController::symbol() const
{
    return m_context->symbol();
}

void MarketDataController::setSymbol(const QString &symbol)
{
    m_context->setSymbol(symbol);
}

void MarketDataController::followSymbol()
{
    m_lastPrice.reset();
    m_book.reset();
    m_ticker.reset();
    m_depth.reset();
    emitMarket();
    emitDepth();
    m_depthFeed->refreshNow();
    m_priceFeed->refreshNow();
    m_bookFeed->refreshNow();
    m_tickerFeed->refreshNow();
}

void MarketDataController::followAccount()
{
    m_balances.clear();
    emitBalances();
    m_balanceFeed->refreshNow();
}

void MarketDataController::followRules()
{
    const auto r = rules(symbol());
    m_balancesModel->setPreferredTokens(r ? QStringList{r->baseToken, r->quoteToken}
                                          : QStringList());
    if (r)
        m_depthModel->setDecimals(r->priceDecimals(), r->quantityDecimals());
}

void MarketDataController::emitMarket()
{
    followRules();
    Q_EMIT marketChanged();
}

void MarketDataController::emitDepth()
{
    m_depthModel->apply(m_depth.value_or(Depth()));
    Q_EMIT depthChanged();
}

void MarketDataController::emitBalances()
{
    m_balancesModel->setBalances(m_balances);
    Q_EMIT balancesChanged();
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
