#pragma once

// Test-only access to a session's collaborators. Session hands none of them out: it declares
// this class a friend, and it is defined only here, in tests/, so production code cannot reach
// the internals by accident. Tests, the storm and the screenshot runner use it as
// `probe(session).orders()`.
#include "models/AccountDataController.h"
#include "models/BookController.h"
#include "models/FillsController.h"
#include "models/MarketDataController.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "session/Session.h"

#include <memory>

class SessionProbe
{
public:
    explicit SessionProbe(const Session *session)
        : m_s(session)
    {}

    ApiService *service() const { return m_s->m_service; }
    // The embedded exchange once started; null before, and on a real exchange.
    EmbeddedExchange *embedded() const { return m_s->m_embedded.get(); }
    AppSettings *settings() const { return m_s->m_settings; }
    OpenOrdersModel *openOrders() const { return m_s->m_open; }
    FinishedOrdersModel *finishedOrders() const { return m_s->m_finished; }
    ActivityLogModel *log() const { return m_s->m_log; }
    OrdersController *orders() const { return m_s->m_orders; }
    MarketDataController *market() const { return m_s->m_market; }
    AccountDataController *accountData() const { return m_s->m_accountData; }
    BookController *book() const { return m_s->m_book; }
    PlacementTracker *placement() const { return m_s->m_placement; }
    CancelController *cancels() const { return m_s->m_cancels; }
    OrderNotifier *notifier() const { return m_s->m_notifier; }
    BalancesModel *balances() const { return m_s->m_balances; }
    DepthModel *depth() const { return m_s->m_depth; }
    FillsModel *fills() const { return m_s->m_fills; }
    StaleMonitor *ordersStale() const { return m_s->m_ordersStale; }
    StaleMonitor *marketStale() const { return m_s->m_marketStale; }
    FillsController *fillsController() const { return m_s->m_fillsController; }
    ColorScheme *colors() const { return m_s->m_colors; }
    ConnectionStatus *link() const { return m_s->m_link; }
    // Empty when ready; otherwise why the session cannot trade (what the status says).
    QString problem() const { return m_s->m_problem; }
    // Starts the embedded demo exchange now, before start() (the screenshot runner: its market
    // is seeded before the window shows).
    static void startExchange(Session &session) { session.startExchange(); }
    // Every feed but the orders': the market's, the account's, the book's and the fills'.
    QList<PollingFeed *> dataFeeds() const
    {
        QList<PollingFeed *> feeds = market()->feeds() + accountData()->feeds();
        feeds << book()->feed() << fillsController()->feed();
        return feeds;
    }

private:
    const Session *m_s;
};

inline SessionProbe probe(const Session *session)
{
    return SessionProbe(session);
}
inline SessionProbe probe(const Session &session)
{
    return SessionProbe(&session);
}
inline SessionProbe probe(const std::unique_ptr<Session> &session)
{
    return SessionProbe(session.get());
}
