#pragma once

#include "Decimal.h"

#include <QLocale>
#include <QString>

#include <optional>

// Decimals for people: the user's locale on screen, strict C-locale text on the wire.
namespace DecimalFormat {

// "66,666.88" in en, "66.666,88" in de; at least minDecimals digits after the separator and
// never fewer than the value has.
QString display(const Decimal &value, int minDecimals, const QLocale &locale = QLocale());

// What a trader typed: digits with either '.' or the locale's decimal separator, no grouping,
// exponent, sign or spaces (leading and trailing blanks are trimmed).
std::optional<Decimal> parseInput(const QString &text, const QLocale &locale = QLocale());

} // namespace DecimalFormat
