#include "ui/TicketMessages.h"

#include "models/TicketModel.h"

TicketMessages::TicketMessages(MessageBar *bar, PlacementTracker *tracker,
                               const TicketModel *ticket, std::function<QString()> formClientId,
                               QObject *parent)
    : QObject(parent),
      m_bar(bar),
      m_tracker(tracker),
      m_ticket(ticket),
      m_formClientId(std::move(formClientId))
{
    connect(m_bar, &MessageBar::dismissed, this, [this] {
        using S = PlacementTracker::State;
        const S state = m_tracker->stateOf(m_shown);
        if (state == S::Unresolved || state == S::NotPlaced)
            m_tracker->dismiss(m_shown);
    });
}

void TicketMessages::onPlacementState(const QString &clientOrderId, PlacementTracker::State state,
                                      const QString &message)
{
    // The bar shows the order in the form, or else the latest one; every placement's news is in
    // the activity log either way.
    if (clientOrderId != m_formClientId() && clientOrderId != m_tracker->latest())
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
        m_holds = {};
        m_bar->clear();
        break;
    }
    Q_EMIT placementShown(state);
}

void TicketMessages::tell(MessageBar::Kind kind, const QString &text, std::function<bool()> holds)
{
    m_holds = std::move(holds);
    m_bar->show(kind, text);
}

void TicketMessages::tellRefusal(const NewOrder &order, PlacementTracker::Refusal refusal)
{
    // Gone once the ticket's order is another (an edit, ↻, another symbol) or the exchange's
    // answer changed the verdict (sent: known; a second gone by).
    tell(MessageBar::Kind::Warning, PlacementTracker::refusalText(refusal), [this, order, refusal] {
        const std::optional<NewOrder> &now = m_ticket->state().check.order;
        return now && *now == order && m_tracker->refusalFor(order) == refusal;
    });
}

void TicketMessages::tellAboutTicket(MessageBar::Kind kind, const QString &text)
{
    tell(kind, text,
         [this, draft = m_ticket->state().draft] { return m_ticket->state().draft == draft; });
}

void TicketMessages::dropGone()
{
    if (!m_holds || m_holds())
        return;
    m_holds = {};
    m_bar->clear();
}
