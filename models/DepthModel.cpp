#include "models/DepthModel.h"

#include "models/ColorScheme.h"

#include <algorithm>
#include <optional>

namespace {

const QList<int> ValueRoles{Qt::DisplayRole,
                            Qt::AccessibleTextRole,
                            DepthModel::RawValueRole,
                            DepthModel::DepthPermilleRole,
                            DepthModel::LastTradeRole,
                            DepthModel::InFlightRole,
                            Qt::FontRole};

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
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                               {Qt::ForegroundRole});
        });
    }
}

void DepthModel::setLevelsPerSide(int levels)
{
    m_levelsPerSide = std::max(1, levels);
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
    const bool same = sameTick && rules.baseIncrement == m_rules.baseIncrement
                      && rules.baseToken == m_rules.baseToken
                      && rules.quoteToken == m_rules.quoteToken;
    m_rules = rules;
    if (same)
        return;
    if (!sameTick && m_grouping != 1)
        rebuild();
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
    rebuild();
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
    rebuild();
}

void DepthModel::rebuild()
{
    diffSide(m_asks, nearest(m_raw.asks, true), 0);
    diffSide(m_bids, nearest(m_raw.bids, false), spreadRow() + 1);
    recompute();
}

void DepthModel::setOwnOrders(const QList<Order> &openOrders)
{
    m_own = openOrders;
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
    applySnapshot({});
}

// Sorted towards the spread, one level per (grouped) price, at most levelsPerSide() of them.
// The exchange sends each side sorted already: then nothing is copied or sorted.
DepthModel::Side DepthModel::nearest(const QList<DepthLevel> &levels, bool asks) const
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
    Side out;
    out.reserve(size_t(std::min<qsizetype>(src->size(), m_levelsPerSide)));
    const ::Side side = asks ? ::Side::Sell : ::Side::Buy;
    for (const DepthLevel &l : *src) {
        if (l.quantity.isZero() || l.quantity.isNegative())
            continue;
        const Decimal price = bucket(l.price, side);
        if (!out.empty() && out.back().price == price) {
            out.back().size = sum(out.back().size, l.quantity);
            continue;
        }
        if (int(out.size()) == m_levelsPerSide)
            break;
        Level level;
        level.price = price;
        level.size = l.quantity;
        out.push_back(level);
    }
    if (asks)
        std::reverse(out.begin(), out.end()); // highest first, best ask last
    return out;
}

void DepthModel::diffSide(Side &rows, const Side &next, int base)
{
    // Both lists run from the highest price down: one walk finds the removed, inserted and
    // kept levels.
    size_t i = 0;
    for (const Level &n : next) {
        size_t gone = i;
        while (gone < rows.size() && n.price < rows[gone].price)
            ++gone;
        if (gone > i) {
            beginRemoveRows({}, base + int(i), base + int(gone) - 1);
            rows.erase(rows.begin() + qsizetype(i), rows.begin() + qsizetype(gone));
            endRemoveRows();
        }
        if (i < rows.size() && rows[i].price == n.price) {
            if (rows[i].size != n.size) {
                rows[i].size = n.size; // announced by recompute() with the totals
                rows[i].mark = 1;
            }
        } else {
            beginInsertRows({}, base + int(i), base + int(i));
            rows.insert(rows.begin() + qsizetype(i), n);
            rows[i].mark = 2;
            endInsertRows();
        }
        ++i;
    }
    if (i < rows.size()) {
        beginRemoveRows({}, base + int(i), base + int(rows.size()) - 1);
        rows.erase(rows.begin() + qsizetype(i), rows.end());
        endRemoveRows();
    }
}

void DepthModel::recompute()
{
    int first = -1, last = -1;
    const auto note = [&first, &last](int row) {
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    };
    // Each level's derived values, set in place; a kept level whose values changed is noted.
    const auto update = [&](Level &l, const Decimal &total, ::Side side, int row) {
        Decimal mine, flight;
        for (const Order &o : std::as_const(m_own)) {
            if (o.side == side && bucket(o.price, side) == l.price)
                mine = sum(mine, remaining(o));
        }
        for (const InFlight &f : std::as_const(m_flight)) {
            if (f.side == side && bucket(f.price, side) == l.price)
                flight = sum(flight, f.quantity);
        }
        const bool atLast = m_last && bucket(*m_last, side) == l.price;
        const bool changed = l.mark == 1 || l.total != total || l.mine != mine || l.flight != flight
                             || l.last != atLast;
        if (changed && l.mark != 2)
            note(row);
        l.total = total;
        l.mine = mine;
        l.flight = flight;
        l.last = atLast;
        l.mark = 0;
    };
    Decimal running;
    for (int r = int(m_asks.size()) - 1; r >= 0; --r) { // from the best ask upwards
        running = sum(running, m_asks[size_t(r)].size);
        update(m_asks[size_t(r)], running, ::Side::Sell, r);
    }
    const Decimal askDepth = running;
    running = Decimal();
    const int bidBase = spreadRow() + 1;
    for (size_t i = 0; i < m_bids.size(); ++i) {
        running = sum(running, m_bids[i].size);
        update(m_bids[i], running, ::Side::Buy, bidBase + int(i));
    }
    const Decimal deepest = std::max(askDepth, running);
    const bool barsChanged = deepest != m_deepest;
    m_deepest = deepest;
    // The spread row shows the value cached here, so it changes only when announced.
    std::optional<Decimal> spread;
    if (!m_asks.empty() && !m_bids.empty())
        spread = m_asks.back().price.subtract(m_bids.front().price);
    if (spread != m_spread || m_last != m_spreadLast) {
        m_spread = spread;
        m_spreadLast = m_last; // the spread row reads the last trade price too
        note(spreadRow());
    }
    if (barsChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {DepthPermilleRole});
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), ValueRoles);
}

DepthModel::RowKind DepthModel::kindOf(int row) const
{
    return row < spreadRow() ? RowKind::Ask : row == spreadRow() ? RowKind::Spread : RowKind::Bid;
}

const DepthModel::Level *DepthModel::level(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (row < spreadRow())
        return &m_asks[size_t(row)];
    if (row > spreadRow())
        return &m_bids[size_t(row - spreadRow() - 1)];
    return nullptr;
}

QList<Order> DepthModel::ownOrdersAt(int row) const
{
    const Level *l = level(row);
    QList<Order> out;
    if (!l)
        return out;
    const ::Side side = kindOf(row) == RowKind::Ask ? ::Side::Sell : ::Side::Buy;
    for (const Order &o : m_own) {
        if (o.side == side && bucket(o.price, side) == l->price)
            out.append(o);
    }
    return out;
}

int DepthModel::rowOf(::Side side, const Decimal &price) const
{
    const Decimal p = bucket(price, side);
    const Side &rows = side == ::Side::Sell ? m_asks : m_bids;
    const int base = side == ::Side::Sell ? 0 : spreadRow() + 1;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].price == p)
            return base + int(i);
    }
    return -1;
}

std::pair<int, int> DepthModel::ownBeyond(int top, int bottom) const
{
    // By row where the order's level is shown (a crossed book keeps prices out of order), else
    // by price beyond the deepest level of its side.
    int above = 0, below = 0;
    for (const Order &o : m_own) {
        const int row = rowOf(o.side, o.price);
        if (row >= 0) {
            above += row < top;
            below += row > bottom;
            continue;
        }
        const Decimal p = bucket(o.price, o.side);
        if (o.side == ::Side::Sell)
            above += !m_asks.empty() && p > m_asks.front().price;
        else
            below += !m_bids.empty() && p < m_bids.back().price;
    }
    return {above, below};
}
