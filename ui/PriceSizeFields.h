#pragma once

#include "core/Decimal.h"
#include "models/OrderSizer.h"

#include <QObject>

class ColorScheme;
class FormGrid;
class QLabel;
class QLineEdit;
class QWidget;
class TicketModel;
struct TicketState;

// The order form's price, quantity and amount fields: what the trader types goes to the ticket
// as typed; Up/Down step the price by one tick and the quantity by one lot step (Page Up/Down:
// ten), exact and on the grid; each field's label names its unit, its reason is under it. A
// LIMIT order shows price and quantity, a MARKET order the amount in the quantity's place.
class PriceSizeFields final : public QObject
{
    Q_OBJECT

public:
    // Adds the Price and Quantity (or Amount) rows to `grid`, widgets owned by `owner`.
    PriceSizeFields(TicketModel *ticket, const ColorScheme *colors, QWidget *owner, FormGrid &grid);

    // LIMIT: price and quantity; MARKET: the amount. Nothing below moves either way.
    void showType(bool limit);
    void render(const TicketState &s, bool limit);

    void setPrice(const Decimal &price);
    void setQuantity(const Decimal &quantity);
    void setAmount(const Decimal &amount);
    // The quick-size buttons' result; false when it sized nothing.
    bool apply(const OrderSizer::Result &r);
    void clear();
    void clearPriceAndAmount();
    // The field a LIMIT (price) or MARKET (amount) order is entered from.
    void focusEntry(bool limit);
    void focusPrice();
    void focusQuantity();
    QList<QLineEdit *> fields() const { return {m_price, m_quantity, m_amount}; }

Q_SIGNALS:
    // The trader typed or stepped a number: a new intent.
    void edited();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool step(QLineEdit *field, int key);
    QLineEdit *addField(QWidget *owner, const QString &name, const QString &placeholder);

    TicketModel *m_ticket;
    const ColorScheme *m_colors;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_priceError = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_amountError = nullptr;
};
