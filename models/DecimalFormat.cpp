#include "DecimalFormat.h"

namespace DecimalFormat {

QString display(const Decimal &value, int minDecimals, const QLocale &locale)
{
    const QString plain = value.withMinScale(minDecimals).toString();
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString integer = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point + 1);

    QString grouped;
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (group && i > 0 && (integer.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += integer[i];
    }
    QString out = negative ? locale.negativeSign() + grouped : grouped;
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

std::optional<Decimal> parseInput(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    const QString point = locale.decimalPoint();
    if (point != QLatin1String(".") && point.size() == 1) {
        if (t.contains(QLatin1Char('.')) && t.contains(point))
            return std::nullopt;
        t.replace(point, QStringLiteral("."));
    }
    if (t.startsWith(QLatin1Char('-')))
        return std::nullopt;
    return Decimal::parse(t);
}

} // namespace DecimalFormat
