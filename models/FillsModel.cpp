#include "models/FillsModel.h"

#include "core/OrderEnums.h"
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/OrderFees.h"
#include "models/OrderText.h"

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
    if (added > 0)
        updateUnits();
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
    updateUnits();
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

void FillsModel::setSymbolRules(const QList<SymbolRules> &rules)
{
    m_rules.clear();
    for (const SymbolRules &r : rules)
        m_rules.insert(r.symbol, r);
    updateUnits();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void FillsModel::setListedSymbol(const QString &symbol)
{
    m_listedSymbol = symbol;
    updateUnits();
}

SymbolRules FillsModel::rulesFor(const QString &symbol) const
{
    return OrderText::rulesOrName(m_rules.value(symbol), symbol);
}

void FillsModel::updateUnits()
{
    // The assets of the listed fills; while none is listed, of the symbol filtered to (of every
    // known symbol when none is).
    QSet<QString> symbols;
    for (const Trade &t : m_rows)
        symbols.insert(t.symbol);
    // Only a symbol the exchange lists: a name from a hostile settings file is no unit (review
    // 32: "Price (USDT202eTDSU)").
    if (symbols.isEmpty() && m_rules.contains(m_listedSymbol))
        symbols.insert(m_listedSymbol);
    if (symbols.isEmpty())
        for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it)
            symbols.insert(it.key());
    const OrderText::Units units =
        OrderText::sharedUnits(symbols, [this](const QString &s) { return rulesFor(s); });
    if (units == m_units)
        return;
    m_units = units;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) // the cells carry the unit the titles no longer name, or drop it
        Q_EMIT dataChanged(index(0, Price), index(rowCount() - 1, Amount),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

QString FillsModel::text(const Trade &t, int column) const
{
    const SymbolRules rules = rulesFor(t.symbol);
    // A number names its asset in its cell only where the column's title cannot (the fills of
    // several assets listed together); a fee always does (its asset varies by fill).
    const auto inBase = [&](const QString &number) {
        return m_units.base.isEmpty() ? AssetFormat::withUnit(number, rules.baseToken) : number;
    };
    const auto inQuote = [&](const QString &number) {
        return m_units.quote.isEmpty() ? AssetFormat::withUnit(number, rules.quoteToken) : number;
    };
    using AssetFormat::withUnit;
    switch (column) {
    case Time: return OrderText::time(t.time, QDateTime::currentMSecsSinceEpoch());
    case Symbol: return t.symbol;
    case SideColumn:
        // Written out with its arrow, as in the order tables: never by colour alone.
        return (t.side == Side::Buy ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
               + OrderEnums::sideText(t.side);
    case Price: return inQuote(AssetFormat::price(t.price, rules));
    case Quantity: return inBase(AssetFormat::quantity(t.quantity, rules));
    case Amount: return inQuote(AssetFormat::value(t.amount, rules.quoteToken));
    case Fee: return OrderFees::amount(t.fee, t.feeAsset, rules); // exact: money is not rounded
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
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    const auto title = [role](const QString &name, const QString &unit) {
        return OrderText::columnTitle(name, unit, role);
    };
    switch (section) {
    case Time:
        return role == Qt::ToolTipRole
                   ? OrderText::timeColumnTitle(QDateTime::currentMSecsSinceEpoch())
                   : tr("Time");
    case Symbol: return tr("Symbol");
    case SideColumn: return tr("Side");
    case Price: return title(tr("Price"), m_units.quote);
    case Quantity: return title(tr("Quantity"), m_units.base);
    case Amount: return title(tr("Amount"), m_units.quote);
    case Fee: return tr("Fee");
    case FeeAsset: return tr("Fee asset");
    case Role: return tr("Role");
    case OrderIdColumn: return tr("Order ID");
    default: return {};
    }
}
