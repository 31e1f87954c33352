#include "models/FinishedOrdersModel.h"

#include "models/AssetFormat.h"

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

void FinishedOrdersModel::markMoved(OrderId cancelled, const Decimal &price)
{
    m_movedTo.insert(cancelled, price);
    announceStatus(cancelled);
}

std::optional<Decimal> FinishedOrdersModel::movedTo(OrderId id) const
{
    const auto it = m_movedTo.constFind(id);
    return it == m_movedTo.cend() ? std::nullopt : std::optional<Decimal>(*it);
}

QString FinishedOrdersModel::statusText(const Order &o) const
{
    return o.status == OrderStatus::Canceled && m_movedTo.contains(o.orderId)
               ? OrderText::replacedText()
               : OrderTableModel::statusText(o);
}

QString FinishedOrdersModel::statusTip(const Order &o) const
{
    if (o.status != OrderStatus::Canceled || !m_movedTo.contains(o.orderId))
        return OrderTableModel::statusTip(o);
    const SymbolRules rules = rulesFor(o.symbol);
    return tr("Cancelled to move it from the book: %1 → %2 (the rest placed as a new order).")
        .arg(AssetFormat::priceIn(o.price, rules),
             AssetFormat::priceIn(m_movedTo.value(o.orderId), rules));
}
