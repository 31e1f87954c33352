#include "ui/WidgetColors.h"

#include "models/ColorScheme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QStyle>
#include <QStyleOptionButton>

#include <algorithm>
#include <cmath>
#include <deque>

namespace WidgetColors {

void setText(QWidget *widget, const QColor &color)
{
    QPalette p = widget->palette();
    const QPalette base = QApplication::palette(widget);
    for (auto role : {QPalette::WindowText, QPalette::ButtonText, QPalette::Text}) {
        p.setColor(QPalette::Active, role,
                   color.isValid() ? color : base.color(QPalette::Active, role));
        p.setColor(QPalette::Inactive, role,
                   color.isValid() ? color : base.color(QPalette::Inactive, role));
    }
    widget->setPalette(p);
}

void followText(QWidget *widget, const ColorScheme *colors, Tone tone)
{
    const auto paint = [widget, colors, tone] {
        setText(widget, (colors->*tone)());
    };
    paint();
    QObject::connect(colors, &ColorScheme::changed, widget, paint);
}

void setBold(QWidget *widget, bool bold)
{
    QFont f = widget->font();
    if (f.bold() != bold) {
        f.setBold(bold);
        widget->setFont(f);
    }
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The luminances of what the style really paints for this fill (each distinct colour once):
// Fusion lightens, desaturates and shades a button's colour, more so when it is raised than when
// it is checked.
QList<double> paintedFill(const QAbstractButton *button, const QPalette &palette,
                          bool enabled = true)
{
    QList<QRgb> seen;
    QList<double> painted;
    for (const QStyle::State state : {QStyle::State_Raised, QStyle::State_On}) {
        QStyleOptionButton option;
        option.initFrom(button);
        option.palette = palette;
        if (!enabled)
            option.palette.setCurrentColorGroup(QPalette::Disabled);
        option.rect = QRect(0, 0, 16, 24);
        option.state = enabled ? QStyle::State_Enabled | state : state;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(palette.color(QPalette::Window));
        QPainter painter(&image);
        button->style()->drawPrimitive(QStyle::PE_PanelButtonCommand, &option, &painter, button);
        painter.end();
        for (int y = 3; y < option.rect.height() - 3; ++y) {
            const QColor c = image.pixelColor(option.rect.width() / 2, y);
            if (!seen.contains(c.rgba())) {
                seen.append(c.rgba());
                painted.append(luminance(c));
            }
        }
    }
    return painted;
}

// The text's contrast against the worst of what is painted behind it (their luminances).
double worstContrast(const QColor &text, const QList<double> &painted)
{
    const double lt = luminance(text);
    double w = 21;
    for (const double lp : painted)
        w = std::min(w, (std::max(lt, lp) + 0.05) / (std::min(lt, lp) + 0.05));
    return w;
}

// A disabled button's text still says something ("Sending…", "Checking this order…"): dimmer
// than enabled text, but at 4.5:1 or more on what the style paints for a disabled button.
QColor readableDisabledText(const QAbstractButton *button, const QPalette &palette)
{
    const QList<double> painted = paintedFill(button, palette, false);
    const QColor dim = palette.color(QPalette::Disabled, QPalette::ButtonText);
    const QColor full = palette.color(QPalette::Active, QPalette::WindowText);
    for (int step = 0; step <= 20; ++step) {
        const QColor c = QColor::fromRgbF(dim.redF() + (full.redF() - dim.redF()) * step / 20,
                                          dim.greenF() + (full.greenF() - dim.greenF()) * step / 20,
                                          dim.blueF() + (full.blueF() - dim.blueF()) * step / 20);
        if (worstContrast(c, painted) >= 4.6)
            return c;
    }
    return full;
}

// What setFill picked for a style and a palette with the fill in it: the Place button and the
// chosen side share their fill, and a side or type picked again paints what it painted before.
struct Picked
{
    QPointer<QStyle> style; // (null once that style is gone: never matches again)
    QPalette palette;
    QColor text;
    QColor disabledText;
};

const Picked &picked(const QAbstractButton *button, const QPalette &palette)
{
    static std::deque<Picked> known;
    for (const Picked &k : known)
        if (k.style == button->style() && k.palette == palette)
            return k;
    if (known.size() >= 16) // two themes × a few fills; a theme switched often starts over
        known.clear();
    // Black or white, whichever reads better on the worst of what is painted behind it.
    const QList<double> painted = paintedFill(button, palette);
    const QColor text = worstContrast(Qt::black, painted) >= worstContrast(Qt::white, painted)
                            ? Qt::black
                            : Qt::white;
    QPalette withText = palette;
    for (auto group : {QPalette::Active, QPalette::Inactive})
        withText.setColor(group, QPalette::ButtonText, text);
    known.push_back({button->style(), palette, text, readableDisabledText(button, withText)});
    return known.back();
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void setFill(QAbstractButton *button, const QColor &fill)
{
    QPalette p = QApplication::palette(button);
    for (auto group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::Button, fill);
    const Picked &k = picked(button, p);
    for (auto group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::ButtonText, k.text);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, k.disabledText);
    button->setPalette(p);
    setBold(button, true);
}

void clearFill(QAbstractButton *button)
{
    button->setPalette(QApplication::palette(button));
    setBold(button, false);
}

void setBackground(QWidget *widget, const QColor &color)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::Window, color);
    widget->setPalette(p);
    widget->setAutoFillBackground(true);
}

void setInvalid(QLineEdit *field, bool invalid, const ColorScheme &colors)
{
    QPalette p = QApplication::palette(field);
    if (invalid) {
        QColor tint = colors.error();
        tint.setAlpha(colors.isDark() ? 70 : 40);
        const QColor base = p.color(QPalette::Base);
        const qreal a = tint.alphaF();
        p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * (1 - a) + tint.redF() * a,
                                                    base.greenF() * (1 - a) + tint.greenF() * a,
                                                    base.blueF() * (1 - a) + tint.blueF() * a));
    }
    field->setPalette(p);
}

} // namespace WidgetColors
