#include "ui/DialogKeys.h"

#include "ui/HeldKeys.h"

#include <QKeyEvent>

std::optional<bool> DialogKeys::filter(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // A held Alt+P repeats as shortcuts, not key presses: taken here, the mnemonic never fires
        // from a repeat (its press then comes as a repeated key press, dropped below).
        if (HeldKeys::instance()->isRepeat(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return false;
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        // A held key repeats: none of its repeats is a decision taken here (flagged or not:
        // HeldKeys knows the key is still down).
        if (key->isAutoRepeat()
            || (event->type() == QEvent::KeyPress && HeldKeys::instance()->isRepeat(key)))
            return true;
        if (event->type() == QEvent::KeyPress) {
            m_pressedHere.insert(key->key());
            return false;
        }
        // The release of a press that began before the dialog opened completes nothing.
        return !m_pressedHere.remove(key->key());
    }
    default: return std::nullopt;
    }
}
