#include "models/FillsModel.h"

#include "core/OrderEnums.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"

#include <QDateTime>

#include <algorithm>

namespace {

// Newest first; the same millisecond by trade id, highest first (numeric when both are).
bool newer(const Trade &a, const Trade &b)
{
    if (a.time != b.time)
        return a.time > b.time;
    if (a.tradeId.size() != b.tradeId.size())
        return a.tradeId.size() > b.tradeId.size();
    return a.tradeId > b.tradeId;
}

} // namespace

FillsModel::FillsModel(const ColorScheme *colors, QObject *parent)
    : QAbstractTableModel(parent),
      m_colors(colors)
{
    if (m_colors) {
        connect(m_colors, &ColorScheme::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, SideColumn), index(rowCount() - 1, SideColumn),
                                   {Qt::ForegroundRole});
        });
    }
}

int FillsModel::merge(const QList<Trade> &fills)
{
    int added = 0;
    for (const Trade &t : fills) {
        if (t.tradeId.isEmpty() || m_ids.contains(t.tradeId))
            continue;
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), t, newer);
        const int row = int(at - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(at, t);
        m_ids.insert(t.tradeId);
        endInsertRows();
        ++added;
    }
    return added;
}

void FillsModel::clear()
{
    if (m_rows.empty())
        return;
    beginRemoveRows({}, 0, rowCount() - 1);
    m_rows.clear();
    m_ids.clear();
    endRemoveRows();
}

const Trade *FillsModel::fill(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int FillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FillsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FillsModel::text(const Trade &t, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(t.time).toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Symbol: return t.symbol;
    case SideColumn: return OrderEnums::sideText(t.side);
    case Price: return DecimalFormat::display(t.price, 0);
    case Quantity: return DecimalFormat::display(t.quantity, 0);
    case Amount: return DecimalFormat::display(t.amount, 0);
    case Fee: return DecimalFormat::display(t.fee, 0);
    case FeeAsset: return t.feeAsset;
    case Role: return t.isMaker ? tr("Maker") : tr("Taker");
    case OrderIdColumn: return t.orderId > 0 ? QString::number(t.orderId) : QStringLiteral("—");
    default: return {};
    }
}

QVariant FillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trade &t = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return text(t, column);
    case RawValueRole:
        switch (column) {
        case Time: return t.time;
        case Price: return QVariant::fromValue(t.price);
        case Quantity: return QVariant::fromValue(t.quantity);
        case Amount: return QVariant::fromValue(t.amount);
        case Fee: return QVariant::fromValue(t.fee);
        case OrderIdColumn: return t.orderId;
        case SideColumn: return int(t.side);
        case Role: return t.isMaker;
        default: return text(t, column);
        }
    case Qt::ForegroundRole:
        if (column == SideColumn && m_colors)
            return m_colors->side(t.side);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Price && column <= Fee)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant FillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Symbol: return tr("Symbol");
    case SideColumn: return tr("Side");
    case Price: return tr("Price");
    case Quantity: return tr("Quantity");
    case Amount: return tr("Amount");
    case Fee: return tr("Fee");
    case FeeAsset: return tr("Fee asset");
    case Role: return tr("Role");
    case OrderIdColumn: return tr("Order ID");
    default: return {};
    }
}
