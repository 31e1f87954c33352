#pragma once

#include "core/NewOrder.h"
#include "models/MarketCrossing.h"
#include "ui/DialogKeys.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

#include <optional>

class PlacementTracker;
class ColorScheme;
class QLabel;
class QPushButton;
class QTimer;

// Shows exactly what will be sent (the form body, byte for byte) and any fat-finger warnings.
// Opened with open(), never exec(): the window keeps running while it is up.
// A reflex never places from here: "Cancel" has the focus and is the default, so Enter means no;
// a held (auto-repeated) key and the release of a key pressed before the dialog opened are
// ignored; a click on "Place" within a double-click of the dialog opening is ignored. Placing
// takes its own mnemonic (Alt+P) or a click.
// It is not a snapshot: the market line (bid, ask, last) follows the prices the app polls anyway,
// the fat-finger warnings follow it (one last price in the dialog), and a LIMIT that would trade
// at once says so. When the order turns from resting to crossing (or
// to unknown) while it is open, or the price it would trade against moves 0.5 % or more, Place is
// off for HoldMs and says why, so that a click or key meant for the old picture does nothing.
class TicketModel;

class ConfirmOrderDialog final : public QDialog
{
    Q_OBJECT

public:
    // `summary`: what the order does, with units ("Buy 0.0100 BTC at 69,000.00 USDT = 690.00
    // USDT"); `wireBody`: the request body as the placement will send it.
    ConfirmOrderDialog(const NewOrder &order, const QString &summary, const QByteArray &wireBody,
                       const QStringList &warnings, const ColorScheme &colors,
                       QWidget *parent = nullptr);

    QPushButton *placeButton() const { return m_place; }
    // The order as it stands now: a MARKET amount sized from a % follows the book while the
    // dialog is open (watchMarket), its summary and body with it; what Place sends.
    const NewOrder &order() const { return m_order; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Placing paused while the dialog stood open (stale data, refused credentials): what it shows
    // is from before the gap, even if fresh numbers came since. Remembered from the ticket's
    // changes, not only looked at when accepted: the pause may be over by then.
    void watchPause(const TicketModel *ticket);
    // The first pause seen while open, without its final full stop; empty: none.
    QString pausedFor() const;
    // The market line and the crossing warning follow the ticket's quote for the order's symbol
    // from now on.
    void watchMarket(const TicketModel *ticket);
    // A cancelled confirmation (Cancel, Enter, Esc, the window's close) leaves a line in the
    // tracker's log: "Place Buy 0.0100 BTC @ … — Not sent: confirmation cancelled".
    void logCancel(PlacementTracker *tracker);
    static constexpr int HoldMs = 1000;
    // Whether Place is held off after a change of the market (for tests and screenshots).
    bool holding() const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMarket();
    void followPercent();
    void hold();

    NewOrder m_order;
    const ColorScheme &m_colors;
    QString m_placeText; // the Place button's text while the order rests
    QLabel *m_summary = nullptr;
    QLabel *m_body = nullptr;
    bool m_followsPercent = false; // opened for a % MARKET amount (TicketState::marketPercent)
    QLabel *m_market = nullptr;
    QLabel *m_crossing = nullptr;
    QLabel *m_warnings = nullptr; // the fat-finger warnings, when the order opened with some
    QTimer *m_hold = nullptr;
    QPointer<const TicketModel> m_ticket;
    std::optional<MarketCrossing::Verdict> m_verdict; // as last shown
    MarketQuote m_reference;                          // the touch a big move is measured from
    QPushButton *m_place = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_shown;
    DialogKeys m_keys; // a key decides only if pressed here, never a repeat
    QString m_pausedFor;
};
