#pragma once

#include "core/Decimal.h"
#include "core/MarketTypes.h"
#include "core/OrderEnums.h"

#include <QList>

#include <optional>

// The quick-size buttons' maths (25 % … 100 % of what is available), exact and widget-free.
// A buy spends that share of the quote token; a sell offers that share of the base token.
// Results are rounded down to the symbol's steps, so they never ask for more than is there.
// A MARKET sell's amount is what that share fetches walking the bids (MarketFill), past the
// visible depth with MarketFill::BeyondBookMarginPerMille of room: the base the amount needs at
// the estimated prices stays within the share.
namespace OrderSizer {

struct Input
{
    Side side = Side::Buy;
    OrderType type = OrderType::Limit;
    int percent = 100; // 1…100
    Decimal availableQuote;
    Decimal availableBase;
    std::optional<Decimal> typedPrice; // the form's price, when it reads as one
    std::optional<Decimal> lastPrice;
    // A MARKET sell: the bids it would take from, best first (MarketFill::levelsFor: the
    // visible book, else the bid or the last price alone).
    QList<DepthLevel> bids;
    SymbolRules rules;
};

struct Result
{
    std::optional<Decimal> price; // set when the form had no price: the last price it used
    std::optional<Decimal> quantity;
    std::optional<Decimal> amount;
    bool isEmpty() const { return !price && !quantity && !amount; }
};

// Empty when it cannot size: no price to size a limit buy with, or a percent out of range.
Result size(const Input &input);

} // namespace OrderSizer
