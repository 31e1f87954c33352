#include "ui/LadderTrader.h"

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
    followMarket();
}

LadderTrader::~LadderTrader() = default;

void LadderTrader::followMarket()
{
    MarketDataController *market = m_deps.market;
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
    QString why;
    if (ticket.symbol != symbol)
        why = tr("The ticket is for %1 and the book shows %2: choose %2 in the ticket first.")
                  .arg(ticket.symbol, symbol);
    else if (ticket.quantityText.trimmed().isEmpty())
        why = tr("Type a quantity in the ticket first: a click in the book uses it.");
    else
        why = place(ticket.accountId, symbol, side, price, ticket.quantityText);
    if (!why.isEmpty())
        Q_EMIT message(Kind::Warning, tr("Nothing placed: %1").arg(why));
    return why.isEmpty();
}

// The ticket's checks for a LIMIT order at this price: empty when the order went to the tracker
// (or to the confirmation it needs), else why not.
QString LadderTrader::place(const QString &account, const QString &symbol, ::Side side,
                            const Decimal &price, const QString &quantityText, Mode mode)
{
    if (const QString blocked = m_blocked ? m_blocked() : QString(); !blocked.isEmpty())
        return blocked;
    OrderDraft d;
    d.accountId = account;
    d.symbol = symbol;
    d.side = side;
    d.type = OrderType::Limit;
    d.priceText = DecimalFormat::toInput(price);
    d.quantityText = quantityText;
    PlacementTracker *tracker = m_deps.placement;
    d.clientOrderId = tracker->newClientOrderId();
    const OrderCheck check = m_ticket->check(d); // the form's own checks and context
    const auto rules = m_ticket->rules(symbol);
    if (!check.isValid()) {
        const QStringList errors = check.errors.values();
        return errors.isEmpty() ? tr("the order is not complete") : errors.join(QLatin1Char(' '));
    }
    const NewOrder order = *check.order;
    if (const auto refusal = tracker->refusalFor(order); refusal != PlacementTracker::Refusal::None)
        return PlacementTracker::refusalText(refusal);
    const bool confirm = m_deps.settings->confirmOrders() || !check.warnings.isEmpty();
    if (confirm && mode != Mode::Place) {
        // A move's rest is placed between the exchange's cancel and nothing: it cannot wait
        // for a dialog, so an order that needs one is never moved (checked before the cancel).
        return check.warnings.isEmpty()
                   ? tr("every order is confirmed (Settings), and a move cannot stop for it; "
                        "place it from the form")
                   : tr("it needs a confirmation (%1); place it from the form")
                         .arg(check.warnings.join(QLatin1Char(' ')));
    }
    if (mode == Mode::Check)
        return {};
    if (confirm) {
        // A large or far-off order confirms here as in the form: Enter means no.
        auto *dialog = new ConfirmOrderDialog(
            order, TicketModel::summaryOf(order, rules.value_or(SymbolRules{}), check.notional),
            PlacementTracker::wireBody(order), check.warnings, *m_deps.colors, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, order, d, warned = int(check.warnings.size())] {
                    // The dialog may have stood open while the market moved or went stale.
                    const QString blocked = m_blocked ? m_blocked() : QString();
                    const QString why = blocked.isEmpty() ? m_ticket->stillHolds(d, warned)
                                                          : tr("Not sent: %1").arg(blocked);
                    if (!why.isEmpty()) {
                        Q_EMIT message(Kind::Warning, why);
                        return;
                    }
                    send(order);
                });
        dialog->open(); // window-modal, no nested event loop
        return {};
    }
    send(order);
    return {};
}

void LadderTrader::send(const NewOrder &order)
{
    m_sentId = order.clientOrderId;
    if (!m_nextMoveText.isEmpty())
        m_moveText.insert(order.clientOrderId, m_nextMoveText);
    PlacementTracker *tracker = m_deps.placement;
    const auto refusal = tracker->refusalFor(order);
    m_flying.insert(order.clientOrderId, {order.side, order.price, order.quantity});
    showInFlight();
    if (!tracker->place(order)) {
        m_flying.remove(order.clientOrderId);
        m_moveText.remove(order.clientOrderId);
        showInFlight();
        Q_EMIT message(Kind::Warning, PlacementTracker::refusalText(refusal));
    }
}

void LadderTrader::onPlacement(const QString &clientOrderId, PlacementTracker::State state,
                               const QString &text)
{
    if (!m_flying.contains(clientOrderId))
        return;
    using S = PlacementTracker::State;
    const bool flying = state == S::Queued || state == S::Sending || state == S::Checking;
    if (!flying) {
        m_flying.remove(clientOrderId);
        showInFlight();
    }
    const QString moving = flying ? m_moveText.value(clientOrderId) : QString();
    if (!flying)
        m_moveText.remove(clientOrderId);
    if (!moving.isEmpty()) // a move's rest on its way: the move's one state
        return Q_EMIT message(Kind::Busy, tr("%1: placing…").arg(moving));
    Q_EMIT message(state == S::Placed                            ? Kind::Success
                   : flying                                      ? Kind::Busy
                   : state == S::Rejected || state == S::NotSent ? Kind::Error
                                                                 : Kind::Warning,
                   text);
}

// One state per move at a time: while its cancel is on its way the order shows leaving its price
// (not resting there, not yet at the new one); once its rest is sent, only on its way there.
void LadderTrader::showInFlight()
{
    QList<DepthModel::InFlight> all = m_flying.values();
    for (const LadderMove *move : std::as_const(m_moves)) {
        const Order &o = move->order();
        if (move->state() == LadderMove::State::Cancelling
            || move->state() == LadderMove::State::Checking)
            all.append(
                {o.side, o.price, o.quantity.subtract(o.tradeQty).value_or(Decimal()), true});
    }
    m_model->setHidden(m_moved);
    m_model->setInFlight(all);
}

bool LadderTrader::cancelAt(const Decimal &price)
{
    const QList<Order> orders = m_model->ownOrdersAt(m_model->rowOf(::Side::Buy, price));
    if (orders.isEmpty())
        return false;
    m_deps.cancels->cancel(orders);
    Q_EMIT message(Kind::Busy, tr("Cancelling %n order(s)…", nullptr, int(orders.size())));
    return true;
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
    const QString account = m_deps.account();
    for (const Order &o : orders) {
        const Decimal rest = o.quantity.subtract(o.tradeQty).value_or(Decimal());
        const QString why = place(o.accountId.isEmpty() ? account : o.accountId, o.symbol, o.side,
                                  price, DecimalFormat::toInput(rest), Mode::Check);
        if (!why.isEmpty()) {
            Q_EMIT message(Kind::Warning, tr("Not moved, nothing cancelled: %1").arg(why));
            return false;
        }
    }
    for (const Order &o : orders)
        startMove(o, price);
    return true;
}

void LadderTrader::startMove(const Order &order, const Decimal &price)
{
    const QString account = order.accountId.isEmpty() ? m_deps.account() : order.accountId;
    LadderMove::Backend b = m_deps.moves(account, this);
    const OrderId id = order.orderId;
    b.place = [this, account, id](const Order &from, const Decimal &at, const Decimal &quantity) {
        // The rest on its way reads as this move's last state, not as a new order.
        const LadderMove *running = m_moves.value(id);
        m_nextMoveText = running ? running->what() : QString();
        const QString why = place(account, from.symbol, from.side, at,
                                  DecimalFormat::toInput(quantity), Mode::Move);
        m_nextMoveText.clear();
        return why;
    };
    auto *move = new LadderMove(std::move(b), this);
    m_moves.insert(id, move);
    connect(move, &LadderMove::stateChanged, this, [this](LadderMove::State, const QString &text) {
        showInFlight();
        Q_EMIT message(Kind::Busy, text);
    });
    connect(move, &LadderMove::finished, this, [this, move](bool placed, const QString &text) {
        m_moves.remove(move->order().orderId);
        move->deleteLater();
        if (!placed) // the order may still rest (its cancel not confirmed): shown again
            m_moved.remove(move->order().orderId);
        showInFlight();
        // A placed rest goes on to the tracker, whose news follows; otherwise this is the end.
        if (placed && m_moveText.contains(m_sentId))
            Q_EMIT message(Kind::Busy, tr("%1: placing…").arg(m_moveText.value(m_sentId)));
        else
            Q_EMIT message(placed ? Kind::Info : Kind::Warning, text);
    });
    const auto rules = m_deps.market->rules(order.symbol);
    m_moved.insert(id); // from now on shown leaving, never as resting beside its new order
    if (!move->start(order, price, rules.value_or(m_model->rules()))) {
        m_moves.remove(id);
        m_moved.remove(id);
        move->deleteLater();
        return;
    }
    showInFlight();
}
