#pragma once

#include "core/Decimal.h"
#include "models/OrderDraft.h"
#include "ui/MessageBar.h" // messageBar(): callers read what it says

#include <QWidget>

#include <functional>

class AccountDataController;
class AppSettings;
class BalancesModel;
class BookController;
class ClientIdField;
class ColorScheme;
class ConnectionStatus;
class MarketDataController;
class PlaceControls;
class PlaceFlow;
class PlacementTracker;
class PriceSizeFields;
class QPushButton;
class SideTypePicker;
class SizeShortcuts;
class StaleMonitor;
class TargetPicker;
class TicketFeeds;
class TicketMessages;
class TicketModel;
struct Order;

// Order entry: account, symbol, side, type, price and quantity or amount, client order id; checked
// as the trader types against the symbol's rules and the balance, with each reason beside its
// field. The place button stays disabled while the order is invalid; Enter places. Every decision
// is the TicketModel's: the form composes the parts that forward what the trader does to the
// ticket and render the ticket's state (TargetPicker, SideTypePicker, PriceSizeFields,
// SizeShortcuts, ClientIdField, PlaceControls, TicketMessages, PlaceFlow, TicketFeeds), one job
// and one narrow dependency each, and decides nothing itself.
class OrderForm final : public QWidget
{
    Q_OBJECT

public:
    // What the form works with, each for one thing it does.
    struct Dependencies
    {
        MarketDataController *market = nullptr; // symbols, the last price
        BookController *book = nullptr; // the visible book a MARKET order walks; its top, when
                                        // fresher than the best bid/ask feed, is the touch
        AccountDataController *accounts = nullptr; // the accounts to choose from
        BalancesModel *balances = nullptr;         // what is available to spend
        StaleMonitor *marketStale = nullptr;       // while stale, placing pauses
        ConnectionStatus *link = nullptr;          // refused credentials pause placing
        PlacementTracker *placement = nullptr;     // the one guarded path that places
        AppSettings *settings = nullptr;           // confirmation, large-order threshold, presets
        ColorScheme *colors = nullptr;
        std::function<QString()> account;                   // the trading context's account
        std::function<void(const QString &)> chooseAccount; // the trader picked another
    };

    explicit OrderForm(const Dependencies &deps, QWidget *parent = nullptr);

    TicketModel *ticket() const { return m_ticket; }
    OrderDraft draft() const;
    // Why placing is paused as of now (credentials refused, stale data), or empty: the book's
    // ladder obeys the same pause.
    QString placingBlocked();
    OrderCheck check() const;
    QPushButton *placeButton() const;
    // Shown while the order in the message bar waits to leave this computer (also Esc).
    QPushButton *withdrawButton() const;
    MessageBar *messageBar() const;
    QString fieldError(OrderCheck::Field field) const;

    // Repeat (same side) or reverse (opposite side) an order: fills the form, sends nothing.
    // A reverse is what the order filled, as a LIMIT order without a price (fillReverse).
    void fillFrom(const Order &order, bool reverse);
    void setPrice(const Decimal &price);
    // The side as if the trader pressed its button (the book's Ctrl+click on an ask row: Sell).
    void setSide(Side side);
    void setPriceAndQuantity(const Decimal &price, const Decimal &quantity);
    void focusEntry();
    // After the colour scheme changes.
    void refreshColors()
    {
        onSideOrTypeChanged();
        render(); // the reasons and the fields they mark, in the new colours
    }

public Q_SLOTS:
    void place();
    // Takes the order shown in the message bar back while it is still queued here.
    void withdraw();

private:
    void buildParts();
    void setTabOrders();
    void connectParts();
    void reloadSymbols();
    void tellMarketSizing();
    void onSideOrTypeChanged();
    void render();
    void fillReverse(const Order &order);

    Dependencies m_deps;
    TicketModel *m_ticket;
    TargetPicker *m_target = nullptr;
    SideTypePicker *m_sideType = nullptr;
    PriceSizeFields *m_fields = nullptr;
    SizeShortcuts *m_shortcuts = nullptr;
    ClientIdField *m_clientId = nullptr;
    PlaceControls *m_controls = nullptr;
    TicketMessages *m_messages = nullptr;
    PlaceFlow *m_flow = nullptr;
    TicketFeeds *m_feeds = nullptr;
};
