#include "ui/OrderForm.h"

#include "models/TicketModel.h"

#include <QLineEdit>

// The form's message bar: each message tied to the state it tells of, gone when that state is.

void OrderForm::onPlacementState(const QString &clientOrderId, PlacementTracker::State state,
                                 const QString &message)
{
    // The bar shows the order in the form, or else the latest one; every placement's news is in
    // the activity log either way.
    if (clientOrderId != m_clientId->text() && clientOrderId != m_tracker->latest())
        return;
    m_shown = clientOrderId;
    using S = PlacementTracker::State;
    switch (state) {
    case S::Queued:
    case S::Sending:
    case S::Checking: tell(MessageBar::Kind::Busy, message, {}); break;
    case S::Placed:
        // The client ID stays until the trader changes the order: the same form sends nothing.
        tell(MessageBar::Kind::Success, message, {});
        break;
    case S::Rejected:
    case S::NotSent: tell(MessageBar::Kind::Error, message, {}); break;
    case S::NotPlaced: tell(MessageBar::Kind::Warning, message, {}); break;
    case S::Unresolved: tell(MessageBar::Kind::Error, message, {}); break;
    case S::Idle:
        m_messageHolds = {};
        m_message->clear();
        renewSpentClientId();
        break;
    }
    render(); // the withdraw button follows the shown order
}

void OrderForm::tell(MessageBar::Kind kind, const QString &text, std::function<bool()> holds)
{
    m_messageHolds = std::move(holds);
    m_message->show(kind, text);
}

void OrderForm::tellRefusal(const NewOrder &order, PlacementTracker::Refusal refusal)
{
    // Gone once the ticket's order is another (an edit, ↻, another symbol) or the exchange's
    // answer changed the verdict (sent: known; a second gone by).
    tell(MessageBar::Kind::Warning, PlacementTracker::refusalText(refusal), [this, order, refusal] {
        const std::optional<NewOrder> &now = m_ticket->state().check.order;
        return now && *now == order && m_tracker->refusalFor(order) == refusal;
    });
}

void OrderForm::tellAboutTicket(MessageBar::Kind kind, const QString &text)
{
    tell(kind, text,
         [this, draft = m_ticket->state().draft] { return m_ticket->state().draft == draft; });
}

void OrderForm::dropGoneMessage()
{
    if (!m_messageHolds || m_messageHolds())
        return;
    m_messageHolds = {};
    m_message->clear();
}
