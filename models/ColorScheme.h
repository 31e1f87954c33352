#pragma once

#include "core/OrderEnums.h"

#include <QColor>
#include <QObject>

// One per session, injected into the models and widgets that paint with it: the place buy/sell and
// status colours come from. The colour-blind-safe scheme uses blue/orange; the side is always
// written out too, never told by colour alone. It announces every change, so models re-emit their
// colour roles and widgets repaint whoever changed it.
class ColorScheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorScheme)

public:
    enum class Kind
    {
        Standard,
        ColorBlindSafe
    };

    using QObject::QObject;
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

    // Text in the side's colour (labels, table cells, an unselected toggle).
    QColor side(Side side) const;
    // The fill of a selected side toggle and of the Place button; its text is black or white.
    QColor sideFill(Side side) const;
    QColor status(OrderStatus status) const;
    QColor warning() const;
    QColor error() const;
    QColor ok() const;
    QColor info() const;

Q_SIGNALS:
    void changed();

private:
    Kind m_kind = Kind::Standard;
    bool m_dark = false;
};
