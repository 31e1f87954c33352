#include "models/OpenOrdersModel.h"

void OpenOrdersModel::applySnapshot(const QList<Order> &orders, bool capped)
{
    applySnapshot(orders, capped ? Gap::Incomplete : Gap::None);
}

void OpenOrdersModel::applySnapshot(const QList<Order> &orders, Gap gap)
{
    OrderTableModel::applySnapshot(orders);
    if (gap == m_gap)
        return;
    const bool wasCapped = isCapped();
    m_gap = gap;
    Q_EMIT gapChanged(gap);
    if (wasCapped != isCapped())
        Q_EMIT cappedChanged(isCapped());
}
