#include "models/FinishedOrdersModel.h"

#include "models/AssetFormat.h"

FinishedOrdersModel::FinishedOrdersModel(const ColorScheme *colors, QObject *parent)
    : OrderTableModel(colors, parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { bindMoved(first, last); });
}

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
    const Order *known = order(cancelled);
    m_movedTo.insert(cancelled, {price, known ? known->clientOrderId.trimmed() : QString()});
    announceStatus(cancelled);
}

void FinishedOrdersModel::forgetMoved(OrderId id)
{
    m_movedTo.remove(id);
}

void FinishedOrdersModel::bindMoved(int first, int last)
{
    // The first order seen under a marked id is the one moved; a later one under that id is not.
    for (int r = first; r <= last; ++r) {
        const Order &o = orderAt(r);
        const auto it = m_movedTo.find(o.orderId);
        if (it != m_movedTo.end() && it->clientOrderId.isEmpty())
            it->clientOrderId = o.clientOrderId.trimmed();
    }
}

const FinishedOrdersModel::Moved *FinishedOrdersModel::moved(const Order &o) const
{
    const auto it = m_movedTo.constFind(o.orderId);
    if (it == m_movedTo.cend() || o.status != OrderStatus::Canceled)
        return nullptr;
    return it->clientOrderId.isEmpty() || it->clientOrderId == o.clientOrderId.trimmed() ? &*it
                                                                                         : nullptr;
}

std::optional<Decimal> FinishedOrdersModel::movedTo(OrderId id) const
{
    const Order *o = order(id);
    const auto it = m_movedTo.constFind(id);
    if (it == m_movedTo.cend()
        || (o && o->clientOrderId.trimmed() != it->clientOrderId && !it->clientOrderId.isEmpty()))
        return std::nullopt;
    return it->price;
}

QString FinishedOrdersModel::statusText(const Order &o) const
{
    return moved(o) ? OrderText::replacedText() : OrderTableModel::statusText(o);
}

QString FinishedOrdersModel::statusTip(const Order &o) const
{
    const Moved *m = moved(o);
    if (!m)
        return OrderTableModel::statusTip(o);
    const SymbolRules rules = rulesFor(o.symbol);
    return tr("Cancelled to move it from the book: %1 → %2 (the rest placed as a new order).")
        .arg(AssetFormat::priceIn(o.price, rules), AssetFormat::priceIn(m->price, rules));
}
