#pragma once

#include <QGroupBox>

class AppSettings;
class QCheckBox;

// Which order news pops up (tray or status bar) and whether it beeps. Everything is logged
// either way; the decisions themselves are OrderNotifier's.
class NotificationSettings final : public QGroupBox
{
    Q_OBJECT

public:
    explicit NotificationSettings(const AppSettings *settings, QWidget *parent = nullptr);
    void save(AppSettings *settings) const;

private:
    QCheckBox *m_filled;
    QCheckBox *m_partial;
    QCheckBox *m_cancelled;
    QCheckBox *m_rejected;
    QCheckBox *m_sound;
};
