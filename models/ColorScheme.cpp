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

// Text colours reach 4.5:1 (WCAG AA) on every background they are drawn on: the window, table
// rows (plain and alternate), an unselected button, a tinted message bar and the order book's
// depth bar tinted with the same colour. Fills are chosen apart: the style lightens a button's
// fill, so a colour that reads as text on the window is not the colour behind a filled button's
// text.
QColor ColorScheme::side(Side side) const
{
    const bool buy = side == Side::Buy;
    if (m_kind == Kind::ColorBlindSafe)
        return buy ? (m_dark ? QColor(0x80, 0xca, 0xf4) : QColor(0x00, 0x5f, 0xb8))
                   : (m_dark ? QColor(0xf6, 0xb8, 0x60) : QColor(0xa1, 0x4b, 0x00));
    return buy ? (m_dark ? QColor(0x3d, 0xd6, 0x8c) : QColor(0x08, 0x6b, 0x3a))
               : (m_dark ? QColor(0xff, 0xa3, 0xa3) : QColor(0xb0, 0x20, 0x20));
}

QColor ColorScheme::sideFill(Side side) const
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
    case OrderStatus::Canceled: return m_dark ? QColor(0xab, 0xab, 0xab) : QColor(0x65, 0x65, 0x65);
    case OrderStatus::Unknown: return warning();
    default: return {};
    }
}

QColor ColorScheme::warning() const
{
    return m_dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x84, 0x52, 0x00);
}

QColor ColorScheme::error() const
{
    return m_dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xa8, 0x1a, 0x1a);
}

QColor ColorScheme::ok() const
{
    return side(Side::Buy);
}

QColor ColorScheme::info() const
{
    return m_dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x1a, 0x5a, 0xa0);
}
