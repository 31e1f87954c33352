#include "ui/WidgetColors.h"

#include "models/ColorScheme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>

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

void setBold(QWidget *widget, bool bold)
{
    QFont f = widget->font();
    if (f.bold() != bold) {
        f.setBold(bold);
        widget->setFont(f);
    }
}

void setFill(QAbstractButton *button, const QColor &fill)
{
    QPalette p = QApplication::palette(button);
    const QColor text = fill.lightness() > 140 ? Qt::black : Qt::white;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Button, fill);
        p.setColor(group, QPalette::ButtonText, text);
    }
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
