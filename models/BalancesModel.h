#pragma once

#include "core/AccountTypes.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

// Every token of the account with total, available and frozen (exact; one asset's three with
// one number of decimals, so that they line up), the current symbol's
// tokens first, then the rest by name. Updated by token: rows move, appear and go, and changed
// values are announced; never reset. The order form's "Available" reads available() from here.
class BalancesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalancesModel)

public:
    enum Column
    {
        Token,
        Total,
        Available,
        Frozen,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1
    };

    explicit BalancesModel(QObject *parent = nullptr);
    // A balance cell's tip: the exact figure with its unit, grouped ("99,193.8297837 USDT exactly,
    // as the exchange sent it.").
    static QString precisionNote(const Decimal &exact, const QString &asset);

    // The account's balances as the exchange sent them (a full snapshot).
    void applySnapshot(const QList<Balance> &balances);
    // These tokens (the symbol's base and quote) come first, in this order.
    void setPreferredTokens(const QStringList &tokens);
    // Unknown until balances arrive; zero for a token the account does not hold.
    std::optional<Decimal> available(const QString &token) const;
    const Balance *balance(int row) const;
    int rowOf(const QString &token) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // New balances (the order form's Available follows them).
    void balancesChanged();

private:
    // Brings the rows to `next` (already in display order) by removing, moving and inserting.
    void reorder(const std::vector<Balance> &next);
    std::vector<Balance> ordered(QList<Balance> balances) const;

    std::vector<Balance> m_rows;
    QList<Balance> m_latest;
    QStringList m_preferred;
};
