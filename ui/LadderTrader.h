#pragma once

#include "core/Decimal.h"
#include "models/CancelController.h"
#include "models/DepthModel.h"
#include "models/LadderMove.h"
#include "models/MarketDataController.h"
#include "models/OrderDraft.h"
#include "models/PlacementTracker.h"
#include "ui/MessageBar.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class ActivityLogModel;
class AppSettings;
class BalancesModel;
class BookController;
class CancelController;
class ColorScheme;
class FinishedOrdersModel;
class QWidget;
class TicketModel;

// Trading from the book: places, cancels and moves orders at ladder prices, each through the one
// guarded path the order form uses: the ticket (TicketModel) checks the order with its own
// context (the validator's checks and fat-finger warnings), then the confirmation rule, the
// placement tracker's one intent one order, its rate limits and unknown outcomes. The quantity
// is the ticket's, read when the trader acts; the symbol is the book's. Orders on their way show
// at their prices until the exchange confirms them; a move shows one state at a time (leaving
// its price while its cancel is on its way, then on its way to the new price).
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
        // The depth as polled and its age: with the best bid/ask feed, the quote the form's Bid
        // and Ask show (MarketDataController::bestQuote); none: the feed alone.
        const BookController *feed = nullptr;
        PlacementTracker *placement = nullptr; // the one guarded path that places
        CancelController *cancels = nullptr;   // cancels at a level
        AppSettings *settings = nullptr;       // whether every order is confirmed
        ColorScheme *colors = nullptr;         // the confirmation dialog's
        ActivityLogModel *log = nullptr;       // where a move's end is written (none: nowhere)
        // Orders known finished: a placed order that filled before the open orders listed it
        // is no longer on its way (none: only the open orders end a flight).
        const FinishedOrdersModel *finished = nullptr;
        std::function<QString()> account; // the trading context's account
        // How a move of an order of `account` cancels, looks up and places.
        std::function<LadderMove::Backend(const QString &account, QObject *owner)> moves;
    };
    // `ticket`: the order form's ticket (its account and quantity are used, its checks decide).
    LadderTrader(const Dependencies &deps, TicketModel *ticket, QObject *parent = nullptr);
    ~LadderTrader() override;

    DepthModel *model() const { return m_model; }
    AppSettings *settings() const { return m_deps.settings; } // the book's grouping is kept there
    TicketModel *ticket() const { return m_ticket; } // the ladder's refusals follow its state
    // Where a confirmation dialog opens. The ladder's view (DepthView): Delete there acts on the
    // ladder, never as the window's "Cancel selected"; a symbol change disarms it.
    void setDialogParent(QWidget *parent);
    // Why placing is paused now (credentials refused, stale data: the form's reason), or empty.
    // The ladder obeys the same pause as the form's Place button.
    void setBlocked(std::function<QString()> blocked) { m_blocked = std::move(blocked); }

    // A click or key never trusts a touch older than this: the best bid/ask arrives about every
    // second (book and best bid/ask feed in turn), so older means a poll was missed.
    static constexpr int TouchTrustMs = 2500;
    // How long ago the freshest touch arrived (MarketDataController::bestQuote; -1: none).
    qint64 touchAgeMs() const;
    // "The book is 3.4 s old: nothing placed. It refreshes every second." (not a `sentence`:
    // "the book is 3.4 s old (it refreshes every second)"); empty while the freshest touch is
    // within TouchTrustMs, or when there is none at all (the ticket's rules then).
    QString touchTooOld(bool sentence = true) const;

    // A LIMIT order at this price with the ticket's quantity. False: nothing went (the message
    // says why).
    bool placeAt(const Decimal &price, ::Side side);
    bool placeAt(int row, ::Side side); // at the price of this ladder row
    // Why placeAt() would send nothing now (empty: it would place, or open its confirmation);
    // nothing is sent and nothing is said. The ladder's preview of a click.
    QString refusalAt(const Decimal &price, ::Side side);
    // Cancels the own orders at this ladder price: at once, or, with every order confirmed
    // (Settings), after the cancel preview that names them (Keep is the default). False: no order
    // of the trader's there.
    bool cancelAt(const Decimal &price);
    // Moves the own orders at ladder price `from` to `to` (cancel, then place what is unfilled).
    bool moveAt(const Decimal &from, const Decimal &to);
    int movesRunning() const;
    // A move whose cancel was confirmed but whose new order did not go (stale data, a refusal,
    // the exchange's rejection) leaves the trader flat: it is told until placed again or
    // dismissed. "Move interrupted: your order at … was cancelled, nothing placed at …"; empty:
    // none.
    QString interruptedText() const { return m_interrupted ? m_interrupted->text : QString(); }
    // Places the interrupted move's rest again, at its price, through the guarded path (judged
    // now, on fresh numbers; never across the spread). False: nothing went (the message says why).
    bool placeInterrupted();
    void dismissInterrupted();
    // Why the book may not be armed now (empty: it may): the ticket is set to Market (the book
    // places LIMIT orders), is for another symbol, or has no size a click could trade.
    QString armRefusal() const;
    // The size each armed click trades, with its unit ("0.0100 BTC"): the armed switch says it.
    QString clickSize() const;
    // A move's new order may use what its own cancel releases, and nothing more: the unfilled
    // rest of `order` (its value at its price for a buy, its quantity for a sell).
    static Decimal releasedBy(const Order &order);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // What the trader should read beside the ladder.
    void message(MessageBar::Kind kind, const QString &text);
    // interruptedText() changed.
    void interruptedChanged(const QString &text);
    // A move's rest was placed: order `from` was cancelled to rest at `price` instead.
    void moved(OrderId from, const Decimal &price);
    // The confirmation of an order from the book, or the preview of a cancel from it, closed
    // (accepted or not).
    void confirmationClosed();

private:
    // Place: send, or open the confirmation it needs. Move: the rest of a cancelled order; it
    // cannot wait for a confirmation, so one that needs it is not placed. Check: everything but
    // sending (a move's checks before its cancel).
    enum class Mode
    {
        Place,
        Move,
        Check,
        Preview // Check, and an order that needs a confirmation is no refusal
    };
    // `released`: what the cancel of a moved order frees for it (counted on top of the balance).
    QString place(const QString &account, const QString &symbol, ::Side side, const Decimal &price,
                  const QString &quantityText, Mode mode = Mode::Place,
                  const Decimal &released = {});
    // The available balance of the asset `order`'s side uses (nullopt: not known).
    std::optional<Decimal> freeFor(const Order &order) const;
    // Of what the cancel released, the part the balances do not show yet (they showed `before`
    // when the move was checked): counted once, whether or not the balances caught up.
    Decimal notYetShown(const Order &order, const std::optional<Decimal> &before) const;
    // Sends; else why the tracker refused it.
    QString send(const NewOrder &order);
    // A move's rest on its way (by its clientOrderId), to tell how the move ended.
    struct MoveRest
    {
        OrderId from = 0; // the cancelled order
        QString account;
        QString symbol;
        ::Side side = ::Side::Buy;
        Decimal fromPrice;
        Decimal price;
        Decimal quantity;
        QString what; // "Moving sell 0.0100 BTC 69,100.00 → 69,200.00 USDT"
        QString move; // "sell 0.0100 BTC 69,100.00 → 69,200.00 USDT"
        QString text; // the interruption's sentence, once interrupted
    };
    void moveEnded(const MoveRest &move, MessageBar::Kind kind, const QString &text);
    void interrupt(MoveRest move, const QString &reason);
    void onMoveFinished(LadderMove *move, bool placed, const QString &text);
    void cancelOrders(const QList<Order> &orders, const QString &where);
    void onCancelFinished(const QSet<OrderId> &ids, const QString &where,
                          const CancelController::Summary &summary);
    void onPlacement(const QString &clientOrderId, PlacementTracker::State state,
                     const QString &message);
    void startMove(const Order &order, const Decimal &price, const std::optional<Decimal> &free);
    void followMarket();
    void showInFlight();
    // An order placed from here stays "on its way" until the open orders list it (or it is known
    // finished): never shown twice, never not at all.
    void settleFlights();
    bool listedOrDone(const QString &clientOrderId) const;
    bool listed(const QString &clientOrderId) const;
    void followFinished();
    // The ticket as the form shows it is not what a click would send: why not, else empty.
    QString ticketHidden(const OrderDraft &ticket) const;
    // The ticket cannot place at all for this book (another symbol, no quantity): why, else empty.
    QString ticketUnusable(const OrderDraft &ticket, const QString &symbol) const;
    // The freshest touch: the book's top or the best bid/ask feed, whichever arrived last.
    MarketDataController::Quote freshTouch() const;
    // The best price of `side` of the freshest touch (what the form's Bid or Ask show), if any.
    std::optional<Decimal> shownBest(::Side side) const;
    // "a buy at 70,001.00 would trade at once against the ask 70,000.50": this LIMIT order
    // would cross the freshest touch (the book's top or the best bid/ask feed, whichever arrived
    // last, as the form shows it) or the book's rows as drawn; else empty. The price quoted is
    // the one that crosses, the freshest touch's first.
    QString crossesNow(::Side side, const Decimal &price) const;
    // Another symbol: the ladder is disarmed and centred on the new market when its book comes.
    void symbolChanged(const QString &symbol);
    // One rule for the ticket while armed (review 33): any change of its size (typed, stepped,
    // pasted, a 25 %…100 % button, a preset, Repeat), of its type to Market or of its symbol
    // disarms the book and says why, so the next click never trades what the trader did not arm.
    void ticketChanged();
    void disarm(const QString &why);
    QString sizeChangedText(const OrderDraft &draft) const;
    void centreOnNewBook();

    Dependencies m_deps;
    DepthModel *m_model;
    TicketModel *m_ticket;
    std::function<QString()> m_blocked;
    QPointer<QWidget> m_dialogParent;
    QString m_symbol;          // the market's symbol, to see it change
    OrderDraft m_seen;         // the ticket as last seen: its type, symbol and size
    QString m_sizeMessage;     // the last "Disarmed: size changed…": it follows the size as typed
    bool m_centreNext = false; // centre on the next book (the symbol changed)
    QHash<QString, DepthModel::InFlight> m_flying; // by clientOrderId
    QSet<QString> m_placed;                // of m_flying: placed, not yet listed in the open orders
    bool m_showing = false;                // showInFlight() is updating the book
    QHash<QString, MoveRest> m_moveRest;   // a move's rest on its way
    QString m_sentId;                      // the last order place() sent
    std::optional<MoveRest> m_nextMove;    // set while place() sends a move's rest
    std::optional<MoveRest> m_interrupted; // the move that left the trader flat
    bool m_replacing = false;              // set while the interrupted rest is sent
    QHash<OrderId, LadderMove *> m_moves;
    // Own orders a move has taken away: no longer shown as resting. By id and client order id: a
    // restarted exchange gives a moved order's id to a new order, which rests as usual.
    QSet<DepthModel::OrderKey> m_moved;
};
