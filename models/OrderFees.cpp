#include "models/OrderFees.h"

#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"

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

QString OrderFees::text(const Entry &entry, const SymbolRules &rules)
{
    QStringList parts;
    for (auto it = entry.byAsset.cbegin(); it != entry.byAsset.cend(); ++it)
        parts.append(amount(it.value(), it.key(), rules));
    return parts.join(QStringLiteral(" + "));
}

QString OrderFees::amount(const Decimal &fee, const QString &asset, const SymbolRules &rules)
{
    const int least = asset == rules.baseToken && !rules.baseIncrement.isZero()
                          ? rules.quantityDecimals()
                          : std::min(2, AssetFormat::displayDecimals(asset));
    return AssetFormat::withUnit(DecimalFormat::display(fee.normalized(), least), asset);
}
