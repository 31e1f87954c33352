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

// "690.00 USDT": a number followed by its unit.
QString withUnit(const QString &number, const QString &asset);
// "Price (USDT)": a column or field title naming its unit.
QString title(const QString &name, const QString &asset);

} // namespace AssetFormat
