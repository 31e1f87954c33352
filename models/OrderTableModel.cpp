#include "models/OrderTableModel.h"

#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"

#include <QDateTime>
#include <QFont>
#include <QSet>

namespace {

const QList<int> ChangedRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
                              OrderTableModel::RawValueRole, OrderTableModel::OrderRole};
// The same without the sort key, for a change that leaves every sort key as it was.
const QList<int> ChangedShownRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
                                   OrderTableModel::OrderRole};

} // namespace

OrderTableModel::OrderTableModel(const ColorScheme *colors, QObject *parent)
    : QAbstractTableModel(parent),
      m_colors(colors)
{
    if (!m_colors)
        return;
    // Colours depend on the scheme: every view repaints them when it changes, by whatever path.
    connect(m_colors, &ColorScheme::changed, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::ForegroundRole, Qt::BackgroundRole});
    });
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Symbol: return tr("Symbol");
    case SideColumn: return tr("Side");
    case Type: return tr("Type");
    case Price: return tr("Price");
    case Quantity: return tr("Quantity");
    case Filled: return tr("Filled");
    case Amount: return tr("Amount");
    case AveragePrice: return tr("Avg price");
    case Status: return tr("Status");
    case OrderIdColumn: return tr("Order ID");
    case ClientOrderId: return tr("Client ID");
    default: return {};
    }
}

QString OrderTableModel::display(const Order &o, int column) const
{
    const SymbolRules rules = m_rules.value(o.symbol);
    const int pd = rules.symbol.isEmpty() ? 0 : rules.priceDecimals();
    const int qd = rules.symbol.isEmpty() ? 0 : rules.quantityDecimals();
    switch (column) {
    case Time:
        // "≈": first seen by this app, not placed from it; the exchange does not say.
        return o.createTime > 0 ? (o.createTimeIsFirstSeen ? QStringLiteral("≈ ") : QString())
                                      + QDateTime::fromMSecsSinceEpoch(o.createTime)
                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                : QString();
    case Symbol: return o.symbol;
    case SideColumn:
        // The side is written out, with an arrow, never shown by colour alone.
        return (o.side == Side::Buy ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
               + OrderEnums::sideText(o.side);
    case Type: return o.typeLabel();
    case Price:
        return o.type == OrderType::Market ? tr("Market") : DecimalFormat::display(o.price, pd);
    case Quantity:
        return o.type == OrderType::Market && o.quantity.isZero()
                   ? QStringLiteral("—")
                   : DecimalFormat::display(o.quantity, qd);
    case Filled: return DecimalFormat::display(o.tradeQty, qd);
    case Amount: return DecimalFormat::display(o.amount.normalized(), pd);
    case AveragePrice:
        return o.hasAveragePrice && !o.tradeQty.isZero()
                   ? DecimalFormat::display(o.averagePrice, pd)
                   : QStringLiteral("—");
    case Status: return o.statusLabel();
    case OrderIdColumn: return QString::number(o.orderId);
    case ClientOrderId: return o.clientOrderId;
    default: return {};
    }
}

QVariant OrderTableModel::raw(const Order &o, int column) const
{
    switch (column) {
    case Time: return o.createTime;
    case Symbol: return o.symbol;
    case SideColumn: return int(o.side);
    case Type: return int(o.type);
    case Price: return QVariant::fromValue(o.price);
    case Quantity: return QVariant::fromValue(o.quantity);
    case Filled: return QVariant::fromValue(o.tradeQty);
    case Amount: return QVariant::fromValue(o.amount);
    case AveragePrice: return QVariant::fromValue(o.averagePrice);
    case Status: return int(o.status);
    case OrderIdColumn: return o.orderId;
    case ClientOrderId: return o.clientOrderId;
    default: return {};
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(o, column);
    case RawValueRole: return raw(o, column);
    case OrderIdRole: return o.orderId;
    case OrderRole: return QVariant::fromValue(o);
    case Qt::TextAlignmentRole:
        if (column >= Price && column <= AveragePrice)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!m_colors)
            return {};
        if (column == SideColumn)
            return m_colors->side(o.side);
        if (column == Status) {
            const QColor c = m_colors->status(o.status);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (!o.failedReason.isEmpty())
            return tr("%1: %2").arg(o.statusLabel(), o.failedReason);
        if (column == Time && o.createTime > 0) {
            QString tip = o.createTimeIsFirstSeen
                              ? tr("First seen by this app; the exchange does not report when "
                                   "orders are created.")
                              : tr("Placed from this app.");
            if (o.lastFillTime > 0)
                tip += QLatin1Char(' ')
                       + tr("Last fill at %1 (the exchange's trade time).")
                             .arg(QDateTime::fromMSecsSinceEpoch(o.lastFillTime)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            if (o.updateTime > 0)
                tip += QLatin1Char(' ')
                       + tr("Seen finished at %1.")
                             .arg(QDateTime::fromMSecsSinceEpoch(o.updateTime)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            return tip;
        }
        return {};
    case Qt::AccessibleTextRole: return display(o, column);
    default: return {};
    }
}

bool OrderTableModel::differs(const Order &a, const Order &b, int column)
{
    switch (column) {
    case Time:
        return a.createTime != b.createTime || a.updateTime != b.updateTime
               || a.createTimeIsFirstSeen != b.createTimeIsFirstSeen
               || a.lastFillTime != b.lastFillTime;
    case Symbol: return a.symbol != b.symbol;
    case SideColumn: return a.side != b.side;
    case Type: return a.type != b.type;
    case Price: return a.price != b.price || a.price.scale() != b.price.scale();
    case Quantity: return a.quantity != b.quantity;
    case Filled: return a.tradeQty != b.tradeQty;
    case Amount: return a.amount != b.amount || a.tradeAmount != b.tradeAmount;
    case AveragePrice:
        return a.averagePrice != b.averagePrice || a.hasAveragePrice != b.hasAveragePrice;
    case Status: return a.status != b.status || a.failedReason != b.failedReason;
    case OrderIdColumn: return false;
    case ClientOrderId: return a.clientOrderId != b.clientOrderId;
    default: return false;
    }
}

void OrderTableModel::setSnapshot(const QList<Order> &orders)
{
    // One pass over the snapshot against the index (no second hash of it): rows it still holds
    // are updated in place and marked kept; the rest of the rows are gone.
    std::vector<bool> kept(m_rows.size(), false);
    QList<const Order *> added;
    for (const Order &o : orders) {
        const auto it = m_index.constFind(o.orderId);
        if (it == m_index.cend()) {
            added.append(&o);
            continue;
        }
        kept[size_t(*it)] = true;
        updateRow(*it, o);
    }

    // Gone rows, removed as contiguous ranges from the bottom up so row numbers stay valid.
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (kept[size_t(row)]) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !kept[size_t(row)])
            --row;
        removeRowRange(row + 1, last);
    }

    // New rows, appended in one go (the view's proxy decides where they show).
    QSet<OrderId> seen;
    QList<const Order *> unique;
    for (const Order *o : std::as_const(added)) {
        if (!seen.contains(o->orderId)) {
            seen.insert(o->orderId);
            unique.append(o);
        }
    }
    if (!unique.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(unique.size()) - 1);
        for (const Order *o : std::as_const(unique)) {
            m_index.insert(o->orderId, int(m_rows.size()));
            m_rows.push_back(*o);
        }
        endInsertRows();
    }
}

void OrderTableModel::updateRow(int row, const Order &o)
{
    Order &current = m_rows[size_t(row)];
    if (current == o)
        return;
    // One dataChanged for the row, spanning only the columns that changed. The sort role is
    // announced only when a sort key changed: a sorting proxy re-checks the row's place (a
    // binary search over every row) for each announcement that carries it.
    int first = -1, last = -1;
    bool keyChanged = false;
    for (int c = 0; c < ColumnCount; ++c) {
        if (differs(current, o, c)) {
            first = first < 0 ? c : first;
            last = c;
            keyChanged = keyChanged || raw(current, c) != raw(o, c);
        }
    }
    current = o;
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last),
                           keyChanged ? ChangedRoles : ChangedShownRoles);
}

void OrderTableModel::remove(OrderId id)
{
    const int row = rowOf(id);
    if (row >= 0)
        removeRowRange(row, row);
}

void OrderTableModel::removeRowRange(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int r = first; r <= last; ++r)
        m_index.remove(m_rows[size_t(r)].orderId);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    reindex(first);
    endRemoveRows();
}

void OrderTableModel::reindex(int from)
{
    for (int r = from; r < int(m_rows.size()); ++r)
        m_index[m_rows[size_t(r)].orderId] = r;
}

void OrderTableModel::setSymbolRules(const QList<SymbolRules> &rules)
{
    m_rules.clear();
    for (const SymbolRules &r : rules)
        m_rules.insert(r.symbol, r);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole});
}

const Order *OrderTableModel::order(OrderId id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

QList<Order> OrderTableModel::orders() const
{
    return QList<Order>(m_rows.begin(), m_rows.end());
}
