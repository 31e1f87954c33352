#pragma once

#include "core/Decimal.h"

#include <QWidget>

class BookController;
class ColorScheme;
class MarketDataController;
class QLabel;
class QPushButton;
class StaleMonitor;

// The chosen symbol's last price, 24 h change and best bid/ask; clicking a price puts it in the
// order form.
class MarketPanel final : public QWidget
{
    Q_OBJECT

public:
    // Bid/Ask: the freshest touch of `book` and the best bid/ask feed
    // (MarketDataController::bestQuote).
    MarketPanel(MarketDataController *market, BookController *book, const ColorScheme *colors,
                QWidget *parent = nullptr);
    // Marks the panel stale (caption, dimmed prices) while `monitor` says so.
    void markStale(StaleMonitor *monitor);

Q_SIGNALS:
    void priceChosen(const Decimal &price);

private:
    void refresh();

    MarketDataController *m_market;
    BookController *m_book;
    const ColorScheme *m_colors;
    QLabel *m_symbol;
    QLabel *m_last;
    QLabel *m_change;
    QLabel *m_range;
    QPushButton *m_bid;
    QPushButton *m_ask;
    Decimal m_bidPrice;
    Decimal m_askPrice;
};
