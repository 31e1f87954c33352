#pragma once

#include "core/NewOrder.h"
#include "core/Order.h"

#include <QString>

#include <functional>
#include <memory>

class Session;

// The trader's hands on the real window, for a share of the seeds: key events into the real
// MainWindow and its OrderForm (StormWidgets.cpp). The storm's core (StormRun*) knows only this
// interface; the widget driver is compiled into the storm binary alone, so the session, the
// models and the demo exchange never depend on QtWidgets.
class StormHands
{
public:
    // What the hand does when the form asks "place this order?".
    enum class AtConfirm
    {
        Mnemonic,              // Alt+P: places
        Enter,                 // Enter: means no (Cancel is the default)
        Escape,                // Esc: no
        HeldEnterThenMnemonic, // a held Enter (auto-repeated presses), then Alt+P
    };

    virtual ~StormHands() = default;
    // Types the order into the form as a trader does: the symbol box, the side and type buttons,
    // select-all and type over price and quantity (or amount), and the client order ID if
    // `typedId` (else the form's own stays or is renewed by the form). Returns the client order
    // ID the form holds now: the one a press sends.
    virtual QString type(const NewOrder &order, bool typedId) = 0;
    virtual QString formClientId() const = 0;
    // Enter in the last field (`ctrlReturn`: the window's Ctrl+Return); at a confirmation the
    // hand does `atConfirm`. A dialog left open and not being accepted is then closed (no).
    virtual void press(bool ctrlReturn, AtConfirm atConfirm) = 0;
    // A dialog is up whose button the hand's mnemonic has pressed (Qt clicks it 100 ms later):
    // the trader waits for it to close before the next intent.
    virtual bool busy() const = 0;
    // The nervous hand: Enter again as the form stands, or a held Enter (auto-repeat).
    virtual void pressAgain(bool held) = 0;
    // Esc in the form: takes back an order that still waits here.
    virtual void escape() = 0;
    // Selects these rows of the open orders table and presses Delete; more than one opens the
    // preview, which the hand accepts with its mnemonic (Alt+O; the cancel starts when the dialog
    // closes, 100 ms later) or keeps (Enter). Returns false
    // when a row is not listed (nothing pressed).
    virtual bool cancelSelected(const QList<OrderId> &ids, bool accept) = 0;
    // Ctrl+Shift+Delete: the preview of the symbol's listed orders; accepted or kept as above.
    virtual void cancelAll(bool accept) = 0;
    virtual void refresh() = 0;                           // F5
    virtual void switchSymbol(const QString &symbol) = 0; // the form's symbol box
};

// Makes the hands for one run (the window over this session); empty: no widget seeds.
using StormHandsMaker = std::function<std::unique_ptr<StormHands>(Session *session)>;
