#include "models/OrderText.h"

#include "core/Order.h"
#include "models/AssetFormat.h"

#include <QDateTime>

#include <cstdlib>

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

QString OrderText::asked(const Order &o, const SymbolRules &rules)
{
    if (o.type != OrderType::Market || o.amount.isZero())
        return {};
    const auto value = [&](const Decimal &v) {
        return AssetFormat::withUnit(AssetFormat::value(v, rules.quoteToken), rules.quoteToken);
    };
    const QString asked = tr("Asked %1 at market.").arg(value(o.amount));
    if (o.tradeQty.isZero())
        return asked;
    return tr("%1 Filled %2 for %3.")
        .arg(asked,
             AssetFormat::withUnit(AssetFormat::quantity(o.tradeQty, rules), rules.baseToken),
             value(o.tradeAmount));
}

OrderText::Units OrderText::sharedUnits(const QSet<QString> &symbols,
                                        const std::function<SymbolRules(const QString &)> &rulesOf)
{
    QSet<QString> bases, quotes;
    for (const QString &symbol : symbols) {
        const SymbolRules r = rulesOf(symbol);
        bases.insert(r.baseToken);
        quotes.insert(r.quoteToken);
    }
    return {bases.size() == 1 ? *bases.cbegin() : QString(),
            quotes.size() == 1 ? *quotes.cbegin() : QString()};
}

QString OrderText::columnTitle(const QString &name, const QString &unit, int role)
{
    const QString t = AssetFormat::title(name, unit);
    return role == Qt::DisplayRole && !unit.isEmpty()
               ? QString(t).replace(name.size(), 1, QLatin1Char('\n'))
               : t;
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

QString OrderText::timeColumnTitle(qint64 nowMs)
{
    const int offset = QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc() / 60; // minutes
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                            .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return tr("Time (local, %1)").arg(utc);
}
