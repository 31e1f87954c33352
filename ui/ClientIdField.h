#pragma once

#include <QObject>

class ColorScheme;
class FormGrid;
class PlacementTracker;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;
class TicketModel;
struct TicketState;

// The order form's client order ID: typed or made fresh (↻), told to the ticket, and renewed
// once the tracker has spent it, so that an edited order is never sent under a used ID.
class ClientIdField final : public QObject
{
    Q_OBJECT

public:
    // Adds the Client ID row to `grid`, widgets owned by `owner`. `ids` makes fresh IDs and
    // knows the spent ones.
    ClientIdField(const PlacementTracker *ids, TicketModel *ticket, const ColorScheme *colors,
                  QWidget *owner, FormGrid &grid);

    QString text() const;
    // A fresh ID.
    void renew();
    // A fresh ID if this one was already sent (after an edit: a new intent).
    void renewIfSpent();
    void render(const TicketState &s);
    QLineEdit *field() const { return m_field; }

private:
    const PlacementTracker *m_ids;
    const ColorScheme *m_colors;
    QLineEdit *m_field = nullptr;
    QToolButton *m_newId = nullptr;
    QLabel *m_error = nullptr;
};
