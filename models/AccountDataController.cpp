#include "models/AccountDataController.h"

#include "core/ApiService.h"
#include "models/BalancesModel.h"
#include "models/PollIntervals.h"
#include "models/PollingFeed.h"
#include "models/TradingContext.h"

AccountDataController::AccountDataController(ApiService *service, TradingContext *context,
                                             BalancesModel *balances, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_context(context),
      m_model(balances)
{
    m_accountFeed = new PollingFeed(
        tr("Accounts"),
        [this](QObject *ctx, PollingFeed::Done done) {
            m_service->userInfo(ctx, [this, done](const ApiResult<QList<Account>> &r) {
                if (r.ok()) {
                    m_accounts = r.value;
                    // No account chosen yet: the exchange's first is.
                    if (m_context->account().isEmpty() && !m_accounts.isEmpty())
                        m_context->setAccount(m_accounts.first().id);
                    Q_EMIT accountsChanged();
                }
                done(r.error);
            });
        },
        PollIntervals::AccountsMs, this);
    m_balanceFeed = new PollingFeed(
        tr("Balances"),
        [this](QObject *ctx, PollingFeed::Done done) {
            const QString asked = m_context->account();
            if (asked.isEmpty())
                return done({});
            // A reply for the account the trader just left is dropped.
            m_service->balances(asked, {}, ctx,
                                [this, done, asked](const ApiResult<QList<Balance>> &r) {
                                    if (asked != m_context->account())
                                        return done({});
                                    if (r.ok()) {
                                        m_balances = r.value;
                                        applyBalances();
                                    }
                                    done(r.error);
                                });
        },
        PollIntervals::BalancesMs, this);
}

void AccountDataController::followAccount()
{
    m_balances.clear();
    applyBalances();
    m_balanceFeed->refreshNow();
}

void AccountDataController::setPreferredTokens(const QStringList &tokens)
{
    m_model->setPreferredTokens(tokens);
}

void AccountDataController::applyBalances()
{
    m_model->applySnapshot(m_balances);
}

void AccountDataController::start()
{
    for (PollingFeed *f : feeds())
        f->start();
}

void AccountDataController::stop()
{
    for (PollingFeed *f : feeds())
        f->stop();
}

void AccountDataController::refreshNow()
{
    m_balanceFeed->refreshNow();
}
