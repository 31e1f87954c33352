#include "models/FinishedOrdersModel.h"

OrderId FinishedOrdersModel::oldestOrderId() const
{
    OrderId oldest = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const OrderId id = orderAt(r).orderId;
        if (oldest == 0 || id < oldest)
            oldest = id;
    }
    return oldest;
}

void FinishedOrdersModel::setPagingMisread(bool misread)
{
    if (misread == m_pagingMisread)
        return;
    m_pagingMisread = misread;
    Q_EMIT pagingMisreadChanged(misread);
}
