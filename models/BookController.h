#pragma once

#include "core/MarketTypes.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class ApiService;
class DepthModel;
class PollingFeed;
class TradingContext;

// The context symbol's order book, polled only while wanted (the book is on screen). It feeds its
// own model (DepthModel, at the symbol's steps) before depthChanged() goes out. A reply for a
// symbol the trader has left since asking is dropped, never shown as the new symbol's.
class BookController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookController)

public:
    BookController(ApiService *service, TradingContext *context, DepthModel *model,
                   QObject *parent = nullptr);

    // Empties the book and asks for the context's (new) symbol at once.
    void followSymbol();
    // The symbol's price and quantity steps for the book's rows.
    void setSymbolRules(const QList<SymbolRules> &symbols);
    void start();
    void stop();
    // Someone looks at the book (its dock is visible): it polls only then. The one visibility
    // call every controller has (see MarketDataController::setWanted).
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    std::optional<Depth> depth() const { return m_depth; }
    // The book of `symbol` only (none while another symbol's is still held).
    std::optional<Depth> depthOf(const QString &symbol) const
    {
        return symbol == m_depthSymbol ? m_depth : std::nullopt;
    }
    // How old the shown book can at most be (-1: none), for who must know whether it is fresh:
    // since the request that brought it went (monotonic; a slow answer is as old as its request).
    qint64 depthAgeMs() const
    {
        return m_depth && m_received.isValid() ? m_received.elapsed() + m_waitedMs : -1;
    }
    PollingFeed *feed() const { return m_feed; }

Q_SIGNALS:
    // A new book for the symbol (or none, after the symbol changed).
    void depthChanged();

private:
    void followRules();
    void applyDepth();

    ApiService *m_service;
    TradingContext *m_context;
    DepthModel *m_model;
    QList<SymbolRules> m_symbols;
    std::optional<Depth> m_depth;
    QString m_depthSymbol; // whose book m_depth is
    QElapsedTimer m_received;
    qint64 m_waitedMs = 0; // from its request to its answer
    bool m_wanted = false;
    bool m_started = false;
    PollingFeed *m_feed;
};
