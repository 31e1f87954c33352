#include "GuiFixture.h"
#include "core/ApiService.h"
#include "models/BookController.h"
#include "models/MarketFill.h"
#include "models/TicketModel.h"
#include "ui/ConfirmOrderDialog.h"

#include <QLabel>

// Review 33 F3 under real clicks: Sell, Market, 100 %, then the market falls before Place. The
// % is the intent: the amount follows the book in the form (and the confirmation), the sell is
// sent once and fills within the balance; the form's Value is the estimate's value.
class TestGuiMarketSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { f.reset(); }
    void sellAllAfterThePriceFalls_data();
    void sellAllAfterThePriceFalls();

private:
    ConfirmOrderDialog *dialogOrSent(int before) const;
    std::unique_ptr<GuiFixture> f;
};

void TestGuiMarketSize::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
    QTRY_VERIFY(f->form()->ticket()->state().lastPrice.has_value());
}

ConfirmOrderDialog *TestGuiMarketSize::dialogOrSent(int before) const
{
    ConfirmOrderDialog *dialog = nullptr;
    QTest::qWaitFor(
        [&] {
            dialog = f->window->findChild<ConfirmOrderDialog *>();
            return (dialog && dialog->isVisible()) || f->placements() > before;
        },
        5000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestGuiMarketSize::sellAllAfterThePriceFalls_data()
{
    QTest::addColumn<int>("fall"); // USDT the mid falls by after 100 % is clicked
    QTest::addColumn<bool>("confirm");
    QTest::addRow("a tick down, no confirmation setting") << 1 << false;
    QTest::addRow("300 USDT down, confirmed") << 300 << true;
}

void TestGuiMarketSize::sellAllAfterThePriceFalls()
{
    QFETCH(int, fall);
    QFETCH(bool, confirm);
    f->settings.setConfirmOrders(confirm);
    TicketModel *ticket = f->form()->ticket();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).book()->depth().has_value(), 8000);
    QTest::mouseClick(f->field<QPushButton>("sell"), Qt::LeftButton);
    QTest::mouseClick(f->field<QPushButton>("market"), Qt::LeftButton);
    QCOMPARE(ticket->state().draft.type, OrderType::Market);
    QCOMPARE(ticket->state().draft.side, Side::Sell);
    QTRY_VERIFY(!ticket->state().draft.symbol.isEmpty()
                && ticket->available(QStringLiteral("BTC")));
    const Decimal held = *ticket->available(QStringLiteral("BTC"));
    QTest::mouseClick(f->field<QPushButton>("quick100"), Qt::LeftButton);
    auto *amount = f->field<QLineEdit>("amount");
    const QString sized = amount->text();
    QVERIFY(!sized.isEmpty());
    QCOMPARE(ticket->state().marketPercent, std::optional<int>(100));

    const QString symbol = ticket->state().draft.symbol;
    DemoExchange *exchange = f->exchange();
    const Decimal mid = exchange->engine().market().mid(symbol);
    exchange->engine().market().setMid(symbol, *mid.subtract(Decimal::fromInteger(fall)));
    // The amount follows the book the form sees now, and the order stays valid.
    QTRY_VERIFY_WITH_TIMEOUT(amount->text() != sized, 10000);
    QTRY_VERIFY(f->placeButton()->isEnabled());
    // Value is what the estimate under it says the order comes to.
    const QString value = f->field<QLabel>("notional")->text();
    QVERIFY2(value.startsWith(QStringLiteral("≈ ")), qPrintable(value));
    const QString estimate = ticket->state().warnings;
    QVERIFY2(estimate.contains(QStringLiteral("Sells about ")), qPrintable(estimate));

    const int before = f->placements();
    QTest::mouseClick(f->placeButton(), Qt::LeftButton);
    NewOrder sent = *ticket->state().check.order;
    if (ConfirmOrderDialog *dialog = dialogOrSent(before)) {
        QCOMPARE(dialog->order().amount, sent.amount);
        // Open, the market falls again: the amount, the summary and the body follow the book.
        const Decimal now = exchange->engine().market().mid(symbol);
        exchange->engine().market().setMid(symbol, *now.subtract(Decimal::fromInteger(100)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->order().amount != sent.amount, 10000);
        auto *body = dialog->findChild<QLabel *>(QStringLiteral("confirmBody"));
        QVERIFY(body->text().contains(QString::fromLatin1(dialog->order().amount.toWire())));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("confirmSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("100 % of your BTC")),
                 qPrintable(summary->text()));
        // A click within a double-click of the dialog opening is a reflex, ignored by design.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTRY_VERIFY(dialog->placeButton()->isEnabled());
        sent = dialog->order();
        QTest::mouseClick(dialog->placeButton(), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(f->placements(), before + 1, 5000);
    // Sized within the balance at the book it was sent against, and filled by the exchange.
    const auto bids = MarketFill::levelsFor(Side::Sell, probe(f->session).book()->depth(), {});
    const auto needs = MarketFill::baseFor(Side::Sell, sent.amount, bids);
    QVERIFY(needs && *needs <= held);
    QTRY_VERIFY_WITH_TIMEOUT(*ticket->available(QStringLiteral("BTC")) < held, 8000);
    QCOMPARE(f->placements(), before + 1); // one intent, one order
}

QTEST_MAIN(TestGuiMarketSize)
#include "tst_gui_marketsize.moc"
