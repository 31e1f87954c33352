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

QString value(const Decimal &value, const QString &asset, const QLocale &locale)
{
    const int decimals = displayDecimals(asset);
    // 10^-decimals as text: "0.01" for 2 (Decimal has no exponent form).
    const auto step = Decimal::parse(
        QString(QStringLiteral("0.") + QString(decimals - 1, QLatin1Char('0')) + QLatin1Char('1')));
    Decimal shown = value;
    if (step) {
        if (const auto rounded = value.roundHalfEvenToStep(*step))
            shown = *rounded;
    }
    return DecimalFormat::display(shown.normalized(), decimals, locale);
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
