#pragma once

#include "core/Decimal.h"
#include "core/MarketTypes.h"
#include "models/OrderSizer.h"

#include <QList>
#include <QObject>

class AppSettings;
class FormGrid;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;
class TicketModel;
struct TicketState;

// The order form's ways to size an order without typing: the 25 %…100 % buttons (a share of
// what is available, sized by the ticket) and the symbol's quantity presets, which the trader
// sets once per symbol, in its base asset (kept in the settings, checked like typed ones).
class SizeShortcuts final : public QObject
{
    Q_OBJECT

public:
    // `presets` keeps each symbol's quantity presets.
    SizeShortcuts(TicketModel *ticket, AppSettings *presets, QWidget *owner);

    // The % buttons' row, and the presets' rows (the row, its editor and the editor's reason).
    void addQuickRow(FormGrid &grid);
    void addPresetRows(FormGrid &grid);
    // Every symbol's stored presets, to the ticket.
    void loadPresets(const QList<SymbolRules> &symbols);
    void render(const TicketState &s);

Q_SIGNALS:
    // A % button sized the order (the ticket's verdict: what to put in which field).
    void quickSized(const OrderSizer::Result &size);
    void presetChosen(const Decimal &quantity);
    // The trader saved new presets (the quantity field takes the focus back).
    void presetsSaved();

private:
    void editPresets();
    void savePresets();

    TicketModel *m_ticket;
    AppSettings *m_settings;
    QWidget *m_owner;
    QList<QPushButton *> m_quickSizes;
    QWidget *m_presetRow = nullptr;
    QList<QPushButton *> m_presets;
    QToolButton *m_editPresets = nullptr;
    QLineEdit *m_presetEdit = nullptr;
    QLabel *m_presetError = nullptr;
    QLabel *m_presetsLabel = nullptr;
};
