#pragma once

#include "core/MarketTypes.h"

#include <QHash>
#include <QStringList>

#include <random>

// A simulated market per symbol: a seeded random walk of the mid price and a synthetic order
// book around it. The same seed and the same number of steps always give the same market.
class MarketSimulator
{
public:
    static constexpr int BookLevels = 20;

    explicit MarketSimulator(quint64 seed);

    void addSymbol(const SymbolRules &rules, const Decimal &mid);
    bool hasSymbol(const QString &symbol) const { return m_markets.contains(symbol); }
    const SymbolRules *rules(const QString &symbol) const;
    QStringList symbols() const { return m_order; }

    void step();
    void setMid(const QString &symbol, const Decimal &mid);
    Decimal mid(const QString &symbol) const;
    Decimal lastPrice(const QString &symbol) const;
    void setLastPrice(const QString &symbol, const Decimal &price);
    Decimal openPrice(const QString &symbol) const;
    Decimal highPrice(const QString &symbol) const { return m_markets.value(symbol).high; }
    Decimal lowPrice(const QString &symbol) const { return m_markets.value(symbol).low; }
    Decimal volume(const QString &symbol) const { return m_markets.value(symbol).volume; }
    // A fill of the exchange's own orders: the last price, the day's range and volume move.
    void recordTrade(const QString &symbol, const Decimal &price, const Decimal &quoteAmount);
    // Best level first.
    Depth book(const QString &symbol, int levels = BookLevels) const;

private:
    struct Market
    {
        SymbolRules rules;
        Decimal mid;
        Decimal last;
        Decimal open;
        Decimal high;
        Decimal low;
        Decimal volume; // traded amount in the quote token since the start ("24 h")
    };
    void traded(Market &m, const Decimal &price, const Decimal &quoteAmount);
    quint64 levelNoise(const QString &symbol, int level, bool ask) const;

    quint64 m_seed;
    quint64 m_steps = 0;
    std::mt19937_64 m_rng;
    QHash<QString, Market> m_markets;
    QStringList m_order;
};
