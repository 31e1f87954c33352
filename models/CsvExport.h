#pragma once

#include "core/AccountTypes.h"
#include "core/Order.h"
#include "core/RequestRecord.h"

#include <QList>
#include <QString>

// CSV for spreadsheets and support tickets: exact decimal strings, ISO-8601 UTC times.
namespace CsvExport {

QString orders(const QList<Order> &orders);
// The redacted request journal: method, path, parameters, status, timing. Never the API key,
// the signature or anything of the private key (none of them is in a RequestRecord).
QString journal(const QList<RequestRecord> &records);
// Fills with their exact decimals as the exchange sent them.
QString fills(const QList<Trade> &fills);

} // namespace CsvExport
