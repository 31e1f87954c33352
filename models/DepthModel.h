#pragma once

#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QAbstractTableModel>

#include <optional>
#include <utility>
#include <vector>

class ColorScheme;

// The order book as a ladder: asks above (highest first, the best ask just above the spread),
// one spread row, bids below (best first). Each level shows price, size, the cumulative size
// from the spread outwards and the trader's own open size there (and what is in flight to it).
// A new book is applied by diffing levels by price: removed and inserted rows and dataChanged for
// what changed, never a reset, so a view keeps its place and repaints only changed rows. At most
// setLevelsPerSide() levels a side (the ones nearest the spread). Levels can be grouped by a
// multiple of the tick: bids round down to their group, asks up (a group never looks better
// than its levels).
class DepthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepthModel)

public:
    enum Column
    {
        Price,
        Size,
        Total,
        Mine,
        ColumnCount
    };
    enum class RowKind
    {
        Ask,
        Spread,
        Bid
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // Decimal of price, size, total or own size
        RowKindRole,                     // int(RowKind)
        DepthPermilleRole,               // cumulative size against the deepest side, 0…1000
        LastTradeRole,                   // bool: the last trade was at this level
        InFlightRole,                    // Decimal: quantity on its way to this level
    };
    struct Level
    {
        Decimal price;
        Decimal size;
        Decimal total;  // cumulative from the spread
        Decimal mine;   // the trader's open quantity at this price on this side
        Decimal flight; // on its way here: placed or moved, not yet confirmed
        bool last = false;
        quint8 mark = 0; // diff bookkeeping (not compared): 1 size changed, 2 inserted
        bool operator==(const Level &o) const
        {
            return price == o.price && size == o.size && total == o.total && mine == o.mine
                   && flight == o.flight && last == o.last;
        }
    };
    struct InFlight
    {
        ::Side side = ::Side::Buy;
        Decimal price;
        Decimal quantity;
    };

    explicit DepthModel(const ColorScheme *colors = nullptr, QObject *parent = nullptr);

    void setLevelsPerSide(int levels);
    int levelsPerSide() const { return m_levelsPerSide; }
    // How prices and sizes are written (the symbol's steps), when the rules are not known.
    void setDecimals(int priceDecimals, int quantityDecimals);
    // The symbol's rules: its tick (for grouping) and how its prices and sizes are written.
    void setRules(const SymbolRules &rules);
    const SymbolRules &rules() const { return m_rules; }
    // Levels grouped by tick × factor (1, 10, 100…).
    void setGrouping(int factor);
    int grouping() const { return m_grouping; }
    // The price step between levels: tick × grouping (zero while the tick is unknown).
    Decimal step() const;
    // A new book for the same symbol, or for another: the rows follow by diffing.
    void applySnapshot(const Depth &depth);
    // The trader's open orders; levels at their prices show the remaining size (same symbol).
    void setOwnOrders(const QList<Order> &openOrders);
    // Orders on their way (shown at their levels until confirmed).
    void setInFlight(const QList<InFlight> &orders);
    void setLastPrice(const std::optional<Decimal> &price);
    void clear();

    int spreadRow() const { return int(m_asks.size()); }
    RowKind kindOf(int row) const;
    // The level at a row (not the spread row).
    const Level *level(int row) const;
    std::optional<Decimal> spread() const { return m_spread; }
    // The price group an order's price falls in on its side.
    Decimal bucket(const Decimal &price, ::Side side) const;
    // The own open orders shown at this row's level.
    QList<Order> ownOrdersAt(int row) const;
    // The row of this side's level at this (grouped) price, -1 if none.
    int rowOf(::Side side, const Decimal &price) const;
    // Own orders priced above the level at `top` and below the level at `bottom`.
    std::pair<int, int> ownBeyond(int top, int bottom) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A new list of own orders (ones beyond the shown levels change no row).
    void ownOrdersChanged();

private:
    using Side = std::vector<Level>;
    Side nearest(const QList<DepthLevel> &levels, bool asks) const;
    void rebuild();
    // Brings `rows` (starting at model row `base`) to the prices of `next` (same order).
    void diffSide(Side &rows, const Side &next, int base);
    // Totals and own sizes of both sides; announces the kept rows whose values changed.
    void recompute();
    QString text(const Level &l, int column) const;
    QString spreadText() const;
    QString accessibleText(int row) const;
    QVariant levelData(const Level &l, RowKind kind, int column, int role) const;

    const ColorScheme *m_colors;
    int m_levelsPerSide = 15;
    int m_grouping = 1;
    SymbolRules m_rules;
    Depth m_raw;
    Side m_asks; // highest price first
    Side m_bids; // highest price first
    QList<Order> m_own;
    QList<InFlight> m_flight;
    std::optional<Decimal> m_last;
    Decimal m_deepest; // the larger side's total, for the depth bars
    std::optional<Decimal> m_spread;
    std::optional<Decimal> m_spreadLast; // the last price the spread row was announced with
};
