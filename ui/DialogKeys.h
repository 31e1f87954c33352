#pragma once

#include <QSet>

#include <optional>

class QEvent;

// The keys a warning dialog may take as a decision: pressed while it was open, and not a repeat.
// A held key that opened it (or its shortcut's repeats), and the release of a press that began
// before it opened, decide nothing. Shared by the placement's confirmation and the cancel preview.
class DialogKeys
{
public:
    // The dialog was shown: no key is pressed in it yet.
    void reset() { m_pressedHere.clear(); }
    // For the dialog's event filter: true to eat the event, false to let it through, nullopt
    // for an event that is not a key's.
    std::optional<bool> filter(QEvent *event);

private:
    QSet<int> m_pressedHere; // keys pressed while the dialog was open
};
