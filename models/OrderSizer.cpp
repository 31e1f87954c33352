#include "models/OrderSizer.h"

#include "models/MarketFill.h"

namespace OrderSizer {

namespace {

Decimal share(const Decimal &available, int percent)
{
    const Decimal fraction = *Decimal::fromInteger(percent).divide(Decimal::fromInteger(100), 2);
    return available.multiply(fraction).value_or(Decimal());
}

// The quote token's smallest step as prices are written, e.g. 0.01.
Decimal quoteTick(const SymbolRules &rules)
{
    qint64 scale = 1;
    for (int i = 0; i < rules.priceDecimals(); ++i)
        scale *= 10;
    return *Decimal::fromInteger(1).divide(Decimal::fromInteger(scale), rules.priceDecimals());
}

} // namespace

Result size(const Input &in)
{
    Result r;
    if (in.percent < 1 || in.percent > 100)
        return r;
    if (in.type == OrderType::Limit) {
        const std::optional<Decimal> price = in.typedPrice ? in.typedPrice : in.lastPrice;
        if (!price || price->isZero() || price->isNegative())
            return r;
        const Decimal quantity = in.side == Side::Buy ? share(in.availableQuote, in.percent)
                                                            .divide(*price, Decimal::MaxScale)
                                                            .value_or(Decimal())
                                                      : share(in.availableBase, in.percent);
        if (!in.typedPrice)
            r.price = price->withMinScale(in.rules.priceDecimals());
        r.quantity = quantity.roundDownToStep(in.rules.baseIncrement);
        return r;
    }
    Decimal amount;
    if (in.side == Side::Buy) {
        amount = share(in.availableQuote, in.percent);
    } else {
        const QList<DepthLevel> bids =
            in.bids.isEmpty() ? MarketFill::levelsFor(Side::Sell, std::nullopt, in.lastPrice)
                              : in.bids;
        const auto value = MarketFill::valueOf(Side::Sell, share(in.availableBase, in.percent),
                                               bids, MarketFill::BeyondBookMarginPerMille);
        if (!value)
            return r;
        amount = *value;
    }
    r.amount = amount.roundDownToStep(quoteTick(in.rules));
    return r;
}

} // namespace OrderSizer
