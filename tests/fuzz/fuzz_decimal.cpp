// libFuzzer target: text through the strict decimal parser and its arithmetic.
#include "core/Decimal.h"

#include <cstddef>
#include <cstdint>

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
    (void)a->add(*b);
    (void)a->subtract(*b);
    (void)a->multiply(*b);
    (void)a->divide(*b, 8);
    (void)a->roundDownToStep(*b);
    (void)a->roundHalfEvenToStep(*b);
    (void)a->isMultipleOf(*b);
    (void)a->compare(*b);
    return 0;
}
