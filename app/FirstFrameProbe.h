#pragma once

#include <QObject>

// For the start-up benchmark: once the first frame has been painted, prints the milliseconds
// since the process started and quits. Installed only when TRADEDESK_EXIT_AFTER_FIRST_FRAME is set.
class FirstFrameProbe final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    static void installIfRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};
