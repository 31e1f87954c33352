#pragma once

#include "core/AccountTypes.h"
#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <optional>

// What this app knows an order paid in fees: the sum of the fills of that order it has read
// (account/trades asked by order id), per fee asset, exact. The documented order carries no fee;
// an order none of whose fills the app has read has no entry ("—" on screen, never "0").
class OrderFees final
{
public:
    struct Entry
    {
        QMap<QString, Decimal> byAsset; // fee asset -> sum of the fees of the fills read
        Decimal quantity;               // the fills' quantity read, to tell a partial picture
        int fills = 0;
    };

    // Adds the fills of `id` not counted yet (by trade id); true when the entry changed.
    bool add(OrderId id, const QList<Trade> &fills);
    void clear();
    // Forgets what was read of one order (its id now names another order).
    void remove(OrderId id);
    const Entry *find(OrderId id) const;
    // "0.69978 USDT", "0.000015 BTC + 0.12 USDT" (each as amount()); empty when no fill of the
    // order is known. `rules`: the order's symbol.
    static QString text(const Entry &entry, const SymbolRules &rules);
    // One fee, exact and compact, with its asset: every digit it has (money is never rounded
    // away), trailing zeros trimmed down to the decimals the asset is traded with in `rules`'
    // symbol (its base at the lot's decimals), else to 2: "0.0000071 BTC", "0.70 USDT",
    // "0.69978 USDT". Narrower than the asset's 8 display decimals and never less exact.
    static QString amount(const Decimal &fee, const QString &asset, const SymbolRules &rules);

private:
    QHash<OrderId, Entry> m_entries;
    QHash<OrderId, QSet<QString>> m_counted; // trade ids already in the sums
};
