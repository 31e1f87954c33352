#include "models/MarketDataController.h"

#include "core/ApiService.h"
#include "models/PollIntervals.h"
#include "models/PollingFeed.h"
#include "models/TradingContext.h"

#include <algorithm>

MarketDataController::MarketDataController(ApiService *service, TradingContext *context,
                                           QObject *parent)
    : QObject(parent),
      m_service(service),
      m_context(context)
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
        PollIntervals::BookTickerMs,
        [this] {
            m_bookReceived.start();
            m_bookWaitedMs = std::max<qint64>(0, m_bookFeed->msSinceLastPoll());
            emitMarket();
        });
    m_tickerFeed = symbolFeed<Ticker24h>(
        tr("24 h ticker"),
        [api](const QString &s, QObject *c, auto done) { api->ticker24h(s, c, done); }, &m_ticker,
        PollIntervals::Ticker24hMs, market);
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
    return {m_symbolFeed, m_priceFeed, m_bookFeed, m_tickerFeed};
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
    m_bookReceived.invalidate();
    m_ticker.reset();
    emitMarket();
    m_priceFeed->refreshNow();
    m_bookFeed->refreshNow();
    m_tickerFeed->refreshNow();
}

void MarketDataController::followRules()
{
    const auto r = rules(symbol());
    const QStringList tokens = r ? QStringList{r->baseToken, r->quoteToken} : QStringList();
    if (tokens == m_tokens)
        return;
    m_tokens = tokens;
    Q_EMIT symbolTokensChanged(m_tokens);
}

void MarketDataController::emitMarket()
{
    followRules();
    Q_EMIT marketChanged();
}

void MarketDataController::followDepth(PollingFeed *depth)
{
    connect(depth, &PollingFeed::succeeded, m_bookFeed, [this, depth] {
        m_bookFeed->followPhase(depth->intervalMs() / 2, depth->intervalMs());
    });
}

void MarketDataController::start()
{
    for (PollingFeed *f : feeds())
        f->start();
}

void MarketDataController::stop()
{
    for (PollingFeed *f : feeds())
        f->stop();
}

void MarketDataController::refreshAll()
{
    for (PollingFeed *f : marketFeeds())
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

MarketDataController::Quote MarketDataController::bestQuote(const std::optional<BookTicker> &ticker,
                                                            qint64 tickerAgeMs,
                                                            const std::optional<Depth> &depth,
                                                            qint64 depthAgeMs)
{
    Quote q;
    const bool bookFresh = depth && depthAgeMs >= 0 && depthAgeMs <= BookFreshMs;
    const bool tickerNewer = ticker && tickerAgeMs >= 0 && tickerAgeMs < depthAgeMs;
    if (bookFresh && !tickerNewer) {
        q.fromBook = true;
        q.ageMs = depthAgeMs;
        q.levels.time = depth->time;
        q.levels.hasBid = !depth->bids.isEmpty();
        q.levels.hasAsk = !depth->asks.isEmpty();
        // Each side best first as the exchange sends it; the best level is taken either way.
        const auto byPrice = [](const DepthLevel &a, const DepthLevel &b) {
            return a.price < b.price;
        };
        if (q.levels.hasBid)
            q.levels.bid = *std::max_element(depth->bids.cbegin(), depth->bids.cend(), byPrice);
        if (q.levels.hasAsk)
            q.levels.ask = *std::min_element(depth->asks.cbegin(), depth->asks.cend(), byPrice);
        return q;
    }
    if (ticker) {
        q.levels = *ticker;
        q.ageMs = tickerAgeMs;
    }
    return q;
}

MarketDataController::DayRange MarketDataController::dayRange(const Ticker24h &ticker,
                                                              const std::optional<Decimal> &last)
{
    DayRange r{ticker.highPrice, ticker.lowPrice};
    if (last && !last->isZero() && !last->isNegative()) {
        if (*last > r.high)
            r.high = *last;
        if (r.low.isZero() || *last < r.low)
            r.low = *last;
    }
    return r;
}
