#include "ui/MarketDocks.h"

#include "models/BalancesModel.h"
#include "models/BookController.h"
#include "models/CsvExport.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "ui/DepthView.h"
#include "ui/DockSplit.h"
#include "ui/FillsView.h"
#include "ui/LazyDock.h"
#include "ui/LookupDialog.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"
#include "ui/StaleMark.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QTableView>
#include <QVBoxLayout>

MarketDocks::MarketDocks(Dependencies deps, QDockWidget *logDock, const QList<OrdersView *> &lists)
    : QObject(deps.window),
      m_deps(std::move(deps))
{
    QMainWindow *w = m_deps.window;
    const WindowParts &parts = m_deps.parts;
    // The book runs the full height on the right, beside the open orders and the bottom docks.
    w->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    w->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // 201 fixed prices (tick × grouping apart), the market in the middle; about 40 in view at
    // 900 px, the rest a scroll away.
    parts.market.depth->setLevelsPerSide(100);
    // Each market dock is a shell until it is first shown (LazyDock): a tab behind another, or
    // a dock the trader closed, is not built before the first frame.
    m_depthDock = lazyDock(QCoreApplication::translate("MainWindow", "Order book"),
                           QStringLiteral("depthDock"), Qt::RightDockWidgetArea,
                           [this] { return makeDepthView(); });
    // 310: the built book's least width (Price, Size, Total and Mine at least as wide as their
    // headers) with a margin, so the dock keeps the first frame's place when the view arrives.
    w->resizeDocks({m_depthDock}, {310}, Qt::Horizontal);
    // On the first frame as its shell: the book has no prices before the exchange answers,
    // which is after that frame anyway.
    m_depthDock->buildAfterFirstFrameOf(w);
    // Polled only while someone can see it.
    connect(m_depthDock, &QDockWidget::visibilityChanged, parts.market.book,
            &BookController::setWanted);
    m_balancesDock = lazyDock(QCoreApplication::translate("MainWindow", "Balances"),
                              QStringLiteral("balancesDock"), Qt::BottomDockWidgetArea,
                              [this] { return makeBalancesView(); });
    m_fillsDock =
        lazyDock(QCoreApplication::translate("MainWindow", "Fills"), QStringLiteral("fillsDock"),
                 Qt::BottomDockWidgetArea, [this] { return makeFillsView(); });
    connect(m_fillsDock, &QDockWidget::visibilityChanged, parts.fills.controller,
            &FillsController::setWanted);
    // The fills a tab beside the finished orders (order history and trade history, as on the
    // exchanges' own screens): their seven facts need that width, in the log's ~300 px tab at
    // 1440 px they needed a scroll. The balances a tab beside the log.
    auto *finishedDock = w->findChild<QDockWidget *>(QStringLiteral("finishedDock"));
    w->tabifyDockWidget(finishedDock ? finishedDock : logDock, m_fillsDock);
    w->tabifyDockWidget(logDock, m_balancesDock);
    logDock->raise();
    if (finishedDock)
        finishedDock->raise();
    // The order selected in either list is the one whose fills "Selected order only" shows
    // (kept for the fills view until it is built).
    for (OrdersView *view : lists) {
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

QList<QDockWidget *> MarketDocks::docks() const
{
    return {m_depthDock, m_balancesDock, m_fillsDock};
}

LazyDock *MarketDocks::lazyDock(const QString &title, const QString &name, Qt::DockWidgetArea area,
                                std::function<QWidget *()> make)
{
    auto *d = new LazyDock(title, m_deps.window, std::move(make));
    d->setObjectName(name);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                   | QDockWidget::DockWidgetClosable);
    m_deps.window->addDockWidget(area, d);
    return d;
}

QWidget *MarketDocks::makeDepthView()
{
    const WindowParts &parts = m_deps.parts;
    OrderForm *form = m_deps.form;
    // The book with its stale caption above it.
    auto *bookArea = new QWidget(m_deps.window);
    auto *bookLayout = new QVBoxLayout(bookArea);
    bookLayout->setContentsMargins(0, 0, 0, 0);
    m_depthView = new DepthView(parts.market.depth, parts.colors, bookArea);
    auto *bookStale = new StaleMark(parts.market.stale, parts.colors, bookArea);
    bookStale->setObjectName(QStringLiteral("depthStale"));
    bookLayout->addWidget(bookStale);
    bookLayout->addWidget(m_depthView, 1);
    bookStale->dim(m_depthView->table());
    connect(m_depthView, &DepthView::priceChosen, form, &OrderForm::setPrice);
    connect(m_depthView, &DepthView::priceAndSizeChosen, form, &OrderForm::setPriceAndQuantity);
    connect(m_depthView, &DepthView::sideChosen, form, &OrderForm::setSide);
    // Trading from the book: the ticket's account and quantity, the form's guarded path.
    LadderTrader::Dependencies deps;
    deps.book = parts.market.depth;
    deps.market = parts.market.data;
    deps.feed = parts.market.book;
    deps.placement = parts.placement;
    deps.cancels = parts.orders.cancels;
    deps.settings = parts.settings;
    deps.colors = parts.colors;
    deps.log = parts.log;
    deps.finished = parts.orders.finished;
    deps.account = m_deps.account;
    deps.moves = m_deps.moves;
    auto *trader = new LadderTrader(deps, form->ticket(), m_depthView);
    trader->setBlocked([form] { return form->placingBlocked(); });
    // A move's cancelled leg reads "Replaced" in the finished orders, not a plain cancel.
    connect(trader, &LadderTrader::moved, parts.orders.finished, &FinishedOrdersModel::markMoved);
    m_depthView->setTrader(trader);
    return bookArea;
}

QWidget *MarketDocks::makeBalancesView()
{
    auto *v = m_balancesView = new QTableView(m_deps.window);
    v->setObjectName(QStringLiteral("balancesTable"));
    v->setAccessibleName(QCoreApplication::translate("MainWindow", "Balances"));
    v->setModel(m_deps.parts.account.balances);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every amount whole, at its asset's decimals: each column as wide as its widest figure (a
    // scroll rather than an elided balance). The last is not stretched: a stretched last section
    // never goes below the header's default size (100 px), wider than Frozen's figures.
    v->setTextElideMode(Qt::ElideNone);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Available and Frozen, exact, in the log's ~300 px tab at 1440: three exact columns of up to
    // eight decimals did not fit (review 33). Total is their sum, named in the asset's tooltip.
    v->setColumnHidden(BalancesModel::Total, true);
    return v;
}

QWidget *MarketDocks::makeFillsView()
{
    const WindowParts &parts = m_deps.parts;
    m_fillsView = new FillsView(parts.fills.controller, parts.fills.model, m_deps.window);
    connect(m_fillsView, &FillsView::exportRequested, this, [this] {
        m_deps.exportCsv(
            QCoreApplication::translate("MainWindow", "Export fills"), QStringLiteral("fills.csv"),
            [model = m_deps.parts.fills.model] { return CsvExport::fills(model->fills()); });
    });
    m_fillsView->setFromTime(QDateTime::fromMSecsSinceEpoch(m_deps.wallMs()).addDays(-7));
    const auto symbols = [this] {
        QStringList names;
        for (const SymbolRules &r : m_deps.parts.market.data->symbols())
            names.append(r.symbol);
        m_fillsView->setSymbols(names);
    };
    connect(parts.market.data, &MarketDataController::symbolsChanged, m_fillsView, symbols);
    symbols();
    // Units in the titles before the first fill: those of the symbol traded (as the orders').
    const auto traded = [this] {
        m_fillsView->setTradedSymbol(m_deps.parts.market.data->symbol());
    };
    connect(parts.market.data, &MarketDataController::symbolTokensChanged, m_fillsView, traded);
    traded();
    if (m_selectedOrder > 0)
        m_fillsView->setSelectedOrder(m_selectedOrder);
    if (m_lookup)
        connect(m_lookup, &LookupDialog::orderShown, m_fillsView, &FillsView::setSelectedOrder);
    return m_fillsView;
}

void MarketDocks::setLookup(LookupDialog *lookup)
{
    m_lookup = lookup;
    if (m_fillsView) // else the fills view connects itself when it is built
        connect(m_lookup, &LookupDialog::orderShown, m_fillsView, &FillsView::setSelectedOrder);
}

DepthView *MarketDocks::depthView() const
{
    m_depthDock->content();
    return m_depthView;
}

FillsView *MarketDocks::fillsView() const
{
    m_fillsDock->content();
    return m_fillsView;
}

QTableView *MarketDocks::balancesView() const
{
    m_balancesDock->content();
    return m_balancesView;
}
