#pragma once

#include "OrderEnums.h"

#include <QColor>

// The one place buy/sell and status colours come from. The colour-blind-safe scheme uses
// blue/orange; the side is always written out too, never told by colour alone.
class ColorScheme
{
public:
    enum class Kind
    {
        Standard,
        ColorBlindSafe
    };

    static ColorScheme &instance();
    void setKind(Kind kind) { m_kind = kind; }
    Kind kind() const { return m_kind; }
    void setDark(bool dark) { m_dark = dark; }
    bool isDark() const { return m_dark; }

    QColor side(Side side) const;
    QColor status(OrderStatus status) const;
    QColor warning() const;
    QColor error() const;
    QColor ok() const;

private:
    Kind m_kind = Kind::Standard;
    bool m_dark = false;
};
