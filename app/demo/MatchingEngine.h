#pragma once

#include "core/AccountTypes.h"
#include "core/NewOrder.h"
#include "core/Order.h"
#include "demo/MarketSimulator.h"

#include <QHash>
#include <QMap>

#include <functional>
#include <map>
#include <optional>
#include <random>

class DemoClock;

// The demo exchange's books: accounts and balances, orders, and matching against the simulated
// market. Funds for resting orders are frozen; fills move balances. Purely in memory.
class MatchingEngine
{
public:
    struct Outcome
    {
        QString code = QStringLiteral("0"); // "0" = success, else the exchange's error code
        QString message;
        OrderId orderId = 0;
        bool ok() const { return code == QLatin1String("0"); }
    };

    MatchingEngine(DemoClock *clock, quint64 seed);

    MarketSimulator &market() { return m_market; }
    const MarketSimulator &market() const { return m_market; }
    void addAccount(const Account &account, const QMap<QString, Decimal> &totals);
    QList<Account> accounts() const;
    bool hasAccount(const QString &id) const { return m_accounts.contains(id); }

    Outcome place(const NewOrder &order);
    Outcome cancel(const QString &accountId, const OrderRef &ref);
    QList<Outcome> cancelSymbol(const QString &accountId, const QString &symbol);
    std::optional<Order> find(const QString &accountId, const OrderRef &ref) const;
    QList<Order> openOrders(const QString &accountId, const QString &symbol, OrderId orderId,
                            int limit) const;
    QList<Order> finishedOrders(const QString &accountId, const QString &symbol, OrderId orderId,
                                int limit, qint64 startTime, qint64 endTime) const;
    QList<Balance> balances(const QString &accountId, const QString &token) const;
    QList<Trade> trades(const QString &accountId, const QString &symbol, OrderId orderId, int limit,
                        qint64 startTime, qint64 endTime) const;
    int orderCount() const { return int(m_orders.size()); }
    // Nothing documents that the exchange refuses a reused clientOrderId: off unless asked for.
    void setRejectDuplicateClientIds(bool on) { m_rejectDuplicateClientIds = on; }
    // The list queries' orderId: a page cursor (older than it, the default) or an exact filter.
    void setOrderIdIsFilter(bool on) { m_orderIdIsFilter = on; }
    Decimal makerFee() const { return m_makerFee; }
    Decimal takerFee() const { return m_takerFee; }
    qint64 now() const;
    // Fee rates on what a fill brings in: resting orders pay the maker rate, crossing ones the
    // taker rate (0.001 = 0.1 %).
    void setFeeRates(const Decimal &maker, const Decimal &taker);
    // The simulated crowd's book with the resting limit orders of every account added in.
    Depth book(const QString &symbol, int levels = 1000) const;

    // Moves the market one step and fills resting orders it crosses.
    void step();
    // Sets the mid price and fills what that crosses, for tests and the control endpoint.
    void moveMarket(const QString &symbol, const Decimal &mid);
    // Fills this much more of an open order at its own price (tests): false if it cannot.
    bool fillPart(OrderId orderId, const Decimal &qty);
    // What a restarted exchange knows (tests): no order and no trade, and ids handed out from the
    // start again; accounts and balances stay. A look-up of an old id answers "no such order".
    void forgetOrders();

private:
    struct AccountBook
    {
        Account account;
        QMap<QString, Decimal> totals;
    };

    Outcome validate(const NewOrder &order, const SymbolRules &rules) const;
    void takeLiquidity(Order &order, const SymbolRules &rules);
    void fill(Order &order, const SymbolRules &rules, const Decimal &price, const Decimal &qty,
              bool maker);
    void fillResting();
    void finish(Order &order, OrderStatus status, const QString &reason = {});
    Decimal frozen(const QString &accountId, const QString &token) const;
    Decimal available(const QString &accountId, const QString &token) const;
    Order *lookup(const QString &accountId, const OrderRef &ref);
    // Up to limit of the account's orders, newest first, that keep() accepts.
    QList<Order> newest(const QString &accountId, const QString &symbol, OrderId orderId, int limit,
                        const std::function<bool(const Order &)> &keep) const;

    DemoClock *m_clock;
    bool m_rejectDuplicateClientIds = false;
    bool m_orderIdIsFilter = false;
    MarketSimulator m_market;
    std::mt19937_64 m_rng;
    QMap<QString, AccountBook> m_accounts;
    std::map<OrderId, Order> m_orders;
    QHash<QString, OrderId> m_byClientId; // key: accountId + '/' + clientOrderId
    QList<Trade> m_trades;
    OrderId m_nextOrderId = 9007199254740993; // 2^53 + 1: ids that a double cannot hold
    qint64 m_nextTradeId = 1;
    Decimal m_makerFee = *Decimal::parse("0.0008");
    Decimal m_takerFee = *Decimal::parse("0.001");
};
