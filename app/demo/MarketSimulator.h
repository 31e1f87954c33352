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
    // Best level first.
    Depth book(const QString &symbol, int levels = BookLevels) const;

private:
    struct Market
    {
        SymbolRules rules;
        Decimal mid;
        Decimal last;
        Decimal open;
    };
    quint64 levelNoise(const QString &symbol, int level, bool ask) const;

    quint64 m_seed;
    quint64 m_steps = 0;
    std::mt19937_64 m_rng;
    QHash<QString, Market> m_markets;
    QStringList m_order;
};
