#include "demo/MarketSimulator.h"

#include <algorithm>

#include <QCryptographicHash>

MarketSimulator::MarketSimulator(quint64 seed)
    : m_seed(seed),
      m_rng(seed)
{}

void MarketSimulator::addSymbol(const SymbolRules &rules, const Decimal &mid)
{
    m_markets.insert(rules.symbol, {rules, mid, mid, mid, mid, mid, Decimal()});
    // A day's trading before the start: a few hundred times the price, rounded to the cent.
    Market &m = m_markets[rules.symbol];
    const qint64 lots = 150 + qint64(levelNoise(rules.symbol, -1, false) % 350);
    m.volume = m.mid.multiply(Decimal::fromInteger(lots))
                   .value_or(Decimal())
                   .roundDownToStep(*Decimal::parse("0.01"))
                   .value_or(Decimal());
    m_order.append(rules.symbol);
}

const SymbolRules *MarketSimulator::rules(const QString &symbol) const
{
    const auto it = m_markets.constFind(symbol);
    return it == m_markets.cend() ? nullptr : &it->rules;
}

void MarketSimulator::step()
{
    ++m_steps;
    for (const QString &symbol : std::as_const(m_order)) {
        Market &m = m_markets[symbol];
        // A move of -300..300 ticks, drawn without any library distribution so it is portable.
        const qint64 ticks = qint64(m_rng() % 601) - 300;
        const auto move = m.rules.priceIncrement.multiply(Decimal::fromInteger(ticks));
        const auto next = move ? m.mid.add(*move) : std::nullopt;
        if (next && *next > m.rules.priceIncrement.multiply(Decimal::fromInteger(1000)).value()) {
            m.mid = next->withMinScale(m.rules.priceDecimals());
            // The simulated crowd trades at mid, a few minimum sizes each step.
            // (Sized from a hash, not the generator, so the price path stays the seed's own.)
            const Decimal qty = *m.rules.baseMinSize.multiply(
                Decimal::fromInteger(1 + qint64(levelNoise(symbol, -2, true) % 20)));
            traded(m, m.mid, m.mid.multiply(qty).value_or(Decimal()));
        }
    }
}

void MarketSimulator::setMid(const QString &symbol, const Decimal &mid)
{
    if (m_markets.contains(symbol))
        m_markets[symbol].mid = mid;
}

Decimal MarketSimulator::mid(const QString &symbol) const
{
    return m_markets.value(symbol).mid;
}

Decimal MarketSimulator::lastPrice(const QString &symbol) const
{
    return m_markets.value(symbol).last;
}

void MarketSimulator::setLastPrice(const QString &symbol, const Decimal &price)
{
    if (m_markets.contains(symbol))
        traded(m_markets[symbol], price, Decimal());
}

void MarketSimulator::recordTrade(const QString &symbol, const Decimal &price,
                                  const Decimal &quoteAmount)
{
    if (m_markets.contains(symbol))
        traded(m_markets[symbol], price, quoteAmount);
}

void MarketSimulator::traded(Market &m, const Decimal &price, const Decimal &quoteAmount)
{
    m.last = price;
    m.high = std::max(m.high, price);
    m.low = std::min(m.low, price);
    m.volume = m.volume.add(quoteAmount).value_or(m.volume);
}

Decimal MarketSimulator::openPrice(const QString &symbol) const
{
    return m_markets.value(symbol).open;
}

quint64 MarketSimulator::levelNoise(const QString &symbol, int level, bool ask) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(symbol.toUtf8());
    h.addData(QByteArray::number(m_seed) + ':' + QByteArray::number(m_steps) + ':'
              + QByteArray::number(level) + (ask ? "a" : "b"));
    const QByteArray d = h.result();
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(d[i]);
    return v;
}

Depth MarketSimulator::book(const QString &symbol, int levels) const
{
    Depth depth;
    const auto it = m_markets.constFind(symbol);
    if (it == m_markets.cend())
        return depth;
    const SymbolRules &r = it->rules;
    const Decimal tick = r.priceIncrement;
    // Dense at the touch, thinner further out, as real books are: the first ten levels 10 ticks
    // apart, then each gap 10 ticks wider than the last (BTC: 0.05 … 0.95, then out to 7.45 USDT),
    // so a ladder grouped at 1.00 USDT still shows depth in several rows a side.
    qint64 ticks = 5;
    for (int i = 0; i < std::min(levels, BookLevels); ++i) {
        if (i > 0)
            ticks += 10 * std::max(1, i - 8);
        const Decimal offset = *tick.multiply(Decimal::fromInteger(ticks));
        for (bool ask : {false, true}) {
            const Decimal price = ask ? *it->mid.add(offset) : *it->mid.subtract(offset);
            if (price <= tick)
                continue;
            const qint64 lots = 50 + qint64(levelNoise(symbol, i, ask) % 950);
            const Decimal qty = *r.baseMinSize.multiply(Decimal::fromInteger(lots));
            (ask ? depth.asks : depth.bids)
                .append({price.withMinScale(r.priceDecimals()),
                         qty.withMinScale(r.quantityDecimals())});
        }
    }
    return depth;
}
