#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs work once a window's first frame has been painted, so that what the trader does not
// need to see first (the demo exchange, the first requests, the window icon) does not delay it.
// Runs it anyway after a grace period if the window is never painted (started minimised).
class AfterFirstFrame final : public QObject
{
    Q_OBJECT

public:
    static void run(QWidget *window, std::function<void()> work, int graceMs = 1000);
    // For the start-up benchmark only (the first-frame probe): work started from now on waits
    // for the paint, with no grace period. Under callgrind the first paint comes seconds after
    // the window is built, so the grace ran the order book's build and the session's start
    // before it, some runs and not others: the figure then depended on the machine's load.
    static void setPaintOnly(bool paintOnly);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstFrame(QWidget *window, std::function<void()> work, int graceMs);
    void fire();

    std::function<void()> m_work;
};
