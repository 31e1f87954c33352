#pragma once

#include <QObject>

#include <functional>

class AccountDataController;
class ColorScheme;
class FormGrid;
class MarketDataController;
class QComboBox;
class QLabel;
class QWidget;
class TicketModel;
struct TicketState;

// The order form's account and symbol: lists what can be picked, tells the ticket (and the
// trading context) what the trader picked, and shows the ticket's reasons for them.
class TargetPicker final : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        MarketDataController *market = nullptr;             // the symbols; follows the one picked
        AccountDataController *accounts = nullptr;          // the accounts to choose from
        std::function<QString()> account;                   // the trading context's account
        std::function<void(const QString &)> chooseAccount; // the trader picked another
    };

    // Adds the Account and Symbol rows to `grid`, widgets owned by `owner`.
    TargetPicker(const Dependencies &deps, TicketModel *ticket, const ColorScheme *colors,
                 QWidget *owner, FormGrid &grid);

    void reloadAccounts();
    void reloadSymbols();
    // As if the trader had typed it.
    void pickSymbol(const QString &symbol);
    void render(const TicketState &s);
    QComboBox *accountBox() const { return m_account; }
    QComboBox *symbolBox() const { return m_symbol; }

Q_SIGNALS:
    // The trader typed or picked a symbol (inside the ticket's batch, before the ticket hears of
    // it); `another`: not the ticket's symbol so far, whose numbers must not carry over.
    void symbolEdited(bool another);

private:
    void onAccountPicked();
    void onSymbolEdited(const QString &text);

    Dependencies m_deps;
    TicketModel *m_ticket;
    const ColorScheme *m_colors;
    QComboBox *m_account = nullptr;
    QComboBox *m_symbol = nullptr;
    QLabel *m_accountError = nullptr;
    QLabel *m_symbolError = nullptr;
};
