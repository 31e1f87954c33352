#pragma once

#include "core/AccountTypes.h"
#include "core/MarketTypes.h"
#include "models/OrderText.h"

#include <QHash>

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

class ColorScheme;

// The account's fills (account/trades), newest first, keyed by trade id: new fills are inserted
// where they belong, older pages appended, nothing ever reset. The documented trade carries no
// order id; fills asked for by order carry the one asked for, others show "—". A number's unit
// is in its column's title when every listed fill shares it ("Price (USDT)"), else in its cell.
class FillsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FillsModel)

public:
    enum Column
    {
        Time,
        Symbol,
        SideColumn,
        Price,
        Quantity,
        Amount,
        Fee,
        FeeAsset,
        Role,
        OrderIdColumn,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1
    };

    explicit FillsModel(const ColorScheme *colors = nullptr, QObject *parent = nullptr);

    // Adds the fills not shown yet; returns how many were new. The one model verb that is not
    // applySnapshot: a fills reply is one page (the newest, or an older one on request), never
    // the whole list, so rows not in it stay; clear() starts over (new account or filter).
    int merge(const QList<Trade> &fills);
    void clear();
    // Each row's numbers at its symbol's decimals.
    void setSymbolRules(const QList<SymbolRules> &rules);
    // The symbol the list is filtered to (empty: all): its units title the columns while no
    // fill is listed.
    void setListedSymbol(const QString &symbol);
    SymbolRules rulesFor(const QString &symbol) const;
    QList<Trade> fills() const { return {m_rows.begin(), m_rows.end()}; }
    const Trade *fill(int row) const;
    qint64 oldestTime() const { return m_rows.empty() ? 0 : m_rows.back().time; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const Trade &t, int column) const;
    void updateUnits();

    const ColorScheme *m_colors;
    std::vector<Trade> m_rows; // newest first
    QSet<QString> m_ids;
    QHash<QString, SymbolRules> m_rules;
    QString m_listedSymbol;
    // The assets every listed fill shares (empty: they differ): named in the column titles,
    // else in each cell.
    OrderText::Units m_units;
};
