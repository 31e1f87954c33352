// The market docks: order book, balances and fills, and what ties them to the rest.
#include "ui/MainWindow.h"

#include "models/BalancesModel.h"
#include "models/CsvExport.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/MarketDataController.h"
#include "session/Session.h"
#include "ui/DepthView.h"
#include "ui/FillsView.h"
#include "ui/LadderTrader.h"
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
    // The book with its stale caption above it.
    auto *bookArea = new QWidget(this);
    auto *bookLayout = new QVBoxLayout(bookArea);
    bookLayout->setContentsMargins(0, 0, 0, 0);
    m_depthView = new DepthView(m_session->depth(), m_session->colors(), bookArea);
    auto *bookStale = new StaleMark(m_session->marketStale(), m_session->colors(), bookArea);
    bookStale->setObjectName(QStringLiteral("depthStale"));
    bookLayout->addWidget(bookStale);
    bookLayout->addWidget(m_depthView, 1);
    bookStale->dim(m_depthView->table());
    m_session->depth()->setLevelsPerSide(20); // 41 rows: the whole ladder fits at 900 px
    QDockWidget *book =
        dock(tr("Order book"), QStringLiteral("depthDock"), bookArea, Qt::RightDockWidgetArea);
    resizeDocks({book}, {300}, Qt::Horizontal);
    connect(m_depthView, &DepthView::priceChosen, m_form, &OrderForm::setPrice);
    connect(m_depthView, &DepthView::priceAndSizeChosen, m_form, &OrderForm::setPriceAndQuantity);
    // Trading from the book: the ticket's account and quantity, the form's guarded path.
    m_depthView->setTrader(new LadderTrader(
        m_session, [form = m_form] { return form->draft(); }, m_depthView));
    // Polled only while someone can see it.
    connect(book, &QDockWidget::visibilityChanged, m_session->market(),
            &MarketDataController::setDepthWanted);

    m_balancesView = new QTableView(this);
    m_balancesView->setObjectName(QStringLiteral("balancesTable"));
    m_balancesView->setAccessibleName(tr("Balances"));
    m_balancesView->setModel(m_session->balances());
    m_balancesView->verticalHeader()->hide();
    m_balancesView->verticalHeader()->setDefaultSectionSize(m_balancesView->fontMetrics().height()
                                                            + 8);
    m_balancesView->setAlternatingRowColors(true);
    m_balancesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_balancesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QDockWidget *balances = dock(tr("Balances"), QStringLiteral("balancesDock"), m_balancesView,
                                 Qt::BottomDockWidgetArea);

    m_fillsView = new FillsView(m_session->fillsController(), m_session->fills(), this);
    QDockWidget *fills =
        dock(tr("Fills"), QStringLiteral("fillsDock"), m_fillsView, Qt::BottomDockWidgetArea);
    connect(fills, &QDockWidget::visibilityChanged, m_session->fillsController(),
            &FillsController::setActive);
    connect(m_fillsView, &FillsView::exportRequested, this, [this] {
        exportCsv(tr("Export fills"), QStringLiteral("fills.csv"),
                  [this] { return CsvExport::fills(m_session->fills()->fills()); });
    });
    m_fillsView->setFromTime(
        QDateTime::fromMSecsSinceEpoch(m_session->clocks().wallMs()).addDays(-7));
    tabifyDockWidget(logDock, fills);
    tabifyDockWidget(fills, balances);
    logDock->raise();
    // The finished orders' filter bar needs its width; the tabs share the rest.
    QDockWidget *finished = findChild<QDockWidget *>(QStringLiteral("finishedDock"));
    resizeDocks({finished, logDock}, {660, 480}, Qt::Horizontal);

    // The order selected in either list is the one whose fills "Selected order only" shows.
    for (OrdersView *view : {m_openView, m_finishedView}) {
        connect(view->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view] {
                    const QList<Order> selected = view->selectedOrders();
                    if (selected.size() == 1)
                        m_fillsView->setSelectedOrder(selected.first().orderId);
                });
    }
    connect(m_session->market(), &MarketDataController::symbolsChanged, this, [this] {
        QStringList names;
        for (const SymbolRules &r : m_session->market()->symbols())
            names.append(r.symbol);
        m_fillsView->setSymbols(names);
    });
}
