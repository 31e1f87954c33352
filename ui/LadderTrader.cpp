#include "ui/LadderTrader.h"

#include "models/ActivityLogModel.h"
#include "models/AssetFormat.h"
#include "models/CancelController.h"
#include "models/DecimalFormat.h"
#include "models/LadderMove.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"
#include "ui/ConfirmOrderDialog.h"

using Kind = MessageBar::Kind;

LadderTrader::LadderTrader(const Dependencies &deps, TicketModel *ticket, QObject *parent)
    : QObject(parent),
      m_deps(deps),
      m_model(deps.book),
      m_ticket(ticket)
{
    connect(m_deps.placement, &PlacementTracker::placementChanged, this,
            &LadderTrader::onPlacement);
    MarketDataController *market = m_deps.market;
    connect(market, &MarketDataController::marketChanged, this, &LadderTrader::followMarket);
    connect(market, &MarketDataController::symbolsChanged, this, &LadderTrader::followMarket);
    connect(m_model, &DepthModel::marketMoved, this, &LadderTrader::centreOnNewBook);
    connect(m_model, &DepthModel::ownOrdersChanged, this, &LadderTrader::settleFlights);
    followFinished();
    if (m_ticket) {
        m_seen = m_ticket->state().draft;
        connect(m_ticket, &TicketModel::changed, this, &LadderTrader::ticketChanged);
    }
    m_symbol = market->symbol();
    followMarket();
}

LadderTrader::~LadderTrader() = default;

void LadderTrader::followMarket()
{
    MarketDataController *market = m_deps.market;
    if (const QString symbol = market->symbol(); symbol != m_symbol) {
        m_symbol = symbol;
        symbolChanged(symbol);
    }
    if (const auto rules = market->rules(market->symbol()))
        m_model->setRules(*rules);
    m_model->setLastPrice(market->lastPrice());
}

bool LadderTrader::placeAt(int row, ::Side side)
{
    const DepthModel::Level *level = m_model->level(row);
    return level && placeAt(level->price, side);
}

bool LadderTrader::placeAt(const Decimal &price, ::Side side)
{
    const OrderDraft ticket = m_ticket->state().draft;
    const QString symbol = m_deps.market->symbol();
    // What the form hides, or a market gone past this price since the book was drawn: said
    // whole, in one sentence.
    QString refused = ticketHidden(ticket);
    if (refused.isEmpty())
        refused = touchTooOld();
    if (const QString across = crossesNow(side, price); refused.isEmpty() && !across.isEmpty())
        refused = tr("Not placed: the market moved — %1. Nothing sent.").arg(across);
    if (!refused.isEmpty()) {
        Q_EMIT message(Kind::Warning, refused);
        return false;
    }
    QString why = ticketUnusable(ticket, symbol);
    if (why.isEmpty())
        why = place(ticket.accountId, symbol, side, price, ticket.quantityText);
    if (!why.isEmpty())
        Q_EMIT message(Kind::Warning, tr("Nothing placed: %1").arg(why));
    return why.isEmpty();
}

// The ticket's checks for a LIMIT order at this price: empty when the order went to the tracker
// (or to the confirmation it needs), else why not.
QString LadderTrader::place(const QString &account, const QString &symbol, ::Side side,
                            const Decimal &price, const QString &quantityText, Mode mode,
                            const Decimal &released)
{
    if (const QString blocked = m_blocked ? m_blocked() : QString(); !blocked.isEmpty())
        return blocked;
    if (const QString old = touchTooOld(false); !old.isEmpty() && mode != Mode::Preview)
        return old;
    if (const QString across = crossesNow(side, price); !across.isEmpty())
        return tr("the market moved — %1").arg(across);
    OrderDraft d;
    d.accountId = account;
    d.symbol = symbol;
    d.side = side;
    d.type = OrderType::Limit;
    d.priceText = DecimalFormat::toInput(price);
    d.quantityText = quantityText;
    PlacementTracker *tracker = m_deps.placement;
    d.clientOrderId = tracker->newClientOrderId();
    const OrderCheck check = m_ticket->check(d, released); // the form's checks and context
    const auto rules = m_ticket->rules(symbol);
    if (!check.isValid()) {
        const QStringList errors = check.errors.values();
        return errors.isEmpty() ? tr("the order is not complete") : errors.join(QLatin1Char(' '));
    }
    const NewOrder order = *check.order;
    if (const auto refusal = tracker->refusalFor(order); refusal != PlacementTracker::Refusal::None)
        return PlacementTracker::refusalText(refusal);
    const bool confirm = m_deps.settings->confirmOrders() || !check.warnings.isEmpty();
    if (confirm && mode != Mode::Place && mode != Mode::Preview) {
        // A move's rest is placed between the exchange's cancel and nothing: it cannot wait
        // for a dialog, so an order that needs one is never moved (checked before the cancel).
        return check.warnings.isEmpty()
                   ? tr("every order is confirmed (Settings), and a move cannot stop for it; "
                        "place it from the form")
                   : tr("it needs a confirmation (%1); place it from the form")
                         .arg(check.warnings.join(QLatin1Char(' ')));
    }
    if (mode == Mode::Check || mode == Mode::Preview)
        return {};
    if (mode == Mode::Move) // no dialog: sent now, or refused now
        return send(order);
    if (confirm) {
        // A large or far-off order confirms here as in the form: Enter means no.
        auto *dialog = new ConfirmOrderDialog(
            order, TicketModel::summaryOf(order, rules.value_or(SymbolRules{}), check.notional),
            PlacementTracker::wireBody(order), check.warnings, *m_deps.colors, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->watchPause(m_ticket); // a pause while it stood open stops it, as in the form
        dialog->watchMarket(m_ticket);
        dialog->logCancel(tracker);
        connect(
            dialog, &QDialog::accepted, this,
            [this, dialog, order, d, warned = int(check.warnings.size()), replacing = m_replacing] {
                // The dialog may have stood open while the market moved or went stale.
                QString blocked = m_blocked ? m_blocked() : QString();
                const QString pausedFor = dialog->pausedFor();
                if (blocked.isEmpty() && !pausedFor.isEmpty())
                    blocked = tr("placing paused while the confirmation was open, so the "
                                 "numbers it showed may be out of date (%1). Check the order "
                                 "and place it again.")
                                  .arg(pausedFor);
                if (blocked.isEmpty())
                    blocked = touchTooOld(false);
                const QString across = crossesNow(order.side, order.price);
                const QString why = !blocked.isEmpty() ? tr("Not sent: %1").arg(blocked)
                                    : !across.isEmpty()
                                        ? tr("Not sent: the market moved — %1.").arg(across)
                                        : m_ticket->stillHolds(d, warned);
                if (!why.isEmpty()) {
                    Q_EMIT message(Kind::Warning, why);
                    return;
                }
                m_replacing = replacing;
                send(order);
                m_replacing = false;
            });
        connect(dialog, &QDialog::finished, this, &LadderTrader::confirmationClosed);
        dialog->open(); // window-modal, no nested event loop
        return {};
    }
    send(order);
    return {};
}

QString LadderTrader::send(const NewOrder &order)
{
    m_sentId = order.clientOrderId;
    if (m_nextMove)
        m_moveRest.insert(order.clientOrderId, *m_nextMove);
    PlacementTracker *tracker = m_deps.placement;
    const auto refusal = tracker->refusalFor(order);
    m_flying.insert(order.clientOrderId, {order.side, order.price, order.quantity});
    showInFlight();
    if (!tracker->place(order)) {
        m_flying.remove(order.clientOrderId);
        m_moveRest.remove(order.clientOrderId);
        showInFlight();
        if (!m_nextMove) // a move's refusal is told as the move's end
            Q_EMIT message(Kind::Warning, PlacementTracker::refusalText(refusal));
        return PlacementTracker::refusalText(refusal);
    }
    if (m_replacing) { // the interrupted move's rest is on its way again
        m_interrupted.reset();
        Q_EMIT interruptedChanged({});
    }
    return {};
}

void LadderTrader::onPlacement(const QString &clientOrderId, PlacementTracker::State state,
                               const QString &text)
{
    if (!m_flying.contains(clientOrderId) || m_placed.contains(clientOrderId))
        return;
    using S = PlacementTracker::State;
    const bool flying = state == S::Queued || state == S::Sending || state == S::Checking;
    if (!flying) {
        // Placed: on its way until the open orders list it (the next poll), never neither.
        if (state == S::Placed && !listedOrDone(clientOrderId))
            m_placed.insert(clientOrderId);
        else
            m_flying.remove(clientOrderId);
        showInFlight();
    }
    if (const auto rest = m_moveRest.constFind(clientOrderId); rest != m_moveRest.cend()) {
        // A move's rest: its news is the move's last state.
        const MoveRest move = *rest;
        if (!flying)
            m_moveRest.remove(clientOrderId);
        if (state == S::Checking)
            return Q_EMIT message(Kind::Busy,
                                  tr("Cancelled; the new order's outcome is being checked "
                                     "(never sent twice): %1…")
                                      .arg(move.move));
        if (flying)
            return Q_EMIT message(Kind::Busy, tr("%1: placing…").arg(move.what));
        if (state == S::Placed) {
            Q_EMIT moved(move.from, move.price);
            return moveEnded(move, Kind::Success, tr("Moved: %1.").arg(move.move));
        }
        if (state == S::Unresolved) // it may exist: never offered again
            return moveEnded(move, Kind::Warning,
                             tr("Cancelled; whether the new order was placed is not known — "
                                "check the open orders: %1.")
                                 .arg(move.move));
        return interrupt(move, text);
    }
    Q_EMIT message(state == S::Placed                            ? Kind::Success
                   : flying                                      ? Kind::Busy
                   : state == S::Rejected || state == S::NotSent ? Kind::Error
                                                                 : Kind::Warning,
                   text);
}

// The move's last word, beside the ladder and in the log.
void LadderTrader::moveEnded(const MoveRest &move, Kind kind, const QString &text)
{
    if (m_deps.log)
        m_deps.log->add(tr("Move order %1").arg(move.from), text,
                        kind == Kind::Success ? ActivityLogModel::Severity::Success
                        : kind == Kind::Error ? ActivityLogModel::Severity::Error
                                              : ActivityLogModel::Severity::Warning);
    Q_EMIT message(kind, text);
}

// The cancel was confirmed, the new order did not go: the trader is flat where they meant to
// rest. Told until placed again or dismissed, not in a line the next message replaces.
void LadderTrader::interrupt(MoveRest move, const QString &reason)
{
    const SymbolRules rules = m_deps.market->rules(move.symbol).value_or(m_model->rules());
    const QString to =
        AssetFormat::withUnit(AssetFormat::price(move.price, rules), rules.quoteToken);
    moveEnded(move, Kind::Error,
              tr("Cancelled, new order not placed: %1 — %2").arg(move.move, reason));
    move.text = tr("Move interrupted: your order at %1 was cancelled, nothing placed at %2 (%3). "
                   "Press R on the book to place %4 %5 at %2 again, after you review it.")
                    .arg(AssetFormat::priceIn(move.fromPrice, rules), to, reason,
                         move.side == ::Side::Buy ? tr("buy") : tr("sell"),
                         AssetFormat::withUnit(AssetFormat::quantity(move.quantity, rules),
                                               rules.baseToken));
    m_interrupted = move;
    Q_EMIT interruptedChanged(move.text);
}

bool LadderTrader::placeInterrupted()
{
    if (!m_interrupted) {
        Q_EMIT message(Kind::Info, tr("No interrupted move to place again."));
        return false;
    }
    const MoveRest i = *m_interrupted;
    const bool buy = i.side == ::Side::Buy;
    const auto across = m_model->realBest(buy ? ::Side::Sell : ::Side::Buy);
    QString why;
    if (m_deps.market->symbol() != i.symbol)
        why = tr("the book shows %1 and the move was on %2: choose %2 first.")
                  .arg(m_deps.market->symbol(), i.symbol);
    else if (across && (buy ? i.price >= *across : i.price <= *across))
        why = tr("%1 would now trade at once against %2; use the form for an order that crosses.")
                  .arg(AssetFormat::priceIn(i.price, m_model->rules()),
                       AssetFormat::priceIn(*across, m_model->rules()));
    else {
        m_replacing = true; // judged now, on today's numbers, as any order from the book
        why = place(i.account, i.symbol, i.side, i.price, DecimalFormat::toInput(i.quantity));
        m_replacing = false;
    }
    if (!why.isEmpty())
        Q_EMIT message(Kind::Warning, tr("Not placed again: %1").arg(why));
    return why.isEmpty();
}

void LadderTrader::dismissInterrupted()
{
    if (!m_interrupted)
        return;
    m_interrupted.reset();
    Q_EMIT interruptedChanged({});
}

int LadderTrader::movesRunning() const
{
    return int(m_moves.size());
}

bool LadderTrader::moveAt(const Decimal &from, const Decimal &price)
{
    const QList<Order> orders = m_model->ownOrdersAt(m_model->rowOf(::Side::Buy, from));
    if (orders.isEmpty())
        return false;
    for (const Order &o : orders) {
        if (m_moves.contains(o.orderId)) {
            Q_EMIT message(Kind::Warning,
                           tr("Order %1 is being moved already; wait for it.").arg(o.orderId));
            return false;
        }
    }
    // Everything the new order will be checked against, now, before anything is cancelled.
    // The new order may use what its own cancel releases (the order still holds it now).
    const QString account = m_deps.account();
    for (const Order &o : orders) {
        const Decimal rest = o.quantity.subtract(o.tradeQty).value_or(Decimal());
        const QString why = place(o.accountId.isEmpty() ? account : o.accountId, o.symbol, o.side,
                                  price, DecimalFormat::toInput(rest), Mode::Check, releasedBy(o));
        if (!why.isEmpty()) {
            Q_EMIT message(Kind::Warning, tr("Not moved, nothing cancelled: %1").arg(why));
            return false;
        }
    }
    for (const Order &o : orders)
        startMove(o, price, freeFor(o));
    return true;
}

void LadderTrader::startMove(const Order &order, const Decimal &price,
                             const std::optional<Decimal> &free)
{
    const QString account = order.accountId.isEmpty() ? m_deps.account() : order.accountId;
    LadderMove::Backend b = m_deps.moves(account, this);
    const OrderId id = order.orderId;
    b.place = [this, account, id, free](const Order &from, const Decimal &at,
                                        const Decimal &quantity) {
        // The rest on its way reads as this move's last state, not as a new order.
        const LadderMove *running = m_moves.value(id);
        m_nextMove = MoveRest{id,
                              account,
                              from.symbol,
                              from.side,
                              running ? running->order().price : from.price,
                              at,
                              quantity,
                              running ? running->what() : QString(),
                              running ? running->move() : QString(),
                              {}};
        const QString why =
            place(account, from.symbol, from.side, at, DecimalFormat::toInput(quantity), Mode::Move,
                  notYetShown(from, free));
        m_nextMove.reset();
        return why;
    };
    auto *move = new LadderMove(std::move(b), this);
    m_moves.insert(id, move);
    connect(move, &LadderMove::stateChanged, this, [this](LadderMove::State, const QString &text) {
        showInFlight();
        Q_EMIT message(Kind::Busy, text);
    });
    connect(move, &LadderMove::finished, this,
            [this, move](bool placed, const QString &text) { onMoveFinished(move, placed, text); });
    const auto rules = m_deps.market->rules(order.symbol);
    m_moved.insert(DepthModel::keyOf(
        order)); // from now on shown leaving, never as resting beside its new order
    if (!move->start(order, price, rules.value_or(m_model->rules()))) {
        m_moves.remove(id);
        m_moved.remove(DepthModel::keyOf(order));
        move->deleteLater();
        return;
    }
    showInFlight();
}

void LadderTrader::onMoveFinished(LadderMove *move, bool placed, const QString &text)
{
    const Order &o = move->order();
    m_moves.remove(o.orderId);
    move->deleteLater();
    if (!placed) // the order may still rest (its cancel not confirmed): shown again
        m_moved.remove(DepthModel::keyOf(o));
    showInFlight();
    // A placed rest goes on to the tracker, whose news ends the move.
    if (placed && m_moveRest.contains(m_sentId))
        return Q_EMIT message(Kind::Busy, tr("%1: placing…").arg(m_moveRest.value(m_sentId).what));
    const QString account = o.accountId.isEmpty() ? m_deps.account() : o.accountId;
    const MoveRest rest{o.orderId,      account,      o.symbol,     o.side,       o.price,
                        move->target(), move->rest(), move->what(), move->move(), {}};
    if (move->interrupted()) // cancelled, the rest known, and refused by the guarded path
        return interrupt(rest, move->refusal());
    moveEnded(rest, placed ? Kind::Info : Kind::Warning, text);
}
