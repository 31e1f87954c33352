#pragma once

#include "core/Decimal.h"
#include "core/MarketTypes.h"
#include "core/NewOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The market as an order sees it: the best bid and ask of the order's symbol, as polled for the
// order form (no request of its own), and the last price. A side the exchange did not send (or
// sent as zero) is unknown, never "far away".
struct MarketQuote
{
    std::optional<Decimal> bid;
    std::optional<Decimal> ask;
    std::optional<Decimal> last;
    bool stale = false; // the market data is older than the app trusts: nothing of it counts
    // The visible book of the symbol, best first (empty: none polled); a MARKET order's estimate
    // walks it. Not compared below: the touch decides whether the market moved.
    QList<DepthLevel> bids;
    QList<DepthLevel> asks;

    bool operator==(const MarketQuote &o) const
    {
        return bid == o.bid && ask == o.ask && last == o.last && stale == o.stale;
    }
    bool operator!=(const MarketQuote &o) const { return !(*this == o); }
};

// Whether an order would trade at once against the book, told before it is sent. A LIMIT buy at
// or above the ask (a sell at or below the bid) crosses: it fills at once as a taker. A MARKET
// order always does. Unknown (the other side missing, or stale data) is its own answer: no guard
// counts it as "does not cross".
class MarketCrossing
{
    Q_DECLARE_TR_FUNCTIONS(MarketCrossing)

public:
    enum class Verdict
    {
        Rests,
        Crosses,
        Unknown
    };
    static Verdict of(const NewOrder &order, const MarketQuote &quote);
    // "Bid 69,990.12 · Ask 69,990.55 · Last 69,990.30 USDT"; a missing side reads "—";
    // "Market unknown: …" when neither side is known or the data is stale.
    static QString line(const MarketQuote &quote, const SymbolRules &rules);
    // The confirmation's warning: "Crosses the market: fills at once as a taker (…)", a market
    // order's estimate at the touch, "Market unknown: …"; empty when the order rests.
    static QString warning(const NewOrder &order, const MarketQuote &quote,
                           const SymbolRules &rules);
    // The order form's note for a LIMIT that would cross now: "A buy at 70,005.00 is above the
    // ask 69,990.55 USDT: it fills at once as a taker"; for a MARKET order its marketEstimate;
    // empty otherwise (never a refusal).
    static QString formNote(const NewOrder &order, const MarketQuote &quote,
                            const SymbolRules &rules);
    // What a MARKET amount really comes to before it is sent, walking the visible book
    // (MarketFill; review 33 F3/L2): "Sells about 2.4999 BTC, average ≈ 69,871.20 USDT (0.19 %
    // below the bid); the visible book holds only 1.1500 BTC: the rest fills below …"; without a
    // book, at the touch with its depth said to be unknown; empty without a touch.
    static QString marketEstimate(const NewOrder &order, const MarketQuote &quote,
                                  const SymbolRules &rules);
    // The touch the order would trade against moved by MovedPerMille or more between `from` and
    // `now` (either one unknown: no).
    static constexpr int MovedPerMille = 5; // 0.5 %
    static bool movedALot(Side side, const MarketQuote &from, const MarketQuote &now);

private:
    // The price the order would trade against: the ask for a buy, the bid for a sell.
    static std::optional<Decimal> touch(Side side, const MarketQuote &quote);
};
