#include "DemoFixture.h"
#include "GuiFixture.h"
#include "Quiesce.h"
#include "models/CancelController.h"
#include "models/CsvExport.h"
#include "models/DecimalFormat.h"
#include "models/FinishedOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "models/OrdersController.h"
#include "models/PollingFeed.h"
#include "ui/MessageBar.h"

#include <QDockWidget>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>

// What traders ask the other terminals for: export, notifications, repeat/reverse, layouts and a
// redacted request journal.
class TestFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each test on its own window and exchange: some move the market, and a market another test
    // moved (or its orders) must not decide whether this one passes.
    void init();
    void cleanup() { f.reset(); }
    void finishedCsvMatchesGolden();
    void fillRaisesExactlyOneNotification();
    void ownCancelIsNotNews();
    void repeatAndReverseFillTheFormAndSendNothing();
    void reverseOfAPartialFillIsItsFilledPart();
    void reverseOfAMarketOrderIsTheQuantityItFilled();
    void resetLayoutRestoresDocks();
    void journalHasNoKeyMaterial();

private:
    std::unique_ptr<GuiFixture> f;
    OrderId place(Side side, const char *price, const char *qty);
    void selectIn(OrdersView *view, OrderTableModel *model, OrderId id);
};

void TestFeatures::init()
{
    QLocale::setDefault(QLocale::c());
    if (qstrcmp(QTest::currentTestFunction(), "finishedCsvMatchesGolden") == 0)
        return; // the export alone: no window, no exchange
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
}

OrderId TestFeatures::place(Side side, const char *price, const char *qty)
{
    return f->place(side, price, qty);
}

// Selects one order in one of the window's order tables, as the trader would.
void TestFeatures::selectIn(OrdersView *view, OrderTableModel *model, OrderId id)
{
    view->table()->setFocus();
    view->table()->clearSelection();
    const QModelIndex source = model->index(model->rowOf(id), 0);
    view->table()->selectionModel()->select(view->proxy()->mapFromSource(source),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
}

void TestFeatures::finishedCsvMatchesGolden()
{
    QList<Order> orders;
    Order a;
    a.orderId = 9007199254740993;
    a.clientOrderId = QStringLiteral("td-1");
    a.symbol = QStringLiteral("BTC-USDT");
    a.side = Side::Buy;
    a.type = OrderType::Limit;
    a.status = OrderStatus::Filled;
    a.price = *Decimal::parse("70745.48");
    a.quantity = *Decimal::parse("0.0002");
    a.amount = *Decimal::parse("14.149096");
    a.tradeQty = a.quantity;
    a.tradeAmount = a.amount;
    a.averagePrice = a.price;
    a.hasAveragePrice = true;
    a.createTime = 1767346200000;
    a.updateTime = 1767346200123;
    Order b = a;
    b.orderId = 9007199254740994;
    b.clientOrderId = QStringLiteral("=cmd|' /c calc'!A1"); // a spreadsheet formula stays text
    b.side = Side::Sell;
    b.type = OrderType::Market;
    b.status = OrderStatus::Canceled;
    b.price = *Decimal::parse("0");
    b.amount = *Decimal::parse("100.00");
    b.tradeQty = *Decimal::parse("0.0010");
    b.tradeAmount = *Decimal::parse("70.74548");
    b.averagePrice = *Decimal::parse("70745.48");
    b.failedReason = QStringLiteral("Book exhausted, \"rest\" cancelled");
    orders << a << b;
    QFile golden(QFINDTESTDATA("data/finished-orders.csv"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(CsvExport::orders(orders).toUtf8(), golden.readAll());
}

void TestFeatures::fillRaisesExactlyOneNotification()
{
    QList<QPair<QString, QString>> notes;
    connect(f->window.get(), &MainWindow::notified, this,
            [&notes](const QString &kind, const QString &text) {
                notes.append({kind, text});
            });
    // Disconnected however the test ends: `notes` does not outlive it.
    const auto disconnectNotes =
        qScopeGuard([this] { disconnect(f->window.get(), &MainWindow::notified, this, nullptr); });
    const OrderId id = place(Side::Sell, "70500.00", "0.0500");
    QVERIFY(id > 0);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    // The market runs well through the price: the whole order fills in one go.
    f->exchange()->engine().moveMarket(QStringLiteral("BTC-USDT"), *Decimal::parse("71500.00"));
    QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byId(id))->status,
             OrderStatus::Filled);
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).finishedOrders()->order(id) != nullptr, 10000);
    // Two more complete rounds of both order polls: still only one.
    QSignalSpy openPolls(probe(f->session).orders()->openFeed(), &PollingFeed::succeeded);
    QSignalSpy finishedPolls(probe(f->session).orders()->finishedFeed(), &PollingFeed::succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(openPolls.count() >= 2 && finishedPolls.count() >= 2, 15000);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().first, QStringLiteral("filled"));
    // The order told as the trader placed it, with its units.
    QVERIFY2(notes.first().second.startsWith(QStringLiteral("Sell 0.0500 BTC @ ")),
             qPrintable(notes.first().second));
    QVERIFY2(notes.first().second.contains(QStringLiteral("— filled 0.0500 BTC at ")),
             qPrintable(notes.first().second));
    disconnect(f->window.get(), &MainWindow::notified, this, nullptr);
}

void TestFeatures::ownCancelIsNotNews()
{
    QStringList kinds;
    connect(f->window.get(), &MainWindow::notified, this,
            [&kinds](const QString &kind, const QString &) { kinds.append(kind); });
    const OrderId mine = place(Side::Buy, "65000.00", "0.0010");
    const OrderId theirs = place(Side::Buy, "65100.00", "0.0010");
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(theirs)
                                 && probe(f->session).openOrders()->order(mine),
                             8000);
    probe(f->session)
        .cancels()
        ->cancel({*probe(f->session).openOrders()->order(mine)}); // from this window
    Waiter<OrderId> w; // from somewhere else: straight at the exchange
    probe(f->session)
        .service()
        ->cancelOrder(f->account(), OrderRef::byId(theirs), nullptr, w.callback());
    QVERIFY(w.wait());
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).finishedOrders()->order(mine)
                                 && probe(f->session).finishedOrders()->order(theirs),
                             10000);
    QCOMPARE(kinds, QStringList{QStringLiteral("cancelled")});
    disconnect(f->window.get(), &MainWindow::notified, this, nullptr);
}

void TestFeatures::repeatAndReverseFillTheFormAndSendNothing()
{
    const OrderId id = place(Side::Buy, "64500.00", "0.0030");
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id) != nullptr, 8000);
    const int posted = f->exchange()->requestCount("POST", "/api/v1/spot/order");
    selectIn(f->window->openView(), probe(f->session).openOrders(), id);
    f->window->action(QStringLiteral("repeat"))->trigger();
    QCOMPARE(f->field<QLineEdit>("price")->text(), QStringLiteral("64500.00"));
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QStringLiteral("0.0030"));
    QVERIFY(f->field<QPushButton>("buy")->isChecked());
    const QString clientId = f->field<QLineEdit>("clientOrderId")->text();
    // Nothing of it has filled: there is nothing to reverse, said inline, and the form unchanged.
    f->window->action(QStringLiteral("reverse"))->trigger();
    QVERIFY2(f->form()->messageBar()->text().contains(QStringLiteral("nothing to reverse")),
             qPrintable(f->form()->messageBar()->text()));
    QCOMPARE(f->form()->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY(f->field<QPushButton>("buy")->isChecked());
    QCOMPARE(f->field<QLineEdit>("price")->text(), QStringLiteral("64500.00"));
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QStringLiteral("0.0030"));
    QCOMPARE(f->field<QLineEdit>("clientOrderId")->text(), clientId);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->exchange()->requestCount("POST", "/api/v1/spot/order"), posted);
}

void TestFeatures::reverseOfAPartialFillIsItsFilledPart()
{
    const OrderId id = place(Side::Buy, "64500.00", "0.0100");
    QVERIFY(id > 0);
    // 0.0040 of 0.0100 fills on the exchange; the window learns it over HTTP like any fill.
    QVERIFY(f->exchange()->engine().fillPart(id, *Decimal::parse("0.0040")));
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).openOrders()->order(id)
                                 && probe(f->session).openOrders()->order(id)->status
                                        == OrderStatus::PartialFilled,
                             8000);
    QCOMPARE(probe(f->session).openOrders()->order(id)->tradeQty, *Decimal::parse("0.0040"));
    const int posted = f->placements();
    selectIn(f->window->openView(), probe(f->session).openOrders(), id);
    f->window->action(QStringLiteral("reverse"))->trigger();
    QVERIFY(f->field<QPushButton>("sell")->isChecked());
    QVERIFY(f->field<QPushButton>("limit")->isChecked());
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QStringLiteral("0.0040"));
    QCOMPARE(f->field<QLineEdit>("price")->text(), QString()); // today's price, not the old one
    QVERIFY2(f->form()->messageBar()->text().contains(QStringLiteral("filled so far")),
             qPrintable(f->form()->messageBar()->text()));
    QVERIFY(!f->placeButton()->isEnabled()); // no price yet
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->placements(), posted);
}

void TestFeatures::reverseOfAMarketOrderIsTheQuantityItFilled()
{
    NewOrder buy = OrderFactory::limit(f->account(), Side::Buy, "0", "0");
    buy.type = OrderType::Market;
    buy.price = Decimal();
    buy.quantity = Decimal();
    buy.amount = *Decimal::parse("100.00");
    const OrderId id = placeAndWait(probe(f->session).service(), buy);
    QVERIFY(id > 0);
    const std::optional<Order> filled =
        f->exchange()->engine().find(f->account(), OrderRef::byId(id));
    QVERIFY(filled && filled->status == OrderStatus::Filled && !filled->tradeQty.isZero());
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).finishedOrders()->order(id) != nullptr, 10000);
    const int posted = f->placements();
    selectIn(f->window->finishedView(), probe(f->session).finishedOrders(), id);
    f->window->action(QStringLiteral("reverse"))->trigger();
    // What it bought is a BTC quantity: sold back as that quantity (a LIMIT order), not as the
    // 100 USDT it spent, which at another price is another quantity.
    QVERIFY(f->field<QPushButton>("sell")->isChecked());
    QVERIFY(f->field<QPushButton>("limit")->isChecked());
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), DecimalFormat::toInput(filled->tradeQty));
    QCOMPARE(f->field<QLineEdit>("price")->text(), QString());
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->placements(), posted);
}

void TestFeatures::resetLayoutRestoresDocks()
{
    auto *log = f->window->findChild<QDockWidget *>(QStringLiteral("logDock"));
    auto *entry = f->window->findChild<QDockWidget *>(QStringLiteral("orderEntryDock"));
    log->hide();
    f->window->addDockWidget(Qt::RightDockWidgetArea, entry);
    QCOMPARE(f->window->dockWidgetArea(entry), Qt::RightDockWidgetArea);
    f->window->resetLayout();
    QVERIFY(log->isVisible());
    QCOMPARE(f->window->dockWidgetArea(entry), Qt::LeftDockWidgetArea);
}

void TestFeatures::journalHasNoKeyMaterial()
{
    const OrderId id = place(Side::Buy, "64000.00", "0.0010");
    Waiter<OrderId> w;
    probe(f->session)
        .service()
        ->cancelOrder(f->account(), OrderRef::byId(id), nullptr, w.callback());
    QVERIFY(w.wait());
    // Enough signed requests (the polls go on) that a leak would show among them.
    QTRY_VERIFY_WITH_TIMEOUT(f->exchange()->receivedSignatures().size() > 10, 15000);
    const QString journal = CsvExport::journal(f->session->journal());
    QVERIFY(journal.contains(QStringLiteral("/api/v1/spot/order")));
    QVERIFY(journal.contains(QStringLiteral("DELETE")));
    QVERIFY(!journal.contains(f->session->apiKey()));
    QVERIFY(!journal.contains(QString::fromLatin1(f->session->key()->privateKeyPkcs8Base64())));
    QVERIFY(!journal.contains(
        QString::fromLatin1(f->session->key()->privateKeyPkcs8Base64().mid(16, 24))));
    const auto signatures = f->exchange()->receivedSignatures();
    QVERIFY(signatures.size() > 10);
    for (const QByteArray &sig : signatures)
        QVERIFY2(!journal.contains(QString::fromLatin1(sig)), sig.constData());
    QVERIFY(!journal.contains(QStringLiteral("EXCHANGE-API")));
}

QTEST_MAIN(TestFeatures)
#include "tst_features.moc"
