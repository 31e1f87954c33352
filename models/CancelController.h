#pragma once

#include "core/ApiResult.h"
#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class ActivityLogModel;
class ApiService;

// Cancels what the trader chose: one order, several (batch cancels of at most 5 ids), or all of a
// symbol. The documented batch reply lists only the ids it cancelled, so every id asked for and
// not in it is looked up: each order ends as cancelled, already final (filled, cancelled,
// rejected), not cancelled (still open), or not confirmed (the look-up failed too, or the cancel's
// outcome is unknown and the order was still open when looked up: the cancel may still land).
// Cancel all of a symbol is summarised over the orders the preview listed, each accounted for.
// Every request goes with the account it was made for; an order of another account is refused.
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
        NotSent, // another account's order: never sent with this account's id
    };
    struct Outcome
    {
        OrderId orderId = 0;
        Result result = Result::NotConfirmed;
        OrderStatus status = OrderStatus::Unknown; // as last seen, when looked up
        Decimal filled;
        QString detail; // the exchange's or the network's words, when there are any
        // The order in words ("Buy 0.0100 BTC @ 69,000.00 USDT"); empty when only its id is
        // known (a typed id the look-up could not read).
        QString what;
        QString filledText; // "0.0100 BTC" when some had filled, at the symbol's decimals
        // "Buy 0.0100 BTC @ 69,000.00 USDT (order 9007…)", or "order 9007…".
        QString subject() const;
        // What became of it, for the log's result and a one-order message: "Cancelled.",
        // "Not cancelled: already filled (0.0100 BTC had filled)." …
        QString verdict() const;
    };
    struct Summary
    {
        int requested = 0;
        QList<Outcome> outcomes;
        QString failure; // why a cancel request itself failed, if one did
        int count(Result result) const;
        QList<OrderId> ids(Result result) const;
        // What the trader reads. One order: "Buy 0.0100 BTC @ 69,000.00 USDT — cancelled
        // (order 9007…)."; several: "3 of 4 cancelled; 1 already filled or closed: Buy …
        // (order 9007…)."
        QString text() const;
        // Green only when there was something to cancel and each was confirmed cancelled.
        bool allCancelled() const { return requested > 0 && count(Result::Cancelled) == requested; }
    };

    // `wallMs` (ms since the epoch; empty: the system's) times what a look-up saw.
    CancelController(ApiService *service, ActivityLogModel *log, QObject *parent = nullptr,
                     std::function<qint64()> wallMs = {});
    void setAccount(const QString &accountId) { m_account = accountId; }
    // The rules the log and the messages tell orders with.
    void setSymbolRules(const QList<SymbolRules> &rules);
    // "Buy 0.0100 BTC @ 69,000.00 USDT (order 9007…)", or "order 9007…" for a bare id.
    QString describe(const Order &order) const;
    QString account() const { return m_account; }

    void cancel(const QList<Order> &orders);
    // Cancels the orders the preview listed (what the trader saw and confirmed), by id, and
    // nothing else: an order placed after the preview stays open. Each is confirmed by the reply
    // or looked up; an empty preview sends nothing.
    void cancelAll(const QString &symbol, const QList<Order> &previewed);
    // Cancels one order as the first step of moving it (`what`: "Moving sell 0.0100 BTC …"): the
    // same request, look-up and account check, logged as the move's step ("Move order N"), and
    // told only to `done`, never in finished(): a move is not a plain cancel.
    void cancelForMove(const Order &order, const QString &what,
                       std::function<void(const Outcome &)> done);
    bool isBusy() const { return m_pending > 0; }
    // Orders this window cancelled, so their cancellation is not announced as news.
    bool cancelledByUser(OrderId id) const { return m_userCancelled.contains(id); }
    // Orders whose cancel ended "not confirmed", waiting for a later listing to settle them.
    int unconfirmedCount() const { return int(m_unconfirmed.size()); }

public Q_SLOTS:
    // What a later refresh saw (`open`: the open list, asked at `askedAtMs` on this controller's
    // wall clock; otherwise the finished list or a look-up, which only ever settle a final state).
    // A "not confirmed" order it shows final is resolved ("… is cancelled"); one an open list
    // asked after the cancel's outcome still lists is resolved as still open. Each resolution is
    // logged once, and the summary it revises is told in summaryRevised().
    void reconcile(const QList<Order> &seen, bool open, qint64 askedAtMs);

Q_SIGNALS:
    void finished(const CancelController::Summary &summary);
    // The last summary told in finished(), with outcomes a later refresh settled (`before`: the
    // text that summary had until now, so a banner still showing it can be brought up to date).
    void summaryRevised(const CancelController::Summary &summary, const QString &before);
    void refreshWanted();

private:
    void begin(int requested);
    // The orders of the current account; the others are recorded as not sent.
    QList<Order> ofThisAccount(const QList<Order> &orders);
    void cancelled(OrderId id);
    // Asks the exchange what became of an order the cancel did not confirm (in its account).
    void lookUp(OrderId id, const QString &account, const ApiError &cancelError);
    Outcome judge(OrderId id, const ApiResult<Order> &r, const ApiError &cancelError) const;
    // The order's words and filled quantity filled in from what is known of it.
    Outcome described(Outcome outcome) const;
    void record(const Outcome &outcome);
    // The log's line for one order's outcome, under `action` (`move`: the move it began).
    void log(const QString &action, const Outcome &outcome, const QString &move = {});
    QString what(const Order &order) const;
    SymbolRules rulesOf(const QString &symbol) const;
    void done();
    // One "not confirmed" order settled by what a refresh saw: logged, and the summary revised.
    void resolve(const Order &seen, Result result);

    ApiService *m_service;
    ActivityLogModel *m_log;
    std::function<qint64()> m_wallMs;
    QString m_account;
    int m_pending = 0;
    Summary m_summary;
    QSet<OrderId> m_userCancelled;
    QHash<QString, SymbolRules> m_rules;
    QHash<OrderId, Order> m_orders; // what was asked to be cancelled, or looked up since
    struct Unconfirmed
    {
        QString account;
        QString what;
        qint64 sinceMs = 0; // when its outcome was told "not confirmed"
    };
    QHash<OrderId, Unconfirmed> m_unconfirmed;
    Summary m_told; // the last summary told in finished()
};
