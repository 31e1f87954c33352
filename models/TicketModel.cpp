#include "models/TicketModel.h"

#include "core/OrderEnums.h"
#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/OrderValidator.h"
#include "models/PlacementTracker.h"
#include "models/StaleMonitor.h"

#include <QRegularExpression>

TicketModel::TicketModel(QObject *parent)
    : QObject(parent)
{
    m_largeNotional = MarketContext{}.largeNotional;
    recompute();
}

template <typename T> void TicketModel::set(T &slot, const T &value)
{
    if (slot == value)
        return;
    slot = value;
    touch();
}

void TicketModel::touch()
{
    if (m_batch > 0)
        m_dirty = true;
    else
        recompute();
}

TicketModel::Batch::Batch(TicketModel *model)
    : m_model(model)
{
    ++m_model->m_batch;
}

TicketModel::Batch::~Batch()
{
    if (--m_model->m_batch == 0 && m_model->m_dirty) {
        m_model->m_dirty = false;
        m_model->recompute();
    }
}

void TicketModel::setAccount(const QString &accountId)
{
    set(m_draft.accountId, accountId);
}

void TicketModel::setSymbol(const QString &typed)
{
    if (typed.trimmed().toUpper() != m_draft.symbol) {
        m_priceAsked = m_priceTouched = m_placeTried = false;
        m_marketPercent.reset();
    }
    set(m_draft.symbol, typed.trimmed().toUpper());
}

void TicketModel::setSide(Side side)
{
    if (side != m_draft.side)
        m_marketPercent.reset(); // "100 % of my BTC" is no buy
    set(m_draft.side, side);
}

void TicketModel::setType(OrderType type)
{
    if (type != m_draft.type)
        m_marketPercent.reset();
    set(m_draft.type, type);
}

void TicketModel::setPriceText(const QString &text)
{
    if (text != m_draft.priceText)
        m_priceAsked = false;
    set(m_draft.priceText, text);
}

void TicketModel::setQuantityText(const QString &text)
{
    set(m_draft.quantityText, text);
}

void TicketModel::setAmountText(const QString &text)
{
    if (text != m_draft.amountText)
        m_marketPercent.reset(); // an amount typed (or filled in) ends the % intent
    set(m_draft.amountText, text);
}

void TicketModel::setClientOrderId(const QString &id)
{
    set(m_draft.clientOrderId, id);
}

void TicketModel::setSymbols(const QList<SymbolRules> &symbols)
{
    m_symbols.clear();
    for (const SymbolRules &r : symbols)
        m_symbols.insert(r.symbol, r);
    touch();
}

void TicketModel::setLastPrice(const QString &symbol, const std::optional<Decimal> &price)
{
    if (symbol == m_priceSymbol && price == m_lastPrice)
        return;
    m_priceSymbol = symbol;
    m_lastPrice = price;
    touch();
}

void TicketModel::setAvailable(const std::optional<QHash<QString, Decimal>> &available)
{
    set(m_available, available);
}

void TicketModel::setLargeNotional(const Decimal &notional)
{
    set(m_largeNotional, notional);
}

void TicketModel::setQuantityPresets(const QHash<QString, QList<Decimal>> &bySymbol)
{
    set(m_presets, bySymbol);
}

void TicketModel::setCredentialsRefused(bool refused)
{
    set(m_credentialsRefused, refused);
}

void TicketModel::setMarketStale(bool stale)
{
    set(m_marketStale, stale);
}

void TicketModel::followStale(const StaleMonitor *monitor)
{
    if (m_stale)
        disconnect(m_stale, nullptr, this, nullptr);
    m_stale = monitor;
    if (monitor)
        connect(monitor, &StaleMonitor::staleChanged, this, &TicketModel::setMarketStale);
    setMarketStale(monitor && monitor->isStale());
}

void TicketModel::setPlacement(const PlacementTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker)
        connect(tracker, &PlacementTracker::placementChanged, this, [this] { touch(); });
    touch();
}

std::optional<Decimal> TicketModel::availableOf(const QString &asset) const
{
    if (!m_available)
        return std::nullopt;          // not loaded (yet)
    return m_available->value(asset); // an asset not held: none
}

void TicketModel::recompute()
{
    followMarketPercent();
    TicketState s;
    s.draft = m_draft;
    s.marketPercent = m_marketPercent;
    if (m_symbols.contains(m_draft.symbol))
        s.rules = m_symbols.value(m_draft.symbol);
    // Only a price the market sent for this very symbol; never the one the trader just left.
    if (s.rules && m_priceSymbol == m_draft.symbol)
        s.lastPrice = m_lastPrice;
    computeCheck(s);
    computeTexts(s);
    computeButton(s);
    m_state = s;
    ++m_revision;
    Q_EMIT changed();
}

MarketContext TicketModel::contextFor(const QString &symbol) const
{
    MarketContext ctx;
    ctx.rules = rules(symbol);
    // Only a price the market sent for this very symbol; never the one the trader just left.
    if (ctx.rules && m_priceSymbol == symbol)
        ctx.lastPrice = m_lastPrice;
    if (ctx.rules) {
        ctx.availableQuote = availableOf(ctx.rules->quoteToken);
        ctx.availableBase = availableOf(ctx.rules->baseToken);
    }
    ctx.bids = levelsFor(symbol, Side::Sell);
    ctx.largeNotional = m_largeNotional;
    return ctx;
}

std::optional<SymbolRules> TicketModel::rules(const QString &symbol) const
{
    const auto it = m_symbols.constFind(symbol);
    return it == m_symbols.cend() ? std::nullopt : std::optional<SymbolRules>(*it);
}

OrderCheck TicketModel::check(const OrderDraft &draft, const Decimal &released) const
{
    MarketContext ctx = contextFor(draft.symbol);
    std::optional<Decimal> &free = draft.side == Side::Buy ? ctx.availableQuote : ctx.availableBase;
    if (free && released > Decimal())
        free = free->add(released).value_or(*free);
    OrderCheck c = OrderValidator::check(draft, ctx);
    // No symbols yet: the exchange has not answered, so "not traded" would be a guess.
    if (m_symbols.isEmpty() && !draft.symbol.isEmpty() && c.errors.contains(Field::Symbol))
        c.errors.insert(Field::Symbol,
                        m_marketStale ? tr("The exchange is not answering: the symbols are not "
                                           "loaded, so %1 cannot be checked yet.")
                                            .arg(draft.symbol)
                                      : tr("Symbols not loaded yet: %1 is checked once the "
                                           "exchange answers.")
                                            .arg(draft.symbol));
    return c;
}

QString TicketModel::stillHolds(const OrderDraft &draft, int warnedAtOpen) const
{
    if (!m_state.blocked.isEmpty())
        return tr("Not sent: %1").arg(m_state.blocked);
    const OrderCheck now = check(draft);
    if (!now.isValid())
        return tr("Not sent: the order is no longer valid (%1).")
            .arg(now.errors.values().join(QLatin1Char(' ')));
    if (now.warnings.size() > warnedAtOpen)
        return tr("Not sent: the market moved while the confirmation was open (%1). Check the "
                  "order and place it again.")
            .arg(now.warnings.join(QLatin1Char(' ')));
    return {};
}

void TicketModel::computeCheck(TicketState &s) const
{
    s.check = check(s.draft);

    const bool limit = s.draft.type == OrderType::Limit;
    const auto shown = [&](Field f, const QString &text) {
        if ((m_placeTried || !text.trimmed().isEmpty()) && s.check.errors.contains(f))
            s.shownErrors.insert(f, s.check.error(f));
    };
    for (Field f : {Field::Account, Field::Symbol, Field::ClientOrderId})
        if (s.check.errors.contains(f))
            s.shownErrors.insert(f, s.check.error(f));
    if (limit) {
        shown(Field::Price, s.draft.priceText);
        // An empty price is a reason too, once the order has begun in the form (a quantity
        // typed and the price touched, a % size asked for; review 31: no reason anywhere), but
        // not while the book trades with the form's quantity alone (review 33: noise).
        const bool noPrice = s.draft.priceText.trimmed().isEmpty() && s.rules;
        if (noPrice && m_priceAsked)
            s.shownErrors.insert(Field::Price, tr("Enter a price first: % sizes need a price."));
        else if (noPrice && m_priceTouched && !s.draft.quantityText.trimmed().isEmpty()
                 && s.check.errors.contains(Field::Price))
            s.shownErrors.insert(Field::Price, s.check.error(Field::Price));
        shown(Field::Quantity, s.draft.quantityText);
    } else {
        shown(Field::Amount, s.draft.amountText);
    }
    if (s.check.errors.isEmpty())
        s.warnings = s.check.warnings.join(QLatin1Char('\n'));
    if (m_credentialsRefused)
        s.blocked = tr("The exchange refused the API credentials: placing is paused until they "
                       "are changed (Settings).");
    else if (m_marketStale)
        s.blocked = tr("Market data is stale: placing is paused until a fresh price arrives.");
}

void TicketModel::computeTexts(TicketState &s) const
{
    const QString quote = s.rules ? s.rules->quoteToken : QString();
    const QString base = s.rules ? s.rules->baseToken : QString();
    s.priceTitle = AssetFormat::title(tr("Price"), quote);
    s.quantityTitle = AssetFormat::title(tr("Quantity"), base);
    s.amountTitle = AssetFormat::title(tr("Amount"), quote);
    s.notional = s.check.notional && s.rules
                     ? AssetFormat::withUnit(AssetFormat::value(*s.check.notional, quote), quote)
                     : QStringLiteral("—");
    if (s.rules) {
        const auto q = availableOf(quote);
        const auto b = availableOf(base);
        // Exact, like every availability and the Balances: the ticket never shows more than
        // there is, nor other digits than they do.
        s.available = tr("%1 · %2").arg(q ? AssetFormat::available(*q, quote)
                                          : AssetFormat::withUnit(QStringLiteral("—"), quote),
                                        b ? AssetFormat::available(*b, base)
                                          : AssetFormat::withUnit(QStringLiteral("—"), base));
        s.presets = m_presets.value(s.rules->symbol);
    } else {
        s.available = QStringLiteral("—");
    }
    // Enabled with no price too: a click then says that a LIMIT needs one (nothing is written).
    s.quickSizeEnabled = s.rules.has_value();
    if (!s.check.order || !s.rules)
        return;
    if (s.check.order->type == OrderType::Market)
        if (const QString value = marketValue(s); !value.isEmpty())
            s.notional = value;
    s.summary = summaryOf(*s.check.order, *s.rules, s.check.notional);
    if (s.marketPercent)
        s.summary =
            tr("%1 (%2 % of your %3, sized again from the freshest book when sent)")
                .arg(s.summary)
                .arg(*s.marketPercent)
                .arg(s.check.order->side == Side::Buy ? s.rules->quoteToken : s.rules->baseToken);
    s.crossing = MarketCrossing::formNote(*s.check.order, quoteFor(s.draft.symbol), *s.rules);
    // A MARKET order's estimate first: over a thin book it takes most of the three lines, and a
    // large-order warning after it is whole in the tip and the confirmation it asks for.
    const bool first = s.check.order->type == OrderType::Market;
    if (!s.crossing.isEmpty())
        s.warnings = s.warnings.isEmpty() ? s.crossing
                     : first              ? s.crossing + u'\n' + s.warnings
                                          : s.warnings + u'\n' + s.crossing;
}

QString TicketModel::summaryOf(const NewOrder &o, const SymbolRules &r,
                               const std::optional<Decimal> &notional)
{
    const QString quote = r.quoteToken;
    const QString base = r.baseToken;
    const QString side = OrderEnums::sideText(o.side);
    if (o.type == OrderType::Market)
        // No price is invented for a market order: what it spends or receives, with the unit.
        return (o.side == Side::Buy ? tr("%1 %2 at market for %3")
                                    : tr("%1 %2 at market for %3 worth"))
            .arg(side, base, AssetFormat::withUnit(AssetFormat::value(o.amount, quote), quote));
    return tr("%1 %2 at %3 = %4")
        .arg(side, AssetFormat::withUnit(AssetFormat::quantity(o.quantity, r), base),
             AssetFormat::withUnit(AssetFormat::price(o.price, r), quote),
             AssetFormat::withUnit(AssetFormat::value(notional.value_or(Decimal()), quote), quote));
}

void TicketModel::computeButton(TicketState &s) const
{
    using S = PlacementTracker::State;
    const OrderDraft &d = s.draft;
    // The exchange's symbol, never the text typed: "Buy BTC-USDT&SIDE=SELL" made Alt+S the
    // button's accelerator, and a 100 KB paste made the button (and the form) that wide.
    const QString label = d.side == Side::Buy ? tr("Buy %1") : tr("Sell %1");
    // Only this same order is held while one is sent or checked; any other order can go.
    const auto *tracker = m_tracker.data();
    const bool busy = tracker && s.check.order
                      && tracker->refusalFor(*s.check.order) == PlacementTracker::Refusal::Busy;
    const bool spent = tracker && s.check.order && tracker->isSpentFor(*s.check.order);
    const S state = tracker ? tracker->stateOf(d.clientOrderId) : S::Idle;
    s.placeText = busy    ? (state == S::Queued    ? tr("Waiting to send…")
                             : state == S::Sending ? tr("Sending…")
                                                   : tr("Checking this order…"))
                  : spent ? tr("Sent — change it or press ↻ to place again")
                          : label.arg(s.rules ? s.rules->symbol : QString()).trimmed();
    s.placeEnabled = s.check.isValid() && !busy && !spent && s.blocked.isEmpty();
}

std::optional<Decimal> TicketModel::stepped(Field field, int steps) const
{
    const TicketState &s = m_state;
    if (!s.rules || steps == 0)
        return std::nullopt;
    const bool price = field == Field::Price;
    const Decimal step = price ? s.rules->priceIncrement : s.rules->baseIncrement;
    if (step.isZero() || step.isNegative())
        return std::nullopt;
    const QString text = price ? s.draft.priceText : s.draft.quantityText;
    const auto typed = DecimalFormat::parseInput(text);
    // Something unreadable typed ("66000g"): no step; its error stays beside the field. Only an
    // empty field starts from a number the trader did not type.
    if (!typed && !text.trimmed().isEmpty())
        return std::nullopt;
    // Nothing typed: start from the last price (price) or one step, without stepping.
    if (!typed) {
        if (price && s.lastPrice)
            if (const auto onGrid = s.lastPrice->roundDownToStep(step); onGrid && *onGrid >= step)
                return onGrid->normalized();
        return step.normalized();
    }
    const auto floor = typed->roundDownToStep(step);
    if (!floor)
        return std::nullopt;
    // Off the grid, the first step up goes to the next step above, the first down to the one below.
    int n = steps;
    if (*floor != *typed && steps < 0)
        ++n;
    const auto delta = step.multiply(Decimal::fromInteger(n));
    const auto next = delta ? floor->add(*delta) : std::nullopt;
    if (!next)
        return std::nullopt;
    return (*next < step ? step : *next).normalized();
}

std::optional<QList<Decimal>> TicketModel::parsePresets(const QString &text,
                                                        const SymbolRules &rules, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s;]+"));
    QList<Decimal> out;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto value = DecimalFormat::parseInput(part);
        QString why;
        if (!value || value->isZero())
            why = tr("\"%1\" is not a quantity above zero.").arg(part);
        else if (!value->isMultipleOf(rules.baseIncrement))
            why =
                tr("%1 is not a multiple of the lot step %2 %3.")
                    .arg(part, AssetFormat::quantity(rules.baseIncrement, rules), rules.baseToken);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        if (!out.contains(value->normalized()))
            out.append(value->normalized());
    }
    if (out.size() > 5) {
        if (error)
            *error = tr("At most 5 presets.");
        return std::nullopt;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString TicketModel::presetsText(const QList<Decimal> &presets)
{
    QStringList parts;
    for (const Decimal &d : presets)
        parts.append(DecimalFormat::toInput(d));
    return parts.join(QLatin1Char(' '));
}
