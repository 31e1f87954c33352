#pragma once

#include "core/Decimal.h"
#include "core/MarketTypes.h"
#include "core/OrderEnums.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <functional>

struct Order;

// An order told in words for the log, banners and notifications, in the one format per asset:
// "Buy 0.0100 BTC @ 69,000.00 USDT", "Buy BTC at market for 100.00 USDT". And times as a
// trader reads them: today's as HH:MM:SS, older ones with their date.
class OrderText
{
    Q_DECLARE_TR_FUNCTIONS(OrderText)

public:
    struct Terms
    {
        Side side = Side::Buy;
        OrderType type = OrderType::Limit;
        QString symbol;
        Decimal price;
        Decimal quantity;
        Decimal amount; // a market order's quote amount
    };

    // `rules` for the symbol; without them (not loaded yet) the assets come from the symbol's
    // name ("BTC-USDT") and numbers show the digits they have.
    static QString describe(const Terms &order, const SymbolRules &rules);
    // The symbol's rules, its assets named from "BASE-QUOTE" where the rules do not (yet) say.
    static SymbolRules rulesOrName(const SymbolRules &rules, const QString &symbol);

    // The base and quote asset that every one of a table's symbols shares (empty where they
    // differ): a column's title names that unit, or else each of its cells names its own.
    struct Units
    {
        QString base;
        QString quote;
        bool operator==(const Units &o) const { return base == o.base && quote == o.quote; }
    };
    static Units sharedUnits(const QSet<QString> &symbols,
                             const std::function<SymbolRules(const QString &)> &rulesOf);
    // A column's title naming its unit: "Price (USDT)", shown on two lines ("Price\n(USDT)") so
    // the columns fit side by side (`role` Qt::DisplayRole), read and told on one.
    static QString columnTitle(const QString &name, const QString &unit, int role);

    // A MARKET order by amount, as the order replies document it (`amount`; review 33 L5: the
    // 100 USDT asked left no trace): "Asked 100.00 USDT at market; filled 0.0014 BTC for
    // 97.96 USDT." Empty for any other order.
    static QString asked(const Order &o, const SymbolRules &rules);

    // The status of a move's cancelled leg ("Replaced"): cancelled, its rest placed elsewhere.
    static QString replacedText() { return tr("Replaced"); }

    // "14:03:07" for a time today (local), "2026-01-02 14:03:07" for an older one; "" for 0.
    static QString time(qint64 msSinceEpoch, qint64 nowMs);
    // For a narrow column: "14:03:07" today, the date alone ("2026-01-02") before.
    static QString timeOrDate(qint64 msSinceEpoch, qint64 nowMs);
    // A Time column's title in its tip and the columns menu: which clock, this computer's, with
    // its offset from UTC at `nowMs` ("Time (local, UTC+01:00)").
    static QString timeColumnTitle(qint64 nowMs);
};
