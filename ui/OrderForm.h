#pragma once

#include "models/OrderDraft.h"
#include "models/PlacementTracker.h"

#include <QHash>
#include <QWidget>

class AppSettings;
class MarketDataController;
class MessageBar;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QToolButton;
class Session;
struct Order;

// Order entry: account, symbol, side, type, price and quantity or amount, client order id; checked
// as the trader types against the symbol's rules and the balance, with each reason beside its
// field. The place button stays disabled while the order is invalid; Enter places.
class OrderForm final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderForm(Session *session, QWidget *parent = nullptr);

    OrderDraft draft() const;
    OrderCheck check() const { return m_check; }
    QPushButton *placeButton() const { return m_place; }
    // Shown while the order in the message bar waits to leave this computer (also Esc).
    QPushButton *withdrawButton() const { return m_withdraw; }
    MessageBar *messageBar() const { return m_message; }
    QString fieldError(OrderCheck::Field field) const;

    // Repeat (same side) or reverse (opposite side) an order: fills the form, sends nothing.
    void fillFrom(const Order &order, bool reverse);
    void setPrice(const Decimal &price);
    void setPriceAndQuantity(const Decimal &price, const Decimal &quantity);
    void focusEntry();
    // After the colour scheme changes.
    void refreshColors() { onSideOrTypeChanged(); }

public Q_SLOTS:
    void place();
    void revalidate();
    // Takes the order shown in the message bar back while it is still queued here.
    void withdraw();

private:
    class FormGrid;
    void buildUi();
    void buildTargetRows(FormGrid &grid);
    void buildSizeRows(FormGrid &grid);
    void buildFooter(FormGrid &grid);
    void setTabOrders();
    void connectFields();
    void reloadAccounts();
    void reloadSymbols();
    void onSideOrTypeChanged();
    void onPlacementState(const QString &clientOrderId, PlacementTracker::State state,
                          const QString &message);
    void updatePlaceButton(const OrderDraft &d);
    void quickSize(int percent);
    void send(const NewOrder &order);
    // After an edit, an order whose client ID was already sent gets a fresh one.
    void renewSpentClientId();
    void setDecimal(QLineEdit *field, const Decimal &value);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updateBalanceLabel();
    QLabel *errorLabel(const QString &name);
    void setFieldError(QLineEdit *field, QLabel *label, const QString &error);

    Session *m_session;
    MarketDataController *m_market;
    PlacementTracker *m_tracker;
    AppSettings *m_settings;
    OrderCheck m_check;

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
    QPushButton *m_place = nullptr;
    QPushButton *m_withdraw = nullptr;
    QShortcut *m_escape = nullptr; // withdraws, only while the shown order is queued
    MessageBar *m_message = nullptr;
    QString m_shown; // the client order ID whose placement the message bar shows
};
