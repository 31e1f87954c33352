// The age of the touch the ladder's clicks are judged against, where the trader looks: the bar
// above the rows says "touch 0.6 s", amber once it is older than a click trusts.
#include "ui/DepthView.h"

#include "models/ColorScheme.h"
#include "ui/LadderTrader.h"
#include "ui/WidgetColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

void DepthView::buildTouchAge(QHBoxLayout *bar)
{
    m_touchAge = new QLabel(this);
    m_touchAge->setObjectName(QStringLiteral("ladderTouchAge"));
    m_touchAge->setToolTip(tr("How long ago the best bid and ask arrived: the book and the best "
                              "bid/ask are polled in turn, a fresh one about every second. Older "
                              "than 2.5 s, a click or key on the book places nothing."));
    bar->addWidget(m_touchAge);
    m_touchAgeTimer = new QTimer(this);
    m_touchAgeTimer->setInterval(200);
    connect(m_touchAgeTimer, &QTimer::timeout, this, &DepthView::showTouchAge);
    m_touchAgeTimer->start();
}

void DepthView::showTouchAge()
{
    const qint64 age = m_trader ? m_trader->touchAgeMs() : -1;
    if (age < 0) {
        m_touchAge->clear();
        return;
    }
    const QString seconds = QLocale().toString(double(age / 100) / 10.0, 'f', 1);
    m_touchAge->setText(tr("touch %1 s").arg(seconds));
    m_touchAge->setAccessibleName(tr("Best bid and ask %1 s old").arg(seconds));
    const bool old = age > LadderTrader::TouchTrustMs;
    if (!old && !m_touchOld)
        return;
    m_touchOld = old; // amber set on every tick while old: a theme switched meanwhile follows
    // The default text colour while fresh; the scheme's warning colour (4.5:1 in light and
    // dark) once a click would refuse.
    WidgetColors::setText(m_touchAge, old ? m_colors->warning() : QColor());
}
