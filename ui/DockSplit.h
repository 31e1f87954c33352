#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

// Two docks side by side in one dock area: the first keeps its width, the second (a dock or a
// group of tabbed docks) takes the rest. Qt shares a change of the area's width between the two
// (in proportion, rounded, and again at each step); the area's width changes whenever a neighbour's
// minimum grows (the book built when first shown, prices and symbols as they arrive), in whatever
// order the replies came, so the divider landed wherever that path led. Here it lands where the
// width says, whatever the path: the same picture on every run.
//
// The width is the default until the trader moves the divider (or a saved layout is restored):
// from then on the width the trader left is the one kept. With a height, the default layout also
// gives the row that height (set once, with the width: the window is its full size by then; set
// while it was built, the row kept the share of a smaller window — 1.5 rows of finished orders).
class DockSplit final : public QObject
{
    Q_OBJECT

public:
    DockSplit(QMainWindow *window, QDockWidget *first, const QList<QDockWidget *> &second,
              int firstWidth, int firstHeight = 0);

    int width() const { return m_width; }
    // A restored layout is the trader's: its width is kept from the first time it is shown.
    void keepRestored();
    // Back to the default width (Reset layout).
    void reset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void queueCheck();
    void check();

    QMainWindow *m_window;
    QDockWidget *m_first;
    QList<QDockWidget *> m_second;
    int m_default;
    int m_width;
    int m_height;
    int m_total = -1;    // both docks and the divider, as last seen
    bool m_apply = true; // the next check sets the width (rather than reading the trader's)
    bool m_queued = false;
    static constexpr int Retries = 20; // looks while a width is to be set, RetryMs apart
    static constexpr int RetryMs = 50;
    int m_retries = Retries;
};
