#pragma once

#include "session/WindowParts.h"

#include <QObject>

class FinishedFilterBar;
class MessageBar;
class OrdersView;
class QWidget;

// The two order lists and what belongs to them: the centre (the demo banner, the open orders'
// title with their count, the message bar, the open orders) and the finished orders with their
// filter bar; each list's banner when it may be incomplete. Needs only the orders' and colours'
// parts of the window; builds nothing else.
class OrdersArea final : public QObject
{
    Q_OBJECT

public:
    OrdersArea(const WindowParts &parts, bool demo, QWidget *window);

    // The widgets to place: the centre, and the finished orders' dock content (built by the
    // first call, so that the window decides the widgets' order, and with it the focus chain).
    QWidget *centre() const { return m_centre; }
    QWidget *finished();
    OrdersView *openView() const { return m_openView; }
    OrdersView *finishedView() const { return m_finishedView; }
    FinishedFilterBar *filter() const { return m_filter; }
    MessageBar *message() const { return m_message; }

private:
    void buildCentre(bool demo, QWidget *window);
    void buildFinished();

    WindowParts m_parts;
    QWidget *m_centre = nullptr;
    QWidget *m_finished = nullptr;
    OrdersView *m_openView = nullptr;
    OrdersView *m_finishedView = nullptr;
    FinishedFilterBar *m_filter = nullptr;
    MessageBar *m_message = nullptr;
};
