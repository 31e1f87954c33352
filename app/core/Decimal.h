#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// Exact decimal number: a signed 128-bit integer of units and a scale (digits after the point).
// Money never passes through binary floating point: it is parsed from and formatted to text.
class Decimal
{
public:
    static constexpr int MaxScale = 18;
    static constexpr int MaxIntegerDigits = 20;
    static constexpr int MaxTextLength = 48;

    Decimal() = default;
    static Decimal fromInteger(qint64 value);
    // Strict: optional '-', digits, optionally '.' and digits. No '+', exponent, spaces or
    // separators; at most MaxIntegerDigits before and MaxScale after the point.
    static std::optional<Decimal> parse(QStringView text);
    static std::optional<Decimal> parse(const QByteArray &text);

    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }
    int scale() const { return m_scale; }

    int compare(const Decimal &other) const;
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.compare(b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return a.compare(b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.compare(b) < 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return a.compare(b) <= 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return a.compare(b) > 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return a.compare(b) >= 0; }

    // Arithmetic is checked: nullopt on overflow (or a zero divisor / step).
    std::optional<Decimal> add(const Decimal &other) const;
    std::optional<Decimal> subtract(const Decimal &other) const;
    std::optional<Decimal> multiply(const Decimal &other) const;
    // Quotient rounded toward zero to the given scale.
    std::optional<Decimal> divide(const Decimal &other, int scale) const;
    Decimal negated() const;
    Decimal abs() const { return isNegative() ? negated() : *this; }

    std::optional<Decimal> roundDownToStep(const Decimal &step) const;
    std::optional<Decimal> roundHalfEvenToStep(const Decimal &step) const;
    bool isMultipleOf(const Decimal &step) const;
    // Same value with trailing fractional zeros removed.
    Decimal normalized() const;
    // Same value written with at least minScale fractional digits (never drops digits).
    Decimal withMinScale(int minScale) const;

    // Plain C-locale text for the wire: "66666.88", never an exponent.
    QString toString() const;
    QByteArray toWire() const;

private:
    Decimal(__int128 units, int scale)
        : m_units(units),
          m_scale(scale)
    {}
    static std::optional<__int128> scaled(__int128 units, int by);
    static bool align(const Decimal &a, const Decimal &b, __int128 &ua, __int128 &ub, int &scale);

    __int128 m_units = 0;
    int m_scale = 0;
};

Q_DECLARE_METATYPE(Decimal)
