#include "ScreenshotRunner.h"

#include "PinnedFonts.h"
#include "ScreenshotScript.h"
#include "models/ColorScheme.h"
#include "models/OrderValidator.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

void pinLook(QApplication &app)
{
    app.setFont(PinnedFonts::sans());
    Theme::setFixedFont(PinnedFonts::mono());
    QApplication::setCursorFlashTime(0);
    QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
    QApplication::setEffectEnabled(Qt::UI_AnimateTooltip, false);
}

void writeSheet(const QDir &out, const QList<QPair<QString, QList<ScreenshotScript::Shot>>> &runs)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>TradeDesk screenshots</title>"
        "<style>body{font-family:sans-serif;margin:16px}figure{display:inline-block;margin:8px;"
        "width:46%;vertical-align:top}img{width:100%;border:1px solid "
        "#888}figcaption{font-size:13px}"
        "</style></head><body><h1>TradeDesk QA screenshots</h1>"
        "<p>Deterministic demo exchange (seed 20260102, fixed clock), Fusion, DejaVu Sans 9 pt, "
        "1440×900, bundled fonts only. Each state in light and dark.</p>\n");
    if (!runs.isEmpty()) {
        const auto &first = runs.first().second;
        for (int i = 0; i < first.size(); ++i) {
            html += QStringLiteral("<h2>%1. %2</h2><p>%3</p>\n")
                        .arg(i + 1)
                        .arg(first[i].name, first[i].caption.toHtmlEscaped());
            for (const auto &run : runs) {
                if (i < run.second.size())
                    html += QStringLiteral("<figure><img src=\"%1\" "
                                           "alt=\"%2\"><figcaption>%3</figcaption></figure>\n")
                                .arg(run.second[i].file, run.second[i].name, run.first);
            }
        }
    }
    html += QStringLiteral("</body></html>\n");
    QFile f(out.filePath(QStringLiteral("index.html")));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(html.toUtf8());
}

} // namespace

namespace ScreenshotRunner {

int run(QApplication &app, const QString &dir, const QStringList &themes)
{
    QDir out(dir);
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "Cannot create %s\n", qPrintable(dir));
        return 1;
    }
    // Same time zone and number format on every machine.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    pinLook(app);

    auto runs = std::make_shared<QList<QPair<QString, QList<ScreenshotScript::Shot>>>>();
    auto index = std::make_shared<int>(0);
    auto exitCode = std::make_shared<int>(0);
    auto runNext = std::make_shared<std::function<void()>>();
    *runNext = [&app, out, themes, runs, index, exitCode, runNext] {
        if (*index >= themes.size()) {
            writeSheet(out, *runs);
            app.exit(*exitCode);
            return;
        }
        const QString theme = themes[(*index)++];
        Theme::apply(app, Theme::parse(theme));

        auto *script = new ScreenshotScript(out, theme, &app);
        QObject::connect(script, &ScreenshotScript::finished, &app,
                         [script, theme, runs, exitCode, runNext](bool ok, const QString &error) {
                             runs->append({theme, script->shots()});
                             if (!ok) {
                                 std::fprintf(stderr, "screenshots (%s): %s\n", qPrintable(theme),
                                              qPrintable(error));
                                 *exitCode = 1;
                             }
                             std::printf("%s: %lld screenshots\n", qPrintable(theme),
                                         qlonglong(script->shots().size()));
                             script->deleteLater();
                             QTimer::singleShot(0, qApp, *runNext);
                         });
        script->start();
    };
    QTimer::singleShot(0, &app, *runNext);
    return app.exec();
}

} // namespace ScreenshotRunner
