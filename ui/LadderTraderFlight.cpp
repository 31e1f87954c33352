// An order from the book on its way: shown "◌" at its level from the moment it is sent until the
// open orders list it ("●"), or it is known finished, refused or of unknown outcome. The tracker's
// "placed" comes up to one poll before the open orders list the order: in between the level
// still shows it on its way, never neither; once listed it shows resting only, never both.
#include "models/FinishedOrdersModel.h"
#include "models/LadderMove.h"
#include "ui/LadderTrader.h"

#include <QScopedValueRollback>

void LadderTrader::followFinished()
{
    const FinishedOrdersModel *finished = m_deps.finished;
    if (!finished)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(finished, signal, this, &LadderTrader::settleFlights);
    connect(finished, &QAbstractItemModel::modelReset, this, &LadderTrader::settleFlights);
    connect(finished, &QAbstractItemModel::dataChanged, this, &LadderTrader::settleFlights);
}

bool LadderTrader::listed(const QString &clientOrderId) const
{
    const OrderId id = m_deps.placement->orderIdOf(clientOrderId);
    for (const Order &o : m_model->ownOrders()) {
        if ((id != 0 && o.orderId == id) || o.clientOrderId == clientOrderId)
            return true;
    }
    return false;
}

bool LadderTrader::listedOrDone(const QString &clientOrderId) const
{
    if (listed(clientOrderId))
        return true;
    const OrderId id = m_deps.placement->orderIdOf(clientOrderId);
    return id != 0 && m_deps.finished && m_deps.finished->rowOf(id) >= 0;
}

// The open orders (or the finished ones) changed: a placed order they now list is no longer on
// its way. (One still being sent or checked but already listed shows resting only: the book
// leaves out a flight whose order it lists.)
void LadderTrader::settleFlights()
{
    if (m_showing)
        return; // the book announcing what showInFlight() just set
    bool changed = false;
    for (auto it = m_placed.begin(); it != m_placed.end();) {
        if (listedOrDone(*it)) {
            m_flying.remove(*it);
            it = m_placed.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        showInFlight();
}

// One state per move at a time: while its cancel is on its way the order shows leaving its price
// (not resting there, not yet at the new one); once its rest is sent, only on its way there.
void LadderTrader::showInFlight()
{
    QList<DepthModel::InFlight> all;
    for (auto it = m_flying.cbegin(); it != m_flying.cend(); ++it) {
        DepthModel::InFlight f = *it; // listed open, the book shows it resting only
        f.clientOrderId = it.key();
        f.orderId = m_deps.placement->orderIdOf(it.key());
        all.append(f);
    }
    for (const LadderMove *move : std::as_const(m_moves)) {
        const Order &o = move->order();
        if (move->state() == LadderMove::State::Cancelling
            || move->state() == LadderMove::State::Checking)
            all.append(
                {o.side, o.price, o.quantity.subtract(o.tradeQty).value_or(Decimal()), true});
    }
    const QScopedValueRollback<bool> showing(m_showing, true);
    m_model->setHidden(m_moved);
    m_model->setInFlight(all);
}
