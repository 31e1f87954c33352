#pragma once

#include "core/Order.h"
#include "session/WindowParts.h"
#include "ui/LadderTrader.h"

#include <QObject>

#include <functional>

class DepthView;
class FillsView;
class LazyDock;
class LookupDialog;
class OrderForm;
class OrdersView;
class QDockWidget;
class QMainWindow;
class QTableView;
class QWidget;

// The market docks — order book, fills and balances — each a shell (LazyDock) until it is first
// shown, and what ties them to the rest of the window: the book's prices to the order form, the
// order selected in either list to the fills view, the docks' polling to their visibility.
class MarketDocks final : public QObject
{
    Q_OBJECT

public:
    // What the docks need from outside the window's parts, named.
    struct Dependencies
    {
        QMainWindow *window = nullptr;
        WindowParts parts;
        OrderForm *form = nullptr;
        std::function<QString()> account;                  // the ticket's account
        decltype(LadderTrader::Dependencies::moves) moves; // the session's move backend
        std::function<qint64()> wallMs;                    // now, for the fills' default range
        // Asks where to write a CSV file and writes content() there.
        std::function<void(const QString &, const QString &, std::function<QString()>)> exportCsv;
    };

    // Docks the book on the right, the fills and balances tabbed behind the log.
    MarketDocks(Dependencies deps, QDockWidget *logDock, const QList<OrdersView *> &lists);

    QList<QDockWidget *> docks() const;
    // Each dock's content, built now if it has not been shown yet.
    DepthView *depthView() const;
    FillsView *fillsView() const;
    QTableView *balancesView() const;
    // The lookup dialog shows an order's fills in the fills view (now or once it is built).
    void setLookup(LookupDialog *lookup);

private:
    LazyDock *lazyDock(const QString &title, const QString &name, Qt::DockWidgetArea area,
                       std::function<QWidget *()> make);
    QWidget *makeDepthView();
    QWidget *makeFillsView();
    QWidget *makeBalancesView();

    Dependencies m_deps;
    LazyDock *m_depthDock = nullptr;
    LazyDock *m_fillsDock = nullptr;
    LazyDock *m_balancesDock = nullptr;
    DepthView *m_depthView = nullptr;
    FillsView *m_fillsView = nullptr;
    QTableView *m_balancesView = nullptr;
    LookupDialog *m_lookup = nullptr;
    OrderId m_selectedOrder = -1;
};
