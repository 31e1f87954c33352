#pragma once

#include "core/ApiResult.h"
#include "core/ReplyDocument.h"

class HttpCall;

// How one finished reply ends, as one ApiError kind: from the network error, the HTTP status and
// the exchange's envelope. A write whose outcome cannot be known (timeout, dropped connection,
// 5xx, redirect, unreadable reply) is Unknown, never a failure: the exchange may have acted.
class ReplyClassifier
{
public:
    struct Outcome
    {
        ApiError error;     // kind None when the exchange accepted the request
        ReplyDocument root; // the reply's text, when it was a JSON object
    };

    ReplyClassifier(int timeoutMs, qint64 maxReplyBytes)
        : m_timeoutMs(timeoutMs),
          m_maxReplyBytes(maxReplyBytes)
    {}

    // oversize: the reply was aborted for exceeding maxReplyBytes.
    Outcome classify(HttpCall *call, bool oversize, bool isWrite) const;

    // For a write, "what went wrong" plus the warning that the exchange may have acted.
    static QString unknownOutcome(bool isWrite, const QString &what);

private:
    Outcome classifyHttp(HttpCall *call, int status, bool isWrite) const;

    int m_timeoutMs;
    qint64 m_maxReplyBytes;
};
