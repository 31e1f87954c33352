#pragma once

#include "core/AccountTypes.h"
#include "core/ApiResult.h"
#include "core/Order.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

class ApiService;
class FillsModel;
class PollingFeed;

// Keeps the fills dock fresh from account/trades: the newest page polled (only while someone
// looks), older pages on request, the filter (symbol, time, one order) applied at the exchange.
// Its requests queue in the same rate class as the order list's fill look-ups, so together they
// never exceed the exchange's one per second.
class FillsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FillsController)

public:
    struct Filter
    {
        QString symbol;       // empty: all
        qint64 startTime = 0; // ms; 0: not sent
        qint64 endTime = 0;
        OrderId orderId = 0; // > 0: only this order's fills; < 0: an order, none chosen yet
        bool operator==(const Filter &o) const
        {
            return symbol == o.symbol && startTime == o.startTime && endTime == o.endTime
                   && orderId == o.orderId;
        }
    };
    // What the fills of one order add up to.
    struct Summary
    {
        int count = 0;
        Decimal quantity;
        Decimal amount;
        std::optional<Decimal> averagePrice; // amount / quantity, to the price's scale + 4
        QMap<QString, Decimal> fees;         // by fee asset
    };
    static constexpr int PageSize = 100;

    FillsController(ApiService *service, FillsModel *model, QObject *parent = nullptr);

    void setAccount(const QString &accountId);
    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    // Polls while wanted (the dock is visible); at most every intervalMs. The one visibility
    // call every controller has (see MarketDataController).
    void setWanted(bool wanted);
    void setIntervalMs(int ms);
    // The page before the oldest fill shown.
    void showOlder();
    bool mayHaveOlder() const { return m_mayHaveOlder; }
    void refreshNow();
    PollingFeed *feed() const { return m_feed; }

    static Summary summarize(const QList<Trade> &fills);

Q_SIGNALS:
    // A page arrived (or failed); mayHaveOlder() tells whether "Older" can find more.
    void pageLoaded(const ApiError &error);

private:
    void fetch(qint64 endTime, QObject *context, std::function<void(const ApiError &)> done);

    ApiService *m_service;
    FillsModel *m_model;
    PollingFeed *m_feed;
    QString m_account;
    Filter m_filter;
    quint64 m_generation = 0; // a reply for an earlier filter or account is dropped
    bool m_wanted = false;
    bool m_mayHaveOlder = false;
};
