#pragma once

#include "core/Order.h"
#include "ui/DialogKeys.h"

#include <QDialog>

class QPushButton;

// Before cancelling several orders or all of a symbol: how many orders and how much notional per
// side will be cancelled. Opened with open(); accepted() means go.
// A reflex never cancels from here, as in the placement's confirmation: "Keep" has the focus and
// is the default (Enter keeps, even with the focus moved to "Cancel"); a held (auto-repeated) key
// and the release of a key pressed before the dialog opened decide nothing. Cancelling takes its
// mnemonic or a click.
class CancelPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `named`: the orders one per line ("Buy 0.0100 BTC @ 69,100.00 USDT (order 7)"), shown
    // above the summary; empty: the summary only.
    CancelPreviewDialog(const QString &title, const QList<Order> &orders, QWidget *parent = nullptr,
                        const QStringList &named = {});
    static QString summary(const QList<Order> &orders);
    QPushButton *cancelButton() const { return m_go; }
    QPushButton *keepButton() const { return m_keep; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPushButton *m_go = nullptr;
    QPushButton *m_keep = nullptr;
    DialogKeys m_keys; // a key decides only if pressed here, never a repeat
};
