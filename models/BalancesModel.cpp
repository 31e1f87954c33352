#include "models/BalancesModel.h"

#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"

#include <algorithm>

namespace {

bool sameValues(const Balance &a, const Balance &b)
{
    return a.total == b.total && a.available == b.available && a.frozen == b.frozen;
}

// One number of decimals for all of an asset's figures (review 33, trader L3: "97,998.68574829"
// beside "1,399.35"): the asset's display precision, or more when one of its exact figures has
// more, so that no digit is dropped and, right-aligned, the decimal points line up.
int decimalsOf(const Balance &b)
{
    int decimals = AssetFormat::displayDecimals(b.token);
    for (const Decimal *v : {&b.total, &b.available, &b.frozen})
        decimals = std::max(decimals, v->normalized().scale());
    return decimals;
}

} // namespace

BalancesModel::BalancesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BalancesModel::applySnapshot(const QList<Balance> &balances)
{
    m_latest = balances;
    reorder(ordered(balances));
    Q_EMIT balancesChanged();
}

void BalancesModel::setPreferredTokens(const QStringList &tokens)
{
    if (tokens == m_preferred)
        return;
    m_preferred = tokens;
    reorder(ordered(m_latest));
}

std::vector<Balance> BalancesModel::ordered(QList<Balance> balances) const
{
    std::vector<Balance> out;
    for (const QString &t : m_preferred) {
        const auto it = std::find_if(balances.begin(), balances.end(),
                                     [&t](const Balance &b) { return b.token == t; });
        if (it != balances.end()) {
            out.push_back(*it);
            balances.erase(it);
        }
    }
    std::sort(balances.begin(), balances.end(),
              [](const Balance &a, const Balance &b) { return a.token < b.token; });
    for (const Balance &b : std::as_const(balances)) {
        if (out.empty() || out.back().token != b.token) // one row per token
            out.push_back(b);
    }
    return out;
}

void BalancesModel::reorder(const std::vector<Balance> &next)
{
    // Rows of tokens no longer there go first.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString &token = m_rows[size_t(row)].token;
        if (std::none_of(next.begin(), next.end(),
                         [&token](const Balance &b) { return b.token == token; })) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }
    for (size_t i = 0; i < next.size(); ++i) {
        const int at = rowOf(next[i].token);
        if (at == int(i)) {
            if (!sameValues(m_rows[i], next[i])) {
                m_rows[i] = next[i];
                Q_EMIT dataChanged(index(int(i), Total), index(int(i), Frozen));
            }
        } else if (at > int(i)) {
            beginMoveRows({}, at, at, {}, int(i));
            const Balance moved = m_rows[size_t(at)];
            m_rows.erase(m_rows.begin() + at);
            m_rows.insert(m_rows.begin() + qsizetype(i), moved);
            endMoveRows();
            if (!sameValues(m_rows[i], next[i])) {
                m_rows[i] = next[i];
                Q_EMIT dataChanged(index(int(i), Total), index(int(i), Frozen));
            }
        } else {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + qsizetype(i), next[i]);
            endInsertRows();
        }
    }
}

std::optional<Decimal> BalancesModel::available(const QString &token) const
{
    if (m_rows.empty())
        return std::nullopt; // not loaded (yet)
    const int row = rowOf(token);
    return row < 0 ? Decimal() : m_rows[size_t(row)].available; // a token not held: none
}

const Balance *BalancesModel::balance(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[size_t(row)] : nullptr;
}

int BalancesModel::rowOf(const QString &token) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].token == token)
            return int(i);
    }
    return -1;
}

int BalancesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Balance &b = m_rows[size_t(index.row())];
    const auto value = [&b](int column) {
        return column == Total ? b.total : column == Available ? b.available : b.frozen;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == Token)
            return b.token;
        // Exactly as the exchange sent it, so the columns add up on screen (review 33, trader
        // F5), every figure of one asset with the same decimals: "98,942.6497837" beside
        // "1,000.0000000" USDT, "0.50000000" BTC.
        return DecimalFormat::display(value(index.column()).normalized(), decimalsOf(b));
    case Qt::ToolTipRole:
        if (index.column() == Token) // the views at 1440 show Available and Frozen, not Total
            return tr("Total %1 %2").arg(AssetFormat::availableNumber(b.total, b.token), b.token);
        return precisionNote(value(index.column()), b.token);
    case RawValueRole:
        if (index.column() == Token)
            return b.token;
        return QVariant::fromValue(value(index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Token ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant BalancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Token: return tr("Asset");
    case Total: return tr("Total");
    case Available: return tr("Available");
    case Frozen: return tr("Frozen");
    default: return {};
    }
}

QString BalancesModel::precisionNote(const Decimal &exact, const QString &asset)
{
    // Short (one line that fits beside the pointer on any screen) and grouped like the cell.
    return tr("%1 exactly, as the exchange sent it.").arg(AssetFormat::available(exact, asset));
}
