#include "ui/PlaceFlow.h"

#include "models/ColorScheme.h"
#include "models/PlacementTracker.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/HeldKeys.h"
#include "ui/TicketMessages.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QShortcut>

PlaceFlow::PlaceFlow(const Dependencies &deps, QPushButton *withdrawButton, QWidget *form)
    : QObject(form),
      m_deps(deps),
      m_form(form),
      m_withdraw(withdrawButton)
{
    HeldKeys::instance(); // watching before the first key: the Enter that opens a confirmation
    connect(m_withdraw, &QPushButton::clicked, this, &PlaceFlow::withdraw);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), form);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setAutoRepeat(false);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &PlaceFlow::withdraw);
}

void PlaceFlow::guardKeys(const QList<QWidget *> &widgets)
{
    for (QWidget *w : widgets)
        w->installEventFilter(this);
}

void PlaceFlow::place()
{
    m_deps.refreshInputs(); // the feed's age and the link as of this press, not the last tick
    const TicketState &s = m_deps.ticket->state();
    if (!s.check.isValid()) {
        m_deps.ticket->placeTried(); // each reason beside its field, blank ones too
        return;
    }
    if (!s.blocked.isEmpty())
        return; // the reason is beside the button
    const NewOrder order = *s.check.order;
    // The button, Enter and Ctrl+Return all come here: one guarded path.
    if (const auto refusal = m_deps.tracker->refusalFor(order);
        refusal != PlacementTracker::Refusal::None) {
        m_deps.messages->tellRefusal(order, refusal);
        return;
    }
    if (m_deps.settings->confirmOrders() || !s.check.warnings.isEmpty()) {
        confirm(order);
        return;
    }
    send(order);
}

void PlaceFlow::confirm(const NewOrder &order)
{
    const TicketState &s = m_deps.ticket->state();
    auto *dialog = new ConfirmOrderDialog(order, s.summary, PlacementTracker::wireBody(order),
                                          s.check.warnings, *m_deps.colors, m_form);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->watchPause(m_deps.ticket);
    dialog->watchMarket(m_deps.ticket);
    dialog->logCancel(m_deps.tracker);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, order, was = s.draft, warned = int(s.check.warnings.size())] {
                // The dialog may have stood open while the market moved or went stale.
                m_deps.refreshInputs();
                const TicketModel *ticket = m_deps.ticket;
                // A % amount followed the book while open: the order and draft as they are now.
                const NewOrder now = dialog->order();
                const OrderDraft draft = now.amount == order.amount ? was : ticket->state().draft;
                if (const QString why = ticket->stillHolds(draft, warned); !why.isEmpty()) {
                    // Told while that ticket stands and the reason with it.
                    m_deps.messages->tell(MessageBar::Kind::Warning, why, [ticket, draft, warned] {
                        return ticket->state().draft == draft
                               && !ticket->stillHolds(draft, warned).isEmpty();
                    });
                    return;
                }
                // Over now, but the dialog showed what came before (emitted by the dialog: alive).
                if (const QString reason = dialog->pausedFor(); !reason.isEmpty()) {
                    m_deps.messages->tellAboutTicket(
                        MessageBar::Kind::Warning,
                        tr("Not sent: placing paused while the confirmation was open, so the "
                           "numbers it showed may be out of date (%1). Check the order and place "
                           "it again.")
                            .arg(reason));
                    return;
                }
                send(now);
            });
    dialog->open(); // window-modal, no nested event loop
}

void PlaceFlow::send(const NewOrder &order)
{
    const auto refusal = m_deps.tracker->refusalFor(order);
    if (!m_deps.tracker->place(order))
        m_deps.messages->tellRefusal(order, refusal);
}

void PlaceFlow::withdraw()
{
    const QString shown = m_deps.messages->shown();
    if (m_deps.tracker->stateOf(shown) == PlacementTracker::State::Queued)
        m_deps.tracker->withdraw(shown);
}

void PlaceFlow::render()
{
    const bool queued =
        m_deps.tracker->stateOf(m_deps.messages->shown()) == PlacementTracker::State::Queued;
    m_withdraw->setVisible(queued);
    m_escape->setEnabled(queued);
}

bool PlaceFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool repeat = event->type() == QEvent::KeyPress ? HeldKeys::instance()->isRepeat(key)
                                                              : key->isAutoRepeat();
        if (repeat && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter))
            return true;
        // Esc in the form takes back an order still waiting here (also without the shortcut,
        // whose window may not be the active one).
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Escape
            && m_escape->isEnabled()) {
            withdraw();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
