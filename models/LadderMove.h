#pragma once

#include "core/ApiResult.h"
#include "core/MarketTypes.h"
#include "core/Order.h"
#include "models/CancelController.h"

#include <QObject>

#include <functional>

class ApiService;

// Moves one own order to another price as cancel-then-place: the cancel goes first; only once
// the exchange confirms it is the order looked up for what filled meanwhile, and only the
// quantity left unfilled is placed at the new price (through the one guarded path the backend
// gives). If the order filled (or closed) meanwhile, or the cancel is not confirmed, or the
// look-up does not answer, nothing is placed and the message says why. Single use; no widgets.
class LadderMove final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderMove)

public:
    enum class State
    {
        Idle,
        Cancelling, // the cancel is on its way
        Checking,   // cancelled: asking what filled before it
        Placing,    // the unfilled rest goes to the guarded path
        Placed,     // the rest went to the guarded path (it may still confirm or refuse)
        NothingPlaced,
    };
    Q_ENUM(State)

    struct Backend
    {
        // Cancels the order as the move's first step (`what`: the move, for the log).
        std::function<void(const Order &, const QString &what,
                           std::function<void(const CancelController::Outcome &)>)>
            cancel;
        std::function<void(const Order &, std::function<void(const ApiResult<Order> &)>)> lookup;
        // The guarded path: returns empty when it took the order, else why it did not.
        std::function<QString(const Order &from, const Decimal &price, const Decimal &quantity)>
            place;
        // Cancels through the window's cancel controller (its log, its account check) and looks
        // up through the service, in `account`; `place` is the caller's guarded path.
        static Backend from(ApiService *service, CancelController *cancels, const QString &account,
                            QObject *context);
    };

    explicit LadderMove(Backend backend, QObject *parent = nullptr);

    // Starts moving `order` to `price` (`rules`: the symbol's, for the messages); false (nothing
    // sent) if already started or there is no move.
    bool start(const Order &order, const Decimal &price, const SymbolRules &rules);
    State state() const { return m_state; }
    bool isRunning() const
    {
        return m_state == State::Cancelling || m_state == State::Checking
               || m_state == State::Placing;
    }
    const Order &order() const { return m_order; }
    Decimal target() const { return m_target; }
    Decimal placedQuantity() const { return m_placed; }
    QString message() const { return m_message; }
    // "Moving sell 0.0100 BTC 70,001.00 → 70,010.00 USDT", for the messages on the way.
    QString what() const;
    // "sell 0.0100 BTC 70,001.00 → 70,010.00 USDT": an end's message says what happened first
    // ("Moved: …", "Filled during move — nothing placed: …"), so that one line shows it.
    QString move() const;
    // The move ended after its cancel was confirmed and what filled was known, but the rest was
    // not placed (refused by the guarded path): the trader is flat where they meant to rest.
    bool interrupted() const { return m_interrupted; }
    // Why the guarded path refused the rest, once interrupted.
    QString refusal() const { return m_refusal; }
    // The quantity left unfilled when the cancel was confirmed (zero until known).
    Decimal rest() const { return m_rest; }

Q_SIGNALS:
    void stateChanged(LadderMove::State state, const QString &message);
    void finished(bool placed, const QString &message);

private:
    void onCancel(const CancelController::Outcome &outcome);
    void onLookup(const ApiResult<Order> &r);
    void setState(State state, const QString &message);
    void end(bool placed, const QString &message);
    QString filledText() const;

    Backend m_backend;
    State m_state = State::Idle;
    Order m_order;
    Decimal m_target;
    Decimal m_placed;
    Decimal m_rest;
    bool m_interrupted = false;
    QString m_refusal;
    SymbolRules m_rules;
    QString m_message;
};
