#pragma once

#include <QDockWidget>

#include <functional>

// A dock whose content is built the first time it is shown (or asked for), so that a dock the
// first frame does not show — closed, or a tab behind another — costs only its shell at start-up.
// The shell carries the object name, title and features: saveState/restoreState place it like any
// dock, and the content arrives in the place the trader left it.
class LazyDock final : public QDockWidget
{
    Q_OBJECT

public:
    LazyDock(const QString &title, QWidget *parent, std::function<QWidget *()> make);

    // The content, built now if it has not been.
    QWidget *content();
    bool isBuilt() const { return !m_make; }
    // Shown on the window's first frame as its shell (title and frame), the content built just
    // after that frame is painted rather than before it (when it is still shown then).
    void buildAfterFirstFrameOf(QWidget *window);

private:
    std::function<QWidget *()> m_make;
    bool m_held = false;
};
