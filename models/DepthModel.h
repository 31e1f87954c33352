#pragma once

#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>
#include <utility>
#include <vector>

class ColorScheme;

// The order book as a price-fixed ladder (as TT MD Trader or Sierra Chart's DOM): each row is one
// price, tick × grouping apart, highest first, 2 × levelsPerSide() + 1 of them around the price the
// ladder was anchored on. The prices stay where they are while the book moves through them: a
// row at a price shows the ask size there (prices at or above the best ask), the bid size (at or
// below the best bid), or nothing (a price inside the spread, or with no order). With one side
// of the book unknown (no ask, say), the prices beyond the other side have no side: the ladder
// never claims a side it does not know. Bids round down
// to their group, asks up (a group never looks better than its levels). A new book changes only
// the rows whose values changed (dataChanged for those, never a reset), so a view repaints only
// them. The ladder re-anchors on the market only when told (centre()), or by itself while
// following() — a view turns following off while the trader is on it (armed, pointer over it).
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
        Spread, // inside the spread (or no book): no side
        Bid
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // Decimal of price, size, total or own size
        RowKindRole,                     // int(RowKind): the side this price is on now
        DepthPermilleRole,               // cumulative size against the deepest side, 0…1000
        LastTradeRole,                   // bool: the last trade was at this level
        InFlightRole,                    // Decimal: quantity on its way to this level
    };
    struct Level
    {
        Decimal price;
        Decimal size;
        Decimal total;   // cumulative from the spread
        Decimal mine;    // the trader's open quantity at this price on this side
        Decimal ordered; // what those orders were placed for (mine is what is left of it)
        Decimal flight;  // on its way here: placed or moved, not yet confirmed
        Decimal leaving; // being moved away from here (its cancel on its way)
        RowKind kind = RowKind::Spread;
        bool last = false;
        bool operator==(const Level &o) const
        {
            return price == o.price && size == o.size && total == o.total && mine == o.mine
                   && ordered == o.ordered && flight == o.flight && leaving == o.leaving
                   && kind == o.kind && last == o.last;
        }
    };
    struct InFlight
    {
        ::Side side = ::Side::Buy;
        Decimal price;
        Decimal quantity;
        bool leaving = false; // a moved order's old place, while its cancel is on its way
        // The order on its way, once known: as soon as the open orders list it, it shows
        // resting only.
        QString clientOrderId;
        OrderId orderId = 0;
    };

    explicit DepthModel(const ColorScheme *colors = nullptr, QObject *parent = nullptr);

    // Rows above and below the anchor price (the ladder has 2 × levels + 1 rows).
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
    // A new book: its sizes move through the fixed prices (the first book anchors the ladder).
    void applySnapshot(const Depth &depth);
    // The trader's open orders; the rows at their prices show the remaining size (same symbol).
    void setOwnOrders(const QList<Order> &openOrders);
    // Orders on their way (shown at their rows until confirmed) and moves leaving a row.
    void setInFlight(const QList<InFlight> &orders);
    // An own order as the book tells it apart: its id and its client order id (an exchange that
    // restarts hands out the ids again: a new order with a moved one's id is not the moved one).
    using OrderKey = std::pair<OrderId, QString>;
    static OrderKey keyOf(const Order &o) { return {o.orderId, o.clientOrderId}; }
    // Own orders not shown as resting (being moved: their row shows them leaving instead).
    void setHidden(const QSet<OrderKey> &orders);
    void setLastPrice(const std::optional<Decimal> &price);
    // Forgets the book and the anchor (another symbol): the next book anchors anew.
    void clear();

    // Re-anchors the ladder with the market in its middle row (the explicit centring).
    void centre();
    // Following, the ladder re-anchors by itself when the market's middle leaves the middle of
    // its rows (setFollowBand()), not on every tick: the rows stay put while it moves near there.
    void setFollowing(bool following);
    // How far (in rows) the market's middle may stray from the middle row before a following
    // ladder re-anchors: a view sets a third of the rows it shows. 0: a third of all rows.
    void setFollowBand(int rows) { m_followBand = std::max(0, rows); }
    bool following() const { return m_following; }
    RowKind kindOf(int row) const;
    // The price row (nullptr outside the ladder).
    const Level *level(int row) const;
    // The row of the best level of a side, -1 if it lies outside the rows.
    int bestRow(::Side side) const;
    // The row of the n-th level with a size of a side from the spread outwards (0: the best),
    // -1 if outside the rows.
    int levelRow(::Side side, int n) const;
    std::optional<Decimal> best(::Side side) const;
    // The best level of a side as the exchange sent it (not grouped).
    std::optional<Decimal> realBest(::Side side) const;
    // The last trade's price, as the exchange sent it (none: no trade seen yet).
    std::optional<Decimal> lastPrice() const { return m_last; }
    // The real spread: best ask − best bid of the book as sent, whatever the rows' grouping.
    std::optional<Decimal> spread() const { return m_spread; }
    // "Spread 0.50 · last 70,001.00" (the real spread, also while the rows are grouped)
    QString spreadText() const;
    // The price group an order's price falls in on its side.
    Decimal bucket(const Decimal &price, ::Side side) const;
    // The cumulative size from the spread up to this row's price (at an empty price too).
    Decimal cumulativeAt(int row) const;
    // The trader's open orders of this symbol, as the open orders list them now.
    const QList<Order> &ownOrders() const { return m_own; }
    // The own open orders shown at this row's level.
    QList<Order> ownOrdersAt(int row) const;
    // The row of this price (grouped as for an order of this side), -1 if outside the rows.
    int rowOf(::Side side, const Decimal &price) const;
    // Own orders priced above the row `top` and below the row `bottom`.
    std::pair<int, int> ownBeyond(int top, int bottom) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A new list of own orders (ones beyond the shown levels change no row).
    void ownOrdersChanged();
    // The spread, the last price or the best levels changed (spreadText(), best()).
    void marketMoved();
    // The rows have new prices (centred, re-anchored, regrouped): a view centres on the market.
    void anchored();

private:
    using Grouped = std::vector<std::pair<Decimal, Decimal>>; // price, size; best first
    Grouped grouped(const QList<DepthLevel> &levels, bool asks) const;
    // The price the market's middle falls in, if there is a book.
    std::optional<Decimal> middle() const;
    void anchorAt(const Decimal &centre);
    bool nearMiddle(const Decimal &mid) const; // within the follow band of the middle row
    void rebuild(); // anchors anew if there is no anchor (or it follows the market)
    // Every row's values from the book, the own orders and what is in flight; announces the rows
    // whose values changed, in runs.
    void recompute();
    void fillSizes(std::vector<Level> &rows) const;
    void fillOwn(std::vector<Level> &rows) const;
    bool listed(const InFlight &f) const; // this order on its way is listed open already
    int rowIndex(const Decimal &price) const;
    QString text(const Level &l, int column) const;
    QString accessibleText(int row) const;
    QVariant levelData(const Level &l, RowKind kind, int column, int role) const;

    const ColorScheme *m_colors;
    int m_levelsPerSide = 15;
    int m_grouping = 1;
    SymbolRules m_rules;
    Depth m_raw;
    bool m_following = true;
    int m_followBand = 0;
    std::optional<Decimal> m_grid; // the price of the middle row, once anchored
    std::vector<Level> m_rows;     // highest price first; empty: not anchored
    Grouped m_asks;                // lowest first
    Grouped m_bids;                // highest first
    QList<Order> m_own;
    QSet<OrderKey> m_hidden;
    QList<InFlight> m_flight;
    std::optional<Decimal> m_last;
    Decimal m_deepest; // the larger side's total, for the depth bars
    std::optional<Decimal> m_spread;
    std::optional<Decimal> m_spreadLast; // the last price spreadText() was announced with
    std::optional<Decimal> m_shownBid;   // the best levels marketMoved() was announced with
    std::optional<Decimal> m_shownAsk;
};
