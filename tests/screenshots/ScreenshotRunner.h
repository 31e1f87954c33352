#pragma once

#include <QStringList>

class QApplication;

// The QA screenshot mode: the app on a deterministic demo exchange, driven through a scripted
// list of states, one PNG per state and per theme, plus an HTML contact sheet.
namespace ScreenshotRunner {

int run(QApplication &app, const QString &dir, const QStringList &themes);

} // namespace ScreenshotRunner
