#include "ui/ChevronIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

void ChevronIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor color = palette.color(
        mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
    // Two chevrons in a square of 10 units, centred, pointing right or down.
    const int side = std::min(rect.width(), rect.height());
    QPainterPath path;
    for (const int offset : {1, 5}) {
        path.moveTo(offset, 2);
        path.lineTo(offset + 3, 5);
        path.lineTo(offset, 8);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5);
    painter->scale(side / 10.0, side / 10.0);
    if (m_orientation == Qt::Vertical) {
        painter->translate(10, 0);
        painter->rotate(90);
    }
    QPen pen(color, 1.4);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->drawPath(path);
    painter->restore();
}

QPixmap ChevronIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, pixmap.rect(), mode, state);
    return pixmap;
}

QIconEngine *ChevronIconEngine::clone() const
{
    return new ChevronIconEngine(m_orientation);
}

QString ChevronIconEngine::key() const
{
    return QStringLiteral("tradedesk-chevron");
}
