#include "models/OrderValidator.h"

#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/MarketFill.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {

using Field = OrderCheck::Field;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderValidator)
};

QString show(const Decimal &d, const QLocale &locale)
{
    return DecimalFormat::display(d, 0, locale);
}

// Parses one money field; on failure records why and returns nullopt.
std::optional<Decimal> readNumber(const QString &text, Field field, const QString &what,
                                  OrderCheck &check, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        check.errors.insert(field, Tr::tr("Enter the %1.").arg(what));
        return std::nullopt;
    }
    DecimalFormat::InputError error = DecimalFormat::InputError::None;
    const auto value = DecimalFormat::parseInput(t, locale, &error);
    if (!value) {
        const QString point = locale.decimalPoint();
        QString why;
        if (error == DecimalFormat::InputError::Ambiguous)
            why = Tr::tr("\"%1\" is ambiguous: '.' groups thousands here. Write %2 or %3, "
                         "whichever you mean.")
                      .arg(t, QString(t).remove(QLatin1Char('.')),
                           QString(t).replace(QLatin1Char('.'), point));
        else if (t.startsWith(QLatin1Char('-')))
            why = Tr::tr("The %1 must be above zero.").arg(what);
        else if (t.contains(QLatin1Char('e'), Qt::CaseInsensitive))
            why = Tr::tr("Write the %1 in full, without an exponent.").arg(what);
        else if (t.size() > 30
                 || (t.count(QLatin1Char('.')) <= 1 && !t.startsWith(QLatin1Char('.'))
                     && !t.endsWith(QLatin1Char('.'))
                     && std::all_of(t.cbegin(), t.cend(), [](QChar ch) {
                            return ch == QLatin1Char('.')
                                   || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'));
                        })))
            why = Tr::tr("The %1 has too many digits (at most %2 before and %3 after the point).")
                      .arg(what)
                      .arg(Decimal::MaxIntegerDigits)
                      .arg(Decimal::MaxScale);
        else
            why =
                point == QLatin1String(".")
                    ? Tr::tr("Use digits and at most one '.', e.g. 1234.56.")
                    : Tr::tr("Use digits and at most one '%1' or '.', e.g. 1234%156; no grouping.")
                          .arg(point);
        check.errors.insert(field, why);
        return std::nullopt;
    }
    if (value->isZero()) {
        check.errors.insert(field, Tr::tr("The %1 must be above zero.").arg(what));
        return std::nullopt;
    }
    return value;
}

// "Not enough USDT: needs 99,994.21 USDT, available 5.78 USDT."
QString notEnough(const QString &asset, const QString &needs, const QString &available)
{
    return Tr::tr("Not enough %1: needs %2, available %3.").arg(asset, needs, available);
}

} // namespace

namespace OrderValidator {

QString clientOrderId(quint64 random)
{
    return QStringLiteral("td-%1").arg(random, 16, 16, QLatin1Char('0'));
}

namespace {

void checkClientId(const OrderDraft &d, OrderCheck &c)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (d.clientOrderId.isEmpty())
        c.errors.insert(Field::ClientOrderId,
                        Tr::tr("A client order ID is needed to recover the order if the connection "
                               "fails."));
    else if (d.clientOrderId.size() > MaxClientOrderIdLength)
        c.errors.insert(Field::ClientOrderId,
                        Tr::tr("At most %1 characters.").arg(MaxClientOrderIdLength));
    else if (!idPattern.match(d.clientOrderId).hasMatch())
        c.errors.insert(Field::ClientOrderId, Tr::tr("Only letters A-Z, digits, '-' and '_'."));
}

// A limit price: on the tick, within the exchange's band of the last price when the symbol has
// one, and always warned when far from the last price. The band is the exchange's rule and may be
// missing; the fat-finger guard is ours and depends on nothing the exchange may omit.
void checkLimitPrice(const Decimal *price, const MarketContext &m, const SymbolRules &r,
                     OrderCheck &c, const QLocale &locale)
{
    if (!price->isMultipleOf(r.priceIncrement)) {
        c.errors.insert(Field::Price, Tr::tr("Price must be a multiple of the tick %1.")
                                          .arg(AssetFormat::priceIn(r.priceIncrement, r, locale)));
        return;
    }
    if (!m.lastPrice || m.lastPrice->isZero()) {
        // Nothing to compare with: the trader is told and asked, never waved through.
        c.warnings.append(Tr::tr("No last price for %1: the price %2 cannot be checked against "
                                 "the market.")
                              .arg(r.symbol, AssetFormat::priceIn(*price, r, locale)));
        return;
    }
    const Decimal &last = *m.lastPrice;
    const Decimal distance = price->subtract(last).value_or(Decimal()).abs();
    if (r.priceLimitRate > Decimal()
        && distance > last.multiply(r.priceLimitRate).value_or(Decimal())) {
        c.errors.insert(
            Field::Price,
            Tr::tr("More than %1 % from the last price %2: the exchange "
                   "would refuse it.")
                .arg(show(r.priceLimitRate.multiply(Decimal::fromInteger(100))->normalized(),
                          locale),
                     AssetFormat::priceIn(last, r, locale)));
        return;
    }
    // Exact: distance / last > percent / 100, without rounding the ratio first.
    const auto scaled = distance.multiply(Decimal::fromInteger(100));
    const auto limit = last.multiply(Decimal::fromInteger(m.fatFingerPercent));
    if (!scaled || !limit || *scaled > *limit) {
        const auto pct = scaled ? scaled->divide(last, 1) : std::nullopt;
        c.warnings.append(Tr::tr("The price is %1 % %2 the last price %3.")
                              .arg(pct ? show(*pct, locale) : QStringLiteral(">100"),
                                   *price > last ? Tr::tr("above") : Tr::tr("below"),
                                   AssetFormat::priceIn(last, r, locale)));
    }
}

void checkLimit(const OrderDraft &d, const MarketContext &m, OrderCheck &c, NewOrder &o,
                const QLocale &locale)
{
    const SymbolRules &r = *m.rules;
    const auto price = readNumber(d.priceText, Field::Price, Tr::tr("price"), c, locale);
    const auto qty = readNumber(d.quantityText, Field::Quantity, Tr::tr("quantity"), c, locale);
    if (price) {
        checkLimitPrice(&*price, m, r, c, locale);
        o.price = *price;
    }
    if (qty) {
        if (!qty->isMultipleOf(r.baseIncrement))
            c.errors.insert(Field::Quantity,
                            Tr::tr("Quantity must be a multiple of the lot step "
                                   "%1.")
                                .arg(AssetFormat::quantityIn(r.baseIncrement, r, locale)));
        else if (*qty < r.baseMinSize)
            c.errors.insert(Field::Quantity,
                            Tr::tr("The minimum quantity is %1.")
                                .arg(AssetFormat::quantityIn(r.baseMinSize, r, locale)));
        o.quantity = *qty;
    }
    if (price && qty) {
        c.notional = price->multiply(*qty);
        if (!c.notional)
            c.errors.insert(Field::Quantity, Tr::tr("The order is too large to compute."));
    }
    if (c.notional && !c.errors.contains(Field::Quantity) && !c.errors.contains(Field::Price)) {
        if (*c.notional < r.quoteMinSize)
            // Rounded down: a value just under the minimum never reads as the minimum.
            c.errors.insert(
                Field::Quantity,
                Tr::tr("Order value %1 is below the minimum %2.")
                    .arg(AssetFormat::available(*c.notional, r.quoteToken, locale),
                         AssetFormat::exactValue(r.quoteMinSize, r.quoteToken, locale)));
        else if (d.side == Side::Buy && m.availableQuote && *c.notional > *m.availableQuote)
            c.errors.insert(
                Field::Quantity,
                notEnough(r.quoteToken, AssetFormat::needed(*c.notional, r.quoteToken, locale),
                          AssetFormat::available(*m.availableQuote, r.quoteToken, locale)));
        else if (d.side == Side::Sell && m.availableBase && *qty > *m.availableBase)
            // Quantities are exact (every digit shown), so no rounding can blur the comparison.
            c.errors.insert(Field::Quantity,
                            notEnough(r.baseToken, AssetFormat::quantityIn(*qty, r, locale),
                                      AssetFormat::quantityIn(*m.availableBase, r, locale)));
    }
}

// A MARKET sell by amount: refused only when the base it needs exceeds the available, the need
// estimated from documented data alone: walking the bids the book sent (/depth, best first), and
// past them at the worst visible bid, with no margin (the most that data supports; without a
// book the bid, else the last price). A move of the last price alone refuses nothing: a % size
// is sized again from the freshest book, with MarketFill's margin, and always passes here.
void checkMarketSell(const Decimal &amount, const MarketContext &m, OrderCheck &c,
                     const QLocale &locale)
{
    const SymbolRules &r = *m.rules;
    const QList<DepthLevel> bids =
        m.bids.isEmpty() ? MarketFill::levelsFor(Side::Sell, std::nullopt, m.lastPrice) : m.bids;
    if (bids.isEmpty()) {
        c.errors.insert(
            Field::Amount,
            Tr::tr("Waiting for market data for %1 to check the amount.").arg(r.symbol));
        return;
    }
    if (!m.availableBase)
        return;
    const auto needs = MarketFill::baseFor(Side::Sell, amount, bids);
    if (needs && *needs <= *m.availableBase)
        return;
    // Shown up to the next lot: "about 2.5123 BTC" never reads as less than it needs.
    Decimal shown = needs ? needs->roundDownToStep(r.baseIncrement).value_or(*needs) : Decimal();
    if (needs && shown != *needs)
        shown = shown.add(r.baseIncrement).value_or(shown);
    c.errors.insert(Field::Amount,
                    needs
                        ? Tr::tr("Not enough %1: selling %2 needs about %3 at the market now, "
                                 "available %4.")
                              .arg(r.baseToken, AssetFormat::needed(amount, r.quoteToken, locale),
                                   AssetFormat::quantityIn(shown, r, locale),
                                   AssetFormat::quantityIn(*m.availableBase, r, locale))
                        : Tr::tr("Not enough %1 to sell %2 worth.")
                              .arg(r.baseToken, AssetFormat::needed(amount, r.quoteToken, locale)));
}

void checkMarket(const OrderDraft &d, const MarketContext &m, OrderCheck &c, NewOrder &o,
                 const QLocale &locale)
{
    const SymbolRules &r = *m.rules;
    const auto amount = readNumber(d.amountText, Field::Amount, Tr::tr("amount"), c, locale);
    if (amount) {
        if (amount->normalized().scale() > r.priceDecimals())
            c.errors.insert(
                Field::Amount,
                Tr::tr("At most %1 decimals for %2.").arg(r.priceDecimals()).arg(r.quoteToken));
        else if (*amount < r.quoteMinSize)
            c.errors.insert(Field::Amount, Tr::tr("The minimum order value is %1.")
                                               .arg(AssetFormat::exactValue(r.quoteMinSize,
                                                                            r.quoteToken, locale)));
        else if (d.side == Side::Buy && m.availableQuote && *amount > *m.availableQuote)
            c.errors.insert(
                Field::Amount,
                notEnough(r.quoteToken, AssetFormat::needed(*amount, r.quoteToken, locale),
                          AssetFormat::available(*m.availableQuote, r.quoteToken, locale)));
        else if (d.side == Side::Sell)
            checkMarketSell(*amount, m, c, locale);
        o.amount = *amount;
        c.notional = *amount;
    }
}

} // namespace

OrderCheck check(const OrderDraft &d, const MarketContext &m, const QLocale &locale)
{
    OrderCheck c;
    if (d.accountId.isEmpty())
        c.errors.insert(Field::Account, Tr::tr("Choose an account."));
    if (!m.rules) {
        c.errors.insert(Field::Symbol,
                        d.symbol.isEmpty()
                            ? Tr::tr("Choose a symbol.")
                            : Tr::tr("%1 is not traded on this exchange.").arg(d.symbol));
        return c;
    }
    const SymbolRules &r = *m.rules;
    if (!r.enableTrading)
        c.errors.insert(Field::Symbol, Tr::tr("Trading in %1 is suspended.").arg(r.symbol));

    checkClientId(d, c);
    NewOrder o;
    o.accountId = d.accountId;
    o.symbol = r.symbol;
    o.side = d.side;
    o.type = d.type;
    o.clientOrderId = d.clientOrderId;

    if (d.type == OrderType::Limit)
        checkLimit(d, m, c, o, locale);
    else
        checkMarket(d, m, c, o, locale);
    if (c.notional && *c.notional >= m.largeNotional)
        c.warnings.append(Tr::tr("Large order: %1.")
                              .arg(AssetFormat::valueIn(*c.notional, r.quoteToken, locale)));
    if (c.errors.isEmpty())
        c.order = o;
    return c;
}

} // namespace OrderValidator
