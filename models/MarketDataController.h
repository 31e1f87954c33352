#pragma once

#include "core/AccountTypes.h"
#include "core/ApiResult.h"
#include "core/MarketTypes.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class ApiService;
class BalancesModel;
class DepthModel;
class PollingFeed;
class TradingContext;

// What the order form needs to know, kept fresh within the rate limits: symbols and their rules,
// the accounts, balances, and the context symbol's last price, best bid/ask, 24 h ticker and
// book. It feeds its own models: the balances (the symbol's tokens first) and the book (at the
// symbol's steps), each before its signal goes out, so whoever listens reads them fresh.
class MarketDataController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketDataController)

public:
    MarketDataController(ApiService *service, TradingContext *context, BalancesModel *balances,
                         DepthModel *depth, QObject *parent = nullptr);

    // The context's symbol and account (stored there only), followed by followSymbol() and
    // followAccount() once the context has changed.
    QString symbol() const;
    // Trades `symbol` from now on: the context's setSymbol (the one path), for the form.
    void setSymbol(const QString &symbol);
    void followSymbol();
    void followAccount();
    void start();
    void stop();
    void setPaused(bool paused);
    void refreshBalances();
    // Balances and the symbol's market data at once (within the rate limits).
    void refreshAll();

    QList<SymbolRules> symbols() const { return m_symbols; }
    std::optional<SymbolRules> rules(const QString &symbol) const;
    QList<Account> accounts() const { return m_accounts; }
    std::optional<Decimal> lastPrice() const { return m_lastPrice; }
    std::optional<BookTicker> book() const { return m_book; }
    std::optional<Ticker24h> ticker() const { return m_ticker; }
    // The symbol's order book, polled only while wanted (the book is on screen).
    void setDepthWanted(bool wanted);
    bool isDepthWanted() const { return m_depthWanted; }
    std::optional<Depth> depth() const { return m_depth; }
    QList<Balance> balances() const { return m_balances; }
    QList<PollingFeed *> feeds() const;
    // The last price's feed: while it is stale the order form pauses placing (#24).
    PollingFeed *priceFeed() const { return m_priceFeed; }
    // The chosen symbol's public market data (price, best bid/ask, ticker, book).
    QList<PollingFeed *> marketFeeds() const
    {
        return {m_priceFeed, m_bookFeed, m_tickerFeed, m_depthFeed};
    }

Q_SIGNALS:
    void symbolsChanged(const QList<SymbolRules> &symbols);
    void accountsChanged();
    void marketChanged();
    void balancesChanged();
    // A new book for the symbol (or none, after the symbol changed).
    void depthChanged();

private:
    // Asks for one symbol's data; the service's call for it.
    template <typename T>
    using Ask = std::function<void(const QString &symbol, QObject *context,
                                   std::function<void(const ApiResult<T> &)> done)>;
    // One feed per market-data endpoint, for the form's symbol.
    template <typename T>
    PollingFeed *symbolFeed(const QString &name, Ask<T> ask, std::optional<T> *slot, int intervalMs,
                            std::function<void()> changed);
    // The symbol's tokens first in the balances; its steps in the book.
    void followRules();
    void emitMarket();
    void emitDepth();
    void emitBalances();

    ApiService *m_service;
    TradingContext *m_context;
    BalancesModel *m_balancesModel;
    DepthModel *m_depthModel;
    QList<SymbolRules> m_symbols;
    QList<Account> m_accounts;
    QList<Balance> m_balances;
    std::optional<Decimal> m_lastPrice;
    std::optional<BookTicker> m_book;
    std::optional<Ticker24h> m_ticker;
    std::optional<Depth> m_depth;
    bool m_depthWanted = false;
    bool m_started = false;
    PollingFeed *m_symbolFeed;
    PollingFeed *m_accountFeed;
    PollingFeed *m_balanceFeed;
    PollingFeed *m_priceFeed;
    PollingFeed *m_bookFeed;
    PollingFeed *m_tickerFeed;
    PollingFeed *m_depthFeed;
};
