#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QKeyEvent;

// Which keys are held down, seen for the whole application: a press of a key already down is a
// repeat, whether or not the window system says so. On a real X server (and Xvfb) a held key's
// repeats can come as plain presses, not flagged auto-repeat: a held Enter opened and cancelled
// the confirmation twenty times, a held Alt+P accepted it the moment its hold ended (review 31).
// A press and the ShortcutOverride before it are one press (the same timestamp). Without X's
// detectable auto-repeat a held key sends release-press pairs with one timestamp: a press within
// 30 ms of its key's release is that key still held (a hand takes longer). A key whose
// release never came (focus went elsewhere) counts as up again once no press of it came for a
// second: auto-repeat sends one every few tens of milliseconds. (The ladder keeps its own record
// of held keys, DepthView::heldKey, by the same rules, from before this class.)
class HeldKeys final : public QObject
{
public:
    // The one watcher, installed on the application on first use (before the first window).
    static HeldKeys *instance();
    // True when this press (KeyPress or ShortcutOverride) is a held key's repeat.
    bool isRepeat(const QKeyEvent *event) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit HeldKeys(QObject *parent);
    static constexpr qint64 ForgetMs = 1000;
    static constexpr quint64 PairMs = 30; // no hand presses again within 30 ms
    struct Down
    {
        quint64 timestamp;      // of the press that put it down
        qint64 lastSeenMs;      // the last press or repeat of it
        quint64 releasedAt = 0; // the window system's time of its release; 0: still down
    };
    QHash<int, Down> m_down;
    QElapsedTimer m_clock;
};
