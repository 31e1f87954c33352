#include "models/DepthModel.h"

#include "models/ColorScheme.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace {

const QList<int> ValueRoles{
    Qt::DisplayRole,           Qt::ToolTipRole,          Qt::AccessibleTextRole,
    DepthModel::RawValueRole,  DepthModel::RowKindRole,  DepthModel::DepthPermilleRole,
    DepthModel::LastTradeRole, DepthModel::InFlightRole, Qt::FontRole,
    Qt::ForegroundRole};

Decimal sum(const Decimal &a, const Decimal &b)
{
    return a.add(b).value_or(a);
}

// 10^-decimals: the step a price or size written with that many decimals moves by.
Decimal unit(int decimals)
{
    qint64 p = 1;
    for (int i = 0; i < decimals; ++i)
        p *= 10;
    return Decimal::fromInteger(1).divide(Decimal::fromInteger(p), decimals).value_or(Decimal());
}

Decimal remaining(const Order &o)
{
    return o.quantity.subtract(o.tradeQty).value_or(Decimal());
}

} // namespace

DepthModel::DepthModel(const ColorScheme *colors, QObject *parent)
    : QAbstractTableModel(parent),
      m_colors(colors)
{
    m_rules.priceIncrement = unit(2);
    m_rules.baseIncrement = unit(4);
    if (m_colors) {
        connect(m_colors, &ColorScheme::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                                   {Qt::ForegroundRole});
        });
    }
}

void DepthModel::setLevelsPerSide(int levels)
{
    levels = std::max(1, levels);
    if (levels == m_levelsPerSide)
        return;
    m_levelsPerSide = levels;
    if (!m_rows.empty())
        anchorAt(m_rows[m_rows.size() / 2].price);
}

void DepthModel::setDecimals(int priceDecimals, int quantityDecimals)
{
    // The rules' own steps (a tick of 0.5 has one decimal) stay when they write alike.
    if (m_rules.priceDecimals() == priceDecimals && m_rules.quantityDecimals() == quantityDecimals)
        return;
    SymbolRules r = m_rules;
    r.priceIncrement = unit(priceDecimals);
    r.baseIncrement = unit(quantityDecimals);
    setRules(r);
}

void DepthModel::setRules(const SymbolRules &rules)
{
    const bool sameTick = rules.priceIncrement == m_rules.priceIncrement;
    const bool sameSymbol = rules.symbol == m_rules.symbol;
    const bool same = sameTick && sameSymbol && rules.baseIncrement == m_rules.baseIncrement
                      && rules.baseToken == m_rules.baseToken
                      && rules.quoteToken == m_rules.quoteToken;
    m_rules = rules;
    if (same)
        return;
    if (!sameSymbol) {
        clear(); // another market's prices: the next book anchors anew
    } else if (!sameTick) {
        m_grid = {}; // other prices: anchored anew on the market
        applySnapshot(m_raw);
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DepthModel::setGrouping(int factor)
{
    factor = std::max(1, factor);
    if (factor == m_grouping)
        return;
    m_grouping = factor;
    m_grid = {}; // other prices: anchored anew on the market
    applySnapshot(m_raw);
}

Decimal DepthModel::step() const
{
    return m_rules.priceIncrement.multiply(Decimal::fromInteger(m_grouping)).value_or(Decimal());
}

Decimal DepthModel::bucket(const Decimal &price, ::Side side) const
{
    if (m_grouping == 1)
        return price;
    const Decimal s = step();
    if (s.isZero() || s.isNegative())
        return price;
    const Decimal down = price.roundDownToStep(s).value_or(price);
    if (side == ::Side::Buy || down == price)
        return down;
    return down.add(s).value_or(price); // asks round up
}

void DepthModel::applySnapshot(const Depth &depth)
{
    m_raw = depth;
    m_asks = grouped(depth.asks, true);
    m_bids = grouped(depth.bids, false);
    rebuild();
}

void DepthModel::setOwnOrders(const QList<Order> &openOrders)
{
    m_own = openOrders;
    // An order hidden while it moved stays hidden only while the list still has it.
    QSet<OrderKey> hidden;
    for (const Order &o : openOrders) {
        if (m_hidden.contains(keyOf(o)))
            hidden.insert(keyOf(o));
    }
    m_hidden = hidden;
    recompute();
    Q_EMIT ownOrdersChanged();
}

void DepthModel::setHidden(const QSet<OrderKey> &orders)
{
    m_hidden = orders;
    recompute();
    Q_EMIT ownOrdersChanged();
}

void DepthModel::setInFlight(const QList<InFlight> &orders)
{
    m_flight = orders;
    recompute();
}

void DepthModel::setLastPrice(const std::optional<Decimal> &price)
{
    if (price == m_last)
        return;
    m_last = price;
    recompute();
}

void DepthModel::clear()
{
    m_raw = {};
    m_asks.clear();
    m_bids.clear();
    m_grid = {};
    if (!m_rows.empty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    recompute();
}

void DepthModel::centre()
{
    if (const auto mid = middle())
        anchorAt(*mid);
}

void DepthModel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following)
        rebuild();
}

// Each side's levels, one per (grouped) price, best first. The exchange sends each side sorted
// already: then nothing is copied or sorted.
DepthModel::Grouped DepthModel::grouped(const QList<DepthLevel> &levels, bool asks) const
{
    const auto before = [asks](const DepthLevel &a, const DepthLevel &b) {
        return asks ? a.price < b.price : b.price < a.price;
    };
    QList<DepthLevel> sorted;
    const QList<DepthLevel> *src = &levels;
    if (!std::is_sorted(levels.cbegin(), levels.cend(), before)) {
        sorted = levels;
        std::sort(sorted.begin(), sorted.end(), before);
        src = &sorted;
    }
    Grouped out;
    out.reserve(size_t(src->size()));
    const ::Side side = asks ? ::Side::Sell : ::Side::Buy;
    for (const DepthLevel &l : *src) {
        if (l.quantity.isZero() || l.quantity.isNegative())
            continue;
        const Decimal price = bucket(l.price, side);
        if (!out.empty() && out.back().first == price)
            out.back().second = sum(out.back().second, l.quantity);
        else
            out.emplace_back(price, l.quantity);
    }
    return out;
}

std::optional<Decimal> DepthModel::middle() const
{
    const Decimal s = step();
    if (s.isZero() || s.isNegative())
        return std::nullopt;
    std::optional<Decimal> mid;
    if (!m_asks.empty() && !m_bids.empty())
        mid = sum(m_asks.front().first, m_bids.front().first)
                  .divide(Decimal::fromInteger(2), m_rules.priceDecimals() + 2);
    else if (!m_asks.empty())
        mid = m_asks.front().first;
    else if (!m_bids.empty())
        mid = m_bids.front().first;
    if (!mid)
        return std::nullopt;
    return mid->roundDownToStep(s);
}

void DepthModel::anchorAt(const Decimal &centre)
{
    const Decimal s = step();
    const auto top = centre.add(s.multiply(Decimal::fromInteger(m_levelsPerSide)).value_or(s));
    if (!top)
        return;
    const size_t count = size_t(2 * m_levelsPerSide + 1);
    std::vector<Level> rows(count);
    Decimal price = *top;
    for (Level &l : rows) {
        l.price = price;
        price = price.subtract(s).value_or(price);
    }
    m_grid = centre;
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        fillSizes(m_rows);
        fillOwn(m_rows);
        endResetModel();
        recompute();
    } else {
        for (size_t i = 0; i < count; ++i)
            m_rows[i].price = rows[i].price;
        recompute();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), ValueRoles);
    }
    Q_EMIT anchored();
}

bool DepthModel::nearMiddle(const Decimal &mid) const
{
    const int row = rowIndex(mid);
    const int middle = int(m_rows.size()) / 2;
    const int band = m_followBand > 0 ? m_followBand : int(m_rows.size()) / 6;
    return row >= 0 && std::abs(row - middle) <= band;
}

void DepthModel::rebuild()
{
    const auto mid = middle();
    if (mid && (m_rows.empty() || !m_grid || (m_following && !nearMiddle(*mid))))
        return anchorAt(*mid);
    recompute();
}

void DepthModel::recompute()
{
    std::vector<Level> next = m_rows;
    fillSizes(next);
    fillOwn(next);
    // The changed rows, in runs: each run is one announcement (one repaint of those rows).
    std::vector<std::pair<int, int>> runs;
    Decimal deepest;
    for (size_t i = 0; i < next.size(); ++i) {
        deepest = std::max(deepest, next[i].total);
        if (next[i] == m_rows[i])
            continue;
        if (!runs.empty() && runs.back().second == int(i) - 1)
            runs.back().second = int(i);
        else
            runs.emplace_back(int(i), int(i));
    }
    m_rows = std::move(next);
    const bool barsChanged = deepest != m_deepest;
    m_deepest = deepest;
    // The spread the trader pays, from the book as sent: grouped levels (asks rounded up, bids
    // down) would show one group's width at least.
    std::optional<Decimal> spread;
    const auto realBid = realBest(::Side::Buy);
    const auto realAsk = realBest(::Side::Sell);
    if (realBid && realAsk)
        spread = realAsk->subtract(*realBid);
    const auto bid = best(::Side::Buy);
    const auto ask = best(::Side::Sell);
    const bool moved =
        spread != m_spread || m_last != m_spreadLast || bid != m_shownBid || ask != m_shownAsk;
    m_spread = spread;
    m_spreadLast = m_last;
    m_shownBid = bid;
    m_shownAsk = ask;
    if (barsChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {DepthPermilleRole});
    for (const auto &[first, last] : runs)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), ValueRoles);
    if (moved)
        Q_EMIT marketMoved();
}

std::optional<Decimal> DepthModel::realBest(::Side side) const
{
    // Each side comes sorted best first; a level with no size is no level.
    const bool asks = side == ::Side::Sell;
    std::optional<Decimal> best;
    for (const DepthLevel &l : asks ? m_raw.asks : m_raw.bids) {
        if (l.quantity.isZero() || l.quantity.isNegative())
            continue;
        if (!best || (asks ? l.price < *best : *best < l.price))
            best = l.price;
    }
    return best;
}

// Which side each price is on now, and the sizes of the levels at the prices of that side.
void DepthModel::fillSizes(std::vector<Level> &rows) const
{
    const std::optional<Decimal> ask =
        m_asks.empty() ? std::nullopt : std::optional<Decimal>(m_asks.front().first);
    const std::optional<Decimal> bid =
        m_bids.empty() ? std::nullopt : std::optional<Decimal>(m_bids.front().first);
    for (Level &l : rows) {
        l.size = l.total = Decimal();
        if (ask && l.price >= *ask)
            l.kind = RowKind::Ask;
        else if (bid && l.price <= *bid)
            l.kind = RowKind::Bid;
        else // no side known here (inside the spread, or beyond a side the book lacks)
            l.kind = RowKind::Spread;
    }
    // Asks from the best upwards (the rows from the bottom), bids from the best downwards; the
    // total counts the levels beyond the rows too.
    Decimal running;
    size_t j = 0;
    for (size_t r = rows.size(); r-- > 0;) {
        Level &l = rows[r];
        Decimal here;
        for (; j < m_asks.size() && m_asks[j].first <= l.price; ++j) {
            running = sum(running, m_asks[j].second);
            if (m_asks[j].first == l.price)
                here = m_asks[j].second;
        }
        if (l.kind == RowKind::Ask && !here.isZero()) {
            l.size = here;
            l.total = running;
        }
    }
    running = Decimal();
    j = 0;
    for (Level &l : rows) {
        Decimal here;
        for (; j < m_bids.size() && l.price <= m_bids[j].first; ++j) {
            running = sum(running, m_bids[j].second);
            if (m_bids[j].first == l.price)
                here = m_bids[j].second;
        }
        if (l.kind == RowKind::Bid && !here.isZero()) {
            l.size = here;
            l.total = running;
        }
    }
}

// The trader's own orders, what is on its way and the last trade, at their rows.
void DepthModel::fillOwn(std::vector<Level> &rows) const
{
    for (Level &l : rows) {
        l.mine = l.ordered = l.flight = l.leaving = Decimal();
        l.last = false;
    }
    if (rows.empty())
        return;
    for (const Order &o : std::as_const(m_own)) {
        const int r = m_hidden.contains(keyOf(o)) ? -1 : rowIndex(bucket(o.price, o.side));
        if (r >= 0) {
            rows[size_t(r)].mine = sum(rows[size_t(r)].mine, remaining(o));
            rows[size_t(r)].ordered = sum(rows[size_t(r)].ordered, o.quantity);
        }
    }
    for (const InFlight &f : std::as_const(m_flight)) {
        const int r = rowIndex(bucket(f.price, f.side));
        if (r < 0 || listed(f))
            continue; // listed open: it rests, no longer on its way (never both)
        Decimal &into = f.leaving ? rows[size_t(r)].leaving : rows[size_t(r)].flight;
        into = sum(into, f.quantity);
    }
    // The last trade is marked only where the book agrees with it: inside the spread or at the
    // best bid or ask. Feeds out of step (a last above the asks drawn) mark nothing; the rows keep
    // the book's colours and the line above them still says the last price.
    if (m_last) {
        if (const int r = rowIndex(bucket(*m_last, ::Side::Buy)); r >= 0) {
            Level &l = rows[size_t(r)];
            const bool touch =
                (l.kind == RowKind::Ask && !m_asks.empty() && l.price == m_asks.front().first)
                || (l.kind == RowKind::Bid && !m_bids.empty() && l.price == m_bids.front().first);
            l.last = l.kind == RowKind::Spread || touch;
        }
    }
}

bool DepthModel::listed(const InFlight &f) const
{
    if (f.leaving || (f.clientOrderId.isEmpty() && f.orderId == 0))
        return false;
    return std::any_of(m_own.cbegin(), m_own.cend(), [&f](const Order &o) {
        return (f.orderId != 0 && o.orderId == f.orderId)
               || (!f.clientOrderId.isEmpty() && o.clientOrderId == f.clientOrderId);
    });
}
