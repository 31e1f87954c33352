#pragma once

#include <QList>
#include <QObject>

class QWidget;

// Drops a held key's repeats at one widget, flagged by the window system or not (HeldKeys):
// neither a shortcut of the widget nor the widget itself acts on them. A held Delete in the open
// orders cancelled the order once, then its repeats ran the cancel again with the row gone and
// replaced "Cancelling …" with "Select the open orders to cancel first." (review 33, trader F8).
// A new press of the key still acts.
class RepeatGuard final : public QObject
{
public:
    RepeatGuard(QWidget *watched, const QList<int> &keys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> m_keys;
};
