#include "models/OrderSortProxy.h"

#include "core/Decimal.h"
#include "models/OrderTableModel.h"

OrderSortProxy::OrderSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OrderTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void OrderSortProxy::setSymbolFilter(const QString &symbol)
{
    if (m_symbol == symbol)
        return;
    m_symbol = symbol;
    invalidateFilter();
}

bool OrderSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.metaType() == QMetaType::fromType<Decimal>() && r.metaType() == l.metaType()) {
        const int c = l.value<Decimal>().compare(r.value<Decimal>());
        if (c != 0)
            return c < 0;
    } else if (l.metaType().id() == QMetaType::QString) {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else {
        const qint64 a = l.toLongLong();
        const qint64 b = r.toLongLong();
        if (a != b)
            return a < b;
    }
    // Ties broken by order id, so equal keys never swap places between refreshes.
    return left.data(OrderTableModel::OrderIdRole).toLongLong()
           < right.data(OrderTableModel::OrderIdRole).toLongLong();
}

bool OrderSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_symbol.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, OrderTableModel::Symbol, sourceParent);
    return idx.data(OrderTableModel::RawValueRole).toString() == m_symbol;
}
