#include "OpenOrdersModel.h"

void OpenOrdersModel::applySnapshot(const QList<Order> &orders, int limit)
{
    setSnapshot(orders);
    const bool capped = limit > 0 && orders.size() >= limit;
    if (capped != m_capped) {
        m_capped = capped;
        Q_EMIT cappedChanged(capped);
    }
}
