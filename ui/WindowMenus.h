#pragma once

#include <QList>

#include <functional>

class OrdersView;
class QAction;
class QDockWidget;
class QMainWindow;
class QString;

// The menus, the toolbar and the order lists' context menus, over the window's actions (found by
// object name): what goes where, nothing else.
namespace WindowMenus {

void build(QMainWindow *window, const std::function<QAction *(const char *)> &action,
           const QList<QDockWidget *> &docks, OrdersView *open, OrdersView *finished);

} // namespace WindowMenus
