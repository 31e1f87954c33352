#pragma once

#include "models/OrderTableModel.h"

// Orders that reached a final state (FILLED, CANCELED, REJECT) within the current filter.
class FinishedOrdersModel final : public OrderTableModel
{
    Q_OBJECT

public:
    using OrderTableModel::OrderTableModel;

    // The page cursor for older finished orders.
    OrderId oldestOrderId() const;
    // The exchange answered a page of older orders with orders not older than its cursor: they
    // are left out, and older orders may exist that the page does not show.
    void setPagingMisread(bool misread);
    bool isPagingMisread() const { return m_pagingMisread; }

Q_SIGNALS:
    void pagingMisreadChanged(bool misread);

private:
    bool m_pagingMisread = false;
};
