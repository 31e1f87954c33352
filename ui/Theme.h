#pragma once

#include <QFont>
#include <QString>

class QApplication;
class QPalette;

// Fusion with a light or dark palette. "system" follows the platform's palette, so a dark
// desktop gives a dark window.
namespace Theme {

enum class Mode
{
    System,
    Light,
    Dark
};

Mode parse(const QString &name);
// "system", "light" or "dark": as parse() reads it and the settings keep it.
QString name(Mode mode);
void apply(QApplication &app, Mode mode);
// The mode applied last (System while the platform decides).
Mode mode();
bool isDark();
// Whether `mode` paints dark on a platform whose palette is `platform` (System: its window
// colour is dark). Qt >= 6.5 asks the platform's colour scheme first (apply()).
bool darkFor(Mode mode, const QPalette &platform);
// Whether the platform wants dark now: its colour scheme where Qt can tell (>= 6.5), else the
// palette it gave the application before a theme set one.
bool platformIsDark(const QApplication &app);
// The font for text that must line up (a request body): the platform's fixed-pitch font
// unless one was set (the screenshot runner names its bundled font).
QFont fixedFont();
void setFixedFont(const QFont &font);

} // namespace Theme
