#pragma once

#include "core/MarketTypes.h"
#include "core/Order.h"
#include "models/OrderFees.h"
#include "models/OrderText.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class ColorScheme;

// Orders as table rows, refreshed by snapshot diffing keyed by orderId: new rows are inserted,
// gone rows removed, changed cells announced with dataChanged. Never reset after the first load,
// so selection, current index, scroll position and sort survive every refresh.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)

public:
    enum Column
    {
        Time,
        Symbol,
        SideColumn,
        Type,
        Price,
        Quantity,
        Filled,
        Amount,
        AveragePrice,
        Fee, // summed from the order's fills this app read; "—" when none
        Status,
        OrderIdColumn,
        ClientOrderId,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // exact value to sort on: Decimal, qint64 or QString
        OrderIdRole,
        OrderRole,
    };

    // Side and status colours come from `colors` (none when null), re-announced when it changes.
    explicit OrderTableModel(const ColorScheme *colors = nullptr, QObject *parent = nullptr);
    const ColorScheme *colors() const { return m_colors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void applySnapshot(const QList<Order> &orders);
    void remove(OrderId id);
    void setSymbolRules(const QList<SymbolRules> &rules);
    // The symbol the trader looks at (the list's filter, else the symbol traded): its units
    // title the columns while no order is listed ("Quantity (BTC)" before the first order).
    void setListedSymbol(const QString &symbol);
    // The fills of order `id` this app read (account/trades by order): its Fee sums them.
    void addFills(OrderId id, const QList<Trade> &fills);
    // Its id now names another order: the fees read for the old one are dropped.
    void forgetFees(OrderId id) { m_fees.remove(id); }
    const OrderFees &fees() const { return m_fees; }

    const Order *order(OrderId id) const;
    const Order &orderAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(OrderId id) const { return m_index.value(id, -1); }
    QList<Order> orders() const;

protected:
    // The Status cell and its tip ("Filled"; a list may tell more, e.g. a move's cancelled leg).
    virtual QString statusText(const Order &o) const;
    virtual QString statusTip(const Order &o) const;
    SymbolRules rulesFor(const QString &symbol) const;
    void announceStatus(OrderId id);

private:
    QString display(const Order &o, int column) const;
    QString feeTip(const Order &o) const;
    void updateUnits();
    static qint64 nowMs();
    QVariant raw(const Order &o, int column) const;
    static bool differs(const Order &a, const Order &b, int column);
    void updateRow(int row, const Order &o);
    void removeRowRange(int first, int last);
    void reindex(int from = 0);

    std::vector<Order> m_rows;
    QHash<OrderId, int> m_index;
    QHash<QString, SymbolRules> m_rules;
    OrderText::Units m_units; // the assets every listed order shares (empty: they differ)
    QString m_listedSymbol;
    OrderFees m_fees;
    const ColorScheme *m_colors;
};
