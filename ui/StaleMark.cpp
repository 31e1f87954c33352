#include "ui/StaleMark.h"

#include "models/ColorScheme.h"
#include "models/StaleMonitor.h"

#include "ui/WidgetColors.h"

#include <QAbstractItemView>

namespace {

// `text` moved towards `base` for a dimmed look, as far as 4.5:1 (and a margin) allows.
QColor muted(const QColor &text, const QColor &base)
{
    QColor best = text;
    for (int step = 1; step <= 10; ++step) {
        const double t = step / 20.0;
        const QColor c = QColor::fromRgbF(text.redF() + (base.redF() - text.redF()) * t,
                                          text.greenF() + (base.greenF() - text.greenF()) * t,
                                          text.blueF() + (base.blueF() - text.blueF()) * t);
        if (WidgetColors::contrast(c, base) < 4.8)
            break;
        best = c;
    }
    return best;
}

} // namespace

StaleMark::StaleMark(StaleMonitor *monitor, const ColorScheme *colors, QWidget *parent)
    : QLabel(parent),
      m_monitor(monitor),
      m_colors(colors)
{
    setObjectName(QStringLiteral("staleMark"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    WidgetColors::setBold(this, true);
    connect(monitor, &StaleMonitor::staleChanged, this, &StaleMark::refresh);
    connect(colors, &ColorScheme::changed, this, &StaleMark::refresh);
    // Its line stays reserved: the mark appearing never moves the ladder under a click.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
    refresh();
}

void StaleMark::dim(QWidget *widget)
{
    m_dimmed.append(widget);
    setDimmed(widget, m_stale);
}

void StaleMark::setDimmed(QWidget *widget, bool dimmed)
{
    QWidget *target = widget;
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        target = view->viewport();
    QPalette p = widget->palette();
    if (dimmed) {
        const QPalette normal =
            widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
        for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
            const QColor base = role == QPalette::Text ? normal.color(QPalette::Base)
                                                       : normal.color(QPalette::Window);
            p.setColor(role, muted(normal.color(role), base));
        }
        widget->setPalette(p);
    } else {
        widget->setPalette(QPalette());
        widget->setAttribute(Qt::WA_SetPalette, false);
    }
    widget->setProperty("stale", dimmed);
    target->update();
}

void StaleMark::refresh()
{
    m_stale = m_monitor->isStale();
    // The feeds keep their times in UTC; the trader reads the clock on the wall, as in the tables.
    const QDateTime last = m_monitor->lastUpdate().toLocalTime();
    setText(m_monitor->credentialsRefused()
                ? tr("⚠ Stale — the credentials were refused; last update %1")
                      .arg(last.isValid() ? last.toString(QStringLiteral("HH:mm:ss")) : tr("never"))
            : last.isValid()
                ? tr("⚠ Stale — last update %1").arg(last.toString(QStringLiteral("HH:mm:ss")))
                : tr("⚠ Stale — no update yet"));
    WidgetColors::setText(this, m_colors->warning());
    setAccessibleName(m_stale ? text() : QString());
    setVisible(m_stale);
    for (const QPointer<QWidget> &w : std::as_const(m_dimmed))
        if (w)
            setDimmed(w, m_stale);
}
