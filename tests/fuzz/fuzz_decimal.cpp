// libFuzzer target: text through the strict decimal parser and its arithmetic.
#include "core/Decimal.h"

#include <cstddef>
#include <cstdint>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = text.indexOf(' ');
    const auto a = Decimal::parse(cut < 0 ? text : text.left(cut));
    const auto b = Decimal::parse(cut < 0 ? QByteArray("0.01") : text.mid(cut + 1));
    if (!a || !b)
        return 0;
    // Round trip: formatting and parsing again gives the same value.
    if (Decimal::parse(a->toWire()) != a)
        __builtin_trap();
    const std::optional<Decimal> results[] = {
        a->add(*b),       a->subtract(*b),        a->multiply(*b),
        a->divide(*b, 8), a->roundDownToStep(*b), a->roundHalfEvenToStep(*b)};
    (void)a->isMultipleOf(*b);
    (void)a->compare(*b);
    // Results go on into the next sum, like a price times a quantity plus a fee: every result
    // must negate back to itself and survive the same arithmetic again.
    for (const auto &r : results) {
        if (!r)
            continue;
        if (r->negated().negated() != *r || r->abs().isNegative())
            __builtin_trap();
        (void)r->toWire();
        (void)r->subtract(*a);
        (void)r->multiply(*r);
        (void)r->roundHalfEvenToStep(b->abs());
        (void)r->compare(*b);
    }
    // A value rounded to a positive step is on the step, and never more than half a step away.
    if (b->isNegative() || b->isZero())
        return 0;
    if (const auto down = a->roundDownToStep(*b); down && !down->isMultipleOf(*b))
        __builtin_trap();
    if (const auto even = a->roundHalfEvenToStep(*b)) {
        const auto off = a->subtract(*even);
        const auto twice = off ? off->abs().multiply(Decimal::fromInteger(2)) : std::nullopt;
        if (!even->isMultipleOf(*b) || (twice && *twice > *b))
            __builtin_trap();
    }
    return 0;
}
