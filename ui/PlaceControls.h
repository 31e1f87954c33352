#pragma once

#include "core/OrderEnums.h"

#include <QObject>

class ColorScheme;
class FormGrid;
class MessageBar;
class QBoxLayout;
class QLabel;
class QPushButton;
class QWidget;
struct TicketState;

// The foot of the order form, as the ticket decides it: the order's value, what is available,
// its warnings, the Place button (its text, whether it is enabled, its side's colour), why
// placing pauses, the Withdraw button beside Place and the message bar under them.
class PlaceControls final : public QObject
{
    Q_OBJECT

public:
    // Adds Value, Available and the warnings to `grid`, widgets owned by `owner`; the rest goes
    // under the grid (addTo).
    PlaceControls(const ColorScheme *colors, QWidget *owner, FormGrid &grid);
    // The Place row, the pause reason and the message bar, in that order.
    void addTo(QBoxLayout *layout);

    // Value, available, warnings and why placing pauses.
    void renderFacts(const TicketState &s);
    void renderButton(const TicketState &s);
    void paintSide(Side side);
    QPushButton *placeButton() const { return m_place; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    MessageBar *messageBar() const { return m_message; }

Q_SIGNALS:
    // A click on the disabled Place button: the trader tried to place from the form.
    void disabledPlaceClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPlaceRow(QWidget *owner);

    const ColorScheme *m_colors;
    QLabel *m_notional = nullptr;
    QLabel *m_available = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_blocked = nullptr; // why placing pauses (credentials, stale data), inline
    QPushButton *m_place = nullptr;
    QPushButton *m_withdraw = nullptr;
    MessageBar *m_message = nullptr;
};
