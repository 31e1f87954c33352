#pragma once

// Internal to the core: what both reply parsers (orders, and account/market data) read with.
#include "core/ReplyParser.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <limits>
#include <optional>

namespace ReplyParserDetail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)
};

// Reads fields of one JSON object, remembering the first problem.
class FieldReader
{
public:
    FieldReader(const QJsonValue &value, const char *what)
        : m_what(what)
    {
        if (!value.isObject())
            fail(Tr::tr("%1 is not a JSON object").arg(QLatin1String(what)));
        m_object = value.toObject();
    }

    QString text(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Tr::tr("%1 has no \"%2\"").arg(QLatin1String(m_what), QLatin1String(key)));
            return {};
        }
        if (v.isString()) {
            const QString s = v.toString();
            return s.trimmed().isEmpty() ? QString() : s; // the exchange sends " " for blank
        }
        if (v.isDouble()) {
            const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
            if (i != std::numeric_limits<qint64>::min())
                return QString::number(i);
        }
        fail(Tr::tr("\"%1\" in %2 has the wrong type")
                 .arg(QLatin1String(key), QLatin1String(m_what)));
        return {};
    }

    Decimal decimal(const char *key, bool required = true, bool *present = nullptr)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        // The exchange's blank marker is a single space: no value, like a missing field.
        const bool blank = v.isString() && v.toString().trimmed().isEmpty();
        if (present)
            *present = !(v.isUndefined() || v.isNull() || blank);
        if (blank)
            return {};
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(Tr::tr("%1 has no \"%2\"").arg(QLatin1String(m_what), QLatin1String(key)));
            return {};
        }
        Decimal d;
        if (!ReplyParser::decimal(v, &d))
            fail(Tr::tr("\"%1\" in %2 is not an exact decimal")
                     .arg(QLatin1String(key), QLatin1String(m_what)));
        return d;
    }

    OrderId id(const char *key, bool required = true)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        OrderId id = 0;
        if ((v.isUndefined() || v.isNull()) && !required)
            return 0;
        if (!ReplyParser::orderId(v, &id))
            fail(Tr::tr("\"%1\" in %2 is not an order id")
                     .arg(QLatin1String(key), QLatin1String(m_what)));
        return id;
    }

    qint64 millis(const char *key)
    {
        const QString t = text(key, false);
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        return ok ? v : 0;
    }

    bool flag(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (v.isString())
            return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        return v.toInteger() != 0;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    QJsonObject m_object;
    const char *m_what;
    QString m_error;
};

inline bool setError(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

template <typename T, typename F>
bool readArray(const QJsonValue &data, QList<T> *out, QString *error, F readOne)
{
    if (!data.isArray())
        return setError(error, Tr::tr("expected a list"));
    const QJsonArray array = data.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue &v : array) {
        T item;
        if (!readOne(v, &item, error))
            return false;
        out->append(item);
    }
    return true;
}

} // namespace ReplyParserDetail
