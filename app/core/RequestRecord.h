#pragma once

#include "core/ApiResult.h"
#include "core/Endpoint.h"

#include <QByteArray>
#include <QDateTime>

// What the service did for one request, for the activity log and the redacted journal. It never
// holds the API key, the signature or anything of the private key.
struct RequestRecord
{
    Endpoint endpoint = Endpoint::Count;
    QByteArray method;
    QByteArray path;
    QByteArray parameters; // query string or form body, as sent
    QDateTime sentAt;
    qint64 elapsedMs = 0;
    ApiError result;
};
