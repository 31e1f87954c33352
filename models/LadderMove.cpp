#include "models/LadderMove.h"

#include "models/AssetFormat.h"

#include "core/ApiService.h"

#include <QPointer>

LadderMove::Backend LadderMove::Backend::from(ApiService *service, CancelController *cancels,
                                              const QString &account, QObject *context)
{
    Backend b;
    b.cancel = [cancels, context](const Order &o, const QString &what,
                                  std::function<void(const CancelController::Outcome &)> done) {
        // Logged as the move's step, and not summarised as a plain cancel.
        cancels->cancelForMove(
            o, what,
            [context = QPointer<QObject>(context), done](const CancelController::Outcome &out) {
                if (context)
                    done(out);
            });
    };
    b.lookup = [service, account, context](const Order &o,
                                           std::function<void(const ApiResult<Order> &)> done) {
        service->getOrder(account, OrderRef::byId(o.orderId), context, done);
    };
    return b;
}

LadderMove::LadderMove(Backend backend, QObject *parent)
    : QObject(parent),
      m_backend(std::move(backend))
{}

bool LadderMove::start(const Order &order, const Decimal &price, const SymbolRules &rules)
{
    if (m_state != State::Idle || order.orderId == 0 || price == order.price || price.isZero()
        || price.isNegative())
        return false;
    m_order = order;
    m_target = price;
    m_rules = rules;
    setState(State::Cancelling, tr("%1: cancelling…").arg(what()));
    m_backend.cancel(order, what(), [this](const CancelController::Outcome &o) { onCancel(o); });
    return true;
}

void LadderMove::onCancel(const CancelController::Outcome &o)
{
    if (m_state != State::Cancelling)
        return;
    using R = CancelController::Result;
    switch (o.result) {
    case R::Cancelled:
        // Confirmed: what filled before the cancel is known only from the order itself.
        setState(State::Checking, tr("%1: cancelled; checking what filled…").arg(what()));
        m_backend.lookup(m_order, [this](const ApiResult<Order> &r) { onLookup(r); });
        return;
    case R::AlreadyFinal:
        if (o.status == OrderStatus::Filled)
            return end(false, filledText());
        return end(false, tr("Not moved, the order was already %2 — nothing placed: %1.")
                              .arg(move(), OrderEnums::statusText(o.status).toLower()));
    default:
        return end(false, tr("Not moved, its cancel was not confirmed (%2) — nothing placed: "
                             "%1.")
                              .arg(move(), o.detail.isEmpty() ? tr("no answer") : o.detail));
    }
}

void LadderMove::onLookup(const ApiResult<Order> &r)
{
    if (m_state != State::Checking)
        return;
    if (!r.ok())
        return end(false, tr("Cancelled, new order not placed: %1 — what filled before the "
                             "cancel is not known (%2).")
                              .arg(move(), r.error.message));
    if (r.value.status == OrderStatus::Filled)
        return end(false, filledText());
    if (!OrderEnums::isFinal(r.value.status))
        return end(false, tr("Not moved, the order still shows as open after its cancel — "
                             "nothing placed: %1.")
                              .arg(move()));
    const auto left = m_order.quantity.subtract(r.value.tradeQty);
    if (!left || left->isZero() || left->isNegative())
        return end(false, filledText());
    m_placed = m_rest = *left;
    setState(State::Placing, tr("%1: placing…").arg(what()));
    const QString refused = m_backend.place(r.value, m_target, *left);
    if (!refused.isEmpty()) {
        m_placed = Decimal();
        m_interrupted = true;
        m_refusal = refused;
        return end(false, tr("Cancelled, new order not placed: %1 — %2").arg(move(), refused));
    }
    end(true, tr("Cancelled; the rest is on its way: %1.").arg(move()));
}

QString LadderMove::filledText() const
{
    return tr("Filled during move — nothing placed: %1.").arg(move());
}

QString LadderMove::what() const
{
    return tr("Moving %1").arg(move());
}

QString LadderMove::move() const
{
    const Decimal rest =
        m_rest.isZero() ? m_order.quantity.subtract(m_order.tradeQty).value_or(Decimal()) : m_rest;
    return tr("%1 %2 %3 → %4")
        .arg(m_order.side == ::Side::Buy ? tr("buy") : tr("sell"),
             AssetFormat::withUnit(AssetFormat::quantity(rest, m_rules), m_rules.baseToken),
             AssetFormat::price(m_order.price, m_rules),
             AssetFormat::withUnit(AssetFormat::price(m_target, m_rules), m_rules.quoteToken));
}

void LadderMove::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void LadderMove::end(bool placed, const QString &message)
{
    setState(placed ? State::Placed : State::NothingPlaced, message);
    Q_EMIT finished(placed, message);
}
