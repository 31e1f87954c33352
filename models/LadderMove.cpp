#include "models/LadderMove.h"

#include "models/AssetFormat.h"

#include "core/ApiService.h"

#include <memory>

LadderMove::Backend LadderMove::Backend::from(ApiService *service, CancelController *cancels,
                                              const QString &account, QObject *context)
{
    Backend b;
    b.cancel = [cancels, context](const Order &o,
                                  std::function<void(const CancelController::Outcome &)> done) {
        // The controller reports its cancels together: this order's outcome is picked out.
        auto connection = std::make_shared<QMetaObject::Connection>();
        const OrderId id = o.orderId;
        *connection = QObject::connect(cancels, &CancelController::finished, context,
                                       [connection, id, done](const CancelController::Summary &s) {
                                           for (const CancelController::Outcome &out : s.outcomes) {
                                               if (out.orderId == id) {
                                                   QObject::disconnect(*connection);
                                                   return done(out);
                                               }
                                           }
                                       });
        cancels->cancel({o});
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
    m_backend.cancel(order, [this](const CancelController::Outcome &o) { onCancel(o); });
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
            return end(false, tr("Order %1 filled while it was being moved; nothing was placed.")
                                  .arg(m_order.orderId));
        return end(false, tr("Order %1 was already %2; nothing was placed.")
                              .arg(m_order.orderId)
                              .arg(OrderEnums::statusText(o.status).toLower()));
    default:
        return end(false, tr("Order %1 was not moved: its cancel was not confirmed (%2); nothing "
                             "was placed.")
                              .arg(m_order.orderId)
                              .arg(o.detail.isEmpty() ? tr("no answer") : o.detail));
    }
}

void LadderMove::onLookup(const ApiResult<Order> &r)
{
    if (m_state != State::Checking)
        return;
    if (!r.ok())
        return end(false, tr("Order %1 was cancelled, but what filled before is not known (%2); "
                             "nothing was placed.")
                              .arg(m_order.orderId)
                              .arg(r.error.message));
    if (r.value.status == OrderStatus::Filled)
        return end(false, tr("Order %1 filled while it was being moved; nothing was placed.")
                              .arg(m_order.orderId));
    if (!OrderEnums::isFinal(r.value.status))
        return end(false, tr("Order %1 still shows as open after its cancel; nothing was placed.")
                              .arg(m_order.orderId));
    const auto left = m_order.quantity.subtract(r.value.tradeQty);
    if (!left || left->isZero() || left->isNegative())
        return end(false, tr("Order %1 filled while it was being moved; nothing was placed.")
                              .arg(m_order.orderId));
    m_placed = *left;
    setState(State::Placing, tr("%1: placing…").arg(what()));
    const QString refused = m_backend.place(r.value, m_target, *left);
    if (!refused.isEmpty()) {
        m_placed = Decimal();
        return end(false, tr("Order %1 was cancelled; the new order was not placed: %2")
                              .arg(m_order.orderId)
                              .arg(refused));
    }
    end(true,
        tr("Order %1 cancelled; its unfilled %2 sent at %3.")
            .arg(m_order.orderId)
            .arg(AssetFormat::withUnit(AssetFormat::quantity(*left, m_rules), m_rules.baseToken),
                 AssetFormat::withUnit(AssetFormat::price(m_target, m_rules), m_rules.quoteToken)));
}

QString LadderMove::what() const
{
    const Decimal rest = m_placed.isZero()
                             ? m_order.quantity.subtract(m_order.tradeQty).value_or(Decimal())
                             : m_placed;
    return tr("Moving %1 from %2 → %3")
        .arg(AssetFormat::withUnit(AssetFormat::quantity(rest, m_rules), m_rules.baseToken),
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
