// The QA screenshot runner: every screen of the app, in light and dark, rendered the same on any
// machine. Built from the app's libraries; the shipping executable carries none of it.
//
//   tradedesk-screenshots OUTDIR [light|dark ...]
#include "PinnedFonts.h"
#include "ScreenshotRunner.h"
#include "ui/MessageBar.h"

#include <QApplication>
#include <QTranslator>

#include <cstdio>

namespace {

// Whatever the machine or the desktop says about scaling, styles, locale and time zone.
void pinEnvironment()
{
    for (const char *name :
         {"QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_FONT_DPI", "QT_ENABLE_HIGHDPI_SCALING",
          "QT_AUTO_SCREEN_SCALE_FACTOR", "QT_QPA_PLATFORMTHEME", "QT_STYLE_OVERRIDE", "LANGUAGE"})
        qunsetenv(name);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("TZ", "UTC");
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2 || argv[1][0] == '-') {
        std::fprintf(stderr, "usage: %s OUTDIR [light|dark ...]\n", argv[0]);
        return 2;
    }
    pinEnvironment();
    PinnedFonts fonts;
    if (!fonts.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(fonts.error()));
        return 1;
    }
    QApplication app(argc, argv);
    MessageBar::setExpiryMs(0); // a screen never depends on how long the steps before it took
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/tradedesk_en.qm")))
        QApplication::installTranslator(&english);
    QStringList themes;
    for (int i = 2; i < argc; ++i)
        themes.append(QString::fromLocal8Bit(argv[i]));
    if (themes.isEmpty())
        themes = {QStringLiteral("light"), QStringLiteral("dark")};
    for (const QString &t : themes) {
        if (t != QLatin1String("light") && t != QLatin1String("dark")) {
            std::fprintf(stderr, "unknown theme %s\n", qPrintable(t));
            return 2;
        }
    }
    return ScreenshotRunner::run(app, QString::fromLocal8Bit(argv[1]), themes);
}
