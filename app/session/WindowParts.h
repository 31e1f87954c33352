#pragma once

class AccountDataController;
class ActivityLogModel;
class AppSettings;
class BalancesModel;
class BookController;
class CancelController;
class ColorScheme;
class ConnectionStatus;
class DepthModel;
class FillsController;
class FillsModel;
class FinishedOrdersModel;
class MarketDataController;
class OpenOrdersModel;
class OrderNotifier;
class OrdersController;
class PlacementTracker;
class StaleMonitor;

// What the window shows and commands, named by area. A session hands it once, to the window's
// composition root (MainWindow), which gives each widget only the part it works with (the order
// form its OrderForm::Dependencies, a view its model). Nothing else takes it: tests reach a
// session's internals through tests/SessionProbe.h only.
struct WindowParts
{
    struct OrderLists
    {
        OpenOrdersModel *open = nullptr;
        FinishedOrdersModel *finished = nullptr;
        OrdersController *controller = nullptr; // the finished filter and its pages
        StaleMonitor *stale = nullptr;          // what the lists mark stale
        CancelController *cancels = nullptr;
        OrderNotifier *notifier = nullptr;
    };
    struct Market
    {
        MarketDataController *data = nullptr; // symbols, rules, last price, 24 h
        BookController *book = nullptr;       // polls the book while its dock is visible
        DepthModel *depth = nullptr;
        StaleMonitor *stale = nullptr; // what the market views and the ticket call stale
    };
    struct Account
    {
        AccountDataController *data = nullptr; // the accounts
        BalancesModel *balances = nullptr;
    };
    struct Fills
    {
        FillsController *controller = nullptr;
        FillsModel *model = nullptr;
    };

    OrderLists orders;
    Market market;
    Account account;
    Fills fills;
    PlacementTracker *placement = nullptr; // the one guarded path that places
    ActivityLogModel *log = nullptr;
    AppSettings *settings = nullptr;
    ColorScheme *colors = nullptr;
    ConnectionStatus *link = nullptr; // what the status bar says; refused credentials pause placing
};
