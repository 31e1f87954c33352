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
};
