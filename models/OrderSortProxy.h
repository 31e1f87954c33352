#pragma once

#include <QSortFilterProxyModel>

// Sorts orders on their raw values (exact decimals, epoch milliseconds), never on display text,
// and filters by symbol.
class OrderSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderSortProxy)

public:
    explicit OrderSortProxy(QObject *parent = nullptr);
    void setSymbolFilter(const QString &symbol);
    QString symbolFilter() const { return m_symbol; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_symbol;
};
