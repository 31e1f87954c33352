#pragma once

#include "models/OrderNotifier.h"
#include "session/WindowParts.h"
#include "ui/Theme.h"

#include <QMainWindow>

#include <functional>

class CancelController;
class DepthView;
class DockSplit;
class FillsView;
class FinishedFilterBar;
class LookupDialog;
class MarketDocks;
class MarketPanel;
class MessageBar;
class OrderForm;
class OrdersArea;
class OrdersView;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QTableView;
class SecretStore;
class Session;
class StatusPanel;

// The trader's window: the open orders in the centre; order entry (with the market panel) on the
// left, the order book on the right, finished orders, the activity log, fills and balances as
// docks (the last three tabbed); toolbar and menus for every action, each with a shortcut;
// status bar facts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session *session, SecretStore *secrets, QWidget *parent = nullptr);

    OrderForm *orderForm() const { return m_form; }
    OrdersView *openView() const;
    OrdersView *finishedView() const;
    // The market docks' content, built now if its dock has not been shown yet.
    DepthView *depthView() const;
    FillsView *fillsView() const;
    QTableView *balancesView() const;
    FinishedFilterBar *finishedFilter() const;
    MessageBar *ordersMessage() const;
    LookupDialog *lookupDialog();
    QAction *action(const QString &name) const;
    void resetLayout();
    // Light, dark or the system's now, and at the next start (View → Theme).
    void setTheme(Theme::Mode mode);
    // Notifications go to the system tray where there is one, else to the status bar. Looking
    // for it costs a round trip to the desktop: call once the window is on screen.
    void installTrayIcon();

public Q_SLOTS:
    void cancelSelected();
    void cancelAllForSymbol();
    void openLookup();
    void openSettings();
    void repeatSelected(bool reverse);

Q_SIGNALS:
    // A desktop notification was raised (tray, or the status bar where there is no tray).
    void notified(const QString &kind, const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Composition: each part gets only what it needs (OrdersArea, MarketDocks, WindowMenus).
    void buildDocks();
    void buildActions();
    void buildThemeActions();
    // The theme's palette and colours now (the choice is not saved: a --theme given wins).
    void applyTheme(Theme::Mode mode);
    void restoreLayout();
    void saveLayout();
    void present(const OrderNotifier::Notification &notification);
    void exportCsv(const QString &title, const QString &name, std::function<QString()> content);
    QList<Order> selectionForAction() const;
    QDockWidget *dock(const QString &title, const QString &name, QWidget *content,
                      Qt::DockWidgetArea area);

    Session *m_session;
    // What the window shows and commands, by area; each widget gets only its part.
    WindowParts m_parts;
    SecretStore *m_secrets;
    OrderForm *m_form = nullptr;
    MarketPanel *m_marketPanel = nullptr;
    OrdersArea *m_orders = nullptr;
    OrdersView *m_openView = nullptr;
    OrdersView *m_finishedView = nullptr;
    MessageBar *m_ordersMessage = nullptr;
    MarketDocks *m_market = nullptr;
    DockSplit *m_split = nullptr; // the finished orders beside the log: its width kept
    StatusPanel *m_status = nullptr;
    LookupDialog *m_lookup = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QByteArray m_defaultState;
    QHash<QString, QAction *> m_actions;
    QList<QDockWidget *> m_docks;
};
