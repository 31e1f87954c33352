#include "DemoFixture.h"
#include "GuiFixture.h"
#include "InvalidOrderInputs.h"
#include "Quiesce.h"
#include "TestShard.h"
#include "models/CancelController.h"
#include "models/FinishedOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "models/PlacementTracker.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/LookupDialog.h"
#include "ui/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>

// The trader's window against the demo exchange, driven by the keyboard.
class TestGuiTrading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void placeLimitByKeyboard();
    void placeMarketByKeyboard();
    void validationDisablesPlace();
    void cancelOneWithDeleteKey();
    void batchCancelSelection();
    void cancelAllForSymbol();
    void failedCancelAllIsNotGreen();
    void lookupShowsEveryField();
    void unknownOutcomeResolvesToOneOrder();
    void queuedOrderWithdrawnWithEscape();
    void accessibleNamesMatchLabels();
    void germanTranslationLoads();

private:
    GuiFixture *f = nullptr;
    OrderId placeDirect(const char *price, const QString &symbol = QStringLiteral("BTC-USDT"));
    void clearForm();
    void refuseInput(const InvalidOrderInput &c);
    int postedOrders() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
};

void TestGuiTrading::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
}

void TestGuiTrading::clearForm()
{
    for (const char *name : {"price", "quantity", "amount"})
        f->field<QLineEdit>(name)->clear();
    QTest::mouseClick(f->field<QPushButton>("buy"), Qt::LeftButton);
    QTest::mouseClick(f->field<QPushButton>("limit"), Qt::LeftButton);
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
}

void TestGuiTrading::placeLimitByKeyboard()
{
    clearForm();
    const int before = f->exchange()->engine().orderCount();
    QLineEdit *price = f->field<QLineEdit>("price");
    price->setFocus();
    QTest::keyClicks(price, QStringLiteral("69000.00"));
    QTest::keyClick(price, Qt::Key_Tab);
    QLineEdit *quantity = f->field<QLineEdit>("quantity");
    QVERIFY(quantity->hasFocus());
    QTest::keyClicks(quantity, QStringLiteral("0.0100"));
    QVERIFY(f->placeButton()->isEnabled());
    const QString clientId = f->field<QLineEdit>("clientOrderId")->text();
    QTest::keyClick(quantity, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f->exchange()->engine().orderCount(), before + 1, 5000);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    const OrderId id = probe(f->session).placement()->orderId();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    QVERIFY(f->form()->messageBar()->text().contains(QString::number(id)));
    QVERIFY(!probe(f->session).log()->find(QString::number(id)).isEmpty());
    // The unchanged form is the same order again: it keeps its client ID and will not send it.
    QCOMPARE(f->field<QLineEdit>("clientOrderId")->text(), clientId);
    QVERIFY(!f->placeButton()->isEnabled());
    QCOMPARE(probe(f->session).placement()->refusalFor(*f->form()->check().order),
             PlacementTracker::Refusal::AlreadySent);
    // Any change to the order is a new intent, with a fresh client ID.
    QTest::keyClick(quantity, Qt::Key_Backspace);
    QTest::keyClick(quantity, Qt::Key_0);
    QCOMPARE(quantity->text(), QStringLiteral("0.0100"));
    QVERIFY(f->field<QLineEdit>("clientOrderId")->text() != clientId);
    QVERIFY(f->placeButton()->isEnabled());
}

void TestGuiTrading::placeMarketByKeyboard()
{
    clearForm();
    const int before = f->exchange()->engine().orderCount();
    QPushButton *market = f->field<QPushButton>("market");
    market->setFocus();
    QTest::keyClick(market, Qt::Key_Space);
    QVERIFY(market->isChecked());
    QLineEdit *amount = f->field<QLineEdit>("amount");
    QVERIFY(amount->isVisible());
    QVERIFY(!f->field<QLineEdit>("price")->isVisible());
    QTest::keyClick(market, Qt::Key_Tab); // to the amount field
    QVERIFY(amount->hasFocus());
    QTest::keyClicks(amount, QStringLiteral("250.00"));
    QTest::keyClick(amount, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f->exchange()->engine().orderCount(), before + 1, 5000);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    const OrderId id = probe(f->session).placement()->orderId();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).finishedOrders()->order(id) != nullptr, 10000);
    QCOMPARE(probe(f->session).finishedOrders()->order(id)->status, OrderStatus::Filled);
}

// Every invalid input of the catalogue, one after another on the one window: each is refused
// beside its field and by Enter and Ctrl+Enter. That nothing reached the exchange is proven once,
// after a round trip behind the last of them (quiesce): a request any of them made, at once or
// later, is counted by then. (One quiesce per input waited out the symbols' 1-per-2-s window
// each time: about 110 s of the suite.)
void TestGuiTrading::validationDisablesPlace()
{
    const int posted = postedOrders();
    for (const InvalidOrderInput &c : invalidOrderInputs()) {
        auto where = qScopeGuard([&c] {
            if (QTest::currentTestFailed())
                qWarning("in the input \"%s\"", c.name);
        });
        refuseInput(c);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(postedOrders(), posted);
}

void TestGuiTrading::refuseInput(const InvalidOrderInput &c)
{
    clearForm();
    QTest::mouseClick(f->field<QPushButton>(c.side == Side::Buy ? "buy" : "sell"), Qt::LeftButton);
    QTest::mouseClick(f->field<QPushButton>(c.type == OrderType::Limit ? "limit" : "market"),
                      Qt::LeftButton);
    f->field<QComboBox>("symbol")->setEditText(c.symbol);
    f->field<QLineEdit>("clientOrderId")->setText(c.clientId);
    QLineEdit *target = nullptr;
    for (const auto &[name, text] :
         {std::pair{"price", c.price}, {"quantity", c.quantity}, {"amount", c.amount}}) {
        QLineEdit *e = f->field<QLineEdit>(name);
        if (!e->isVisible())
            continue;
        e->setFocus();
        // Typed where the keyboard can type it; pasted where it cannot (non-Latin digits).
        const bool typeable =
            std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() < 128; });
        if (typeable)
            QTest::keyClicks(e, text);
        else
            e->insert(text);
        target = e;
    }
    QVERIFY(!f->placeButton()->isEnabled());
    QVERIFY2(f->form()->fieldError(c.field).contains(c.message),
             qPrintable(f->form()->fieldError(c.field)));
    // Shown beside the field (blank fields are only marked once something is typed).
    const char *label = c.field == OrderCheck::Field::Price           ? "priceError"
                        : c.field == OrderCheck::Field::Quantity      ? "quantityError"
                        : c.field == OrderCheck::Field::Amount        ? "amountError"
                        : c.field == OrderCheck::Field::ClientOrderId ? "clientOrderIdError"
                                                                      : "symbolError";
    const bool blankField =
        (c.field == OrderCheck::Field::Price && c.price.trimmed().isEmpty())
        || (c.field == OrderCheck::Field::Quantity && c.quantity.trimmed().isEmpty())
        || (c.field == OrderCheck::Field::Amount && c.amount.trimmed().isEmpty());
    if (!blankField)
        QVERIFY2(f->field<QLabel>(label)->text().contains(c.message),
                 qPrintable(f->field<QLabel>(label)->text()));
    // Enter and Ctrl+Enter do nothing (no request: checked after the last input).
    if (target)
        QTest::keyClick(target, Qt::Key_Return);
    f->window->action(QStringLiteral("place"))->trigger();
    QVERIFY(!probe(f->session).placement()->isBusy());
    f->field<QComboBox>("symbol")->setEditText(QStringLiteral("BTC-USDT"));
}

OrderId TestGuiTrading::placeDirect(const char *price, const QString &symbol)
{
    return f->place(Side::Buy, price, symbol.startsWith(QLatin1String("BTC")) ? "0.0100" : "0.100",
                    symbol);
}

void TestGuiTrading::cancelOneWithDeleteKey()
{
    const OrderId id = placeDirect("66000.00");
    QVERIFY(id > 0);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    f->selectOpen({id});
    QTest::keyClick(f->window->openView()->table(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(
        f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status,
        OrderStatus::Canceled, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).finishedOrders()->order(id) != nullptr, 10000);
    QVERIFY(!probe(f->session).openOrders()->order(id));
    QTRY_VERIFY(
        !probe(f->session).log()->find(QStringLiteral("Cancelled (order %1)").arg(id)).isEmpty());
}

void TestGuiTrading::batchCancelSelection()
{
    QList<OrderId> ids;
    for (int i = 0; i < 7; ++i)
        ids.append(placeDirect("65000.00"));
    QVERIFY(!ids.contains(0));
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(ids.last()) != nullptr, 8000);
    const int batchesBefore = f->exchange()->requestCount("DELETE", "/api/v1/spot/batch/order");
    f->selectOpen(ids);
    QCOMPARE(f->window->openView()->selectedOrders().size(), 7);
    QTest::keyClick(f->window->openView()->table(), Qt::Key_Delete);
    auto *preview = f->window->findChild<CancelPreviewDialog *>();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    const QString summary =
        preview->findChild<QLabel *>(QStringLiteral("cancelPreviewSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("4550.00")), qPrintable(summary)); // 7 x 0.01 x 65,000
    QSignalSpy finished(probe(f->session).cancels(), &CancelController::finished);
    preview->accept();
    for (OrderId id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(
            f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status,
            OrderStatus::Canceled, 8000);
    // Two batch requests: 5 ids, then 2.
    QCOMPARE(f->exchange()->requestCount("DELETE", "/api/v1/spot/batch/order") - batchesBefore, 2);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<CancelController::Summary>();
    QCOMPARE(result.requested, 7);
    QCOMPARE(result.ids(CancelController::Result::Cancelled), ids);
    QVERIFY(result.allCancelled());
    QCOMPARE(f->window->ordersMessage()->kind(), MessageBar::Kind::Success);
}

void TestGuiTrading::cancelAllForSymbol()
{
    const OrderId a = placeDirect("3400.00", QStringLiteral("ETH-USDT"));
    const OrderId b = placeDirect("3410.00", QStringLiteral("ETH-USDT"));
    const OrderId keep = placeDirect("64000.00");
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(keep) != nullptr, 8000);
    f->selectOpen({a});
    f->window->action(QStringLiteral("cancelAll"))->trigger();
    CancelPreviewDialog *preview = nullptr;
    const auto dialogs = f->window->findChildren<CancelPreviewDialog *>();
    for (auto *d : dialogs)
        if (d->isVisible())
            preview = d;
    QVERIFY(preview);
    QVERIFY(preview->windowTitle().contains(QStringLiteral("ETH-USDT")));
    QSignalSpy finished(probe(f->session).cancels(), &CancelController::finished);
    preview->accept();
    QTRY_COMPARE_WITH_TIMEOUT(f->exchange()->engine().find(f->account(), OrderRef::byId(b))->status,
                              OrderStatus::Canceled, 8000);
    QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byId(a))->status,
             OrderStatus::Canceled);
    QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byId(keep))->status,
             OrderStatus::New);
    QTRY_COMPARE(finished.count(), 1);
    auto cancelled = finished.first().first().value<CancelController::Summary>().ids(
        CancelController::Result::Cancelled);
    std::sort(cancelled.begin(), cancelled.end());
    QCOMPARE(cancelled, (QList<OrderId>{std::min(a, b), std::max(a, b)}));
    QVERIFY(!probe(f->session).log()->find(QString::number(a)).isEmpty());
}

void TestGuiTrading::failedCancelAllIsNotGreen()
{
    const OrderId a = placeDirect("140.000", QStringLiteral("SOL-USDT"));
    const OrderId b = placeDirect("141.000", QStringLiteral("SOL-USDT"));
    QVERIFY(a && b);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(b) != nullptr, 8000);
    f->selectOpen({a});
    // The exchange is unavailable for the batch: nothing is cancelled.
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 1, "/api/v1/spot/batch/order");
    f->window->action(QStringLiteral("cancelAll"))->trigger();
    CancelPreviewDialog *preview = nullptr;
    for (auto *d : f->window->findChildren<CancelPreviewDialog *>())
        if (d->isVisible())
            preview = d;
    QVERIFY(preview);
    QSignalSpy finished(probe(f->session).cancels(), &CancelController::finished);
    preview->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    MessageBar *bar = f->window->ordersMessage();
    QVERIFY(bar->kind() != MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(QStringLiteral("failed"))
                 && bar->text().contains(QStringLiteral("0 of 2 cancelled")),
             qPrintable(bar->text()));
    for (OrderId id : {a, b})
        QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status,
                 OrderStatus::New);
}

void TestGuiTrading::lookupShowsEveryField()
{
    const OrderId id = placeDirect("63500.00");
    f->window->action(QStringLiteral("lookup"))->trigger();
    LookupDialog *dialog = f->window->lookupDialog();
    QVERIFY(dialog->isVisible());
    QLineEdit *query = dialog->findChild<QLineEdit *>(QStringLiteral("lookupQuery"));
    query->setFocus();
    QTest::keyClicks(query, QString::number(id));
    // Review 33 (trader F7): the dialog shrank when the result came, Look up jumped 160 px under
    // the pointer and the field cut the id's first digit. One size, the id whole, before and after.
    QPushButton *go = dialog->findChild<QPushButton *>(QStringLiteral("lookupGo"));
    QVERIFY(go);
    const QSize size = dialog->size();
    const QPoint goAt = go->mapTo(dialog, QPoint());
    const auto idWhole = [query] {
        return query->fontMetrics().horizontalAdvance(query->text())
               < query->contentsRect().width() - 4;
    };
    QVERIFY(idWhole());
    QTest::keyClick(query, Qt::Key_Return);
    QLabel *idLabel = nullptr;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (l->accessibleName() == QLatin1String("Order ID"))
            idLabel = l;
    QVERIFY(idLabel && idLabel->isVisible()); // its row reserved from the start
    QTRY_COMPARE_WITH_TIMEOUT(idLabel->text(), QString::number(id), 5000);
    QCOMPARE(dialog->size(), size);
    QCOMPARE(go->mapTo(dialog, QPoint()), goAt);
    QVERIFY(idWhole());
    QStringList names;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (!l->accessibleName().isEmpty())
            names.append(l->accessibleName());
    for (const char *n : {"Client ID", "Symbol", "Side", "Type", "Status", "Price", "Quantity",
                          "Amount", "Filled quantity", "Filled amount", "Average price",
                          "First seen", "Seen finished", "Last fill"})
        QVERIFY2(names.contains(QLatin1String(n)), n);
    dialog->close();
}

void TestGuiTrading::unknownOutcomeResolvesToOneOrder()
{
    clearForm();
    const int before = f->exchange()->engine().orderCount();
    const int posted = postedOrders();
    f->exchange()->injectFault(DemoFault::ServerErrorAfterAccept, 1, "/api/v1/spot/order");
    QLineEdit *price = f->field<QLineEdit>("price");
    price->setFocus();
    QTest::keyClicks(price, QStringLiteral("68000.00"));
    QTest::keyClicks(f->field<QLineEdit>("quantity"), QStringLiteral("0.0200"));
    const QString clientId = f->field<QLineEdit>("clientOrderId")->text();
    QTest::keyClick(price, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(probe(f->session).placement()->state(),
                              PlacementTracker::State::Checking, 5000);
    // While unknown, the same order cannot go again.
    QVERIFY(!f->placeButton()->isEnabled());
    QTest::keyClick(price, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(probe(f->session).placement()->state(),
                              PlacementTracker::State::Placed, 10000);
    QCOMPARE(f->exchange()->engine().orderCount(), before + 1);
    QCOMPARE(postedOrders(), posted + 1);
    const OrderId id = probe(f->session).placement()->orderId();
    QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byClientId(clientId))->orderId,
             id);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    int shown = 0;
    for (const Order &o : probe(f->session).openOrders()->orders())
        shown += o.clientOrderId == clientId;
    QCOMPARE(shown, 1);
    // The trail: unknown, then resolved.
    const QStringList unknown = probe(f->session).log()->find(QStringLiteral("Outcome unknown"));
    const QStringList resolved =
        probe(f->session)
            .log()
            ->find(QStringLiteral("Resolved: the order was placed as %1").arg(id));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(resolved.size(), 1);
}

void TestGuiTrading::queuedOrderWithdrawnWithEscape()
{
    // A 429 pauses the order class for a second; the next order waits in the client's queue,
    // and Esc takes it back before it leaves.
    clearForm();
    const int posted = postedOrders();
    const int before = f->exchange()->engine().orderCount();
    f->exchange()->injectFault(DemoFault::RateLimitBurst, 1, "/api/v1/spot/order");
    QLineEdit *price = f->field<QLineEdit>("price");
    price->setFocus();
    QTest::keyClicks(price, QStringLiteral("67000.00"));
    QTest::keyClicks(f->field<QLineEdit>("quantity"), QStringLiteral("0.0100"));
    QTest::keyClick(price, Qt::Key_Return);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::NotSent);
    QTest::keyClick(price, Qt::Key_Backspace);
    QTest::keyClicks(price, QStringLiteral("1"));
    QTest::keyClick(price, Qt::Key_Return);
    QVERIFY2(probe(f->session).placement()->state() == PlacementTracker::State::Queued,
             qPrintable(f->form()->messageBar()->text() + " / " + price->text()));
    QPushButton *withdraw = f->field<QPushButton>("withdraw");
    QVERIFY(withdraw->isVisible());
    QTest::keyClick(price, Qt::Key_Escape);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::NotSent);
    QVERIFY(f->form()->messageBar()->text().contains(QStringLiteral("Withdrawn")));
    QVERIFY(!withdraw->isVisible());
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(postedOrders(), posted + 1); // the one refused with 429, nothing else
    QCOMPARE(f->exchange()->engine().orderCount(), before);
}

void TestGuiTrading::accessibleNamesMatchLabels()
{
    const auto labels = f->form()->findChildren<QLabel *>();
    int checked = 0;
    for (QLabel *l : labels) {
        if (!l->buddy())
            continue;
        QCOMPARE(l->buddy()->accessibleName(), l->text().remove(QLatin1Char('&')));
        ++checked;
    }
    QVERIFY(checked >= 6);
    for (const char *a :
         {"place", "cancel", "cancelAll", "lookup", "refresh", "settings", "repeat", "reverse"}) {
        QAction *action = f->window->action(QLatin1String(a));
        QVERIFY2(!action->shortcut().isEmpty(), a);
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                 a);
    }
}

void TestGuiTrading::germanTranslationLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tradedesk_de.qm")));
    QCOMPARE(translator.translate("OrderTableModel", "Quantity"), QStringLiteral("Menge"));
    QCOMPARE(translator.translate("MainWindow", "Order entry"), QStringLiteral("Auftragseingabe"));
}

TRADEDESK_SHARDED_TEST_MAIN(TestGuiTrading)
#include "tst_gui_trading.moc"
