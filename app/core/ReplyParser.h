#pragma once

#include "core/AccountTypes.h"
#include "core/ApiResult.h"
#include "core/MarketTypes.h"
#include "core/Order.h"
#include "core/ReplyDocument.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// Reads the exchange's JSON replies into typed values. Money is read only from its text;
// order ids from strings or JSON integers (never through a double). Every reader returns false
// with a reason on a missing field or a wrong type. Orders are read from the reply's text in one
// pass (simdjson On-Demand, see ReplyScanner); the QJsonValue forms read the same way.
namespace ReplyParser {

struct Envelope
{
    ApiError error;   // Rejected when code != "0"; Malformed when not an envelope at all
    QJsonObject root; // the whole reply; data is root["data"]
};

// The envelope checked as ReplyScanner::checkEnvelope does, and the tree when it is JSON.
Envelope envelope(const QByteArray &body);

bool orderId(const QJsonValue &value, OrderId *id);
bool decimal(const QJsonValue &value, Decimal *out);
bool order(const QJsonValue &value, Order *out, QString *error);
// A list of orders. An item that cannot be read is left out and described in `skipped` (its id
// in `skippedIds` when that much could be read); only a list that is not a list fails.
bool orders(const QJsonValue &value, QList<Order> *out, QString *error,
            QStringList *skipped = nullptr, QList<qint64> *skippedIds = nullptr);
// The same, from the "data" of a whole reply: the hot path, no tree built.
bool order(const ReplyDocument &reply, Order *out, QString *error);
bool orders(const ReplyDocument &reply, QList<Order> *out, QString *error,
            QStringList *skipped = nullptr, QList<qint64> *skippedIds = nullptr);
bool batchCancel(const QJsonObject &root, BatchCancelResult *out, QString *error);
bool accounts(const QJsonValue &data, QList<Account> *out, QString *error);
bool balances(const QJsonValue &data, QList<Balance> *out, QString *error);
bool trades(const QJsonValue &data, QList<Trade> *out, QString *error);
bool symbols(const QJsonValue &data, QList<SymbolRules> *out, QString *error);
bool bookTicker(const QJsonValue &data, BookTicker *out, QString *error);
bool depth(const QJsonValue &data, Depth *out, QString *error);
bool ticker24h(const QJsonValue &data, Ticker24h *out, QString *error);

} // namespace ReplyParser
