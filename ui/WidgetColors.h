#pragma once

#include <QColor>

class ColorScheme;
class QAbstractButton;
class QLineEdit;
class QWidget;

// Colours through palettes, not style sheets: style sheets re-polish the widget on every change,
// which costs start-up time and idle CPU in a window that updates every second.
namespace WidgetColors {

void setText(QWidget *widget, const QColor &color); // invalid colour: back to the default
// The text in one of the scheme's colours, now and after every change of theme (a colour set
// once stayed the light theme's on a live switch to dark: 1.5:1).
using Tone = QColor (ColorScheme::*)() const;
void followText(QWidget *widget, const ColorScheme *colors, Tone tone);
void setBold(QWidget *widget, bool bold);
// The WCAG contrast ratio of two opaque colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);
// A filled button (Buy/Sell, Place) with black or white text, whichever reads better on the
// colours the style paints for that fill.
void setFill(QAbstractButton *button, const QColor &fill);
void clearFill(QAbstractButton *button);
void setBackground(QWidget *widget, const QColor &color);
// An invalid field: a tinted background.
void setInvalid(QLineEdit *field, bool invalid, const ColorScheme &colors);

} // namespace WidgetColors
