#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

// Fusion, with the toolbar extension ("more") icons drawn rather than read from PNG files, and
// the dock title bars' close and float icons decoded once: Fusion parses them from XPM text on
// every call, and each dock asks when it is built, laid out and painted (~2 ms before the first
// frame with six docks). Two indicators drawn so they read: a check box's edge, and an input
// field's edge when it has no focus, at 3:1 against the window in either palette (Fusion's dark
// ones were 1.1:1), and a column's sort arrow pointing
// the way the list runs (▼ newest first; Fusion on Linux drew ▲ for a descending sort).
class TradeDeskStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    TradeDeskStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // The edge a check box is drawn with on `palette`: between its window text and window.
    static QColor indicatorEdge(const QPalette &palette);

private:
    mutable QHash<int, QIcon> m_titleBarIcons; // Fusion's, which depend on nothing else
};
