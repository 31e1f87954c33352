#include "models/TicketModel.h"

#include "models/DecimalFormat.h"

// The ticket's view of the market: the best bid/ask polled for the form's symbol.

void TicketModel::setQuote(const QString &symbol, const std::optional<BookTicker> &book)
{
    const auto same = [](const std::optional<BookTicker> &a, const std::optional<BookTicker> &b) {
        return a.has_value() == b.has_value()
               && (!a
                   || (a->hasBid == b->hasBid && a->hasAsk == b->hasAsk
                       && a->bid.price == b->bid.price && a->ask.price == b->ask.price));
    };
    if (symbol == m_quoteSymbol && same(book, m_quote))
        return;
    m_quoteSymbol = symbol;
    m_quote = book;
    touch();
}

MarketQuote TicketModel::quoteFor(const QString &symbol) const
{
    MarketQuote q;
    q.stale = m_marketStale;
    if (m_quote && m_quoteSymbol == symbol) {
        if (m_quote->hasBid)
            q.bid = m_quote->bid.price;
        if (m_quote->hasAsk)
            q.ask = m_quote->ask.price;
    }
    if (m_priceSymbol == symbol)
        q.last = m_lastPrice;
    if (m_depth && m_depthSymbol == symbol && !m_marketStale) {
        q.bids = m_depth->bids;
        q.asks = m_depth->asks;
    }
    return q;
}

QStringList TicketModel::warningsFor(const NewOrder &order) const
{
    OrderDraft d;
    d.accountId = order.accountId;
    d.symbol = order.symbol;
    d.side = order.side;
    d.type = order.type;
    d.clientOrderId = order.clientOrderId;
    if (order.type == OrderType::Limit) {
        d.priceText = DecimalFormat::toInput(order.price);
        d.quantityText = DecimalFormat::toInput(order.quantity);
    } else {
        d.amountText = DecimalFormat::toInput(order.amount);
    }
    const OrderCheck c = check(d);
    QStringList out = c.warnings;
    if (c.errors.contains(OrderCheck::Field::Price))
        out.prepend(c.error(OrderCheck::Field::Price));
    return out;
}
