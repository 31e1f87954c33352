#pragma once

// Internal to the core: reads a reply's JSON text in one pass with simdjson's On-Demand API,
// without building a tree. Strings are unescaped, numbers kept as their exact token.
#include "core/ApiResult.h"
#include "core/Order.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ReplyScanner {

// Whether the text is one JSON object with a result code, checking every byte of it (as a JSON
// parser would): Malformed with a reason, Rejected with the exchange's code and message, or None.
// With checkData false the value of "data" is passed over unchecked, for a reader that checks it
// as it reads it (the order readers here; a QJsonDocument).
ApiError checkEnvelope(const QByteArray &json, bool checkData = true);

// Where the value to read is: the reply's "data", or the text itself.
enum class At
{
    Data,
    Root,
};
// A list of orders (each unreadable item skipped and described), or one order; what is read is
// checked as JSON on the way (a reply that is not is refused as a whole). At::Root with
// one order reads the first item of a one-item list (how a lone QJsonValue is handed over).
bool orders(const QByteArray &json, At at, QList<Order> *out, QString *error, QStringList *skipped,
            QList<qint64> *skippedIds);
bool order(const QByteArray &json, At at, Order *out, QString *error);

} // namespace ReplyScanner
