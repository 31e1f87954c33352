#pragma once

#include "core/Decimal.h"

#include <QLocale>
#include <QString>

#include <optional>

// Decimals for people: the user's locale on screen, strict C-locale text on the wire.
namespace DecimalFormat {

// "66,666.88" in en, "66.666,88" in de; at least minDecimals digits after the separator and
// never fewer than the value has.
QString display(const Decimal &value, int minDecimals, const QLocale &locale = QLocale());

enum class InputError
{
    None,
    Format,    // not digits with one decimal separator
    Ambiguous, // would read differently as digit grouping ("1.000" where '.' groups)
};

// What a trader typed: digits with the locale's decimal separator (or '.', where '.' cannot be
// the locale's grouping), no grouping, exponent, sign or spaces (blanks around are trimmed).
// Never guesses: where the locale groups with '.', "1.000" is refused as ambiguous.
std::optional<Decimal> parseInput(const QString &text, const QLocale &locale = QLocale(),
                                  InputError *why = nullptr);

// A value as the trader would type it in this locale: no grouping, the locale's decimal point.
QString toInput(const Decimal &value, const QLocale &locale = QLocale());

} // namespace DecimalFormat
