#pragma once

#include "OrderTableModel.h"

// Orders that reached a final state (FILLED, CANCELED, REJECT) within the current filter.
class FinishedOrdersModel final : public OrderTableModel
{
    Q_OBJECT

public:
    using OrderTableModel::OrderTableModel;

    // The oldest creation time shown: where the next older page ends.
    qint64 oldestCreateTime() const;
};
