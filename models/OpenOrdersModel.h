#pragma once

#include "OrderTableModel.h"

// Orders resting on the book (NEW, PARTIAL_FILLED). The exchange returns at most `limit` of them,
// so a full page may hide more: isCapped() says so.
class OpenOrdersModel final : public OrderTableModel
{
    Q_OBJECT

public:
    using OrderTableModel::OrderTableModel;

    void applySnapshot(const QList<Order> &orders, int limit);
    bool isCapped() const { return m_capped; }

Q_SIGNALS:
    void cappedChanged(bool capped);

private:
    bool m_capped = false;
};
