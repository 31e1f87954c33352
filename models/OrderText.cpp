#include "models/OrderText.h"

#include "models/AssetFormat.h"

#include <QDateTime>

SymbolRules OrderText::rulesOrName(const SymbolRules &rules, const QString &symbol)
{
    SymbolRules named = rules;
    named.symbol = symbol;
    if (named.baseToken.isEmpty())
        named.baseToken = symbol.section(QLatin1Char('-'), 0, 0);
    if (named.quoteToken.isEmpty())
        named.quoteToken = symbol.section(QLatin1Char('-'), 1);
    return named;
}

QString OrderText::describe(const Terms &o, const SymbolRules &known)
{
    const SymbolRules rules = rulesOrName(known, o.symbol);
    const QString side = OrderEnums::sideText(o.side);
    if (o.type == OrderType::Market) {
        if (!o.amount.isZero())
            return tr("%1 %2 at market for %3")
                .arg(side, rules.baseToken,
                     AssetFormat::withUnit(AssetFormat::value(o.amount, rules.quoteToken),
                                           rules.quoteToken));
        return tr("%1 %2 at market")
            .arg(side,
                 AssetFormat::withUnit(AssetFormat::quantity(o.quantity, rules), rules.baseToken));
    }
    return tr("%1 %2 @ %3")
        .arg(side, AssetFormat::withUnit(AssetFormat::quantity(o.quantity, rules), rules.baseToken),
             AssetFormat::withUnit(AssetFormat::price(o.price, rules), rules.quoteToken));
}

QString OrderText::time(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date();
    return at.toString(today ? QStringLiteral("HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString OrderText::timeOrDate(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date();
    return at.toString(today ? QStringLiteral("HH:mm:ss") : QStringLiteral("yyyy-MM-dd"));
}
