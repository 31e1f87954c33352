#pragma once

#include "core/AccountTypes.h"
#include "core/MarketTypes.h"
#include "core/NewOrder.h"

#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// What the order form holds, as typed.
struct OrderDraft
{
    QString accountId;
    QString symbol;
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    QString priceText;
    QString quantityText;
    QString amountText;
    QString clientOrderId;

    bool operator==(const OrderDraft &o) const
    {
        return accountId == o.accountId && symbol == o.symbol && side == o.side && type == o.type
               && priceText == o.priceText && quantityText == o.quantityText
               && amountText == o.amountText && clientOrderId == o.clientOrderId;
    }
};

// What the form knows about the market and the account when it checks a draft.
struct MarketContext
{
    std::optional<SymbolRules> rules;
    std::optional<Decimal> lastPrice;
    // The bids a MARKET sell takes from, best first: the visible book, else the bid alone (the
    // ticket's MarketFill::levelsFor); empty: the last price stands in.
    QList<DepthLevel> bids;
    std::optional<Decimal> availableQuote;
    std::optional<Decimal> availableBase;
    Decimal largeNotional = Decimal::fromInteger(50000); // fat-finger threshold, quote currency
    int fatFingerPercent = 5;                            // warn beyond this distance from last
};

// The verdict on a draft: per-field errors (the order cannot go), warnings (it can, after the
// trader confirms), and the exact order that would be sent.
struct OrderCheck
{
    enum class Field
    {
        Account,
        Symbol,
        Price,
        Quantity,
        Amount,
        ClientOrderId
    };

    QHash<Field, QString> errors;
    QStringList warnings;
    std::optional<NewOrder> order;
    std::optional<Decimal> notional;

    bool isValid() const { return errors.isEmpty() && order.has_value(); }
    QString error(Field f) const { return errors.value(f); }
};
