#include "core/ApiResult.h"

#include <QCoreApplication>

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QCoreApplication::translate("ApiError", "OK");
    case Kind::Rejected: return QCoreApplication::translate("ApiError", "Rejected");
    case Kind::Unknown: return QCoreApplication::translate("ApiError", "Outcome unknown");
    case Kind::RateLimited: return QCoreApplication::translate("ApiError", "Rate limited");
    case Kind::Auth: return QCoreApplication::translate("ApiError", "Not authorised");
    case Kind::NotSent: return QCoreApplication::translate("ApiError", "Not sent");
    case Kind::Malformed: return QCoreApplication::translate("ApiError", "Unreadable reply");
    }
    return {};
}

ApiError ApiError::make(Kind kind, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}
