// The storm's presses through the real window (a share of seeds): what the hands typed and
// pressed, and which intent each order that went out belongs to.
#include "StormRun.h"

#include "../SessionFixture.h"

#include <QDateTime>

namespace {

using State = PlacementTracker::State;

bool isBusy(State s)
{
    return s == State::Queued || s == State::Sending || s == State::Checking;
}

} // namespace

void StormRun::checkBlocked(int index, const NewOrder &order)
{
    PlacementTracker *tracker = probe(m_fixture->session).placement();
    m_pressedOrders.insert(order.clientOrderId, order);
    // A refusal is fair while this same order, or this same client order id (a retyped id that
    // another intent has taken since), is on its way or being checked. The order being checked
    // is the latest placement's, as the storm pressed it (every placement here is a press).
    if (tracker->refusalFor(order) != PlacementTracker::Refusal::Busy
        || tracker->state() != State::Checking || isBusy(tracker->stateOf(order.clientOrderId)))
        return;
    const auto checked = m_pressedOrders.constFind(tracker->latest());
    if (checked == m_pressedOrders.constEnd()) {
        violate(QStringLiteral("blocked-placing"),
                QStringLiteral("intent #%1 (%2) refused while %3, which no press offered, is "
                               "unresolved")
                    .arg(index)
                    .arg(PlacementTracker::describe(order), tracker->latest()));
        return;
    }
    if (checked->symbol != order.symbol || checked->side != order.side
        || checked->accountId != order.accountId) {
        violate(QStringLiteral("blocked-placing"),
                QStringLiteral("intent #%1 (%2) refused while %3 is unresolved")
                    .arg(index)
                    .arg(PlacementTracker::describe(order), PlacementTracker::describe(*checked)));
    }
}

void StormRun::recordAttempt(int index, const QString &clientId, qint64 pressedAt)
{
    Intent &intent = m_intents[index];
    m_pressedAt.insert(clientId, pressedAt);
    if (!intent.clientIds.contains(clientId))
        intent.clientIds.append(clientId);
    // The tracker may have moved past "sending" before the attempt is recorded here.
    State now = probe(m_fixture->session).placement()->stateOf(clientId);
    if (now == State::Idle || now == State::Queued)
        now = State::Sending;
    OrderId id =
        now == State::Placed ? probe(m_fixture->session).placement()->orderIdOf(clientId) : 0;
    m_attempts.append({index, clientId, m_clock.elapsed(), now, id});
    note(QStringLiteral("press for intent #%1 sent as %2").arg(index).arg(clientId));
}

void StormRun::handsPlace(int index, bool typedId)
{
    Intent &intent = m_intents[index];
    const QString id = m_hands->type(intent.order, typedId);
    intent.order.clientOrderId = id; // what a press sends now (the form's, or typed)
    const int r = int(m_rng() % 8);
    const auto at = r < 4    ? StormHands::AtConfirm::Mnemonic
                    : r == 4 ? StormHands::AtConfirm::Enter
                    : r == 5 ? StormHands::AtConfirm::Escape
                             : StormHands::AtConfirm::HeldEnterThenMnemonic;
    const bool ctrlReturn = m_rng() % 4 == 0;
    note(QStringLiteral("hands: typed intent #%1 into the form (ID %2); %3, at a confirmation %4")
             .arg(index)
             .arg(id, ctrlReturn ? QStringLiteral("Ctrl+Return") : QStringLiteral("Enter"))
             .arg(r < 4    ? QStringLiteral("Alt+P")
                  : r == 4 ? QStringLiteral("Enter (no)")
                  : r == 5 ? QStringLiteral("Esc (no)")
                           : QStringLiteral("a held Enter, then Alt+P")));
    handsPress(index, [this, ctrlReturn, at] { m_hands->press(ctrlReturn, at); });
}

void StormRun::handsNervous(int index, int times)
{
    for (int i = 0; i < times; ++i) {
        const bool held = m_rng() % 2;
        if (m_hands->busy()) {
            note(QStringLiteral("hands: no second press, the confirmation is closing"));
            continue;
        }
        note(QStringLiteral("hands: %1 again in the form for intent #%2")
                 .arg(held ? QStringLiteral("a held Enter") : QStringLiteral("Enter"))
                 .arg(index));
        handsPress(index, [this, held] { m_hands->pressAgain(held); });
    }
}

void StormRun::handsPress(int index, const std::function<void()> &action)
{
    if (index < 0 || index >= m_intents.size())
        return;
    PlacementTracker *tracker = probe(m_fixture->session).placement();
    // The order a press sends carries the client order ID the form shows at the press; it may
    // leave now or when a confirmation closes (onTrackerState takes it then). An order of another
    // ID moving on meanwhile (a queued one leaving) is not this press.
    const QString id = m_hands->formClientId();
    NewOrder order = m_intents.at(index).order;
    order.clientOrderId = id;
    checkBlocked(index, order);
    m_handsPending.clear(); // presses before this one were answered or dropped
    if (!isBusy(tracker->stateOf(id)))
        m_handsPending.insert(id, {index, QDateTime::currentMSecsSinceEpoch()});
    action();
    const bool esc = m_rng() % 2; // drawn on every press: timing shifts no later draw
    if (m_handsPending.contains(id)) {
        note(QStringLiteral("hands: nothing sent (yet) for intent #%1 (form: %2%3)")
                 .arg(index)
                 .arg(int(tracker->refusalFor(order)))
                 .arg(m_hands->busy() ? QStringLiteral(", a dialog is closing") : QString()));
        return;
    }
    // Waiting to leave (after a 429): now and then the hand takes it back with Esc.
    if (tracker->stateOf(id) == State::Queued && esc) {
        note(QStringLiteral("hands: Esc in the form (%1 waits to leave)").arg(id));
        m_hands->escape();
    }
}
