#include "models/DecimalFormat.h"

#include <QRegularExpression>

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

std::optional<Decimal> parseInput(const QString &text, const QLocale &locale, InputError *why)
{
    const auto fail = [why](InputError e) {
        if (why)
            *why = e;
        return std::nullopt;
    };
    if (why)
        *why = InputError::None;
    QString t = text.trimmed();
    const QString point = locale.decimalPoint();
    if (point != QLatin1String(".") && point.size() == 1) {
        if (t.contains(QLatin1Char('.')) && t.contains(point))
            return fail(InputError::Format);
        // "1.000" is one thousand to a German eye and one to a machine: refuse, never guess.
        static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{3})+$"));
        if (locale.groupSeparator() == QLatin1String(".") && grouped.match(t).hasMatch())
            return fail(InputError::Ambiguous);
        t.replace(point, QStringLiteral("."));
    }
    if (t.startsWith(QLatin1Char('-')))
        return fail(InputError::Format);
    const auto value = Decimal::parse(t);
    if (!value)
        return fail(InputError::Format);
    return value;
}

QString toInput(const Decimal &value, const QLocale &locale)
{
    QString text = value.toString();
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

} // namespace DecimalFormat
