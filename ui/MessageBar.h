#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

class ColorScheme;

// An inline message in the window (never a modal box): one line with a severity colour and a
// close button; a new message replaces the old one, and every message is in the activity log too.
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

    explicit MessageBar(const ColorScheme *colors, QWidget *parent = nullptr);
    void show(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    // The trader closed the message.
    void dismissed();

private:
    const ColorScheme *m_colors;
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};
