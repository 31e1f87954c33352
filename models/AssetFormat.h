#pragma once

#include "core/Decimal.h"
#include "core/MarketTypes.h"

#include <QLocale>
#include <QString>

// One format per asset, on every screen: prices at the symbol's tick decimals, quantities at
// its lot decimals, values in the quote asset at that asset's display precision. Prices and
// quantities are exact (a digit the value has is never hidden); a value (price × quantity, a
// balance's worth, a fee) is rounded half-even to its display precision, for reading only.
namespace AssetFormat {

// Decimals a value in this asset is shown with: 2 for fiat and stablecoins, 8 otherwise.
int displayDecimals(const QString &asset);

QString price(const Decimal &value, const SymbolRules &rules, const QLocale &locale = QLocale());
QString quantity(const Decimal &value, const SymbolRules &rules, const QLocale &locale = QLocale());
// A value in `asset`, rounded to its display precision: "690.00".
QString value(const Decimal &value, const QString &asset, const QLocale &locale = QLocale());

// Figures in a message that compares a need with what there is, so that the words are never
// kinder than the numbers: a need (a cost, an order's value) rounds up to the display precision,
// an availability (a balance) is exact. needs > available stays true once the need is rounded.
QString needed(const Decimal &value, const QString &asset, const QLocale &locale = QLocale());
QString available(const Decimal &value, const QString &asset, const QLocale &locale = QLocale());
// The number available() shows, without its unit (a balance's cell): every screen shows one
// balance with the same digits, exactly as the exchange sent it (every decimal it has, at least
// the asset's display precision: "98,942.6497837", "363.99", "0.50000000"), so that
// Available + Frozen = Total on screen too (review 33, trader F5: rounded down they did not).
QString availableNumber(const Decimal &value, const QString &asset,
                        const QLocale &locale = QLocale());
// A figure of the exchange's rules (a minimum value) in `asset`: exact, never rounded, at least
// the display precision: "10.00", "0.00015000".
QString exactValue(const Decimal &value, const QString &asset, const QLocale &locale = QLocale());

// The same with the unit: "99,994.21 USDT", "0.0001 BTC".
QString priceIn(const Decimal &value, const SymbolRules &rules, const QLocale &locale = QLocale());
QString quantityIn(const Decimal &value, const SymbolRules &rules,
                   const QLocale &locale = QLocale());
QString valueIn(const Decimal &value, const QString &asset, const QLocale &locale = QLocale());

// "690.00 USDT": a number followed by its unit.
QString withUnit(const QString &number, const QString &asset);
// "Price (USDT)": a column or field title naming its unit.
QString title(const QString &name, const QString &asset);

} // namespace AssetFormat
