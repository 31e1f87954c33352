#pragma once

#include "models/OrderTableModel.h"

#include <optional>

// Orders that reached a final state (FILLED, CANCELED, REJECT) within the current filter.
class FinishedOrdersModel final : public OrderTableModel
{
    Q_OBJECT

public:
    explicit FinishedOrdersModel(const ColorScheme *colors = nullptr, QObject *parent = nullptr);

    // The page cursor for older finished orders.
    OrderId oldestOrderId() const;
    // The exchange answered a page of older orders with orders not older than its cursor: they
    // are left out, and older orders may exist that the page does not show.
    void setPagingMisread(bool misread);
    bool isPagingMisread() const { return m_pagingMisread; }
    // The cancelled leg of a move from the book (cancel, then the rest placed at `price`): its
    // status reads "Replaced", its tip where to, rather than a plain cancel by the trader. Shown
    // only; the exchange's status stays CANCELED. Keyed by id and client id: an exchange that
    // restarted may hand the id to another order, whose plain cancel stays "Cancelled".
    void markMoved(OrderId cancelled, const Decimal &price);
    // The id names another order now (reused): what was marked for the old one is dropped.
    void forgetMoved(OrderId id);
    std::optional<Decimal> movedTo(OrderId id) const;

Q_SIGNALS:
    void pagingMisreadChanged(bool misread);

protected:
    QString statusText(const Order &o) const override;
    QString statusTip(const Order &o) const override;

private:
    struct Moved
    {
        Decimal price;
        QString clientOrderId; // empty until the order is seen (marked before the list shows it)
    };
    const Moved *moved(const Order &o) const;
    void bindMoved(int first, int last);

    bool m_pagingMisread = false;
    QHash<OrderId, Moved> m_movedTo;
};
