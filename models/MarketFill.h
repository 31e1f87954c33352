#pragma once

#include "core/Decimal.h"
#include "core/MarketTypes.h"
#include "core/OrderEnums.h"

#include <QList>

#include <optional>

// What a MARKET order by amount (quote asset, the only size the exchange documents for it) comes
// to when it walks the visible book, exact: the levels it takes from best to worst, what lies
// beyond the visible depth priced at the worst visible level (the book sent says nothing of it).
// Widget-free; the order form's estimate, its % sizes and the balance check all use it.
namespace MarketFill {

// A % size of a MARKET sell leaves this much room beyond the visible depth: the part of the order
// the visible book does not cover is priced this far below the worst visible bid, because the
// book beyond it is unknown and in a falling, thin market the next levels are worse still. Sized
// that way, the base the amount needs stays within the balance unless the book moves by more
// than this between the last poll and the fill.
static constexpr int BeyondBookMarginPerMille = 20; // 2 %

// The levels an order of `side` takes from, best first (asks for a buy, bids for a sell), from
// the book if there is one, else the touch alone (size unknown: all of the order lies beyond it).
QList<DepthLevel> levelsFor(Side side, const std::optional<Depth> &book,
                            const std::optional<Decimal> &touch);

struct Estimate
{
    Decimal base;        // what the amount fills, in whole lots
    Decimal value;       // what those lots come to, in the quote asset
    Decimal average;     // value / base, to the price's decimals (cut, never rounded up)
    Decimal touch;       // the best level's price
    Decimal worst;       // the worst price it reaches (the worst visible level if not covered)
    Decimal visibleBase; // all the visible levels hold
    bool covered = true; // the visible depth holds the whole order
};

// The estimate for `amount` of the quote asset; nullopt without levels or for nothing to fill.
std::optional<Estimate> forAmount(const Decimal &amount, const QList<DepthLevel> &levels,
                                  const SymbolRules &rules);
// The base `amount` needs (a sell) or buys (a buy) walking `levels`, exact to 12 decimals; past
// the visible depth at the worst level moved by `marginPerMille` against the order.
std::optional<Decimal> baseFor(Side side, const Decimal &amount, const QList<DepthLevel> &levels,
                               int marginPerMille = 0);
// The quote `base` comes to walking `levels`, past the visible depth at the worst level moved by
// `marginPerMille` against the order (a sell: lower).
std::optional<Decimal> valueOf(Side side, const Decimal &base, const QList<DepthLevel> &levels,
                               int marginPerMille = 0);
// The slippage of `average` from `touch` in percent, two decimals ("0.19").
Decimal slippagePercent(const Decimal &average, const Decimal &touch);

} // namespace MarketFill
