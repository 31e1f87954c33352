#pragma once

#include "models/OrderDraft.h"
#include "models/PlacementTracker.h"
#include "ui/MessageBar.h"

#include <QHash>
#include <QWidget>

#include <functional>

class AccountDataController;
class AppSettings;
class BalancesModel;
class ColorScheme;
class ConnectionStatus;
class MarketDataController;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QTimer;
class QToolButton;
class StaleMonitor;
class TicketModel;
struct Order;
struct TicketState;

// Order entry: account, symbol, side, type, price and quantity or amount, client order id; checked
// as the trader types against the symbol's rules and the balance, with each reason beside its
// field. The place button stays disabled while the order is invalid; Enter places. Every decision
// is the TicketModel's: the form forwards what the trader does and renders the ticket's state.
class OrderForm final : public QWidget
{
    Q_OBJECT

public:
    // What the form works with, each for one thing it does.
    struct Dependencies
    {
        MarketDataController *market = nullptr;    // symbols, the last price
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
    QPushButton *placeButton() const { return m_place; }
    // Shown while the order in the message bar waits to leave this computer (also Esc).
    QPushButton *withdrawButton() const { return m_withdraw; }
    MessageBar *messageBar() const { return m_message; }
    QString fieldError(OrderCheck::Field field) const;

    // Repeat (same side) or reverse (opposite side) an order: fills the form, sends nothing.
    // A reverse is what the order filled, as a LIMIT order without a price (fillReverse).
    void fillFrom(const Order &order, bool reverse);
    void setPrice(const Decimal &price);
    void setPriceAndQuantity(const Decimal &price, const Decimal &quantity);
    void focusEntry();
    // After the colour scheme changes.
    void refreshColors() { onSideOrTypeChanged(); }

public Q_SLOTS:
    void place();
    // Takes the order shown in the message bar back while it is still queued here.
    void withdraw();

private:
    class FormGrid;
    void buildUi();
    void buildTargetRows(FormGrid &grid);
    void buildSizeRows(FormGrid &grid);
    void buildPresetRows(FormGrid &grid);
    void buildFooter(FormGrid &grid);
    void setTabOrders();
    void connectFields();
    void reloadAccounts();
    void reloadSymbols();
    void onSideOrTypeChanged();
    void onPlacementState(const QString &clientOrderId, PlacementTracker::State state,
                          const QString &message);
    // Inputs without a signal of their own: the price feed's age and the settings.
    void pollInputs();
    void forwardBalances();
    void loadPresets();
    void editPresets();
    void savePresets();
    void render();
    void renderPresets(const TicketState &s);
    void quickSize(int percent);
    bool stepField(QLineEdit *field, int key);
    void send(const NewOrder &order);
    // Shows a message in the bar that stays only while `holds` says its state is still there (a
    // refusal of the ticket's order, a confirmation that no longer holds, an order filled into
    // the form): checked whenever the ticket or a placement changes, and each second. Empty
    // `holds`: the placement's own message, which its state changes replace or clear.
    void tell(MessageBar::Kind kind, const QString &text, std::function<bool()> holds);
    // The refusal of `order` for `refusal`, while the ticket's order is that one and refused so.
    void tellRefusal(const NewOrder &order, PlacementTracker::Refusal refusal);
    // A message about the ticket as it is now, while the trader has not changed it.
    void tellAboutTicket(MessageBar::Kind kind, const QString &text);
    void dropGoneMessage();
    // After an edit, an order whose client ID was already sent gets a fresh one.
    void renewSpentClientId();
    void setDecimal(QLineEdit *field, const Decimal &value);
    void fillReverse(const Order &order);
    bool eventFilter(QObject *watched, QEvent *event) override;
    QLabel *errorLabel(const QString &name, int lines = 2);
    void setFieldError(QLineEdit *field, QLabel *label, const QString &error);

    Dependencies m_deps;
    MarketDataController *m_market;
    PlacementTracker *m_tracker;
    AppSettings *m_settings;
    TicketModel *m_ticket;
    QTimer *m_poll = nullptr;

    QComboBox *m_account = nullptr;
    QComboBox *m_symbol = nullptr;
    QPushButton *m_buy = nullptr;
    QPushButton *m_sell = nullptr;
    QPushButton *m_limit = nullptr;
    QPushButton *m_market_ = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_clientId = nullptr;
    QToolButton *m_newId = nullptr;
    QList<QPushButton *> m_quickSizes;
    QWidget *m_presetRow = nullptr;
    QList<QPushButton *> m_presets;
    QToolButton *m_editPresets = nullptr;
    QLineEdit *m_presetEdit = nullptr;
    QLabel *m_presetError = nullptr;
    QLabel *m_presetsLabel = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_accountError = nullptr;
    QLabel *m_symbolError = nullptr;
    QLabel *m_priceError = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_amountError = nullptr;
    QLabel *m_clientIdError = nullptr;
    QLabel *m_notional = nullptr;
    QLabel *m_available = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_blocked = nullptr; // why placing pauses (credentials, stale data), inline
    QPushButton *m_place = nullptr;
    QPushButton *m_withdraw = nullptr;
    QShortcut *m_escape = nullptr; // withdraws, only while the shown order is queued
    MessageBar *m_message = nullptr;
    QString m_shown; // the client order ID whose placement the message bar shows
    std::function<bool()> m_messageHolds; // the shown message's state is still there
};
