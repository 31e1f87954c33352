#pragma once

#include "models/OrderTableModel.h"

// Orders resting on the book (NEW, PARTIAL_FILLED). They are fetched page by page; when the
// pages ran out before the list did, isCapped() says more may exist.
class OpenOrdersModel final : public OrderTableModel
{
    Q_OBJECT

public:
    using OrderTableModel::OrderTableModel;

    void applySnapshot(const QList<Order> &orders, bool capped);
    bool isCapped() const { return m_capped; }

Q_SIGNALS:
    void cappedChanged(bool capped);

private:
    bool m_capped = false;
};
