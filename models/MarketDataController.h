#pragma once

#include "core/ApiResult.h"
#include "core/MarketTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class ApiService;
class PollingFeed;
class TradingContext;

// The symbol's market, kept fresh within the rate limits: the symbols and their rules, and the
// context symbol's last price, best bid/ask and 24 h ticker (the market panel and the order form
// read them after marketChanged()). The account's data is AccountDataController's, the book
// BookController's: each controller feeds its own model(s).
//
// Pausing (one meaning everywhere): a controller whose data is not always on screen has
// setWanted(bool) (BookController: the book's dock; FillsController: the fills dock;
// OrdersController: the window is in front, else it polls slowly). Minimising the window or
// freezing the session pauses every feed (PollingFeed::setPaused), which only Session does.
class MarketDataController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDataController)

public:
    // The best bid/ask to show, to put in the price and to judge an order against: the freshest
    // touch the app has, whichever of the order book's top levels (while no older than
    // BookFreshMs) and the best bid/ask feed arrived last, by when this computer received it
    // (monotonic, from the request that brought it; never the exchange's `time`, which may drift).
    // The two are polled half a period apart (followDepth), so a fresh touch arrives about every
    // second.
    struct Quote
    {
        BookTicker levels;
        bool fromBook = false;
        qint64 ageMs = -1; // how long ago it arrived; -1: no touch at all
    };
    static constexpr int BookFreshMs = 5000;
    // Ages < 0: not received. A ticker of unknown age (tickerAgeMs < 0) counts as older than the
    // book.
    static Quote bestQuote(const std::optional<BookTicker> &ticker, qint64 tickerAgeMs,
                           const std::optional<Depth> &depth, qint64 depthAgeMs);
    static Quote bestQuote(const std::optional<BookTicker> &ticker,
                           const std::optional<Depth> &depth, qint64 depthAgeMs)
    {
        return bestQuote(ticker, -1, depth, depthAgeMs);
    }
    // The 24 h high/low, widened by the last price: the ticker is polled slower than the last
    // price, and a trade above the ticker's high is the day's new high (never shown outside it).
    struct DayRange
    {
        Decimal high;
        Decimal low;
    };
    static DayRange dayRange(const Ticker24h &ticker, const std::optional<Decimal> &last);

    MarketDataController(ApiService *service, TradingContext *context, QObject *parent = nullptr);

    // The context's symbol (stored there only), followed by followSymbol() once the context has
    // changed.
    QString symbol() const;
    // Trades `symbol` from now on: the context's setSymbol (the one path), for the form.
    void setSymbol(const QString &symbol);
    void followSymbol();
    void start();
    void stop();
    // The symbol's market data at once (within the rate limits).
    void refreshAll();

    QList<SymbolRules> symbols() const { return m_symbols; }
    std::optional<SymbolRules> rules(const QString &symbol) const;
    std::optional<Decimal> lastPrice() const { return m_lastPrice; }
    std::optional<BookTicker> book() const { return m_book; }
    // How old book() can at most be: since the request that brought it went (monotonic; a reply
    // that took long is as old as its request). -1: none.
    qint64 bookAgeMs() const
    {
        return m_book && m_bookReceived.isValid() ? m_bookReceived.elapsed() + m_bookWaitedMs : -1;
    }
    // The best bid/ask feed polls half a period after each answered poll of `depth` (the order
    // book's), so the two touches arrive in turn, each endpoint still once per interval.
    void followDepth(PollingFeed *depth);
    std::optional<Ticker24h> ticker() const { return m_ticker; }
    QList<PollingFeed *> feeds() const;
    // The chosen symbol's public market data (price, best bid/ask, ticker).
    QList<PollingFeed *> marketFeeds() const { return {m_priceFeed, m_bookFeed, m_tickerFeed}; }

Q_SIGNALS:
    void symbolsChanged(const QList<SymbolRules> &symbols);
    void marketChanged();
    // The context symbol's base and quote tokens (empty: no rules yet), when they change.
    void symbolTokensChanged(const QStringList &tokens);

private:
    // Asks for one symbol's data; the service's call for it.
    template <typename T>
    using Ask = std::function<void(const QString &symbol, QObject *context,
                                   std::function<void(const ApiResult<T> &)> done)>;
    // One feed per market-data endpoint, for the form's symbol.
    template <typename T>
    PollingFeed *symbolFeed(const QString &name, Ask<T> ask, std::optional<T> *slot, int intervalMs,
                            std::function<void()> changed);
    // The symbol's tokens, for the balances to put first.
    void followRules();
    void emitMarket();

    ApiService *m_service;
    TradingContext *m_context;
    QList<SymbolRules> m_symbols;
    QStringList m_tokens;
    std::optional<Decimal> m_lastPrice;
    std::optional<BookTicker> m_book;
    QElapsedTimer m_bookReceived;
    qint64 m_bookWaitedMs = 0; // from its request to its answer
    std::optional<Ticker24h> m_ticker;
    PollingFeed *m_symbolFeed;
    PollingFeed *m_priceFeed;
    PollingFeed *m_bookFeed;
    PollingFeed *m_tickerFeed;
};
