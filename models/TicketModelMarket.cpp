#include "models/TicketModel.h"

#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/MarketFill.h"

// A MARKET order and the book: the visible depth, the % intent sized from it, its estimated value.

void TicketModel::setDepth(const QString &symbol, const std::optional<Depth> &depth)
{
    const auto same = [](const QList<DepthLevel> &a, const QList<DepthLevel> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i)
            if (a.at(i).price != b.at(i).price || a.at(i).quantity != b.at(i).quantity)
                return false;
        return true;
    };
    if (symbol == m_depthSymbol && depth.has_value() == m_depth.has_value()
        && (!depth || (same(depth->bids, m_depth->bids) && same(depth->asks, m_depth->asks))))
        return;
    m_depthSymbol = symbol;
    m_depth = depth;
    touch();
}

QList<DepthLevel> TicketModel::levelsFor(const QString &symbol, Side side) const
{
    if (m_marketStale)
        return {};
    const MarketQuote q = quoteFor(symbol);
    const std::optional<Depth> book =
        m_depthSymbol == symbol && !symbol.isEmpty() ? m_depth : std::nullopt;
    return MarketFill::levelsFor(side, book, side == Side::Buy ? q.ask : q.bid);
}

OrderSizer::Input TicketModel::sizerInput(int percent) const
{
    const OrderDraft &d = m_draft;
    const SymbolRules r = m_symbols.value(d.symbol);
    OrderSizer::Input in;
    in.side = d.side;
    in.type = d.type;
    in.percent = percent;
    in.availableQuote = availableOf(r.quoteToken).value_or(Decimal());
    in.availableBase = availableOf(r.baseToken).value_or(Decimal());
    in.typedPrice = DecimalFormat::parseInput(d.priceText);
    // A MARKET sell is sized by the amount it receives walking the bids (else at the last
    // price); a LIMIT only ever from its typed price (none readable: nothing sized).
    if (d.type == OrderType::Market) {
        if (m_priceSymbol == d.symbol)
            in.lastPrice = m_lastPrice;
        in.bids = levelsFor(d.symbol, Side::Sell);
    }
    in.rules = r;
    return in;
}

OrderSizer::Result TicketModel::quickSize(int percent)
{
    const TicketState &s = m_state;
    if (!s.rules)
        return {};
    const bool limit = s.draft.type == OrderType::Limit;
    if (limit && s.draft.priceText.trimmed().isEmpty()) {
        m_priceAsked = true; // the price's reason says what is missing; nothing is sized
        touch();
        return {};
    }
    const OrderSizer::Result r = OrderSizer::size(sizerInput(percent));
    if (!limit && r.amount) {
        // The intent is kept; the form writes this same amount, which does not end it.
        const Batch batch(this);
        setAmountText(DecimalFormat::toInput(*r.amount));
        m_marketPercent = percent;
        touch();
    }
    return r;
}

void TicketModel::followMarketPercent()
{
    if (!m_marketPercent || m_draft.type != OrderType::Market
        || !m_symbols.contains(m_draft.symbol))
        return;
    const OrderSizer::Result r = OrderSizer::size(sizerInput(*m_marketPercent));
    // Nothing to size it from now (no price yet): the amount stays as last sized.
    if (r.amount)
        m_draft.amountText = DecimalFormat::toInput(*r.amount);
}

QString TicketModel::marketValue(const TicketState &s) const
{
    const NewOrder &o = *s.check.order;
    const auto e = MarketFill::forAmount(o.amount, levelsFor(o.symbol, o.side), *s.rules);
    if (!e || e->base.isZero())
        return {};
    // What the estimate below says the order comes to, in whole lots: never the amount asked
    // while the estimate reads less (review 33 L2: "100.00 USDT" over "≈ 97.96 USDT").
    return QStringLiteral("≈ ")
           + AssetFormat::withUnit(AssetFormat::value(e->value, s.rules->quoteToken),
                                   s.rules->quoteToken);
}
