// The market docks: order book, balances and fills, and what ties them to the rest.
#include "ui/MainWindow.h"

#include "models/BalancesModel.h"
#include "models/BookController.h"
#include "models/CsvExport.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/MarketDataController.h"
#include "session/Session.h"
#include "ui/DepthView.h"
#include "ui/DockSplit.h"
#include "ui/FillsView.h"
#include "ui/LadderTrader.h"
#include "ui/LazyDock.h"
#include "ui/LookupDialog.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"
#include "ui/StaleMark.h"

#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

void MainWindow::buildMarketDocks(QDockWidget *logDock)
{
    // The book runs the full height on the right, beside the open orders and the bottom docks.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // 201 fixed prices (tick × grouping apart), the market in the middle; about 40 in view at
    // 900 px, the rest a scroll away.
    m_parts.market.depth->setLevelsPerSide(100);
    // Each market dock is a shell until it is first shown (LazyDock): a tab behind another, or
    // a dock the trader closed, is not built before the first frame.
    m_depthDock = lazyDock(tr("Order book"), QStringLiteral("depthDock"), Qt::RightDockWidgetArea,
                           [this] { return makeDepthView(); });
    resizeDocks({m_depthDock}, {300}, Qt::Horizontal);
    // Polled only while someone can see it.
    connect(m_depthDock, &QDockWidget::visibilityChanged, m_parts.market.book,
            &BookController::setWanted);

    QDockWidget *balances = m_balancesDock =
        lazyDock(tr("Balances"), QStringLiteral("balancesDock"), Qt::BottomDockWidgetArea,
                 [this] { return makeBalancesView(); });
    QDockWidget *fills = m_fillsDock =
        lazyDock(tr("Fills"), QStringLiteral("fillsDock"), Qt::BottomDockWidgetArea,
                 [this] { return makeFillsView(); });
    connect(fills, &QDockWidget::visibilityChanged, m_parts.fills.controller,
            &FillsController::setWanted);
    tabifyDockWidget(logDock, fills);
    tabifyDockWidget(fills, balances);
    logDock->raise();
    // The finished orders' facts (filled, average price, fee) need their width; the tabs share
    // the rest (the log wraps its sentences). Kept whatever order the docks beside them reach
    // their widths in (DockSplit): the divider is where the width says on every start. 780 px:
    // the finished orders' Fee still whole with unit headers (773 px of table), and the
    // balances' four columns whole in the tabs beside them (at 790 their Frozen was cut off).
    QDockWidget *finished = findChild<QDockWidget *>(QStringLiteral("finishedDock"));
    m_split = new DockSplit(this, finished, {logDock, fills, balances}, 780);

    // The order selected in either list is the one whose fills "Selected order only" shows
    // (kept for the fills view until it is built).
    for (OrdersView *view : {m_openView, m_finishedView}) {
        connect(view->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view] {
                    const QList<Order> selected = view->selectedOrders();
                    if (selected.size() != 1)
                        return;
                    m_selectedOrder = selected.first().orderId;
                    if (m_fillsView)
                        m_fillsView->setSelectedOrder(m_selectedOrder);
                });
    }
}

LazyDock *MainWindow::lazyDock(const QString &title, const QString &name, Qt::DockWidgetArea area,
                               std::function<QWidget *()> make)
{
    auto *d = new LazyDock(title, this, std::move(make));
    d->setObjectName(name);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                   | QDockWidget::DockWidgetClosable);
    addDockWidget(area, d);
    m_docks.append(d);
    return d;
}

QWidget *MainWindow::makeDepthView()
{
    // The book with its stale caption above it.
    auto *bookArea = new QWidget(this);
    auto *bookLayout = new QVBoxLayout(bookArea);
    bookLayout->setContentsMargins(0, 0, 0, 0);
    m_depthView = new DepthView(m_parts.market.depth, m_parts.colors, bookArea);
    auto *bookStale = new StaleMark(m_parts.market.stale, m_parts.colors, bookArea);
    bookStale->setObjectName(QStringLiteral("depthStale"));
    bookLayout->addWidget(bookStale);
    bookLayout->addWidget(m_depthView, 1);
    bookStale->dim(m_depthView->table());
    connect(m_depthView, &DepthView::priceChosen, m_form, &OrderForm::setPrice);
    connect(m_depthView, &DepthView::priceAndSizeChosen, m_form, &OrderForm::setPriceAndQuantity);
    // Trading from the book: the ticket's account and quantity, the form's guarded path.
    LadderTrader::Dependencies deps;
    deps.book = m_parts.market.depth;
    deps.market = m_parts.market.data;
    deps.placement = m_parts.placement;
    deps.cancels = m_parts.orders.cancels;
    deps.settings = m_parts.settings;
    deps.colors = m_parts.colors;
    deps.log = m_parts.log;
    deps.account = [session = m_session] {
        return session->account();
    };
    deps.moves = [session = m_session](const QString &account, QObject *owner) {
        return session->moveBackend(account, owner);
    };
    auto *trader = new LadderTrader(deps, m_form->ticket(), m_depthView);
    trader->setBlocked([form = m_form] { return form->placingBlocked(); });
    m_depthView->setTrader(trader);
    return bookArea;
}

QWidget *MainWindow::makeBalancesView()
{
    m_balancesView = new QTableView(this);
    m_balancesView->setObjectName(QStringLiteral("balancesTable"));
    m_balancesView->setAccessibleName(tr("Balances"));
    m_balancesView->setModel(m_parts.account.balances);
    m_balancesView->verticalHeader()->hide();
    m_balancesView->verticalHeader()->setDefaultSectionSize(m_balancesView->fontMetrics().height()
                                                            + 8);
    m_balancesView->setAlternatingRowColors(true);
    m_balancesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every amount whole, at its asset's decimals: each column as wide as its widest figure (a
    // scroll rather than an elided balance). The last is not stretched: a stretched last section
    // never goes below the header's default size (100 px), wider than Frozen's figures.
    m_balancesView->setTextElideMode(Qt::ElideNone);
    m_balancesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return m_balancesView;
}

QWidget *MainWindow::makeFillsView()
{
    m_fillsView = new FillsView(m_parts.fills.controller, m_parts.fills.model, this);
    connect(m_fillsView, &FillsView::exportRequested, this, [this] {
        exportCsv(tr("Export fills"), QStringLiteral("fills.csv"),
                  [this] { return CsvExport::fills(m_parts.fills.model->fills()); });
    });
    m_fillsView->setFromTime(
        QDateTime::fromMSecsSinceEpoch(m_session->clocks().wallMs()).addDays(-7));
    const auto symbols = [this] {
        QStringList names;
        for (const SymbolRules &r : m_parts.market.data->symbols())
            names.append(r.symbol);
        m_fillsView->setSymbols(names);
    };
    connect(m_parts.market.data, &MarketDataController::symbolsChanged, m_fillsView, symbols);
    symbols();
    if (m_selectedOrder > 0)
        m_fillsView->setSelectedOrder(m_selectedOrder);
    if (m_lookup)
        connect(m_lookup, &LookupDialog::orderShown, m_fillsView, &FillsView::setSelectedOrder);
    return m_fillsView;
}

DepthView *MainWindow::depthView() const
{
    m_depthDock->content();
    return m_depthView;
}

FillsView *MainWindow::fillsView() const
{
    m_fillsDock->content();
    return m_fillsView;
}

QTableView *MainWindow::balancesView() const
{
    m_balancesDock->content();
    return m_balancesView;
}
