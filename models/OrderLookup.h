#pragma once

#include "core/ApiResult.h"
#include "core/NewOrder.h"
#include "core/Order.h"

#include <QObject>

#include <functional>

class ActivityLogModel;
class ApiService;
class OrderTimes;
class TradingContext;

// Looks up one order by exchange id (digits) or client order id, in the context's account, with
// the times this app knows of it (the exchange reports none); every look-up is logged. A reply
// that arrives after the account changed is not shown as the new account's order.
class OrderLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLookup)

public:
    using Done = std::function<void(const ApiResult<Order> &)>;

    // `times` may be null (no times known); a look-up records what it learns there.
    OrderLookup(ApiService *service, const TradingContext *context, ActivityLogModel *log,
                OrderTimes *times, std::function<qint64()> wallMs, QObject *parent = nullptr);

    // The reference a trader's text names: all digits (up to 19) is an exchange id, anything
    // else a client order id.
    static OrderRef reference(const QString &query);
    // `done` runs once, unless `receiver` is gone.
    void lookUp(const QString &query, QObject *receiver, Done done);

private:
    ApiService *m_service;
    const TradingContext *m_context;
    ActivityLogModel *m_log;
    OrderTimes *m_times;
    std::function<qint64()> m_wallMs;
};
