#pragma once

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

} // namespace Theme
