#include "core/ReplyClassifier.h"

#include "core/HttpTransport.h"
#include "core/ReplyScanner.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
};

} // namespace

QString ReplyClassifier::unknownOutcome(bool isWrite, const QString &what)
{
    return isWrite ? Tr::tr("%1 The request may have been carried out: the outcome is unknown.")
                         .arg(what)
                   : what;
}

ReplyClassifier::Outcome ReplyClassifier::classify(HttpCall *call, bool oversize,
                                                   bool isWrite) const
{
    using Kind = ApiError::Kind;
    const int status = call->status();
    if (oversize)
        return {ApiError::make(isWrite ? Kind::Unknown : Kind::Malformed,
                               unknownOutcome(isWrite, Tr::tr("The exchange's reply was larger "
                                                              "than %1 MiB and was dropped.")
                                                           .arg(m_maxReplyBytes / (1024 * 1024))),
                               status),
                {}};
    if (status == 0) {
        const HttpCall::Failure failure = call->failure();
        if (failure == HttpCall::Failure::NotSent)
            return {ApiError::make(Kind::NotSent,
                                   Tr::tr("Could not reach the exchange (%1). Nothing was sent.")
                                       .arg(call->errorString())),
                    {}};
        const QString what =
            failure == HttpCall::Failure::Timeout
                ? Tr::tr("No reply from the exchange within %1.%2 s.")
                      .arg(m_timeoutMs / 1000)
                      .arg(m_timeoutMs % 1000 / 100)
                : Tr::tr("The connection to the exchange failed (%1).").arg(call->errorString());
        return {ApiError::make(Kind::Unknown, unknownOutcome(isWrite, what)), {}};
    }
    return classifyHttp(call, status, isWrite);
}

ReplyClassifier::Outcome ReplyClassifier::classifyHttp(HttpCall *call, int status,
                                                       bool isWrite) const
{
    using Kind = ApiError::Kind;
    const QByteArray body = call->readAll();
    if (status >= 300 && status < 400) {
        const QString where = QString::fromUtf8(call->rawHeader("Location"));
        return {ApiError::make(isWrite ? Kind::Unknown : Kind::Malformed,
                               unknownOutcome(isWrite, Tr::tr("The exchange redirected to %1; "
                                                              "redirects are not followed for "
                                                              "signed requests.")
                                                           .arg(where)),
                               status),
                {}};
    }
    if (status >= 500)
        return {ApiError::make(Kind::Unknown,
                               unknownOutcome(isWrite, Tr::tr("The exchange reported an internal "
                                                              "error (HTTP %1).")
                                                           .arg(status)),
                               status),
                {}};

    // Checked without building a tree; "data" is checked by whatever reads it (ApiEndpoints).
    const ApiError envelope = ReplyScanner::checkEnvelope(body, false);
    const QString exchangeSays = envelope.kind == Kind::Rejected ? envelope.message : QString();
    ApiError error = envelope;
    error.httpStatus = status;
    if (status == 429) {
        error.kind = Kind::RateLimited;
        error.message =
            Tr::tr("The exchange's rate limit was hit; pausing before the next request.");
    } else if (status == 401 || status == 403 || status == 412) {
        error.kind = Kind::Auth;
        const QString base = status == 401 ? Tr::tr("The exchange refused the signature or API key")
                             : status == 403 ? Tr::tr("No permission for this request")
                                             : Tr::tr("A required parameter or header is missing");
        error.message = exchangeSays.isEmpty() ? base + QLatin1Char('.')
                                               : Tr::tr("%1: %2").arg(base, exchangeSays);
    } else if (status >= 400) {
        error.kind = Kind::Rejected;
        if (error.message.isEmpty() || envelope.kind == Kind::Malformed)
            error.message = Tr::tr("The exchange rejected the request (HTTP %1).").arg(status);
    } else if (error.kind == Kind::Malformed && isWrite) {
        error.kind = Kind::Unknown;
        error.message = unknownOutcome(true, error.message);
    }
    return {error, envelope.kind == Kind::Malformed ? ReplyDocument() : ReplyDocument(body)};
}
