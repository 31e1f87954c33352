#pragma once

#include <QObject>

class AppSettings;
class BalancesModel;
class BookController;
class ConnectionStatus;
class MarketDataController;
class QTimer;
class TicketModel;

// What the order ticket hears from outside the form: the market's last price and best bid/ask, the
// balances (read after the balances model has taken them), whether the exchange refused the
// credentials and the large-order threshold (neither has a signal the ticket can wait for: read on
// every change of the link, each second, and before every press).
class TicketFeeds final : public QObject
{
    Q_OBJECT

public:
    struct Sources
    {
        MarketDataController *market = nullptr; // the last price, for its symbol
        BalancesModel *balances = nullptr;      // what is available to spend
        ConnectionStatus *link = nullptr;       // refused credentials pause placing (may be null)
        AppSettings *settings = nullptr;        // the large-order threshold
        // The order book (may be null): the depth a MARKET order walks and, with the best bid/ask
        // feed, the freshest touch.
        BookController *book = nullptr;
    };

    TicketFeeds(const Sources &sources, TicketModel *ticket, QObject *parent);

    // Follows the sources from now on (and reads the settings and the link each second).
    void follow();
    // A book older than this is not walked: the book is polled only while its dock is visible,
    // and a hidden book's last depth says nothing of the market now (the touch stands in).
    static constexpr qint64 DepthMaxAgeMs = 5000;
    // Everything, now (one batch).
    void readAll();
    // The link and the settings, now; then polled().
    void poll();

Q_SIGNALS:
    // A state that ends with time alone may be gone ("went out less than a second ago").
    void polled();

private:
    void forwardBalances();
    void forwardLastPrice();
    void forwardDepth();

    Sources m_sources;
    TicketModel *m_ticket;
    QTimer *m_timer = nullptr;
};
