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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstFrame(QWidget *window, std::function<void()> work, int graceMs);
    void fire();

    std::function<void()> m_work;
};
