#include "models/DepthModel.h"

#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"

#include <algorithm>
#include <optional>

namespace {

const QList<int> ValueRoles{Qt::DisplayRole, Qt::AccessibleTextRole, DepthModel::RawValueRole,
                            DepthModel::DepthPermilleRole};

Decimal sum(const Decimal &a, const Decimal &b)
{
    return a.add(b).value_or(a);
}

// Sorted by price (highest first when descending), one level per price, at most `count` of
// those nearest the spread (the front after sorting towards it).
std::vector<DepthModel::Level> nearest(QList<DepthLevel> levels, bool asks, int count)
{
    std::sort(levels.begin(), levels.end(), [asks](const DepthLevel &a, const DepthLevel &b) {
        return asks ? a.price < b.price : b.price < a.price;
    });
    std::vector<DepthModel::Level> out;
    for (const DepthLevel &l : std::as_const(levels)) {
        if (l.quantity.isZero() || l.quantity.isNegative())
            continue;
        if (!out.empty() && out.back().price == l.price) {
            out.back().size = sum(out.back().size, l.quantity);
            continue;
        }
        if (int(out.size()) == count)
            break;
        out.push_back({l.price, l.quantity, {}, {}});
    }
    if (asks)
        std::reverse(out.begin(), out.end()); // highest first, best ask last
    return out;
}

} // namespace

DepthModel::DepthModel(const ColorScheme *colors, QObject *parent)
    : QAbstractTableModel(parent),
      m_colors(colors)
{
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
    if (priceDecimals == m_priceDecimals && quantityDecimals == m_quantityDecimals)
        return;
    m_priceDecimals = priceDecimals;
    m_quantityDecimals = quantityDecimals;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void DepthModel::apply(const Depth &depth)
{
    const Side oldAsks = m_asks;
    const Side oldBids = m_bids;
    diffSide(m_asks, nearest(depth.asks, true, m_levelsPerSide), 0);
    diffSide(m_bids, nearest(depth.bids, false, m_levelsPerSide), spreadRow() + 1);
    recompute(oldAsks, oldBids);
}

void DepthModel::setOwnOrders(const QList<Order> &openOrders)
{
    m_own = openOrders;
    const Side oldAsks = m_asks;
    const Side oldBids = m_bids;
    recompute(oldAsks, oldBids);
}

void DepthModel::clear()
{
    apply({});
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
            rows[i].size = n.size; // announced by recompute() with the totals
        } else {
            beginInsertRows({}, base + int(i), base + int(i));
            rows.insert(rows.begin() + qsizetype(i), n);
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

void DepthModel::recompute(const Side &oldAsks, const Side &oldBids)
{
    const auto ownAt = [this](::Side side, const Decimal &price) {
        Decimal mine;
        for (const Order &o : std::as_const(m_own)) {
            if (o.side == side && o.price == price)
                mine = sum(mine, o.quantity.subtract(o.tradeQty).value_or(Decimal()));
        }
        return mine;
    };
    Decimal running;
    for (auto it = m_asks.rbegin(); it != m_asks.rend(); ++it) { // from the best ask upwards
        running = sum(running, it->size);
        it->total = running;
        it->mine = m_own.isEmpty() ? Decimal() : ownAt(::Side::Sell, it->price);
    }
    const Decimal askDepth = running;
    running = Decimal();
    for (Level &l : m_bids) {
        running = sum(running, l.size);
        l.total = running;
        l.mine = m_own.isEmpty() ? Decimal() : ownAt(::Side::Buy, l.price);
    }
    const Decimal deepest = std::max(askDepth, running);
    const bool barsChanged = deepest != m_deepest;
    m_deepest = deepest;

    // Kept levels whose values changed, found by price in the old lists (both sorted alike).
    int first = -1, last = -1;
    const auto note = [&first, &last](int row) {
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    };
    const auto compare = [&note](const Side &now, const Side &before, int base) {
        size_t j = 0;
        for (size_t i = 0; i < now.size(); ++i) {
            while (j < before.size() && now[i].price < before[j].price)
                ++j;
            if (j < before.size() && before[j].price == now[i].price && !(before[j] == now[i]))
                note(base + int(i));
        }
    };
    compare(m_asks, oldAsks, 0);
    compare(m_bids, oldBids, spreadRow() + 1);
    // The spread row shows the value cached here, so it changes only when announced.
    std::optional<Decimal> spread;
    if (!m_asks.empty() && !m_bids.empty())
        spread = m_asks.back().price.subtract(m_bids.front().price);
    if (spread != m_spread) {
        m_spread = spread;
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

int DepthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_asks.size() + 1 + m_bids.size());
}

int DepthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DepthModel::text(const Level &l, int column) const
{
    switch (column) {
    case Price: return DecimalFormat::display(l.price, m_priceDecimals);
    case Size: return DecimalFormat::display(l.size, m_quantityDecimals);
    case Total: return DecimalFormat::display(l.total, m_quantityDecimals);
    case Mine:
        return l.mine.isZero()
                   ? QString()
                   : QStringLiteral("● ") + DecimalFormat::display(l.mine, m_quantityDecimals);
    default: return {};
    }
}

QString DepthModel::accessibleText(int row) const
{
    const Level *l = level(row);
    if (!l) {
        const auto s = spread();
        return s ? tr("Spread %1").arg(DecimalFormat::display(*s, m_priceDecimals))
                 : tr("Spread unknown");
    }
    const QString side = kindOf(row) == RowKind::Ask ? tr("Ask") : tr("Bid");
    QString t =
        tr("%1 %2, size %3, total %4").arg(side, text(*l, Price), text(*l, Size), text(*l, Total));
    if (!l->mine.isZero())
        t += tr(", yours %1").arg(DecimalFormat::display(l->mine, m_quantityDecimals));
    return t;
}

QVariant DepthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const RowKind kind = kindOf(row);
    if (role == RowKindRole)
        return int(kind);
    // The level's sentence once, in its price cell; the other cells read their own value.
    if (role == Qt::AccessibleTextRole)
        return column == Price ? accessibleText(row) : data(index, Qt::DisplayRole);
    const Level *l = level(row);
    if (!l) { // the spread row
        const auto s = spread();
        if (role == Qt::DisplayRole && column == Price)
            return s ? tr("Spread %1").arg(DecimalFormat::display(*s, m_priceDecimals))
                     : tr("Spread —");
        if (role == RawValueRole && column == Price && s)
            return QVariant::fromValue(*s);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return text(*l, column);
    case RawValueRole:
        switch (column) {
        case Price: return QVariant::fromValue(l->price);
        case Size: return QVariant::fromValue(l->size);
        case Total: return QVariant::fromValue(l->total);
        case Mine: return QVariant::fromValue(l->mine);
        default: return {};
        }
    case DepthPermilleRole: {
        if (m_deepest.isZero())
            return 0;
        const auto p = l->total.multiply(Decimal::fromInteger(1000))
                           .value_or(Decimal())
                           .divide(m_deepest, 0)
                           .value_or(Decimal());
        return p.toWire().toInt(); // a whole number 0…1000
    }
    case Qt::ForegroundRole:
        if (column == Price && m_colors)
            return m_colors->side(kind == RowKind::Ask ? ::Side::Sell : ::Side::Buy);
        return {};
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant DepthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Price: return tr("Price");
    case Size: return tr("Size");
    case Total: return tr("Total");
    case Mine: return tr("Mine");
    default: return {};
    }
}
