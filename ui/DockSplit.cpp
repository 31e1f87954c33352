#include "ui/DockSplit.h"

#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QTimer>

DockSplit::DockSplit(QMainWindow *window, QDockWidget *first, const QList<QDockWidget *> &second,
                     int firstWidth, int firstHeight)
    : QObject(window),
      m_window(window),
      m_first(first),
      m_second(second),
      m_default(firstWidth),
      m_width(firstWidth),
      m_height(firstHeight)
{
    first->installEventFilter(this);
    for (QDockWidget *d : second)
        d->installEventFilter(this);
}

void DockSplit::keepRestored()
{
    m_apply = false;
    m_total = -1;
}

void DockSplit::reset()
{
    m_width = m_default;
    m_apply = true;
    m_retries = Retries;
    // A state restored over docks shown again is not always laid out at once: a dock kept the
    // geometry of the row it was missing from. Lay it out again, whole, before reading it.
    m_window->layout()->invalidate();
    queueCheck();
}

bool DockSplit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        queueCheck();
    return QObject::eventFilter(watched, event);
}

// Once per layout pass: each dock gets its new geometry in the same pass, one after the other.
void DockSplit::queueCheck()
{
    if (m_queued)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &DockSplit::check, Qt::QueuedConnection);
}

void DockSplit::check()
{
    m_queued = false;
    if (!m_first->isVisible() || m_first->isFloating())
        return;
    const QRect a = m_first->geometry();
    // The tab in front (one behind may still count as visible to Qt, placed off the window).
    QDockWidget *second = nullptr;
    for (QDockWidget *d : std::as_const(m_second))
        if (d->isVisible() && !d->isFloating()
            && m_window->dockWidgetArea(d) == m_window->dockWidgetArea(m_first) && d->y() == a.top()
            && d->x() > a.right())
            second = d;
    if (!second) {
        // Not side by side: the trader has arranged them otherwise, or a restored state is still
        // being placed (a dock shown again keeps its old geometry until its first resize). While
        // a width is to be set, look again a few times; then leave the trader's arrangement.
        if (m_apply && m_retries-- > 0) {
            m_window->layout()->invalidate(); // lay the restored state out again, whole
            QTimer::singleShot(RetryMs, this, &DockSplit::queueCheck);
        }
        return;
    }
    const QRect b = second->geometry();
    const int total = b.right() - a.left() + 1;
    if (!m_apply && m_total < 0) {
        m_total = total; // a restored layout, as first shown
        m_width = a.width();
        return;
    }
    if (m_apply || total != m_total) {
        // The area is another width (a neighbour grew, the window was resized): the first keeps
        // its width, the second has the rest.
        const bool firstTime = m_apply;
        m_apply = false;
        m_total = total;
        const int divider = b.left() - a.right() - 1;
        if (firstTime && m_height > 0 && a.height() != m_height)
            m_window->resizeDocks({m_first}, {m_height}, Qt::Vertical);
        if (a.width() != m_width)
            m_window->resizeDocks({m_first, second}, {m_width, total - divider - m_width},
                                  Qt::Horizontal);
        return;
    }
    m_width = a.width(); // the same area, the divider moved: by the trader
}
