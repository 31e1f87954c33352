#include "core/ReplyParser.h"

#include "core/FieldReader.h"

using namespace ReplyParserDetail;

namespace ReplyParser {

Envelope envelope(const QByteArray &body)
{
    Envelope e;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        e.error.kind = ApiError::Kind::Malformed;
        e.error.message = perr.error != QJsonParseError::NoError
                              ? Tr::tr("The exchange's reply is not valid JSON (%1 at byte %2).")
                                    .arg(perr.errorString())
                                    .arg(perr.offset)
                              : Tr::tr("The exchange's reply is not a JSON object.");
        return e;
    }
    e.root = doc.object();
    const QJsonValue code = e.root.value(QLatin1String("code"));
    QString codeText;
    if (code.isString())
        codeText = code.toString();
    else if (code.isDouble())
        codeText = QString::number(code.toInteger());
    else {
        e.error.kind = ApiError::Kind::Malformed;
        e.error.message = Tr::tr("The exchange's reply has no result code.");
        return e;
    }
    if (codeText != QLatin1String("0")) {
        e.error.kind = ApiError::Kind::Rejected;
        e.error.code = codeText;
        e.error.message = e.root.value(QLatin1String("msg")).toString().trimmed();
        if (e.error.message.isEmpty())
            e.error.message = Tr::tr("The exchange refused the request (code %1).").arg(codeText);
    }
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

bool order(const QJsonValue &value, Order *out, QString *error)
{
    FieldReader r(value, "order");
    Order o;
    o.orderId = r.id("orderId");
    o.clientOrderId = r.text("clientOid", false);
    if (o.clientOrderId.isEmpty())
        o.clientOrderId = r.text("clientOrderId", false);
    o.accountId = r.text("accountId", false);
    o.symbol = r.text("symbol");
    if (!OrderEnums::parseSide(r.text("side"), &o.side))
        r.fail(Tr::tr("the order's side is neither BUY nor SELL"));
    // Types and statuses this client does not know (conditional orders, say) are shown as the
    // exchange names them rather than dropped.
    o.typeName = r.text("orderType");
    if (!OrderEnums::parseType(o.typeName, &o.type))
        o.type = OrderType::Other;
    o.statusName = r.text("status");
    o.status = OrderEnums::parseStatus(o.statusName);
    o.price = r.decimal("price", false);
    o.quantity = r.decimal("quantity", false);
    o.amount = r.decimal("amount", false);
    o.tradeQty = r.decimal("tradeQty", false);
    o.tradeAmount = r.decimal("tradeAmount", false);
    o.averagePrice = r.decimal("averagePrice", false, &o.hasAveragePrice);
    o.failedReason = r.text("failedReason", false);
    if (o.hasAveragePrice && o.averagePrice.isZero() && o.tradeQty.isZero())
        o.hasAveragePrice = false; // nothing filled: no average to show
    if (!o.hasAveragePrice && !o.tradeQty.isZero()) {
        // Derived from documented fields where the exchange does not send it (open orders).
        if (const auto avg = o.tradeAmount.divide(o.tradeQty, 12)) {
            o.averagePrice = avg->normalized();
            o.hasAveragePrice = true;
        }
    }
    if (!r.ok())
        return setError(error, r.error());
    *out = o;
    return true;
}

bool orders(const QJsonValue &value, QList<Order> *out, QString *error, QStringList *skipped,
            QList<qint64> *skippedIds)
{
    if (!value.isArray())
        return setError(error, Tr::tr("expected a list"));
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue &v : array) {
        Order o;
        QString why;
        if (order(v, &o, &why)) {
            out->append(o);
            continue;
        }
        OrderId id = 0;
        const bool idKnown = orderId(v.toObject().value(QLatin1String("orderId")), &id);
        if (skipped)
            skipped->append(idKnown ? Tr::tr("order %1: %2").arg(id).arg(why) : why);
        if (skippedIds && idKnown)
            skippedIds->append(id);
    }
    return true;
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
