#pragma once

#include <QLabel>
#include <QPointer>

class ColorScheme;
class StaleMonitor;

// The caption that marks a view stale ("⚠ Stale — last update 14:03:07"), shown while its
// monitor says stale and gone when it is fresh again. The marked widgets are dimmed meanwhile:
// their text is drawn in a muted colour that still reads at 4.5:1 on their background.
class StaleMark final : public QLabel
{
    Q_OBJECT

public:
    StaleMark(StaleMonitor *monitor, const ColorScheme *colors, QWidget *parent = nullptr);
    // Dims `widget` (its text, through its palette) while stale.
    void dim(QWidget *widget);
    bool isStale() const { return m_stale; }

private:
    void refresh();
    void setDimmed(QWidget *widget, bool dimmed);

    StaleMonitor *m_monitor;
    const ColorScheme *m_colors;
    QList<QPointer<QWidget>> m_dimmed;
    bool m_stale = false;
};
