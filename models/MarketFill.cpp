#include "models/MarketFill.h"

namespace MarketFill {

namespace {

constexpr int BaseScale = 12; // a base quantity's exact digits here (every lot step has fewer)

// The price assumed past the visible depth: the worst visible level, `perMille` worse.
std::optional<Decimal> beyond(Side side, const Decimal &worst, int perMille)
{
    const int factor = side == Side::Sell ? 1000 - perMille : 1000 + perMille;
    const auto scaled = worst.multiply(Decimal::fromInteger(factor));
    return scaled ? scaled->divide(Decimal::fromInteger(1000), BaseScale) : std::nullopt;
}

bool usable(const DepthLevel &l)
{
    return !l.price.isZero() && !l.price.isNegative() && !l.quantity.isNegative();
}

// sum += v; false when it would overflow (levels come from the network: a hostile book's sizes
// must not wrap a sum).
bool addTo(Decimal &sum, const Decimal &v)
{
    const auto total = sum.add(v);
    if (total)
        sum = *total;
    return total.has_value();
}

} // namespace

QList<DepthLevel> levelsFor(Side side, const std::optional<Depth> &book,
                            const std::optional<Decimal> &touch)
{
    QList<DepthLevel> out;
    if (book)
        for (const DepthLevel &l : side == Side::Buy ? book->asks : book->bids)
            if (usable(l))
                out.append(l);
    if (out.isEmpty() && touch && !touch->isZero() && !touch->isNegative())
        out.append(DepthLevel{*touch, Decimal()}); // its size unknown: all of it lies beyond
    return out;
}

std::optional<Decimal> baseFor(Side side, const Decimal &amount, const QList<DepthLevel> &levels,
                               int marginPerMille)
{
    if (levels.isEmpty())
        return std::nullopt;
    Decimal remaining = amount;
    Decimal base;
    for (const DepthLevel &l : levels) {
        const auto value = l.price.multiply(l.quantity);
        if (!value)
            return std::nullopt;
        if (remaining > *value) {
            if (!addTo(base, l.quantity))
                return std::nullopt;
            remaining = *remaining.subtract(*value);
            continue;
        }
        const auto part = remaining.divide(l.price, BaseScale);
        return part ? base.add(*part) : std::nullopt;
    }
    const auto price = beyond(side, levels.constLast().price, marginPerMille);
    const auto part = price ? remaining.divide(*price, BaseScale) : std::nullopt;
    return part ? base.add(*part) : std::nullopt;
}

std::optional<Decimal> valueOf(Side side, const Decimal &base, const QList<DepthLevel> &levels,
                               int marginPerMille)
{
    if (levels.isEmpty())
        return std::nullopt;
    Decimal remaining = base;
    Decimal value;
    for (const DepthLevel &l : levels) {
        const Decimal take = remaining > l.quantity ? l.quantity : remaining;
        const auto part = take.multiply(l.price);
        if (!part)
            return std::nullopt;
        if (!addTo(value, *part))
            return std::nullopt;
        remaining = *remaining.subtract(take);
        if (remaining.isZero())
            return value;
    }
    const auto price = beyond(side, levels.constLast().price, marginPerMille);
    const auto part = price ? remaining.multiply(*price) : std::nullopt;
    return part ? value.add(*part) : std::nullopt;
}

std::optional<Estimate> forAmount(const Decimal &amount, const QList<DepthLevel> &levels,
                                  const SymbolRules &rules)
{
    const auto exact = baseFor(Side::Sell, amount, levels); // no margin: the visible book as sent
    if (!exact || amount.isZero() || amount.isNegative())
        return std::nullopt;
    Estimate e;
    e.touch = levels.constFirst().price;
    for (const DepthLevel &l : levels)
        if (!addTo(e.visibleBase, l.quantity))
            return std::nullopt;
    e.covered = *exact <= e.visibleBase;
    e.base = exact->roundDownToStep(rules.baseIncrement).value_or(Decimal());
    const auto value = valueOf(Side::Sell, e.base, levels);
    if (!value)
        return std::nullopt;
    e.value = *value;
    e.worst = levels.constLast().price;
    Decimal reached;
    for (const DepthLevel &l : levels) {
        if (!addTo(reached, l.quantity))
            break;
        if (reached >= e.base) {
            e.worst = l.price;
            break;
        }
    }
    if (!e.base.isZero())
        e.average = e.value.divide(e.base, rules.priceDecimals()).value_or(Decimal());
    return e;
}

Decimal slippagePercent(const Decimal &average, const Decimal &touch)
{
    if (touch.isZero())
        return {};
    const auto diff = average.subtract(touch);
    const auto scaled = diff ? diff->abs().multiply(Decimal::fromInteger(100)) : std::nullopt;
    return scaled ? scaled->divide(touch, 2).value_or(Decimal()) : Decimal();
}

} // namespace MarketFill
