#pragma once

#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class ColorScheme;

// The order book as a ladder: asks above (highest first, the best ask just above the spread),
// one spread row, bids below (best first). Each level shows price, size, the cumulative size
// from the spread outwards and the trader's own open size there. A new book is applied by
// diffing levels by price: removed and inserted rows and dataChanged for what changed, never a
// reset, so a view keeps its place. At most setLevelsPerSide() levels a side (the ones nearest
// the spread), so the ladder's height hardly changes between polls.
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
    };
    struct Level
    {
        Decimal price;
        Decimal size;
        Decimal total; // cumulative from the spread
        Decimal mine;  // the trader's open quantity at this price on this side
        bool operator==(const Level &o) const
        {
            return price == o.price && size == o.size && total == o.total && mine == o.mine;
        }
    };

    explicit DepthModel(const ColorScheme *colors = nullptr, QObject *parent = nullptr);

    void setLevelsPerSide(int levels);
    // How prices and sizes are written (the symbol's steps).
    void setDecimals(int priceDecimals, int quantityDecimals);
    // A new book for the same symbol, or for another: the rows follow by diffing.
    void apply(const Depth &depth);
    // The trader's open orders; levels at their prices show the remaining size (same symbol).
    void setOwnOrders(const QList<Order> &openOrders);
    void clear();

    int spreadRow() const { return int(m_asks.size()); }
    RowKind kindOf(int row) const;
    // The level at a row (not the spread row).
    const Level *level(int row) const;
    std::optional<Decimal> spread() const { return m_spread; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    using Side = std::vector<Level>;
    // Brings `rows` (starting at model row `base`) to the prices of `next` (same order).
    void diffSide(Side &rows, const Side &next, int base);
    // Totals and own sizes of both sides from scratch; announces the rows whose values changed.
    void recompute(const Side &oldAsks, const Side &oldBids);
    QString text(const Level &l, int column) const;
    QString accessibleText(int row) const;

    const ColorScheme *m_colors;
    int m_levelsPerSide = 15;
    int m_priceDecimals = 2;
    int m_quantityDecimals = 4;
    Side m_asks; // highest price first
    Side m_bids; // highest price first
    QList<Order> m_own;
    Decimal m_deepest; // the larger side's total, for the depth bars
    std::optional<Decimal> m_spread;
};
