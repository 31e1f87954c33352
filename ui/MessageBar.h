#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

class ColorScheme;

// An inline message in the window (never a modal box): one line with a severity colour and a
// close button; a new message replaces the old one, and every message is in the activity log too.
// Its line is kept while no message shows, so nothing below moves when one appears. A success or
// an info goes by itself after ExpiryMs (its news is told); a warning or an error stays until
// the trader dismisses it, the next message replaces it, or its condition clears (clear()).
class MessageBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
        Busy
    };

    static constexpr int ExpiryMs = 8000;
    // How long a success or an info stays (every bar); 0: until replaced or dismissed. The
    // screenshot QA pins it so that a screen never depends on how fast the machine was.
    static void setExpiryMs(int ms);

    explicit MessageBar(const ColorScheme *colors, QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    void clear();
    // The whole message (elided or not).
    QString text() const;
    // Keeps the message to one line from now on: elided to the bar's width, whole in its
    // tooltip, so a long message never makes what holds the bar wider or taller.
    void setOneLine() { setLines(1); }
    // The same at `lines` lines: the bar keeps one height whatever the message, so nothing
    // beside or below it ever moves (the last line ends in "…", the whole text in its tooltip).
    void setLines(int lines);
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    // The trader closed the message.
    void dismissed();

private:
    const ColorScheme *m_colors;
    QLabel *m_label;
    QToolButton *m_close;
    QTimer *m_expiry;
    Kind m_kind = Kind::Info;
    bool m_oneLine = false; // kept to a number of lines (elided), not wrapped freely
};
