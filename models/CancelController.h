#pragma once

#include "Order.h"

#include <QObject>
#include <QSet>

class ActivityLogModel;
class ApiService;

// Cancels what the trader chose: one order, several (batch cancels of at most 5 ids), or all of a
// symbol. Each order's result goes to the log; a summary says what could not be cancelled and why.
class CancelController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelController)

public:
    static constexpr int BatchLimit = 5;
    struct Summary
    {
        int requested = 0;
        QList<OrderId> cancelled;
        QStringList problems; // "9007…: already filled"
        bool unknown = false;
    };

    CancelController(ApiService *service, ActivityLogModel *log, QObject *parent = nullptr);
    void setAccount(const QString &accountId) { m_account = accountId; }

    void cancel(const QList<Order> &orders);
    void cancelAll(const QString &symbol);
    bool isBusy() const { return m_pending > 0; }
    // Orders this window cancelled, so their cancellation is not announced as news.
    bool cancelledByUser(OrderId id) const { return m_userCancelled.contains(id); }

Q_SIGNALS:
    void finished(const CancelController::Summary &summary);
    void refreshWanted();

private:
    void done();

    ApiService *m_service;
    ActivityLogModel *m_log;
    QString m_account;
    int m_pending = 0;
    Summary m_summary;
    QSet<OrderId> m_userCancelled;
};
