#pragma once

#include <QIconEngine>

// A double chevron (» or its downward twin) drawn in the palette's text colour at any size and
// device pixel ratio: the toolbar and menu bar "more" button. Drawing it costs nothing at
// start-up, where Fusion's own PNG would load every image-format plugin, and it follows a dark
// palette, which the PNG does not.
class ChevronIconEngine final : public QIconEngine
{
public:
    explicit ChevronIconEngine(Qt::Orientation orientation)
        : m_orientation(orientation)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    Qt::Orientation m_orientation;
};
