#include "core/ReplyParser.h"

#include "core/FieldReader.h"
#include "core/ReplyScanner.h"

using namespace ReplyParserDetail;

namespace ReplyParser {

Envelope envelope(const QByteArray &body)
{
    Envelope e;
    e.error = ReplyScanner::checkEnvelope(body);
    if (e.error.kind != ApiError::Kind::Malformed)
        e.root = QJsonDocument::fromJson(body).object();
    return e;
}

bool orderId(const QJsonValue &value, OrderId *id)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (!ok || v <= 0)
            return false;
        *id = v;
        return true;
    }
    if (value.isDouble()) {
        // toInteger() is exact for JSON integers, even past 2^53; a fraction gives the default.
        const qint64 v = value.toInteger(-1);
        if (v <= 0)
            return false;
        *id = v;
        return true;
    }
    return false;
}

// Java's BigDecimal.toString() writes small numbers as "0E-8" or "1.5E-7" (always a capital
// E): the same exact digits with the point moved. A float's "6.9e4" stays refused.
std::optional<Decimal> fromScientific(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?E([+-]?[0-9]{1,3})$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1) + m.captured(2);
    int point = int(m.captured(1).size()) + m.captured(3).toInt(); // digits before the point
    if (point <= 0) {
        digits.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    } else if (point > digits.size()) {
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    }
    const QString plain = point == 0 ? QStringLiteral("0.") + digits
                          : point == digits.size()
                              ? digits
                              : digits.left(point) + QLatin1Char('.') + digits.mid(point);
    return Decimal::parse(plain);
}

bool decimal(const QJsonValue &value, Decimal *out)
{
    if (value.isString()) {
        auto d = Decimal::parse(value.toString());
        if (!d)
            d = fromScientific(value.toString().trimmed());
        if (!d)
            return false;
        *out = *d;
        return true;
    }
    if (value.isDouble()) {
        // A JSON number's text is gone once parsed; only integers survive exactly.
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 v = value.toInteger(sentinel);
        if (v == sentinel)
            return false;
        *out = Decimal::fromInteger(v);
        return true;
    }
    return false;
}

// A lone value is handed to the scanner as the text of a one-item list, so that it is read by
// exactly the rules a reply's text is.
bool order(const QJsonValue &value, Order *out, QString *error)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return ReplyScanner::order(json, ReplyScanner::At::Root, out, error);
}

bool orders(const QJsonValue &value, QList<Order> *out, QString *error, QStringList *skipped,
            QList<qint64> *skippedIds)
{
    if (!value.isArray())
        return setError(error, Tr::tr("expected a list"));
    const QByteArray json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return ReplyScanner::orders(json, ReplyScanner::At::Root, out, error, skipped, skippedIds);
}

bool order(const ReplyDocument &reply, Order *out, QString *error)
{
    return ReplyScanner::order(reply.json(), ReplyScanner::At::Data, out, error);
}

bool orders(const ReplyDocument &reply, QList<Order> *out, QString *error, QStringList *skipped,
            QList<qint64> *skippedIds)
{
    return ReplyScanner::orders(reply.json(), ReplyScanner::At::Data, out, error, skipped,
                                skippedIds);
}

bool batchCancel(const QJsonObject &root, BatchCancelResult *out, QString *error)
{
    BatchCancelResult result;
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return setError(error, Tr::tr("the batch-cancel reply has no list of results"));
    const QJsonArray items = data.toArray();
    for (const QJsonValue &item : items) {
        FieldReader r(item, "batch-cancel result");
        const QString ids = r.text("orderId", false);
        const QString code = r.text("code", false);
        const QString message = r.text("msg", false);
        if (!r.ok())
            return setError(error, r.error());
        const QStringList parts = ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            OrderId id = 0;
            if (!orderId(QJsonValue(part), &id))
                return setError(error, Tr::tr("\"%1\" is not an order id").arg(part));
            if (code.isEmpty() || code == QLatin1String("0"))
                result.canceled.append(id);
            else
                result.failed.append({id, code, message});
        }
    }
    *out = result;
    return true;
}

} // namespace ReplyParser
