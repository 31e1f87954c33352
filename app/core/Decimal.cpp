#include "core/Decimal.h"

#include <algorithm>

namespace {

// The one 128-bit value whose negation overflows. No result is allowed to be it, so negated() and
// abs() are defined for every Decimal that exists.
constexpr __int128 Int128Min = static_cast<__int128>(static_cast<unsigned __int128>(1) << 127);

__int128 pow10(int n)
{
    __int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

} // namespace

Decimal Decimal::fromInteger(qint64 value)
{
    return Decimal(value, 0);
}

std::optional<Decimal> Decimal::parse(const QByteArray &text)
{
    return parse(QString::fromLatin1(text));
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxTextLength)
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-') {
        negative = true;
        ++i;
    }
    __int128 units = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'.') {
            if (seenPoint || intDigits == 0)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (seenPoint) {
            if (++fracDigits > MaxScale)
                return std::nullopt;
        } else if (++intDigits > MaxIntegerDigits) {
            return std::nullopt;
        }
        units = units * 10 + (c - u'0');
    }
    if (intDigits == 0 || (seenPoint && fracDigits == 0))
        return std::nullopt;
    return Decimal(negative ? -units : units, fracDigits);
}

std::optional<__int128> Decimal::scaled(__int128 units, int by)
{
    __int128 r = units;
    for (int i = 0; i < by; ++i) {
        if (__builtin_mul_overflow(r, static_cast<__int128>(10), &r))
            return std::nullopt;
    }
    return r;
}

bool Decimal::align(const Decimal &a, const Decimal &b, __int128 &ua, __int128 &ub, int &scale)
{
    scale = std::max(a.m_scale, b.m_scale);
    const auto sa = scaled(a.m_units, scale - a.m_scale);
    const auto sb = scaled(b.m_units, scale - b.m_scale);
    if (!sa || !sb)
        return false;
    ua = *sa;
    ub = *sb;
    return true;
}

int Decimal::compare(const Decimal &other) const
{
    // At the same scale the units compare as the values do (the usual case: two prices or two
    // quantities of one symbol), without the 128-bit divisions below.
    if (m_scale == other.m_scale)
        return m_units == other.m_units ? 0 : m_units < other.m_units ? -1 : 1;
    // Integer and fraction parts compared separately, so no alignment can overflow.
    const __int128 ia = m_units / pow10(m_scale);
    const __int128 ib = other.m_units / pow10(other.m_scale);
    if (ia != ib)
        return ia < ib ? -1 : 1;
    const __int128 fa = (m_units % pow10(m_scale)) * pow10(MaxScale - m_scale);
    const __int128 fb = (other.m_units % pow10(other.m_scale)) * pow10(MaxScale - other.m_scale);
    if (fa != fb)
        return fa < fb ? -1 : 1;
    return 0;
}

std::optional<Decimal> Decimal::add(const Decimal &other) const
{
    __int128 a, b, r;
    int s;
    if (!align(*this, other, a, b, s) || __builtin_add_overflow(a, b, &r) || r == Int128Min)
        return std::nullopt;
    return Decimal(r, s);
}

std::optional<Decimal> Decimal::subtract(const Decimal &other) const
{
    return add(other.negated());
}

std::optional<Decimal> Decimal::multiply(const Decimal &other) const
{
    __int128 r;
    if (__builtin_mul_overflow(m_units, other.m_units, &r) || r == Int128Min)
        return std::nullopt;
    Decimal d(r, m_scale + other.m_scale);
    const int keep = std::max(m_scale, other.m_scale);
    while (d.m_scale > keep && d.m_units % 10 == 0) {
        d.m_units /= 10;
        --d.m_scale;
    }
    if (d.m_scale > MaxScale) {
        d.m_units /= pow10(d.m_scale - MaxScale);
        d.m_scale = MaxScale;
    }
    return d;
}

std::optional<Decimal> Decimal::divide(const Decimal &other, int scale) const
{
    if (other.isZero() || scale < 0 || scale > MaxScale)
        return std::nullopt;
    // (a / 10^sa) / (b / 10^sb) = a * 10^(sb + scale - sa) / b, in units of 10^-scale.
    const int shift = other.m_scale + scale - m_scale;
    __int128 num = m_units;
    __int128 den = other.m_units;
    if (shift >= 0) {
        const auto n = scaled(num, shift);
        if (!n)
            return std::nullopt;
        num = *n;
    } else {
        const auto d = scaled(den, -shift);
        if (!d)
            return std::nullopt;
        den = *d;
    }
    return Decimal(num / den, scale);
}

Decimal Decimal::negated() const
{
    return Decimal(-m_units, m_scale);
}

std::optional<Decimal> Decimal::roundDownToStep(const Decimal &step) const
{
    __int128 a, s;
    int scale;
    if (step.isZero() || step.isNegative() || !align(*this, step, a, s, scale))
        return std::nullopt;
    return Decimal((a / s) * s, scale).normalized().withMinScale(step.m_scale);
}

std::optional<Decimal> Decimal::roundHalfEvenToStep(const Decimal &step) const
{
    __int128 a, s;
    int scale;
    if (step.isZero() || step.isNegative() || !align(*this, step, a, s, scale))
        return std::nullopt;
    __int128 q = a / s;
    const __int128 rem = a % s;
    // |rem| against the rest of the step, not 2·|rem| against the step: doubling a remainder
    // near the 128-bit limit overflows (found by fuzz_decimal).
    const __int128 magnitude = rem < 0 ? -rem : rem;
    const __int128 rest = s - magnitude;
    if (magnitude > rest || (magnitude == rest && (q % 2 != 0)))
        q += (a < 0 ? -1 : 1);
    __int128 units;
    if (__builtin_mul_overflow(q, s, &units) || units == Int128Min)
        return std::nullopt;
    return Decimal(units, scale).normalized().withMinScale(step.m_scale);
}

bool Decimal::isMultipleOf(const Decimal &step) const
{
    __int128 a, s;
    int scale;
    if (step.isZero() || !align(*this, step, a, s, scale))
        return false;
    return a % s == 0;
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    while (d.m_scale > 0 && d.m_units % 10 == 0) {
        d.m_units /= 10;
        --d.m_scale;
    }
    return d;
}

Decimal Decimal::withMinScale(int minScale) const
{
    minScale = std::min(minScale, MaxScale);
    if (minScale <= m_scale)
        return *this;
    const auto u = scaled(m_units, minScale - m_scale);
    return u ? Decimal(*u, minScale) : *this;
}

QString Decimal::toString() const
{
    return QString::fromLatin1(toWire());
}

QByteArray Decimal::toWire() const
{
    __int128 u = m_units < 0 ? -m_units : m_units;
    QByteArray digits;
    do {
        digits.prepend(char('0' + int(u % 10)));
        u /= 10;
    } while (u != 0);
    while (digits.size() <= m_scale)
        digits.prepend('0');
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, '.');
    if (m_units < 0)
        digits.prepend('-');
    return digits;
}
