#pragma once

#include <QObject>

#include <functional>

class AppSettings;
class ColorScheme;
class PlacementTracker;
class QPushButton;
class QShortcut;
class QWidget;
class TicketMessages;
class TicketModel;
struct NewOrder;

// The one guarded path from the order form to the exchange: Place, Enter and Ctrl+Return place
// the ticket's order if the ticket allows it and the tracker does not refuse it, through a
// confirmation when the settings or a warning ask for one (re-checked when it is accepted);
// Withdraw and Esc take back the shown order while it waits here. A held Enter places nothing.
class PlaceFlow final : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        TicketModel *ticket = nullptr;       // the order and whether it may go
        PlacementTracker *tracker = nullptr; // places, refuses, withdraws
        AppSettings *settings = nullptr;     // whether every order is confirmed
        const ColorScheme *colors = nullptr; // the confirmation's
        TicketMessages *messages = nullptr;  // refusals, a confirmation that no longer holds
        std::function<void()> refreshInputs; // the feed's age and the link as of now
    };

    // `form`: the confirmation's parent and the Esc shortcut's scope. `withdrawButton`: shown
    // while the shown order waits here.
    PlaceFlow(const Dependencies &deps, QPushButton *withdrawButton, QWidget *form);

    void place();
    void withdraw();
    // Only the first press of a held Enter is the trader's intent; Esc withdraws.
    void guardKeys(const QList<QWidget *> &widgets);
    // The withdraw button and Esc follow the shown order.
    void render();

private:
    void send(const NewOrder &order);
    void confirm(const NewOrder &order);
    bool eventFilter(QObject *watched, QEvent *event) override;

    Dependencies m_deps;
    QWidget *m_form;
    QPushButton *m_withdraw;
    QShortcut *m_escape; // withdraws, only while the shown order is queued
};
