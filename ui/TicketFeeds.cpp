#include "ui/TicketFeeds.h"

#include "models/BalancesModel.h"
#include "models/BookController.h"
#include "models/ConnectionStatus.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"

#include <QTimer>

TicketFeeds::TicketFeeds(const Sources &sources, TicketModel *ticket, QObject *parent)
    : QObject(parent),
      m_sources(sources),
      m_ticket(ticket)
{}

void TicketFeeds::follow()
{
    connect(m_sources.market, &MarketDataController::marketChanged, this,
            &TicketFeeds::forwardLastPrice);
    if (m_sources.book)
        connect(m_sources.book, &BookController::depthChanged, this,
                &TicketFeeds::forwardLastPrice);
    // The balances model's own signal: the ticket reads it after it has taken the new balances.
    connect(m_sources.balances, &BalancesModel::balancesChanged, this,
            &TicketFeeds::forwardBalances);
    if (m_sources.book)
        connect(m_sources.book, &BookController::depthChanged, this, &TicketFeeds::forwardDepth);
    if (m_sources.link)
        connect(m_sources.link, &ConnectionStatus::changed, this, &TicketFeeds::poll);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TicketFeeds::poll);
    m_timer->start();
}

void TicketFeeds::readAll()
{
    const TicketModel::Batch batch(m_ticket);
    forwardLastPrice();
    forwardBalances();
    poll();
}

void TicketFeeds::poll()
{
    {
        const TicketModel::Batch batch(m_ticket);
        forwardDepth(); // its age decides, and time alone ages it
        if (m_sources.link)
            m_ticket->setCredentialsRefused(m_sources.link->state().link
                                            == ConnectionStatus::Link::CredentialsRefused);
        if (const auto large = Decimal::parse(m_sources.settings->largeNotional()))
            m_ticket->setLargeNotional(*large);
    }
    Q_EMIT polled();
}

void TicketFeeds::forwardLastPrice()
{
    const TicketModel::Batch batch(m_ticket);
    const MarketDataController *market = m_sources.market;
    m_ticket->setLastPrice(market->symbol(), market->lastPrice());
    // The freshest touch the market panel shows (the book's top or the best bid/ask feed,
    // whichever arrived last): no request of the ticket's own. The confirmation's live
    // "crosses the market" judges the same one.
    const BookController *book = m_sources.book;
    const auto touch = MarketDataController::bestQuote(
        market->book(), market->bookAgeMs(), book ? book->depthOf(market->symbol()) : std::nullopt,
        book ? book->depthAgeMs() : -1);
    m_ticket->setQuote(market->symbol(), market->book() || touch.fromBook
                                             ? std::optional<BookTicker>(touch.levels)
                                             : std::nullopt);
}

void TicketFeeds::forwardDepth()
{
    const BookController *book = m_sources.book;
    if (!book)
        return;
    const qint64 age = book->depthAgeMs();
    m_ticket->setDepth(m_sources.market->symbol(),
                       age >= 0 && age <= DepthMaxAgeMs ? book->depth() : std::nullopt);
}

void TicketFeeds::forwardBalances()
{
    const BalancesModel *b = m_sources.balances;
    if (b->rowCount() == 0) {
        m_ticket->setAvailable(std::nullopt); // not loaded (yet)
        return;
    }
    QHash<QString, Decimal> available;
    for (int row = 0; row < b->rowCount(); ++row)
        if (const Balance *balance = b->balance(row))
            available.insert(balance->token, balance->available);
    m_ticket->setAvailable(available);
}
