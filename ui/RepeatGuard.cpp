#include "ui/RepeatGuard.h"

#include "ui/HeldKeys.h"

#include <QKeyEvent>
#include <QWidget>

RepeatGuard::RepeatGuard(QWidget *watched, const QList<int> &keys)
    : QObject(watched),
      m_keys(keys)
{
    HeldKeys::instance(); // watching before the first press of a key
    watched->installEventFilter(this);
}

bool RepeatGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!m_keys.contains(key->key()) || !HeldKeys::instance()->isRepeat(key))
        return QObject::eventFilter(watched, event);
    // An accepted override keeps the key from the shortcuts; its press then ends here.
    if (type == QEvent::ShortcutOverride)
        event->accept();
    return true;
}
