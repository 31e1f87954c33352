#pragma once

#include "core/AccountTypes.h"

#include <QObject>
#include <QStringList>

class ApiService;
class BalancesModel;
class PollingFeed;
class TradingContext;

// The trader's own account data, kept fresh within the rate limits: the accounts this key may
// trade and the context account's balances. It feeds its own model (BalancesModel) before its
// signal goes out, so whoever listens reads it fresh. A balances reply for an account the trader
// has left since asking is dropped.
class AccountDataController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDataController)

public:
    AccountDataController(ApiService *service, TradingContext *context, BalancesModel *balances,
                          QObject *parent = nullptr);

    // Empties the balances and asks for the context's (new) account at once.
    void followAccount();
    // The symbol's tokens (base, quote) come first in the balances.
    void setPreferredTokens(const QStringList &tokens);
    void start();
    void stop();
    // After the trader's own action: the balances at once (within the rate limits).
    void refreshNow();

    QList<Account> accounts() const { return m_accounts; }
    QList<Balance> balances() const { return m_balances; }
    QList<PollingFeed *> feeds() const { return {m_accountFeed, m_balanceFeed}; }

Q_SIGNALS:
    void accountsChanged();

private:
    void applyBalances();

    ApiService *m_service;
    TradingContext *m_context;
    BalancesModel *m_model;
    QList<Account> m_accounts;
    QList<Balance> m_balances;
    PollingFeed *m_accountFeed;
    PollingFeed *m_balanceFeed;
};
