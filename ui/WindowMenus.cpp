#include "ui/WindowMenus.h"

#include "ui/OrdersView.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

void WindowMenus::build(QMainWindow *window, const std::function<QAction *(const char *)> &a,
                        const QList<QDockWidget *> &docks, OrdersView *open, OrdersView *finished)
{
    QAction *focus = a("newOrder"), *place = a("place"), *cancel = a("cancel");
    QAction *cancelAll = a("cancelAll"), *repeat = a("repeat"), *reverse = a("reverse");
    QAction *lookup = a("lookup"), *refresh = a("refresh"), *settings = a("settings");
    QAction *exportFinished = a("exportFinished"), *exportLog = a("exportLog");
    QAction *exportJournal = a("exportJournal"), *quit = a("quit"), *reset = a("resetLayout");
    QAction *colorBlind = a("colorBlind"), *about = a("about");

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(QCoreApplication::translate("MainWindow", "&File"));
    file->addActions({exportFinished, exportLog, exportJournal});
    file->addSeparator();
    file->addAction(quit);
    QMenu *orders = bar->addMenu(QCoreApplication::translate("MainWindow", "&Orders"));
    orders->addActions({focus, place});
    orders->addSeparator();
    orders->addActions({cancel, cancelAll});
    orders->addSeparator();
    orders->addActions({repeat, reverse, lookup, refresh});
    QMenu *view = bar->addMenu(QCoreApplication::translate("MainWindow", "&View"));
    for (QDockWidget *d : docks)
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    QMenu *theme = view->addMenu(QCoreApplication::translate("MainWindow", "&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    theme->addActions({a("themeSystem"), a("themeLight"), a("themeDark")});
    view->addActions({colorBlind, reset});
    QMenu *tools = bar->addMenu(QCoreApplication::translate("MainWindow", "&Tools"));
    tools->addAction(settings);
    QMenu *help = bar->addMenu(QCoreApplication::translate("MainWindow", "&Help"));
    help->addAction(about);

    QToolBar *tb = window->addToolBar(QCoreApplication::translate("MainWindow", "Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addActions({focus, cancel, cancelAll});
    tb->addSeparator();
    tb->addActions({repeat, reverse, lookup, refresh});
    tb->addSeparator();
    tb->addAction(settings);

    open->setContextActions({cancel, repeat, reverse, cancelAll});
    finished->setContextActions({repeat, reverse, exportFinished});
}
