#pragma once

#include "core/ApiResult.h"
#include "core/Endpoint.h"
#include "core/ReplyDocument.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

// One request ApiService has taken: what goes on the wire, who hears the answer, and what the
// queue, the rate window and the auth latch need to know about it.
struct PendingRequest
{
    // Turns the reply envelope into the final error, delivering the typed value on the way.
    using Handler = std::function<ApiError(const ApiError &, const ReplyDocument &root)>;

    Endpoint endpoint = Endpoint::Count;
    QByteArray parameters;
    QPointer<QObject> context;
    bool hasContext = false;
    Handler handler;
    qint64 signedOffsetMs = 0;  // the clock offset its timestamp was made with
    qint64 signedAtMs = 0;      // monotonic time its timestamp was made
    int resigns = 0;            // how often it was sent again, signed anew, after a 401
    quint64 credentials = 0;    // which credentials signed it (ApiService's count of changes)
    bool timingFailure = false; // its last 401 is no evidence against the credentials
    quint64 rateTicket = 0;     // its place in the rate window, held until its reply
    quint64 ticket = 0;         // names it for withdraw()
    qint64 leaveBy = -1;        // monotonic time after which it is withdrawn unsent (-1: never)
    std::function<void()> onWire;
};
