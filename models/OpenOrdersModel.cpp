#include "models/OpenOrdersModel.h"

void OpenOrdersModel::applySnapshot(const QList<Order> &orders, bool capped)
{
    setSnapshot(orders);
    if (capped != m_capped) {
        m_capped = capped;
        Q_EMIT cappedChanged(capped);
    }
}
