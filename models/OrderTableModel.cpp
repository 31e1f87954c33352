#include "models/OrderTableModel.h"

#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/OrderText.h"

#include <QDateTime>
#include <QFont>
#include <QSet>

namespace {

const QList<int> ChangedRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
                              OrderTableModel::RawValueRole, OrderTableModel::OrderRole};
// The same without the sort key, for a change that leaves every sort key as it was.
const QList<int> ChangedShownRoles{Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
                                   OrderTableModel::OrderRole};

// An average at `decimals` places, rounded half-even (unchanged when it has no more).
Decimal roundedTo(const Decimal &value, int decimals)
{
    if (decimals < 0 || value.normalized().scale() <= decimals)
        return value;
    const auto step = Decimal::parse(
        decimals == 0
            ? QStringLiteral("1")
            : QStringLiteral("0.") + QString(decimals - 1, QLatin1Char('0')) + QLatin1Char('1'));
    const auto rounded = step ? value.roundHalfEvenToStep(*step) : std::nullopt;
    return rounded ? *rounded : value;
}

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
    if (orientation != Qt::Horizontal
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Each number's unit: in the title when every row shares it, else in every cell. Shown on
    // a second line ("Price\n(USDT)") so the facts fit side by side; read and told on one.
    const auto title = [role](const QString &name, const QString &unit) {
        return OrderText::columnTitle(name, unit, role);
    };
    switch (section) {
    case Time: return role == Qt::ToolTipRole ? OrderText::timeColumnTitle(nowMs()) : tr("Time");
    case Symbol: return tr("Symbol");
    case SideColumn: return tr("Side");
    case Type: return tr("Type");
    case Price: return title(tr("Price"), m_units.quote);
    case Quantity: return title(tr("Quantity"), m_units.base);
    case Filled: return title(tr("Filled"), m_units.base);
    case Amount: return title(tr("Amount"), m_units.quote);
    case AveragePrice: return title(tr("Avg price"), m_units.quote);
    case Fee: return tr("Fee");
    case Status: return tr("Status");
    case OrderIdColumn: return tr("Order ID");
    case ClientOrderId: return tr("Client ID");
    default: return {};
    }
}

SymbolRules OrderTableModel::rulesFor(const QString &symbol) const
{
    return OrderText::rulesOrName(m_rules.value(symbol), symbol);
}

QString OrderTableModel::display(const Order &o, int column) const
{
    const SymbolRules rules = rulesFor(o.symbol);
    // A number carries its unit in the cell only where the column's title cannot name it.
    const auto inBase = [&](const QString &number) {
        return m_units.base.isEmpty() ? AssetFormat::withUnit(number, rules.baseToken) : number;
    };
    const auto inQuote = [&](const QString &number) {
        return m_units.quote.isEmpty() ? AssetFormat::withUnit(number, rules.quoteToken) : number;
    };
    switch (column) {
    case Time: {
        // "≈": a time first seen by this app, not placed from it; the exchange does not say.
        // An older order's date stands alone in the narrow column (its tip says first seen).
        const QString at = OrderText::timeOrDate(o.createTime, nowMs());
        return o.createTimeIsFirstSeen && !at.contains(QLatin1Char('-')) ? QStringLiteral("≈ ") + at
                                                                         : at;
    }
    case Symbol: return o.symbol;
    case SideColumn:
        // The side is written out, with an arrow, never shown by colour alone.
        return (o.side == Side::Buy ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
               + OrderEnums::sideText(o.side);
    case Type: return o.typeLabel();
    case Price:
        return o.type == OrderType::Market ? tr("Market")
                                           : inQuote(AssetFormat::price(o.price, rules));
    case Quantity:
        // A market order by amount: what it spends, in the quote asset (named: not the base).
        if (o.type == OrderType::Market && o.quantity.isZero())
            return o.amount.isZero()
                       ? QStringLiteral("—")
                       : AssetFormat::withUnit(AssetFormat::value(o.amount, rules.quoteToken),
                                               rules.quoteToken);
        return inBase(AssetFormat::quantity(o.quantity, rules));
    case Filled: return inBase(AssetFormat::quantity(o.tradeQty, rules));
    case Amount: // a MARKET order's is what was asked (review 33 L5), said so
        return o.amount.isZero() ? QStringLiteral("—")
               : o.type == OrderType::Market
                   ? tr("asked %1").arg(inQuote(AssetFormat::value(o.amount, rules.quoteToken)))
                   : inQuote(AssetFormat::value(o.amount, rules.quoteToken));
    case AveragePrice:
        // An average is computed, not quoted: read at the symbol's price decimals.
        return o.hasAveragePrice && !o.tradeQty.isZero() ? inQuote(AssetFormat::price(
                   rules.priceIncrement.isZero() ? o.averagePrice
                                                 : roundedTo(o.averagePrice, rules.priceDecimals()),
                   rules))
                                                         : QStringLiteral("—");
    case Fee: {
        // Each fee asset with its unit: the fee asset is not the column's (base or quote).
        const OrderFees::Entry *fee = m_fees.find(o.orderId);
        return fee ? OrderFees::text(*fee, rules) : QStringLiteral("—");
    }
    case Status: return statusText(o);
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
    case Fee: {
        // Sorted by the fee when it is in one asset (mixed assets do not add up).
        const OrderFees::Entry *fee = m_fees.find(o.orderId);
        return QVariant::fromValue(fee && fee->byAsset.size() == 1 ? fee->byAsset.first()
                                                                   : Decimal());
    }
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
        if (column >= Price && column <= Fee)
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
            QString tip = OrderText::time(o.createTime, nowMs()) + QStringLiteral(": ");
            tip += o.createTimeIsFirstSeen
                       ? tr("First seen by this app; the exchange does not report when "
                            "orders are created.")
                       : tr("Placed from this app.");
            if (o.lastFillTime > 0)
                tip += QLatin1Char(' ')
                       + tr("Last fill at %1 (the exchange's trade time).")
                             .arg(OrderText::time(o.lastFillTime, nowMs()));
            if (o.updateTime > 0)
                tip += QLatin1Char(' ')
                       + tr("Seen finished at %1.").arg(OrderText::time(o.updateTime, nowMs()));
            return tip;
        }
        if (column == Fee)
            return feeTip(o);
        if (column == Price || column == Quantity || column == Amount)
            if (const QString asked = OrderText::asked(o, rulesFor(o.symbol)); !asked.isEmpty())
                return asked; // a MARKET order by amount
        if (column == Status)
            return statusTip(o);
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
    case Fee: return false; // fees change through addFills, not the order
    case OrderIdColumn: return false;
    case ClientOrderId: return a.clientOrderId != b.clientOrderId;
    default: return false;
    }
}

void OrderTableModel::applySnapshot(const QList<Order> &orders)
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
    updateUnits();
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
    updateUnits();
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
    updateUnits();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole});
}

QString OrderTableModel::statusText(const Order &o) const
{
    return o.statusLabel();
}

QString OrderTableModel::statusTip(const Order &) const
{
    return {};
}

void OrderTableModel::announceStatus(OrderId id)
{
    if (const int row = rowOf(id); row >= 0)
        Q_EMIT dataChanged(index(row, Status), index(row, Status),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void OrderTableModel::setListedSymbol(const QString &symbol)
{
    if (symbol == m_listedSymbol)
        return;
    m_listedSymbol = symbol;
    updateUnits();
}

QString OrderTableModel::feeTip(const Order &o) const
{
    const OrderFees::Entry *fee = m_fees.find(o.orderId);
    if (!fee)
        return tr("No fill of this order read yet: orders carry no fee, their fills do.");
    const SymbolRules rules = rulesFor(o.symbol);
    const auto qty = [&rules](const Decimal &d) {
        return AssetFormat::withUnit(AssetFormat::quantity(d, rules), rules.baseToken);
    };
    return tr("The fees of the %n fill(s) of this order read from the exchange (%1 of %2 filled).",
              nullptr, fee->fills)
        .arg(qty(fee->quantity), qty(o.tradeQty));
}

void OrderTableModel::addFills(OrderId id, const QList<Trade> &fills)
{
    if (!m_fees.add(id, fills))
        return;
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, Fee), index(row, Fee), ChangedRoles);
}

void OrderTableModel::updateUnits()
{
    // The assets of the listed symbols; while none is listed, of the symbol looked at (of every
    // known symbol when there is none).
    QSet<QString> symbols;
    for (const Order &o : m_rows)
        symbols.insert(o.symbol);
    if (symbols.isEmpty() && !m_listedSymbol.isEmpty())
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
        Q_EMIT dataChanged(index(0, Price), index(int(m_rows.size()) - 1, AveragePrice),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

qint64 OrderTableModel::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
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
