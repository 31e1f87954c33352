#include "models/AssetFormat.h"

#include "models/DecimalFormat.h"

namespace AssetFormat {

int displayDecimals(const QString &asset)
{
    static const QStringList twoDecimals = {
        QStringLiteral("USDT"),  QStringLiteral("USDC"), QStringLiteral("BUSD"),
        QStringLiteral("FDUSD"), QStringLiteral("TUSD"), QStringLiteral("DAI"),
        QStringLiteral("USD"),   QStringLiteral("EUR"),  QStringLiteral("GBP"),
        QStringLiteral("TRY"),   QStringLiteral("BRL")};
    return twoDecimals.contains(asset.toUpper()) ? 2 : 8;
}

QString price(const Decimal &value, const SymbolRules &rules, const QLocale &locale)
{
    return DecimalFormat::display(value.normalized(), rules.priceDecimals(), locale);
}

QString quantity(const Decimal &value, const SymbolRules &rules, const QLocale &locale)
{
    return DecimalFormat::display(value.normalized(), rules.quantityDecimals(), locale);
}

namespace {

enum class Rounding
{
    HalfEven,
    Up
};

// `value` rounded to the asset's display precision the given way (up: toward plus infinity),
// shown with that many decimals.
QString rounded(const Decimal &value, const QString &asset, const QLocale &locale, Rounding how)
{
    const int decimals = displayDecimals(asset);
    // 10^-decimals as text: "0.01" for 2 (Decimal has no exponent form).
    const auto step = Decimal::parse(
        QString(QStringLiteral("0.") + QString(decimals - 1, QLatin1Char('0')) + QLatin1Char('1')));
    Decimal shown = value;
    if (step) {
        auto r = how == Rounding::HalfEven ? value.roundHalfEvenToStep(*step)
                                           : value.roundDownToStep(*step);
        // roundDownToStep goes toward zero: one step further where that went the wrong way.
        if (r && how == Rounding::Up && *r < value)
            r = r->add(*step);
        if (r)
            shown = *r;
    }
    return DecimalFormat::display(shown.normalized(), decimals, locale);
}

} // namespace

QString value(const Decimal &value, const QString &asset, const QLocale &locale)
{
    return rounded(value, asset, locale, Rounding::HalfEven);
}

QString needed(const Decimal &value, const QString &asset, const QLocale &locale)
{
    return withUnit(rounded(value, asset, locale, Rounding::Up), asset);
}

QString available(const Decimal &value, const QString &asset, const QLocale &locale)
{
    return withUnit(availableNumber(value, asset, locale), asset);
}

QString availableNumber(const Decimal &value, const QString &asset, const QLocale &locale)
{
    return DecimalFormat::display(value.normalized(), displayDecimals(asset), locale);
}

QString exactValue(const Decimal &value, const QString &asset, const QLocale &locale)
{
    return withUnit(availableNumber(value, asset, locale), asset);
}

QString priceIn(const Decimal &value, const SymbolRules &rules, const QLocale &locale)
{
    return withUnit(price(value, rules, locale), rules.quoteToken);
}

QString quantityIn(const Decimal &value, const SymbolRules &rules, const QLocale &locale)
{
    return withUnit(quantity(value, rules, locale), rules.baseToken);
}

QString valueIn(const Decimal &value, const QString &asset, const QLocale &locale)
{
    return withUnit(AssetFormat::value(value, asset, locale), asset);
}

QString withUnit(const QString &number, const QString &asset)
{
    return asset.isEmpty() ? number : number + QLatin1Char(' ') + asset;
}

QString title(const QString &name, const QString &asset)
{
    return asset.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, asset);
}

} // namespace AssetFormat
