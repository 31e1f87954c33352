#include "ScreenshotRunner.h"

#include "CommandLine.h"

#include <QApplication>

namespace ScreenshotRunner {

int run(QApplication &app, const CommandLine &cli)
{
    Q_UNUSED(app);
    Q_UNUSED(cli);
    return 1;
}

} // namespace ScreenshotRunner
