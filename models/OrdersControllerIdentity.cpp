#include "models/FinishedOrdersModel.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderFollowUp.h"
#include "models/OrderTimes.h"
#include "models/OrdersController.h"

#include <algorithm>

// Which order an id names. The documents promise ids are unique, not that an exchange restarted
// never hands out the same id again; so a sighting of a known id is checked against what that id
// was known as, and a different order is never merged with the old one.
namespace {

// The same order as far as both sightings tell: client ids (when both carry one) and the terms
// no order ever changes (when both carry them; a bare id carries none).
bool sameOrder(const Order &a, const Order &b)
{
    const QString ca = a.clientOrderId.trimmed();
    const QString cb = b.clientOrderId.trimmed();
    if (!ca.isEmpty() && !cb.isEmpty() && ca != cb)
        return false;
    if (a.symbol.isEmpty() || b.symbol.isEmpty())
        return true;
    if (a.symbol != b.symbol || a.side != b.side || a.type != b.type)
        return false;
    // A limit order's price and quantity are fixed when it is placed.
    return a.type != OrderType::Limit || (a.price == b.price && a.quantity == b.quantity);
}

} // namespace

void OrdersController::checkIdentity(const Order &order)
{
    if (order.orderId == 0)
        return;
    Order identity = order;
    const auto known = m_identity.constFind(order.orderId);
    if (known != m_identity.cend()) {
        if (!sameOrder(*known, order))
            forget(order.orderId); // the id was reused: another order now
        else if (identity.clientOrderId.trimmed().isEmpty())
            identity.clientOrderId = known->clientOrderId; // kept from where it was told
    } else if (m_identity.size() >= MaxIdentities) {
        m_identity.clear(); // bounded: what is forgotten is only compared no more
    }
    m_identity.insert(order.orderId, identity);
}

void OrdersController::forget(OrderId id)
{
    // Nothing of the old order may be merged into the new one: not its final state (which would
    // hide the new one from the open list), its rows, its fees or its times.
    m_identity.remove(id);
    m_toldUnknown.remove(id);
    if (m_finals.remove(id))
        m_finalsOrder.erase(std::remove(m_finalsOrder.begin(), m_finalsOrder.end(), id),
                            m_finalsOrder.end());
    m_closing.remove(id);
    m_followUp->settle(id);
    m_fillAsked.remove(id);
    m_open->remove(id);
    m_finished->remove(id);
    m_finished->forgetFees(id);
    m_finished->forgetMoved(id);
    if (m_times)
        m_times->forget(id);
    Q_EMIT orderReplaced(id);
}

void OrdersController::onUnknown(OrderId id)
{
    const auto it = m_closing.find(id);
    if (it == m_closing.end())
        return; // settled meanwhile (finished list, back on the open list)
    const Order lastKnown = it->lastKnown;
    m_closing.erase(it);
    m_open->remove(id);
    // Not marked final: should the exchange list it again after all, it is shown again. Its
    // disappearance is told once, however often that happens.
    if (m_toldUnknown.contains(id))
        return;
    m_toldUnknown.insert(id);
    Q_EMIT orderEvent({EventKind::UnknownToExchange, lastKnown, lastKnown.tradeQty});
}
