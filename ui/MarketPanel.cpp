#include "ui/MarketPanel.h"

#include "models/AssetFormat.h"
#include "models/BookController.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/MarketDataController.h"
#include "models/OrderText.h"

#include "ui/StaleMark.h"
#include "ui/WidgetColors.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

MarketPanel::MarketPanel(MarketDataController *market, BookController *book,
                         const ColorScheme *colors, QWidget *parent)
    : QWidget(parent),
      m_market(market),
      m_book(book),
      m_colors(colors),
      m_symbol(new QLabel(this)),
      m_last(new QLabel(this)),
      m_change(new QLabel(this)),
      m_range(new QLabel(this)),
      m_bid(new QPushButton(this)),
      m_ask(new QPushButton(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    QFont big = m_last->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_last->setFont(big);
    m_last->setObjectName(QStringLiteral("lastPrice"));
    m_last->setAccessibleName(tr("Last price"));
    m_symbol->setObjectName(QStringLiteral("marketSymbol"));
    m_bid->setObjectName(QStringLiteral("bestBid"));
    m_ask->setObjectName(QStringLiteral("bestAsk"));
    m_bid->setToolTip(tr("Best bid: click to use as the price"));
    m_ask->setToolTip(tr("Best ask: click to use as the price"));
    m_bid->setAccessibleName(tr("Best bid"));
    m_ask->setAccessibleName(tr("Best ask"));
    m_bid->setFocusPolicy(Qt::NoFocus); // the form's tab order stays on the fields
    m_ask->setFocusPolicy(Qt::NoFocus);
    grid->addWidget(m_symbol, 0, 0);
    grid->addWidget(m_change, 0, 1, Qt::AlignRight);
    m_range->setObjectName(QStringLiteral("dayRange"));
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_range->setToolTip(tr("24 h high, low and traded amount (in the quote token)"));
    grid->addWidget(m_last, 1, 0);
    grid->addWidget(m_range, 1, 1);
    grid->addWidget(m_bid, 2, 0);
    grid->addWidget(m_ask, 2, 1);
    connect(m_bid, &QPushButton::clicked, this, [this] { Q_EMIT priceChosen(m_bidPrice); });
    connect(m_ask, &QPushButton::clicked, this, [this] { Q_EMIT priceChosen(m_askPrice); });
    connect(m_market, &MarketDataController::marketChanged, this, &MarketPanel::refresh);
    connect(m_market, &MarketDataController::symbolsChanged, this, &MarketPanel::refresh);
    if (m_book)
        connect(m_book, &BookController::depthChanged, this, &MarketPanel::refresh);
    // A change of palette (colour-blind, theme) recolours bid, ask and the day's change at once.
    connect(m_colors, &ColorScheme::changed, this, &MarketPanel::refresh);
    refresh();
}

void MarketPanel::markStale(StaleMonitor *monitor)
{
    auto *mark = new StaleMark(monitor, m_colors, this);
    mark->setObjectName(QStringLiteral("marketStale"));
    static_cast<QGridLayout *>(layout())->addWidget(mark, 3, 0, 1, 2);
    for (QLabel *label : {m_symbol, m_last, m_range})
        mark->dim(label);
}

void MarketPanel::refresh()
{
    const auto known = m_market->rules(m_market->symbol());
    const SymbolRules rules =
        OrderText::rulesOrName(known ? *known : SymbolRules(), m_market->symbol());
    const QString quote = rules.quoteToken;
    const auto price = [&rules](const Decimal &p) {
        return AssetFormat::price(p, rules);
    };
    m_symbol->setText(m_market->symbol());
    const auto last = m_market->lastPrice();
    m_last->setText(last ? AssetFormat::withUnit(price(*last), quote) : QStringLiteral("—"));
    const auto ticker = m_market->ticker();
    if (ticker) {
        const bool up = !ticker->priceChangePercent.isNegative();
        m_change->setText(tr("24 h %1%2 %")
                              .arg(up ? QStringLiteral("+") : QString(),
                                   DecimalFormat::display(ticker->priceChangePercent, 2)));
        WidgetColors::setText(m_change, m_colors->side(up ? Side::Buy : Side::Sell));
        const QString volume =
            AssetFormat::withUnit(AssetFormat::value(ticker->amount, quote), quote);
        const auto range = MarketDataController::dayRange(*ticker, last);
        m_range->setText(
            tr("H %1 · L %2\nVol %3").arg(price(range.high), price(range.low), volume));
        m_range->setAccessibleName(tr("24 hours: high %1, low %2, volume %3")
                                       .arg(AssetFormat::withUnit(price(range.high), quote),
                                            AssetFormat::withUnit(price(range.low), quote),
                                            volume));
    } else {
        m_change->clear();
        m_range->clear();
    }
    const auto best =
        MarketDataController::bestQuote(m_market->book(), m_market->bookAgeMs(),
                                        m_book ? m_book->depthOf(m_market->symbol()) : std::nullopt,
                                        m_book ? m_book->depthAgeMs() : -1);
    const BookTicker *book = &best.levels;
    m_bid->setEnabled(book->hasBid);
    m_ask->setEnabled(book->hasAsk);
    if (book->hasBid) {
        m_bidPrice = book->bid.price;
        m_bid->setText(tr("Bid %1").arg(price(m_bidPrice)));
    } else {
        m_bid->setText(tr("Bid —"));
    }
    if (book->hasAsk) {
        m_askPrice = book->ask.price;
        m_ask->setText(tr("Ask %1").arg(price(m_askPrice)));
    } else {
        m_ask->setText(tr("Ask —"));
    }
    WidgetColors::setText(m_bid, m_colors->side(Side::Buy));
    WidgetColors::setText(m_ask, m_colors->side(Side::Sell));
}
