// The ladder's guards against acting on what the trader does not see: the window's Delete, a
// market that moved since the book was drawn, a ticket whose quantity the form hides, a symbol
// left while armed, a ticket changed while armed (its size, its type, its symbol).
#include "models/AssetFormat.h"
#include "models/BookController.h"
#include "models/DecimalFormat.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"

#include <QKeyEvent>
#include <QLocale>
#include <QTableView>
#include <QToolButton>

#include <utility>

using Kind = MessageBar::Kind;

void LadderTrader::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
    if (auto *view = qobject_cast<DepthView *>(parent))
        view->table()->installEventFilter(this); // before the view's own: it sees keys first
}

namespace {

// The same size, however written ("0.01" and "0.0100"); text that is no number, by its text.
bool sameSize(const QString &a, const QString &b)
{
    const auto x = DecimalFormat::parseInput(a);
    const auto y = DecimalFormat::parseInput(b);
    return x && y ? *x == *y : a.trimmed() == b.trimmed();
}

} // namespace

QString LadderTrader::armRefusal() const
{
    if (!m_ticket)
        return tr("Not armed: there is no ticket to trade from the book with.");
    const OrderDraft &d = m_ticket->state().draft;
    if (d.type != OrderType::Limit)
        return tr("Not armed: the ticket is set to Market; the book places limit orders. Switch "
                  "to Limit to arm.");
    const QString symbol = m_deps.market->symbol();
    if (d.symbol != symbol)
        return tr("Not armed: the ticket is for %1 and the book shows %2. Choose %2 in the "
                  "ticket to arm.")
            .arg(d.symbol, symbol);
    if (d.quantityText.trimmed().isEmpty())
        return tr("Not armed: the ticket has no size. Type the quantity each click trades, then "
                  "arm (Alt+K).");
    const auto q = DecimalFormat::parseInput(d.quantityText);
    if (!q || q->isZero() || q->isNegative())
        return tr("Not armed: the ticket's size \"%1\" is not a quantity a click could trade. "
                  "Type a valid size, then arm (Alt+K).")
            .arg(d.quantityText.trimmed());
    // The size's own rules (its lot step, the minimum), whatever the price: with none, the
    // checks that need one (the value, the balance) wait for the clicked row's.
    OrderDraft size = d;
    size.priceText.clear();
    if (const QString why = m_ticket->check(size).errors.value(OrderCheck::Field::Quantity);
        !why.isEmpty())
        return tr("Not armed: %1 Type a valid size, then arm (Alt+K).").arg(why);
    return {};
}

QString LadderTrader::clickSize() const
{
    const OrderDraft &d = m_ticket->state().draft;
    const SymbolRules rules = m_ticket->rules(d.symbol).value_or(m_model->rules());
    const auto q = DecimalFormat::parseInput(d.quantityText);
    return q ? AssetFormat::quantityIn(*q, rules) : d.quantityText.trimmed();
}

// Review 33: a % click disarmed the book, a typed size (2 instead of 0.2) or Up in Quantity went
// straight to the armed ladder. Now every change of the size while armed disarms; typed on, the
// message follows the size (the first key of "0.3" is not the size the trader meant).
void LadderTrader::ticketChanged()
{
    const OrderDraft now = m_ticket->state().draft;
    const OrderDraft was = std::exchange(m_seen, now);
    auto *view = qobject_cast<DepthView *>(m_dialogParent.data());
    if (!view)
        return;
    const bool sized = !sameSize(was.quantityText, now.quantityText);
    if (!view->isArmed()) {
        if (sized && now.symbol == was.symbol && !m_sizeMessage.isEmpty()
            && view->messageBar()->text() == m_sizeMessage)
            Q_EMIT message(Kind::Info, m_sizeMessage = sizeChangedText(now));
        return;
    }
    if (now.type != OrderType::Limit)
        return disarm(tr("Disarmed: the ticket is set to Market; the book places limit orders. "
                         "Switch to Limit to arm."));
    if (now.symbol != was.symbol)
        return disarm(tr("Disarmed: the ticket's symbol changed to %1.").arg(now.symbol));
    if (sized) {
        disarm(sizeChangedText(now));
        m_sizeMessage = view->messageBar()->text();
    }
}

void LadderTrader::disarm(const QString &why)
{
    if (auto *view = qobject_cast<DepthView *>(m_dialogParent.data()))
        view->armButton()->setChecked(false);
    Q_EMIT message(Kind::Info, why);
}

QString LadderTrader::sizeChangedText(const OrderDraft &draft) const
{
    if (draft.quantityText.trimmed().isEmpty())
        return tr("Disarmed: the size in the order form was cleared. Type a size, then arm again "
                  "(Alt+K).");
    return tr("Disarmed: size changed to %1 in the order form. Arm again (Alt+K) to trade it "
              "from the book.")
        .arg(clickSize().isEmpty() ? draft.quantityText : clickSize());
}

// Delete (and Backspace) on the ladder is the ladder's: the view cancels at its cursor (armed)
// or says how (unarmed). Taken before the window's shortcuts, so "Cancel selected" never cancels
// the order selected in another table from here.
bool LadderTrader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            key->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QString LadderTrader::ticketHidden(const OrderDraft &ticket) const
{
    if (ticket.type == OrderType::Limit)
        return {};
    return tr("Not placed: the ticket is set to Market — switch it to Limit to trade from the "
              "book.");
}

QString LadderTrader::ticketUnusable(const OrderDraft &ticket, const QString &symbol) const
{
    if (ticket.symbol != symbol)
        return tr("The ticket is for %1 and the book shows %2: choose %2 in the ticket first.")
            .arg(ticket.symbol, symbol);
    if (ticket.quantityText.trimmed().isEmpty())
        return tr("Type a quantity in the ticket first: a click in the book uses it.");
    return {};
}

QString LadderTrader::refusalAt(const Decimal &price, ::Side side)
{
    const OrderDraft ticket = m_ticket->state().draft;
    const QString symbol = m_deps.market->symbol();
    if (const QString hidden = ticketHidden(ticket); !hidden.isEmpty())
        return hidden;
    if (const QString why = ticketUnusable(ticket, symbol); !why.isEmpty())
        return why;
    return place(ticket.accountId, symbol, side, price, ticket.quantityText, Mode::Preview);
}

MarketDataController::Quote LadderTrader::freshTouch() const
{
    const BookController *feed = m_deps.feed;
    const MarketDataController *market = m_deps.market;
    return MarketDataController::bestQuote(market->book(), market->bookAgeMs(),
                                           feed ? feed->depthOf(market->symbol()) : std::nullopt,
                                           feed ? feed->depthAgeMs() : -1);
}

qint64 LadderTrader::touchAgeMs() const
{
    return freshTouch().ageMs;
}

// Review 33 (adv2 F1): a click 0.3 s after the market moved through its price sold as a taker,
// judged on a book ~2 s old. A click or key trusts a touch no older than TouchTrustMs.
QString LadderTrader::touchTooOld(bool sentence) const
{
    const qint64 age = touchAgeMs();
    if (age <= TouchTrustMs)
        return {}; // fresh, or no touch at all (the ticket's own rules: stale, unknown market)
    const QString seconds = QLocale().toString(double(age / 100) / 10.0, 'f', 1);
    return sentence
               ? tr("The book is %1 s old: nothing placed. It refreshes every second.").arg(seconds)
               : tr("the book is %1 s old (it refreshes every second)").arg(seconds);
}

std::optional<Decimal> LadderTrader::shownBest(::Side side) const
{
    const BookTicker shown = freshTouch().levels;
    const bool buy = side == ::Side::Buy;
    const Decimal best = buy ? shown.bid.price : shown.ask.price;
    if (!(buy ? shown.hasBid : shown.hasAsk) || best.isZero())
        return std::nullopt;
    return best;
}

// Review 33: a refusal quoted the bid of the best bid/ask feed, older than the bid the form
// showed beside it. Now the freshest touch decides and is quoted (the form shows the same one);
// the book's rows as drawn refuse too (the trader sees them).
QString LadderTrader::crossesNow(::Side side, const Decimal &price) const
{
    const bool buy = side == ::Side::Buy;
    const ::Side otherSide = buy ? ::Side::Sell : ::Side::Buy;
    const auto across = [buy, &price](const std::optional<Decimal> &other) {
        return other && !other->isZero() && (buy ? price >= *other : price <= *other);
    };
    std::optional<Decimal> other = shownBest(otherSide);
    if (!across(other))
        other = m_model->realBest(otherSide);
    if (!across(other))
        return {};
    const SymbolRules rules =
        m_deps.market->rules(m_deps.market->symbol()).value_or(m_model->rules());
    const QString at = AssetFormat::priceIn(price, rules);
    const QString against = AssetFormat::priceIn(*other, rules);
    return buy ? tr("a buy at %1 would trade at once against the ask %2").arg(at, against)
               : tr("a sell at %1 would trade at once against the bid %2").arg(at, against);
}

void LadderTrader::symbolChanged(const QString &symbol)
{
    m_centreNext = true;
    // Placed orders of the symbol left are listed (or not) in its open orders, not this book's.
    for (const QString &id : std::as_const(m_placed))
        m_flying.remove(id);
    m_placed.clear();
    showInFlight();
    auto *view = qobject_cast<DepthView *>(m_dialogParent.data());
    if (!view || !view->isArmed())
        return;
    view->armButton()->setChecked(false);
    Q_EMIT message(Kind::Info, tr("Disarmed: symbol changed to %1.").arg(symbol));
}

// The first book of the new symbol: the ladder shows the market, not "Market below".
void LadderTrader::centreOnNewBook()
{
    if (!m_centreNext || !m_model->realBest(::Side::Buy) || !m_model->realBest(::Side::Sell))
        return;
    m_centreNext = false;
    m_model->centre();
}

Decimal LadderTrader::releasedBy(const Order &order)
{
    const Decimal rest = order.quantity.subtract(order.tradeQty).value_or(Decimal());
    if (rest.isNegative())
        return {};
    return order.side == ::Side::Buy ? order.price.multiply(rest).value_or(Decimal()) : rest;
}

std::optional<Decimal> LadderTrader::freeFor(const Order &order) const
{
    const auto rules = m_ticket->rules(order.symbol);
    if (!rules)
        return std::nullopt;
    return m_ticket->available(order.side == ::Side::Buy ? rules->quoteToken : rules->baseToken);
}

// The cancel is confirmed; the balances may or may not show its release yet. What they show more
// than at the check is the release (or part of it) already counted: only the rest is added.
Decimal LadderTrader::notYetShown(const Order &order, const std::optional<Decimal> &before) const
{
    const Decimal released = releasedBy(order);
    const std::optional<Decimal> now = freeFor(order);
    if (!before || !now || *now <= *before)
        return released;
    const Decimal caughtUp = now->subtract(*before).value_or(released);
    return caughtUp >= released ? Decimal() : released.subtract(caughtUp).value_or(Decimal());
}
