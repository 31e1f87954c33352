#pragma once

#include "core/Endpoint.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class MatchingEngine;

// The exchange's endpoints over the matching engine: parameters in, status and JSON out.
// Authentication, rate limits and faults are the caller's (DemoExchange's) business.
class DemoRoutes
{
public:
    using Params = QHash<QString, QString>;
    struct Reply
    {
        int status = 200;
        QJsonObject json;
    };

    explicit DemoRoutes(MatchingEngine *engine)
        : m_engine(engine)
    {}
    Reply handle(Endpoint endpoint, bool isSigned, const Params &params);

private:
    Reply placeOrder(const Params &p);
    Reply cancelOrder(const Params &p);
    Reply batchCancel(const Params &p);
    Reply getOrder(const Params &p);
    Reply openOrders(const Params &p);
    Reply finishedOrders(const Params &p);
    Reply userInfo();
    Reply balance(const Params &p);
    Reply trades(const Params &p);
    Reply symbols(const Params &p);
    Reply marketData(Endpoint endpoint, const Params &p);

    MatchingEngine *m_engine;
};
