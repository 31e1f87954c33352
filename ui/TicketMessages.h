#pragma once

#include "models/PlacementTracker.h"
#include "ui/MessageBar.h"

#include <QObject>

#include <functional>

class TicketModel;

// The order form's message bar: the placement of the order in the form (or else the latest one)
// as the tracker tells it, and messages about the ticket. Each message is tied to the state it
// tells of and goes when that state does (checked on every change of the ticket or a placement,
// and each second).
class TicketMessages final : public QObject
{
    Q_OBJECT

public:
    // `formClientId`: the client order ID the form holds now.
    TicketMessages(MessageBar *bar, PlacementTracker *tracker, const TicketModel *ticket,
                   std::function<QString()> formClientId, QObject *parent);

    // The client order ID whose placement the bar shows.
    QString shown() const { return m_shown; }
    void onPlacementState(const QString &clientOrderId, PlacementTracker::State state,
                          const QString &message);
    // Shows a message that stays only while `holds` says its state is still there (a refusal of
    // the ticket's order, a confirmation that no longer holds, an order filled into the form).
    // Empty `holds`: the placement's own message, which its state changes replace or clear.
    void tell(MessageBar::Kind kind, const QString &text, std::function<bool()> holds);
    // The refusal of `order` for `refusal`, while the ticket's order is that one and refused so.
    void tellRefusal(const NewOrder &order, PlacementTracker::Refusal refusal);
    // A message about the ticket as it is now, while the trader has not changed it.
    void tellAboutTicket(MessageBar::Kind kind, const QString &text);
    // Clears a message whose state is gone.
    void dropGone();

Q_SIGNALS:
    // The bar now shows this placement's state (Idle: cleared).
    void placementShown(PlacementTracker::State state);

private:
    MessageBar *m_bar;
    PlacementTracker *m_tracker;
    const TicketModel *m_ticket;
    std::function<QString()> m_formClientId;
    QString m_shown;
    std::function<bool()> m_holds; // the shown message's state is still there
};
