#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The one outcome every request ends in. The service never shows anything; the UI renders this.
struct ApiError
{
    enum class Kind
    {
        None,        // success
        Rejected,    // the exchange said no (4xx or code != "0"); nothing happened
        Unknown,     // 5xx, timeout, dropped or unreadable reply after sending: may have happened
        RateLimited, // 429: back off
        Auth,        // 401, 403, 412: credentials, permission or a missing header
        NotSent,     // refused before anything reached the exchange
        Malformed,   // a query's reply could not be read
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // the exchange's code, when it gave one
    QString message; // for the trader

    bool ok() const { return kind == Kind::None; }
    // The exchange's own "no such order" for a look-up (GET /api/v1/spot/order). The order API
    // documents no code for it; decision: "-2013", as the demo exchange sends. Any other refusal
    // (another code, another 4xx, "system busy") says nothing about whether the order exists.
    static constexpr const char *NoSuchOrderCode = "-2013";
    bool isNoSuchOrder() const
    {
        return kind == Kind::Rejected && httpStatus < 500 && code == QLatin1String(NoSuchOrderCode);
    }
    static QString kindName(Kind kind);
    static ApiError make(Kind kind, const QString &message, int httpStatus = 0);
};

template <typename T> struct ApiResult
{
    ApiError error;
    T value{};
    // List items that could not be read: left out of value, never failing the list.
    QStringList skipped;
    QList<qint64> skippedIds; // the ids among them that could be read

    bool ok() const { return error.ok(); }
};
