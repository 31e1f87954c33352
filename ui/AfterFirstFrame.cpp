#include "ui/AfterFirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {
bool s_paintOnly = false;
} // namespace

void AfterFirstFrame::setPaintOnly(bool paintOnly)
{
    s_paintOnly = paintOnly;
}

void AfterFirstFrame::run(QWidget *window, std::function<void()> work, int graceMs)
{
    new AfterFirstFrame(window, std::move(work), graceMs);
}

AfterFirstFrame::AfterFirstFrame(QWidget *window, std::function<void()> work, int graceMs)
    : QObject(window),
      m_work(std::move(work))
{
    window->installEventFilter(this);
    if (!s_paintOnly)
        QTimer::singleShot(graceMs, this, &AfterFirstFrame::fire);
}

bool AfterFirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    // The paint is flushed to the screen before the event loop runs the queued call.
    if (event->type() == QEvent::Paint)
        QMetaObject::invokeMethod(this, &AfterFirstFrame::fire, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void AfterFirstFrame::fire()
{
    if (!m_work)
        return;
    parent()->removeEventFilter(this);
    const auto work = std::move(m_work);
    m_work = nullptr;
    deleteLater();
    work();
}
