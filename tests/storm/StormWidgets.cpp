// The widget driver of the storm: the simulated trader's hands on the real window.
#include "StormWidgets.h"

#include "../SessionProbe.h"
#include "models/DecimalFormat.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/MainWindow.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

class WindowHands final : public StormHands
{
public:
    explicit WindowHands(Session *session)
        : m_session(session),
          m_window(std::make_unique<MainWindow>(session, nullptr))
    {
        m_window->resize(1000, 680);
        m_window->show();
    }
    ~WindowHands() override { closeDialogs(); }

    QString type(const NewOrder &order, bool typedId) override
    {
        activate(m_window.get());
        switchSymbol(order.symbol);
        click(order.side == Side::Buy ? "buy" : "sell");
        const bool limit = order.type == OrderType::Limit;
        click(limit ? "limit" : "market");
        if (limit) {
            typeOver("price", DecimalFormat::toInput(order.price));
            typeOver("quantity", DecimalFormat::toInput(order.quantity));
        } else {
            typeOver("amount", DecimalFormat::toInput(order.amount));
        }
        if (typedId)
            typeOver("clientOrderId", order.clientOrderId);
        return formClientId();
    }

    QString formClientId() const override { return field("clientOrderId")->text(); }

    void press(bool ctrlReturn, AtConfirm atConfirm) override
    {
        activate(m_window.get());
        QLineEdit *last = lastField();
        last->setFocus();
        const auto mods = ctrlReturn ? Qt::ControlModifier : Qt::NoModifier;
        const bool held = atConfirm == AtConfirm::HeldEnterThenMnemonic;
        if (held)
            QTest::keyPress(last, Qt::Key_Return, mods); // the first press of a held key
        else
            QTest::keyClick(last, Qt::Key_Return, mods);
        QPointer<ConfirmOrderDialog> dialog = m_window->findChild<ConfirmOrderDialog *>();
        if (dialog && !dialog->isVisible())
            dialog = nullptr;
        if (dialog)
            activate(dialog);
        const auto focus = [&]() -> QWidget * {
            if (dialog)
                return QApplication::focusWidget() ? QApplication::focusWidget() : dialog.data();
            return last;
        };
        if (held) {
            // The key stays down: its repeats reach whatever has the keyboard now (the dialog
            // that opened), then its release.
            for (int i = 0; i < 8; ++i) {
                QTest::simulateEvent(focus(), true, Qt::Key_Return, mods, {}, true);
                QTest::simulateEvent(focus(), false, Qt::Key_Return, mods, {}, true);
            }
            QTest::keyRelease(focus(), Qt::Key_Return, mods);
        }
        if (dialog && dialog->isVisible()) {
            switch (atConfirm) {
            case AtConfirm::Enter: QTest::keyClick(focus(), Qt::Key_Return); break;
            case AtConfirm::Escape: QTest::keyClick(focus(), Qt::Key_Escape); break;
            case AtConfirm::HeldEnterThenMnemonic:
            case AtConfirm::Mnemonic:
                // The mnemonic clicks its button as Qt does: animated, 100 ms later. The dialog
                // stays until then (busy()); the order leaves when it closes.
                QTest::keyClick(focus(), Qt::Key_P, Qt::AltModifier);
                dialog->setProperty("stormAccepting", true);
                break;
            }
        }
        closeDialogs();
    }

    bool busy() const override
    {
        for (QDialog *d : m_window->findChildren<QDialog *>()) {
            if (d->isVisible() && d->property("stormAccepting").toBool())
                return true;
        }
        return false;
    }

    void pressAgain(bool held) override
    {
        activate(m_window.get());
        QLineEdit *last = lastField();
        last->setFocus();
        if (!held) {
            QTest::keyClick(last, Qt::Key_Return);
        } else {
            QTest::keyPress(last, Qt::Key_Return);
            for (int i = 0; i < 10; ++i) {
                QTest::simulateEvent(last, true, Qt::Key_Return, Qt::NoModifier, {}, true);
                QTest::simulateEvent(last, false, Qt::Key_Return, Qt::NoModifier, {}, true);
            }
            QTest::keyRelease(last, Qt::Key_Return);
        }
        // A dialog that opened on the first press is not accepted by the repeats: Esc.
        closeDialogs();
    }

    void escape() override
    {
        activate(m_window.get());
        QLineEdit *last = lastField();
        last->setFocus();
        QTest::keyClick(last, Qt::Key_Escape);
    }

    bool cancelSelected(const QList<OrderId> &ids, bool accept) override
    {
        activate(m_window.get());
        QTableView *table = m_window->openView()->table();
        table->setFocus();
        table->clearSelection();
        OpenOrdersModel *model = probe(m_session).openOrders();
        for (OrderId id : ids) {
            const int row = model->rowOf(id);
            if (row < 0)
                return false;
            const QModelIndex at =
                m_window->openView()->proxy()->mapFromSource(model->index(row, 0));
            table->selectionModel()->select(at, QItemSelectionModel::Select
                                                    | QItemSelectionModel::Rows);
        }
        QTest::keyClick(table, Qt::Key_Delete);
        answerPreview(accept);
        return true;
    }

    void cancelAll(bool accept) override
    {
        activate(m_window.get());
        QTableView *table = m_window->openView()->table();
        table->setFocus();
        table->clearSelection(); // the symbol the window trades
        QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        answerPreview(accept);
    }

    void refresh() override
    {
        activate(m_window.get());
        QTest::keyClick(m_window->openView()->table(), Qt::Key_F5);
    }

    void switchSymbol(const QString &symbol) override
    {
        auto *box = m_window->orderForm()->findChild<QComboBox *>(QStringLiteral("symbol"));
        if (box && box->currentText() != symbol)
            box->setCurrentIndex(box->findText(symbol)); // chosen from the list
    }

private:
    QLineEdit *field(const char *name) const
    {
        return m_window->orderForm()->findChild<QLineEdit *>(QLatin1String(name));
    }
    QLineEdit *lastField() const
    {
        return field(field("amount")->isVisible() ? "amount" : "quantity");
    }
    void click(const char *name)
    {
        auto *b = m_window->orderForm()->findChild<QPushButton *>(QLatin1String(name));
        if (b && !b->isChecked())
            QTest::mouseClick(b, Qt::LeftButton);
    }
    void typeOver(const char *name, const QString &text)
    {
        QLineEdit *e = field(name);
        e->setFocus();
        QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }
    static void activate(QWidget *w)
    {
        // Several storms share this process: the window the hand is on becomes the active one
        // (synchronously), as a trader's click on it would make it.
        if (QApplication::activeWindow() != w)
            QApplication::setActiveWindow(w);
    }
    void answerPreview(bool accept)
    {
        auto *preview = m_window->findChild<CancelPreviewDialog *>();
        if (preview && preview->isVisible()) {
            activate(preview);
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : preview;
            if (accept) {
                QTest::keyClick(focus, Qt::Key_O, Qt::AltModifier); // "Cancel &orders"
                preview->setProperty("stormAccepting", true);
            } else
                QTest::keyClick(focus, Qt::Key_Return); // the default keeps them
        }
        closeDialogs();
    }
    void closeDialogs()
    {
        for (QDialog *d : m_window->findChildren<QDialog *>()) {
            if (d->isVisible() && !d->property("stormAccepting").toBool())
                d->reject();
        }
        activate(m_window.get());
    }

    Session *m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

std::unique_ptr<StormHands> makeWindowHands(Session *session)
{
    return std::make_unique<WindowHands>(session);
}
