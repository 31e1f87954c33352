#include "ui/OrdersArea.h"

#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderText.h"
#include "models/OrdersController.h"
#include "models/StaleMonitor.h"
#include "ui/FinishedFilterBar.h"
#include "ui/MessageBar.h"
#include "ui/OrdersView.h"
#include "ui/WidgetColors.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

OrdersArea::OrdersArea(const WindowParts &parts, bool demo, QWidget *window)
    : QObject(window),
      m_parts(parts)
{
    buildCentre(demo, window);
}

QWidget *OrdersArea::finished()
{
    if (!m_finished)
        buildFinished();
    return m_finished;
}

void OrdersArea::buildCentre(bool demo, QWidget *window)
{
    // Centre: the demo banner (when on the demo exchange) above the open orders.
    auto *centre = m_centre = new QWidget(window);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    if (demo) {
        auto *banner = new QLabel(QCoreApplication::translate(
                                      "MainWindow",
                                      "DEMO EXCHANGE — simulated market on this computer; no real "
                                      "money is at stake."),
                                  centre);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setMargin(4);
        WidgetColors::setBackground(banner, QColor(0xff, 0xc1, 0x4d));
        WidgetColors::setText(banner, Qt::black);
        WidgetColors::setBold(banner, true);
        centreLayout->addWidget(banner);
    }
    auto *openTitle = new QLabel(QCoreApplication::translate("MainWindow", "Open orders"), centre);
    openTitle->setObjectName(QStringLiteral("openOrdersTitle"));
    WidgetColors::setBold(openTitle, true);
    // How many there are, all of them: the list pages through however many the exchange holds.
    const auto count = [openTitle, model = m_parts.orders.open] {
        openTitle->setText(
            QCoreApplication::translate("MainWindow", "Open orders (%1)").arg(model->rowCount()));
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_parts.orders.open, signal, openTitle, count);
    count();
    // One line above the header: the title, the stale mark and the message, each one line high
    // and its room kept while hidden, so the rows never move when one shows (a click selects for
    // a cancel) and no blank line waits above them (review 33: 60 px kept for two lines).
    auto *titleLine = new QHBoxLayout;
    titleLine->setContentsMargins(0, 0, 0, 0);
    titleLine->addWidget(openTitle);
    centreLayout->addLayout(titleLine);
    m_message = new MessageBar(m_parts.colors, centre);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setOneLine(); // whole in its tooltip and in the activity log
    m_openView = new OrdersView(m_parts.orders.open, QStringLiteral("open"), centre);
    m_openView->table()->setAccessibleName(
        QCoreApplication::translate("MainWindow", "Open orders"));
    // Beside the book at 1440 px: what it fills and at what average, not its notional.
    m_openView->hideByDefault({OrderTableModel::Amount, OrderTableModel::Fee});
    m_openView->markStale(m_parts.orders.stale, titleLine);
    titleLine->addWidget(m_message, 1);
    // Units in the titles before the first order: those of the symbol traded.
    const auto traded = [this] {
        m_parts.orders.open->setListedSymbol(m_parts.market.data->symbol());
    };
    connect(m_parts.market.data, &MarketDataController::symbolTokensChanged, this, traded);
    traded();
    // An error told while the orders could not be refreshed is gone with its cause.
    connect(m_parts.orders.stale, &StaleMonitor::staleChanged, this, [this](bool stale) {
        if (!stale && m_message->kind() == MessageBar::Kind::Error)
            m_message->clear();
    });
    centreLayout->addWidget(m_openView, 1);
    // A list that may be incomplete says so, and why; no order leaves the table on it.
    connect(
        m_parts.orders.open, &OpenOrdersModel::gapChanged, this, [this](OpenOrdersModel::Gap gap) {
            using Gap = OpenOrdersModel::Gap;
            m_openView->setBanner(
                gap == Gap::Incomplete ? QCoreApplication::translate(
                    "MainWindow", "⚠ Not every open order could be fetched this time "
                                  "(the exchange's pages ran out); more may exist than are listed.")
                : gap == Gap::PagingMisread ? QCoreApplication::translate(
                      "MainWindow",
                      "⚠ The exchange did not page the open orders as asked (a page was "
                      "not older than the one before); more may exist than are listed. "
                      "No order is taken off the list until a complete list comes.")
                                            : QString());
        });
}

void OrdersArea::buildFinished()
{
    auto *finished = m_finished = new QWidget(m_centre->parentWidget());
    auto *finishedLayout = new QVBoxLayout(finished);
    finishedLayout->setContentsMargins(4, 4, 4, 4);
    m_filter = new FinishedFilterBar(finished);
    m_finishedView = new OrdersView(m_parts.orders.finished, QStringLiteral("finished"), finished);
    m_finishedView->table()->setAccessibleName(
        QCoreApplication::translate("MainWindow", "Finished orders"));
    // Beside the activity log at 1440 px: done orders are never partly filled, and what they
    // came to is Filled × Avg price (Amount is a right-click on the header away).
    m_finishedView->fitColumn(
        OrderTableModel::Status,
        {OrderEnums::statusText(OrderStatus::Filled), OrderEnums::statusText(OrderStatus::Canceled),
         OrderEnums::statusText(OrderStatus::Rejected), OrderText::replacedText()});
    m_finishedView->hideByDefault({OrderTableModel::Amount});
    // History, not a list a click cancels from: the mark takes a line only while shown (review
    // 31: its kept line was a blank strip between the filter and the header).
    m_finishedView->markStale(m_parts.orders.stale);
    finishedLayout->addWidget(m_filter);
    finishedLayout->addWidget(m_finishedView, 1);
    connect(m_parts.orders.finished, &FinishedOrdersModel::pagingMisreadChanged, this,
            [this](bool misread) {
                m_finishedView->setBanner(
                    misread ? QCoreApplication::translate(
                        "MainWindow",
                        "⚠ The exchange did not page to older orders as asked: what it "
                        "sent that is not older is left out, and older finished orders "
                        "may exist that are not listed.")
                            : QString());
            });
    // Units in the titles before the first order: those of the symbol filtered to, else of the
    // symbol traded ("All symbols" with mixed assets: each cell names its own).
    const auto looked = [this] {
        const QString filtered = m_filter->query().symbol;
        m_parts.orders.finished->setListedSymbol(filtered.isEmpty() ? m_parts.market.data->symbol()
                                                                    : filtered);
    };
    connect(m_parts.market.data, &MarketDataController::symbolTokensChanged, this, looked);
    connect(m_filter, &FinishedFilterBar::changed, this, [this, looked] {
        m_parts.orders.controller->setFinishedFilter(m_filter->query());
        m_filter->setPaged(false);
        looked();
    });
    looked();
    connect(m_filter, &FinishedFilterBar::olderRequested, this, [this] {
        m_parts.orders.controller->showOlderFinished();
        m_filter->setPaged(true);
    });
    connect(m_filter, &FinishedFilterBar::newestRequested, this, [this] {
        m_parts.orders.controller->showNewestFinished();
        m_filter->setPaged(false);
    });
    m_parts.orders.controller->setFinishedFilter(m_filter->query());
    connect(m_parts.market.data, &MarketDataController::symbolsChanged, this, [this] {
        QStringList names;
        for (const SymbolRules &r : m_parts.market.data->symbols())
            names.append(r.symbol);
        m_filter->setSymbols(names);
    });
}
