#include "models/MarketCrossing.h"

#include "core/OrderEnums.h"
#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/MarketFill.h"

#include <QStringList>

std::optional<Decimal> MarketCrossing::touch(Side side, const MarketQuote &quote)
{
    if (quote.stale)
        return std::nullopt;
    const std::optional<Decimal> &t = side == Side::Buy ? quote.ask : quote.bid;
    if (!t || t->isZero() || t->isNegative())
        return std::nullopt;
    return t;
}

MarketCrossing::Verdict MarketCrossing::of(const NewOrder &order, const MarketQuote &quote)
{
    if (order.type == OrderType::Market)
        return Verdict::Crosses; // whatever the book, it takes
    const auto t = touch(order.side, quote);
    if (!t)
        return Verdict::Unknown;
    const bool crosses = order.side == Side::Buy ? order.price >= *t : order.price <= *t;
    return crosses ? Verdict::Crosses : Verdict::Rests;
}

QString MarketCrossing::line(const MarketQuote &quote, const SymbolRules &rules)
{
    const auto known = [](const std::optional<Decimal> &d) {
        return d && !d->isZero() && !d->isNegative();
    };
    if (quote.stale)
        return tr("Market unknown: the market data is stale.");
    if (!known(quote.bid) && !known(quote.ask))
        return tr("Market unknown: no bid or ask received.");
    const auto price = [&](const std::optional<Decimal> &d) {
        return known(d) ? AssetFormat::price(*d, rules) : QStringLiteral("—");
    };
    QStringList parts{tr("Bid %1").arg(price(quote.bid)), tr("Ask %1").arg(price(quote.ask))};
    if (known(quote.last))
        parts.append(tr("Last %1").arg(price(quote.last)));
    return AssetFormat::withUnit(parts.join(QStringLiteral(" · ")), rules.quoteToken);
}

QString MarketCrossing::warning(const NewOrder &order, const MarketQuote &quote,
                                const SymbolRules &rules)
{
    const bool buy = order.side == Side::Buy;
    const auto t = touch(order.side, quote);
    if (order.type == OrderType::Market) {
        if (!t)
            return tr("Market order: fills at once as a taker; the market is unknown, so no "
                      "estimate.");
        return tr("Market order: fills at once as a taker. %1")
            .arg(marketEstimate(order, quote, rules));
    }
    switch (of(order, quote)) {
    case Verdict::Rests: return {};
    case Verdict::Unknown:
        return buy ? tr("Market unknown: no fresh ask, so it cannot be told whether this buy "
                        "fills at once.")
                   : tr("Market unknown: no fresh bid, so it cannot be told whether this sell "
                        "fills at once.");
    case Verdict::Crosses: break;
    }
    // The exchange publishes no fee rate, so none is guessed here.
    return tr("Crosses the market: fills at once as a taker (taker fee applies).");
}

QString MarketCrossing::marketEstimate(const NewOrder &order, const MarketQuote &quote,
                                       const SymbolRules &rules)
{
    const auto t = touch(order.side, quote);
    if (order.type != OrderType::Market || order.amount.isZero() || !t)
        return {};
    const bool buy = order.side == Side::Buy;
    const QList<DepthLevel> &book = buy ? quote.asks : quote.bids;
    const QList<DepthLevel> levels =
        book.isEmpty() ? MarketFill::levelsFor(order.side, std::nullopt, t) : book;
    const auto e = MarketFill::forAmount(order.amount, levels, rules);
    if (!e)
        return {};
    const QString at = AssetFormat::priceIn(*t, rules);
    // The exchange fills a MARKET amount in whole lots.
    if (e->base.isZero())
        return tr("Less than one lot (%1) at %2: nothing would fill.")
            .arg(AssetFormat::quantityIn(rules.baseIncrement, rules), at);
    const QString about = AssetFormat::quantityIn(e->base, rules);
    const QString worth = AssetFormat::valueIn(e->value, rules.quoteToken);
    if (e->visibleBase.isZero()) // the touch alone: no book to walk
        return (buy ? tr("Buys about %1 ≈ %2 at the ask %3; the book's depth is unknown (order "
                         "book not shown), the fill may be worse.")
                    : tr("Sells about %1 ≈ %2 at the bid %3; the book's depth is unknown (order "
                         "book not shown), the fill may be worse."))
            .arg(about, worth, at);
    const QString average = AssetFormat::priceIn(e->average, rules);
    const QString slip =
        DecimalFormat::display(MarketFill::slippagePercent(e->average, e->touch), 2);
    // What it comes to is the form's Value (the same walk): the line keeps to the fill's price.
    const QString head = (buy ? tr("Buys about %1, average ≈ %2 (%3 % above the ask)")
                              : tr("Sells about %1, average ≈ %2 (%3 % below the bid)"))
                             .arg(about, average, slip);
    if (!e->covered)
        return (buy ? tr("%1; the visible book holds only %2: the rest fills above %3.")
                    : tr("%1; the visible book holds only %2: the rest fills below %3."))
            .arg(head, AssetFormat::quantityIn(e->visibleBase, rules),
                 AssetFormat::priceIn(e->worst, rules));
    return tr("%1, worst %2.").arg(head, AssetFormat::priceIn(e->worst, rules));
}

QString MarketCrossing::formNote(const NewOrder &order, const MarketQuote &quote,
                                 const SymbolRules &rules)
{
    if (order.type == OrderType::Market)
        return marketEstimate(order, quote, rules);
    if (order.type != OrderType::Limit || of(order, quote) != Verdict::Crosses)
        return {};
    const Decimal t = *touch(order.side, quote);
    const QString price = AssetFormat::price(order.price, rules);
    const QString against = AssetFormat::priceIn(t, rules);
    if (order.side == Side::Buy)
        return (order.price == t ? tr("A buy at %1 is at the ask %2: it fills at once as a taker.")
                                 : tr("A buy at %1 is above the ask %2: it fills at once as a "
                                      "taker."))
            .arg(price, against);
    return (order.price == t ? tr("A sell at %1 is at the bid %2: it fills at once as a taker.")
                             : tr("A sell at %1 is below the bid %2: it fills at once as a taker."))
        .arg(price, against);
}

bool MarketCrossing::movedALot(Side side, const MarketQuote &from, const MarketQuote &now)
{
    const auto a = touch(side, from);
    const auto b = touch(side, now);
    if (!a || !b)
        return false;
    const auto diff = b->subtract(*a);
    const auto limit = a->multiply(Decimal::fromInteger(MovedPerMille));
    const auto scaled = diff ? diff->abs().multiply(Decimal::fromInteger(1000)) : std::nullopt;
    return scaled && limit && *scaled >= *limit;
}
