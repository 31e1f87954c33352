#include "core/QueryString.h"

#include <QUrl>

QueryString &QueryString::add(const char *name, const QString &value)
{
    return add(name, value.toUtf8());
}

QueryString &QueryString::add(const char *name, const QByteArray &value)
{
    m_items.append({QByteArray(name), QUrl::toPercentEncoding(QString::fromUtf8(value))});
    return *this;
}

QueryString &QueryString::addIfNotEmpty(const char *name, const QString &value)
{
    return value.isEmpty() ? *this : add(name, value);
}

QByteArray QueryString::encoded() const
{
    QByteArray out;
    for (const auto &[name, value] : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QList<QPair<QString, QString>> QueryString::decode(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
    if (encoded.isEmpty())
        return out;
    const QList<QByteArray> parts = encoded.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        QByteArray v = value;
        v.replace('+', ' ');
        out.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(v)});
    }
    return out;
}
