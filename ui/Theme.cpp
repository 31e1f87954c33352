#include "ui/Theme.h"

#include "models/ColorScheme.h"
#include "ui/TradeDeskStyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

#include <optional>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x26, 0x2b), base(0x1b, 0x1d, 0x21), text(0xe6, 0xe6, 0xe6);
    const QColor button(0x2d, 0x31, 0x37), highlight(0x2f, 0x6f, 0xc0), dim(0x80, 0x80, 0x80);
    // Placeholders are text to read (4.5:1 on the field, with room for anti-aliasing: the review
    // read #8c8c8c's thin stems as #626364, 2.8:1); disabled text is exempt (WCAG 1.4.3).
    const QColor placeholder(0xaa, 0xaa, 0xaa);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

QPalette lightPalette(const QStyle *fusion)
{
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf8));
    // Fusion's own selection blue carries white text at 3.7:1, its placeholder grey 4:1: darker
    // (the placeholder with room for anti-aliasing, as in the dark palette).
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, QColor(0x25, 0x66, 0xb0));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x50, 0x50, 0x50));
    }
    return p;
}

bool g_dark = false;
Theme::Mode g_mode = Theme::Mode::System; // the default, as main() applies it
// The palette the platform gave the application, read before the first theme replaced it.
std::optional<QPalette> g_platform;
std::optional<QFont> g_fixedFont;

} // namespace

namespace Theme {

Mode parse(const QString &name)
{
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    if (name == QLatin1String("light"))
        return Mode::Light;
    return Mode::System;
}

QString name(Mode mode)
{
    return mode == Mode::Dark    ? QStringLiteral("dark")
           : mode == Mode::Light ? QStringLiteral("light")
                                 : QStringLiteral("system");
}

bool darkFor(Mode mode, const QPalette &platform)
{
    return mode == Mode::Dark
           || (mode == Mode::System && platform.color(QPalette::Window).lightness() < 128);
}

bool platformIsDark(const QApplication &app)
{
    if (!g_platform)
        g_platform = app.palette();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark: return true;
    case Qt::ColorScheme::Light: return false;
    default: break; // unknown: the palette says
    }
#endif
    return darkFor(Mode::System, *g_platform);
}

void apply(QApplication &app, Mode mode)
{
    if (!g_platform)
        g_platform = app.palette(); // the platform's, before this replaces it
    g_mode = mode;
    g_dark = mode == Mode::Dark || (mode == Mode::System && platformIsDark(app));
    auto *style = new TradeDeskStyle;
    app.setStyle(style);
    app.setPalette(g_dark ? darkPalette() : lightPalette(style));
}

Mode mode()
{
    return g_mode;
}

bool isDark()
{
    return g_dark;
}

QFont fixedFont()
{
    return g_fixedFont ? *g_fixedFont : QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void setFixedFont(const QFont &font)
{
    g_fixedFont = font;
}

} // namespace Theme
