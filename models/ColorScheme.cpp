#include "models/ColorScheme.h"

void ColorScheme::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT changed();
}

void ColorScheme::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    Q_EMIT changed();
}

QColor ColorScheme::side(Side side) const
{
    const bool buy = side == Side::Buy;
    if (m_kind == Kind::ColorBlindSafe)
        return buy ? (m_dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x5f, 0xb8))
                   : (m_dark ? QColor(0xf0, 0xa0, 0x30) : QColor(0xc0, 0x5a, 0x00));
    return buy ? (m_dark ? QColor(0x3d, 0xd6, 0x8c) : QColor(0x0e, 0x8a, 0x4a))
               : (m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28));
}

QColor ColorScheme::status(OrderStatus status) const
{
    switch (status) {
    case OrderStatus::Filled: return side(Side::Buy);
    case OrderStatus::PartialFilled:
        return m_dark ? QColor(0x7f, 0xc8, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    case OrderStatus::Rejected: return error();
    case OrderStatus::Canceled: return m_dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x70, 0x70, 0x70);
    case OrderStatus::Unknown: return warning();
    default: return {};
    }
}

QColor ColorScheme::warning() const
{
    return m_dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x60, 0x00);
}

QColor ColorScheme::error() const
{
    return m_dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xb0, 0x1c, 0x1c);
}

QColor ColorScheme::ok() const
{
    return side(Side::Buy);
}
