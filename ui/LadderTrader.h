#pragma once

#include "core/Decimal.h"
#include "models/DepthModel.h"
#include "models/LadderMove.h"
#include "models/OrderDraft.h"
#include "models/PlacementTracker.h"
#include "ui/MessageBar.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AppSettings;
class BalancesModel;
class CancelController;
class ColorScheme;
class MarketDataController;
class QWidget;

// Trading from the book: places, cancels and moves orders at ladder levels, each through the one
// guarded path the order form uses (the validator's checks and fat-finger warnings, the
// confirmation rule, the placement tracker's one intent one order, its rate limits and unknown
// outcomes). The quantity is the ticket's, read when the trader acts; the symbol is the book's.
// Orders on their way show at their levels until the exchange confirms them.
class LadderTrader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderTrader)

public:
    // What the ladder trades with, each for one thing it does.
    struct Dependencies
    {
        DepthModel *book = nullptr;             // the levels it trades at
        MarketDataController *market = nullptr; // the symbol, its rules, the last price
        BalancesModel *balances = nullptr;      // what is available to spend
        PlacementTracker *placement = nullptr;  // the one guarded path that places
        CancelController *cancels = nullptr;    // cancels at a level
        AppSettings *settings = nullptr;        // confirmation, large-order threshold
        ColorScheme *colors = nullptr;          // the confirmation dialog's
        std::function<QString()> account;       // the trading context's account
        // How a move of an order of `account` cancels, looks up and places.
        std::function<LadderMove::Backend(const QString &account, QObject *owner)> moves;
    };
    // `ticket`: the order form's draft (its account and quantity are used).
    LadderTrader(const Dependencies &deps, std::function<OrderDraft()> ticket,
                 QObject *parent = nullptr);
    ~LadderTrader() override;

    DepthModel *model() const { return m_model; }
    // Where a confirmation dialog opens.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    // Why placing is paused now (credentials refused, stale data: the form's reason), or empty.
    // The ladder obeys the same pause as the form's Place button.
    void setBlocked(std::function<QString()> blocked) { m_blocked = std::move(blocked); }

    // A LIMIT order at this level's price with the ticket's quantity. False: nothing went (the
    // message says why).
    bool placeAt(int row, ::Side side);
    // Cancels the own orders at this level.
    bool cancelAt(int row);
    // Moves the own orders at level `row` to `price` (cancel, then place what is unfilled).
    bool moveAt(int row, const Decimal &price);
    int movesRunning() const;

Q_SIGNALS:
    // What the trader should read beside the ladder.
    void message(MessageBar::Kind kind, const QString &text);

private:
    // Place: send, or open the confirmation it needs. Move: the rest of a cancelled order; it
    // cannot wait for a confirmation, so one that needs it is not placed. Check: everything but
    // sending (a move's checks before its cancel).
    enum class Mode
    {
        Place,
        Move,
        Check
    };
    QString place(const QString &account, const QString &symbol, ::Side side, const Decimal &price,
                  const QString &quantityText, Mode mode = Mode::Place);
    void send(const NewOrder &order);
    void onPlacement(const QString &clientOrderId, PlacementTracker::State state,
                     const QString &message);
    void startMove(const Order &order, const Decimal &price);
    void followMarket();
    void showInFlight();

    Dependencies m_deps;
    DepthModel *m_model;
    std::function<OrderDraft()> m_ticket;
    std::function<QString()> m_blocked;
    QPointer<QWidget> m_dialogParent;
    QHash<QString, DepthModel::InFlight> m_flying; // by clientOrderId
    QHash<OrderId, LadderMove *> m_moves;
};
