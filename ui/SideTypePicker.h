#pragma once

#include "core/OrderEnums.h"

#include <QObject>

class ColorScheme;
class FormGrid;
class QPushButton;
class QWidget;
class TicketModel;

// The order form's side (Buy/Sell) and type (Limit/Market) buttons: the chosen ones filled in
// their colours, the choice told to the ticket.
class SideTypePicker final : public QObject
{
    Q_OBJECT

public:
    // Adds the Side and Type rows to `grid`, widgets owned by `owner`.
    SideTypePicker(const ColorScheme *colors, TicketModel *ticket, QWidget *owner, FormGrid &grid);

    Side side() const;
    bool isLimit() const;
    void pick(Side side);
    void pick(OrderType type);
    // Paints the buttons for the choice and the colour scheme, and tells the ticket.
    void apply();
    QList<QPushButton *> buttons() const { return {m_buy, m_sell, m_limit, m_market}; }

Q_SIGNALS:
    // The trader chose another side or type.
    void picked();
    // The type now chosen (after picked()).
    void typePicked(bool limit);

private:
    // Two exclusive checkable buttons in one row of `grid`, the first checked.
    static void addPair(QWidget *owner, FormGrid &grid, const QString &label, QPushButton *first,
                        QPushButton *second);

    const ColorScheme *m_colors;
    TicketModel *m_ticket;
    QPushButton *m_buy = nullptr;
    QPushButton *m_sell = nullptr;
    QPushButton *m_limit = nullptr;
    QPushButton *m_market = nullptr;
};
