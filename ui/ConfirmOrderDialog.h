#pragma once

#include "core/NewOrder.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QSet>

class ColorScheme;
class QPushButton;

// Shows exactly what will be sent (the form body, byte for byte) and any fat-finger warnings.
// Opened with open(), never exec(): the window keeps running while it is up.
// A reflex never places from here: "Cancel" has the focus and is the default, so Enter means no;
// a held (auto-repeated) key and the release of a key pressed before the dialog opened are
// ignored; a click on "Place" within a double-click of the dialog opening is ignored. Placing
// takes its own mnemonic (Alt+P) or a click.
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
    QPushButton *cancelButton() const { return m_cancel; }

    // Placing paused while the dialog stood open (stale data, refused credentials): what it shows
    // is from before the gap, even if fresh numbers came since. Remembered from the ticket's
    // changes, not only looked at when accepted: the pause may be over by then.
    void watchPause(const TicketModel *ticket);
    // The first pause seen while open, without its final full stop; empty: none.
    QString pausedFor() const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPushButton *m_place = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_shown;
    QSet<int> m_pressedHere; // keys pressed while the dialog was open
    QString m_pausedFor;
};
