#include "ui/HeldKeys.h"

#include <QCoreApplication>
#include <QKeyEvent>

HeldKeys::HeldKeys(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

HeldKeys *HeldKeys::instance()
{
    static HeldKeys *keys = nullptr;
    if (!keys && QCoreApplication::instance()) {
        keys = new HeldKeys(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(keys);
    }
    return keys;
}

bool HeldKeys::isRepeat(const QKeyEvent *event) const
{
    if (event->isAutoRepeat())
        return true;
    const auto it = m_down.constFind(event->key());
    if (it == m_down.cend() || m_clock.elapsed() - it->lastSeenMs >= ForgetMs)
        return false;
    if (it->releasedAt != 0) // released: only a press at that very time is a repeat's half
        return event->timestamp() != 0 && event->timestamp() - it->releasedAt <= PairMs;
    return it->timestamp != event->timestamp();
}

bool HeldKeys::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: {
        // A press goes to the focus widget and on to its parents: seen here once per receiver.
        const auto *key = static_cast<const QKeyEvent *>(event);
        const qint64 now = m_clock.elapsed();
        const bool repeat = isRepeat(key);
        auto it = m_down.find(key->key());
        if (it == m_down.end() || (!repeat && it->timestamp != key->timestamp())) {
            m_down.insert(key->key(), {key->timestamp(), now});
        } else {
            it->lastSeenMs = now;
            if (repeat)
                it->releasedAt = 0; // the pair's press: down again
        }
        break;
    }
    case QEvent::KeyRelease: {
        const auto *key = static_cast<const QKeyEvent *>(event);
        auto it = m_down.find(key->key());
        if (!key->isAutoRepeat() && it != m_down.end()) {
            if (key->timestamp() == 0)
                m_down.erase(it); // no time to tell a pair by (synthesised events)
            else
                it->releasedAt = key->timestamp();
        }
        break;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}
