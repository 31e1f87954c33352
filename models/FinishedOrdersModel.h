#pragma once

#include "models/OrderTableModel.h"

#include <optional>

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
    // The cancelled leg of a move from the book (cancel, then the rest placed at `price`): its
    // status reads "Replaced", its tip where to, rather than a plain cancel by the trader. Shown
    // only; the exchange's status stays CANCELED.
    void markMoved(OrderId cancelled, const Decimal &price);
    std::optional<Decimal> movedTo(OrderId id) const;

Q_SIGNALS:
    void pagingMisreadChanged(bool misread);

protected:
    QString statusText(const Order &o) const override;
    QString statusTip(const Order &o) const override;

private:
    bool m_pagingMisread = false;
    QHash<OrderId, Decimal> m_movedTo;
};
