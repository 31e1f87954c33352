#pragma once

#include "core/ApiResult.h"
#include "core/Order.h"

#include <QObject>
#include <QSet>

class ActivityLogModel;
class ApiService;

// Cancels what the trader chose: one order, several (batch cancels of at most 5 ids), or all of a
// symbol. The documented batch reply lists only the ids it cancelled, so every id asked for and
// not in it is looked up: each order ends as cancelled, already final (filled, cancelled,
// rejected), not cancelled (still open), or not confirmed (the look-up failed too).
class CancelController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelController)

public:
    static constexpr int BatchLimit = 5;
    enum class Result
    {
        Cancelled,
        AlreadyFinal,
        NotCancelled,
        NotConfirmed,
    };
    struct Outcome
    {
        OrderId orderId = 0;
        Result result = Result::NotConfirmed;
        OrderStatus status = OrderStatus::Unknown; // as last seen, when looked up
        Decimal filled;
        QString detail; // the exchange's or the network's words, when there are any
    };
    struct Summary
    {
        int requested = 0;
        QList<Outcome> outcomes;
        int count(Result result) const;
        QList<OrderId> ids(Result result) const;
        // "3 of 4 cancelled; 1 already filled: 9007…" — what the trader reads.
        QString text() const;
        bool allCancelled() const { return count(Result::Cancelled) == requested; }
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
    void begin(int requested);
    void cancelled(OrderId id);
    // Asks the exchange what became of an order the cancel did not confirm.
    void lookUp(OrderId id, const ApiError &cancelError);
    void record(const Outcome &outcome);
    void done();

    ApiService *m_service;
    ActivityLogModel *m_log;
    QString m_account;
    int m_pending = 0;
    Summary m_summary;
    QSet<OrderId> m_userCancelled;
};
