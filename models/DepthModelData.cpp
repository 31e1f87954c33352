// The ladder's cells: how each level reads, on screen and to a screen reader; and where
// prices, levels and own orders are on it.
#include "models/DepthModel.h"

#include "models/AssetFormat.h"
#include "models/ColorScheme.h"

#include <QFont>

#include <algorithm>

int DepthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DepthModel::text(const Level &l, int column) const
{
    switch (column) {
    case Price:
        return l.last ? QStringLiteral("▸ ") + AssetFormat::price(l.price, m_rules)
                      : AssetFormat::price(l.price, m_rules);
    // A price with no level shows empty cells.
    case Size: return l.size.isZero() ? QString() : AssetFormat::quantity(l.size, m_rules);
    case Total: return l.size.isZero() ? QString() : AssetFormat::quantity(l.total, m_rules);
    case Mine: {
        QStringList parts;
        if (!l.leaving.isZero())
            parts.append(QStringLiteral("⇢ ") + AssetFormat::quantity(l.leaving, m_rules));
        if (!l.mine.isZero())
            parts.append(QStringLiteral("● ") + AssetFormat::quantity(l.mine, m_rules));
        if (!l.flight.isZero())
            parts.append(QStringLiteral("◌ ") + AssetFormat::quantity(l.flight, m_rules));
        return parts.join(QLatin1Char(' '));
    }
    default: return {};
    }
}

QString DepthModel::spreadText() const
{
    const QString spread =
        m_spread ? tr("Spread %1").arg(AssetFormat::price(*m_spread, m_rules)) : tr("Spread —");
    return m_last ? tr("%1 · last %2").arg(spread, AssetFormat::price(*m_last, m_rules)) : spread;
}

QString DepthModel::accessibleText(int row) const
{
    const Level *l = level(row);
    if (!l)
        return {};
    const QString price = AssetFormat::price(l->price, m_rules);
    QString t;
    if (l->size.isZero())
        t = l->kind == RowKind::Spread
                ? tr("%1, inside the spread").arg(price)
                : tr("%1 %2, no orders")
                      .arg(l->kind == RowKind::Ask ? tr("Ask") : tr("Bid"), price);
    else
        t = tr("%1 %2, size %3, total %4")
                .arg(l->kind == RowKind::Ask ? tr("Ask") : tr("Bid"), price, text(*l, Size),
                     text(*l, Total));
    if (l->last)
        t += tr(", last trade");
    if (!l->mine.isZero())
        t += tr(", yours %1").arg(AssetFormat::quantity(l->mine, m_rules));
    if (!l->flight.isZero())
        t += tr(", %1 on its way").arg(AssetFormat::quantity(l->flight, m_rules));
    if (!l->leaving.isZero())
        t += tr(", %1 being moved away").arg(AssetFormat::quantity(l->leaving, m_rules));
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
    return l ? levelData(*l, kind, column, role) : QVariant();
}

QVariant DepthModel::levelData(const Level &l, RowKind kind, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return text(l, column);
    case RawValueRole:
        switch (column) {
        case Price: return QVariant::fromValue(l.price);
        case Size: return QVariant::fromValue(l.size);
        case Total: return QVariant::fromValue(l.total);
        case Mine: return QVariant::fromValue(l.mine);
        default: return {};
        }
    case DepthPermilleRole: {
        if (m_deepest.isZero() || l.size.isZero())
            return 0;
        const auto p = l.total.multiply(Decimal::fromInteger(1000))
                           .value_or(Decimal())
                           .divide(m_deepest, 0)
                           .value_or(Decimal());
        return p.toWire().toInt(); // a whole number 0…1000
    }
    case LastTradeRole: return l.last;
    case InFlightRole: return QVariant::fromValue(l.flight);
    case Qt::FontRole:
        if (l.last && column == Price) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Price && m_colors && kind != RowKind::Spread)
            return m_colors->side(kind == RowKind::Ask ? ::Side::Sell : ::Side::Buy);
        return {};
    case Qt::ToolTipRole:
        // Mine is what is left of the own orders there: "0.0001 BTC left of 0.0100 BTC".
        if (column == Mine && !l.mine.isZero())
            return tr("%1 left of %2")
                .arg(AssetFormat::withUnit(AssetFormat::quantity(l.mine, m_rules),
                                           m_rules.baseToken),
                     AssetFormat::withUnit(AssetFormat::quantity(l.ordered, m_rules),
                                           m_rules.baseToken));
        return {};
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant DepthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Mine)
        return tr("Your open orders at the price: the size left unfilled");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Price: return AssetFormat::title(tr("Price"), m_rules.quoteToken);
    case Size: return AssetFormat::title(tr("Size"), m_rules.baseToken);
    case Total: return AssetFormat::title(tr("Total"), m_rules.baseToken);
    case Mine: return tr("Mine (open)");
    default: return {};
    }
}

int DepthModel::rowIndex(const Decimal &price) const
{
    const Decimal s = step();
    if (m_rows.empty() || s.isZero() || s.isNegative())
        return -1;
    const auto below = m_rows.front().price.subtract(price);
    if (!below || below->isNegative())
        return -1;
    const auto n = below->divide(s, 0);
    if (!n)
        return -1;
    const int row = n->toWire().toInt();
    return row >= 0 && row < int(m_rows.size()) && m_rows[size_t(row)].price == price ? row : -1;
}

DepthModel::RowKind DepthModel::kindOf(int row) const
{
    const Level *l = level(row);
    return l ? l->kind : RowKind::Spread;
}

const DepthModel::Level *DepthModel::level(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

std::optional<Decimal> DepthModel::best(::Side side) const
{
    const Grouped &g = side == ::Side::Sell ? m_asks : m_bids;
    if (g.empty())
        return std::nullopt;
    return g.front().first;
}

int DepthModel::bestRow(::Side side) const
{
    const auto p = best(side);
    return p ? rowIndex(*p) : -1;
}

int DepthModel::levelRow(::Side side, int n) const
{
    const Grouped &g = side == ::Side::Sell ? m_asks : m_bids;
    return n >= 0 && n < int(g.size()) ? rowIndex(g[size_t(n)].first) : -1;
}

Decimal DepthModel::cumulativeAt(int row) const
{
    // An empty price: the total of the nearest level between it and the spread.
    const Level *l = level(row);
    if (!l || l->kind == RowKind::Spread)
        return {};
    const int towards = l->kind == RowKind::Ask ? 1 : -1;
    for (int r = row; r >= 0 && r < rowCount() && m_rows[size_t(r)].kind == l->kind; r += towards) {
        if (!m_rows[size_t(r)].size.isZero())
            return m_rows[size_t(r)].total;
    }
    return {};
}

QList<Order> DepthModel::ownOrdersAt(int row) const
{
    const Level *l = level(row);
    QList<Order> out;
    if (!l)
        return out;
    for (const Order &o : m_own) {
        if (!m_hidden.contains(keyOf(o)) && bucket(o.price, o.side) == l->price)
            out.append(o);
    }
    return out;
}

int DepthModel::rowOf(::Side side, const Decimal &price) const
{
    return rowIndex(bucket(price, side));
}

std::pair<int, int> DepthModel::ownBeyond(int top, int bottom) const
{
    const Level *t = level(std::max(top, 0));
    const Level *b = level(std::min(bottom, rowCount() - 1));
    int above = 0, below = 0;
    if (!t || !b)
        return {0, 0};
    for (const Order &o : m_own) {
        if (m_hidden.contains(keyOf(o)))
            continue;
        const Decimal p = bucket(o.price, o.side);
        above += p > t->price;
        below += p < b->price;
    }
    return {above, below};
}
