// The start-up baseline: a bare QMainWindow started the same way as the app (same style,
// palette, translations, window size), with nothing inside.
#include "FirstFrameProbe.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTranslator qt;
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    Theme::apply(app, Theme::Mode::System);
    QMainWindow window;
    FirstFrameProbe::installIfRequested(&window);
    window.resize(1360, 820);
    window.show();
    return app.exec();
}
