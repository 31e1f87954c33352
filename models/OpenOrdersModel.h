#pragma once

#include "models/OrderTableModel.h"

// Orders resting on the book (NEW, PARTIAL_FILLED). They are fetched page by page; when the list
// may be incomplete, gap() says why and isCapped() that more may exist than are listed.
class OpenOrdersModel final : public OrderTableModel
{
    Q_OBJECT

public:
    enum class Gap
    {
        None,
        Incomplete,    // the pages ran out, or an item could not be read
        PagingMisread, // a page was not older than its cursor: the exchange reads it otherwise
    };
    Q_ENUM(Gap)

    using OrderTableModel::OrderTableModel;

    void applySnapshot(const QList<Order> &orders, bool capped);
    void applySnapshot(const QList<Order> &orders, Gap gap);
    bool isCapped() const { return m_gap != Gap::None; }
    Gap gap() const { return m_gap; }

Q_SIGNALS:
    void cappedChanged(bool capped);
    void gapChanged(OpenOrdersModel::Gap gap);

private:
    Gap m_gap = Gap::None;
};
