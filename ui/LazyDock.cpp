#include "ui/LazyDock.h"

#include "ui/AfterFirstFrame.h"

#include <QPointer>

LazyDock::LazyDock(const QString &title, QWidget *parent, std::function<QWidget *()> make)
    : QDockWidget(title, parent),
      m_make(std::move(make))
{
    // An empty placeholder until then; shown means built, before that frame is painted.
    setWidget(new QWidget(this));
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_held)
            content();
    });
}

QWidget *LazyDock::content()
{
    if (m_make) {
        const auto make = std::move(m_make);
        m_make = nullptr;
        QWidget *placeholder = widget();
        QWidget *made = make();
        setWidget(made);
        delete placeholder;
        if (isVisible())
            made->show(); // now, not when the layout gets round to it: this frame shows it
    }
    return widget();
}

void LazyDock::buildAfterFirstFrameOf(QWidget *window)
{
    m_held = true;
    AfterFirstFrame::run(window, [dock = QPointer<LazyDock>(this)] {
        if (!dock)
            return;
        dock->m_held = false;
        if (dock->isVisible())
            dock->content();
    });
}
