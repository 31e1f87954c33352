#pragma once

#include <QFont>
#include <QString>

class QApplication;

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
void apply(QApplication &app, Mode mode);
bool isDark();
// The font for text that must line up (a request body): the platform's fixed-pitch font
// unless one was set (the screenshot runner names its bundled font).
QFont fixedFont();
void setFixedFont(const QFont &font);

} // namespace Theme
