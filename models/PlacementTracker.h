#pragma once

#include "NewOrder.h"

#include <QObject>
#include <QTimer>

class ActivityLogModel;
class ApiService;
struct ApiError;
struct Order;

// The life of one order placement. The clientOrderId belongs to the logical order: while the
// outcome is unknown (5xx, timeout, dropped connection) nothing is sent again; the order is looked
// up by its clientOrderId until the exchange says what happened.
class PlacementTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementTracker)

public:
    enum class State
    {
        Idle,
        Sending,
        Placed,    // the exchange has it (orderId known)
        Rejected,  // the exchange said no; nothing happened
        NotSent,   // never reached the exchange (network, rate limit, credentials)
        Checking,  // outcome unknown: looking it up by clientOrderId
        NotPlaced, // checked: the exchange has no such order
    };
    Q_ENUM(State)

    static constexpr int MaxNotFoundChecks = 4;

    PlacementTracker(ApiService *service, ActivityLogModel *log, QObject *parent = nullptr);

    // False, and nothing sent, while an order is being sent or checked.
    bool place(const NewOrder &order);
    bool isBusy() const { return m_state == State::Sending || m_state == State::Checking; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    OrderId orderId() const { return m_orderId; }
    NewOrder current() const { return m_order; }
    static QString describe(const NewOrder &order);

Q_SIGNALS:
    void stateChanged(PlacementTracker::State state, const QString &message);
    void placed(OrderId orderId);

private:
    void setState(State state, const QString &message);
    void onPlaced(OrderId id);
    void onFailed(const ApiError &error);
    void check();
    void onLookup(const Order *found, const ApiError &error);

    ApiService *m_service;
    ActivityLogModel *m_log;
    State m_state = State::Idle;
    QString m_message;
    NewOrder m_order;
    OrderId m_orderId = 0;
    int m_notFound = 0;
    int m_attempt = 0;
    QTimer m_checkTimer;
};
