#include "models/OrderFees.h"

#include "models/AssetFormat.h"

#include <QStringList>

bool OrderFees::add(OrderId id, const QList<Trade> &fills)
{
    bool changed = false;
    for (const Trade &t : fills) {
        QSet<QString> &counted = m_counted[id];
        if (!t.tradeId.isEmpty() && counted.contains(t.tradeId))
            continue;
        counted.insert(t.tradeId);
        Entry &e = m_entries[id];
        const Decimal sofar = e.byAsset.value(t.feeAsset);
        e.byAsset.insert(t.feeAsset, sofar.add(t.fee).value_or(sofar));
        e.quantity = e.quantity.add(t.quantity).value_or(e.quantity);
        ++e.fills;
        changed = true;
    }
    return changed;
}

void OrderFees::remove(OrderId id)
{
    m_entries.remove(id);
    m_counted.remove(id);
}

void OrderFees::clear()
{
    m_entries.clear();
    m_counted.clear();
}

const OrderFees::Entry *OrderFees::find(OrderId id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : &*it;
}

QString OrderFees::text(const Entry &entry)
{
    QStringList parts;
    for (auto it = entry.byAsset.cbegin(); it != entry.byAsset.cend(); ++it)
        parts.append(AssetFormat::withUnit(AssetFormat::value(it.value(), it.key()), it.key()));
    return parts.join(QStringLiteral(" + "));
}
