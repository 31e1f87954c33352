#include "GuiFixture.h"
#include "Quiesce.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "models/TicketModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QToolButton>

// The order form under real key events and clicks: price and quantity stepped by the keyboard,
// quantity presets set once per symbol, Place paused (with the reason beside it) while the
// credentials are refused or the market data is stale, units on every field and in the
// confirmation, and reasons that never move the buttons under the mouse.
class TestGuiTicket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void arrowKeysStepPriceAndQuantity();
    void presetsAreSetOnceAndFillTheQuantity();
    void staleMarketDataPausesPlacing();
    void refusedCredentialsPausePlacing();
    void unitsInTheFormAndTheConfirmation();
    void reasonsDoNotMoveTheButtons();
    void oneRecomputationPerKeystroke();
    void percentSizeNeedsATypedPrice();
    void blankPriceToldOnceTheTraderTouchedIt();
    void warningsReadWholeAtTheFormsWidth();

private:
    // `percent` % of the last price, on the 0.01 tick (a price far from the market).
    QString pctOfLast(int percent) const;
    // The reason or warning as shown is the whole text (nothing elided) and its lines fit the
    // room kept for it.
    static void expectWhole(QLabel *label);
    void fill(const char *price, const char *qty);
    // Where a widget is once the layouts have handled what changed (they do so in posted events).
    QPoint settledPos(QWidget *w) const;
    int placements() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    QLineEdit *price() const { return f->field<QLineEdit>("price"); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }

    std::unique_ptr<GuiFixture> f;
};

void TestGuiTicket::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
    QTRY_VERIFY(f->form()->ticket()->state().lastPrice.has_value());
}

void TestGuiTicket::cleanup()
{
    f.reset();
}

void TestGuiTicket::fill(const char *p, const char *q)
{
    price()->setFocus();
    price()->clear();
    QTest::keyClicks(price(), QLatin1String(p));
    quantity()->setFocus();
    quantity()->clear();
    QTest::keyClicks(quantity(), QLatin1String(q));
}

QPoint TestGuiTicket::settledPos(QWidget *w) const
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    return w->mapTo(f->window.get(), QPoint());
}

void TestGuiTicket::arrowKeysStepPriceAndQuantity()
{
    fill("70000.00", "0.0100");
    price()->setFocus();
    QTest::keyClick(price(), Qt::Key_Up);
    QCOMPARE(price()->text(), QStringLiteral("70000.01"));
    QTest::keyClick(price(), Qt::Key_PageDown);
    QCOMPARE(price()->text(), QStringLiteral("69999.91"));
    QTest::keyClick(price(), Qt::Key_Down);
    QCOMPARE(price()->text(), QStringLiteral("69999.9"));
    // Off the tick: the first step goes to the next tick above.
    price()->clear();
    QTest::keyClicks(price(), QStringLiteral("69999.905"));
    QTest::keyClick(price(), Qt::Key_Up);
    QCOMPARE(price()->text(), QStringLiteral("69999.91"));
    // Never below one tick.
    price()->clear();
    QTest::keyClicks(price(), QStringLiteral("0.03"));
    QTest::keyClick(price(), Qt::Key_PageDown);
    QCOMPARE(price()->text(), QStringLiteral("0.01"));

    quantity()->setFocus();
    QTest::keyClick(quantity(), Qt::Key_Up);
    QCOMPARE(quantity()->text(), QStringLiteral("0.0101"));
    QTest::keyClick(quantity(), Qt::Key_PageUp);
    QCOMPARE(quantity()->text(), QStringLiteral("0.0111"));
    QTest::keyClick(quantity(), Qt::Key_PageDown);
    QTest::keyClick(quantity(), Qt::Key_PageDown);
    QCOMPARE(quantity()->text(), QStringLiteral("0.0091"));
    QCOMPARE(placements(), 0); // stepping is typing, never placing
}

void TestGuiTicket::presetsAreSetOnceAndFillTheQuantity()
{
    auto *edit = f->field<QToolButton>("editPresets");
    QVERIFY(edit->isEnabled());
    QVERIFY(!f->field<QPushButton>("preset0")->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *editor = f->field<QLineEdit>("presetEdit");
    QVERIFY(editor->isVisible());
    // Off the lot step: refused inline, nothing stored.
    QTest::keyClicks(editor, QStringLiteral("0.00015"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(f->field<QLabel>("presetError")->isVisible());
    QVERIFY(f->settings.quantityPresets(QStringLiteral("BTC-USDT")).isEmpty());
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("0.05 0.01"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    QCOMPARE(f->settings.quantityPresets(QStringLiteral("BTC-USDT")), QStringLiteral("0.01 0.05"));
    auto *second = f->field<QPushButton>("preset1");
    QVERIFY(second->isVisible());
    // The figure on the button, the unit in the row's label; the whole in its accessible name.
    QCOMPARE(second->text(), QStringLiteral("0.0500"));
    QCOMPARE(second->accessibleName(), QStringLiteral("Quantity 0.0500 BTC"));
    // As wide as its figure at least: never cut, never drawn over its neighbour.
    QVERIFY(second->width() >= second->fontMetrics().horizontalAdvance(second->text()));
    QTest::mouseClick(second, Qt::LeftButton);
    QCOMPARE(quantity()->text(), QStringLiteral("0.05"));
    // Stored per symbol, in the settings: a new window on the same settings has them.
    f->window.reset();
    f->window = std::make_unique<MainWindow>(f->session.get(), nullptr);
    f->window->show();
    QTRY_VERIFY(f->field<QPushButton>("preset0")->isVisible());
    QCOMPARE(f->field<QPushButton>("preset0")->text(), QStringLiteral("0.0100"));
}

void TestGuiTicket::staleMarketDataPausesPlacing()
{
    fill("70000.00", "0.0100");
    QVERIFY(f->placeButton()->isEnabled());
    // The last price stops arriving for a while (the exchange unavailable for it three times).
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 3, "/api/v1/spot/ticker/price");
    QTRY_VERIFY_WITH_TIMEOUT(!f->placeButton()->isEnabled(), 15000);
    auto *reason = f->field<QLabel>("placeBlocked");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("stale")), qPrintable(reason->text()));
    const int before = placements();
    QTest::keyClick(quantity(), Qt::Key_Return); // Enter places nothing
    f->window->action(QStringLiteral("place"))->trigger();
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);
    // Fresh data again: Place comes back by itself.
    QTRY_VERIFY_WITH_TIMEOUT(f->placeButton()->isEnabled(), 60000);
    QVERIFY(!reason->isVisible());
}

void TestGuiTicket::refusedCredentialsPausePlacing()
{
    fill("70000.00", "0.0100");
    QVERIFY(f->placeButton()->isEnabled());
    probe(f->session)
        .service()
        ->setCredentials(QStringLiteral("not-registered"),
                         std::make_shared<Ed25519Key>(Ed25519Key::generate()));
    f->session->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).service()->isAuthBlocked(), 10000);
    QTRY_VERIFY(!f->placeButton()->isEnabled());
    auto *reason = f->field<QLabel>("placeBlocked");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("credentials")), qPrintable(reason->text()));
    // Inline: no dialog opened for it.
    QVERIFY(!f->form()->findChild<QDialog *>());
    const int before = placements();
    QTest::keyClick(quantity(), Qt::Key_Return);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);
}

void TestGuiTicket::unitsInTheFormAndTheConfirmation()
{
    const auto labelFor = [this](QWidget *buddy) {
        for (QLabel *l : f->form()->findChildren<QLabel *>())
            if (l->buddy() == buddy)
                return l->text();
        return QString();
    };
    QCOMPARE(labelFor(price()), QStringLiteral("&Price (USDT)"));
    QCOMPARE(labelFor(quantity()), QStringLiteral("&Quantity (BTC)"));
    QCOMPARE(labelFor(f->field<QLineEdit>("amount")), QStringLiteral("&Amount (USDT)"));
    QCOMPARE(price()->accessibleName(), QStringLiteral("Price (USDT)"));
    f->settings.setConfirmOrders(true);
    fill("69000", "0.01");
    QCOMPARE(f->field<QLabel>("notional")->text(), QStringLiteral("690.00 USDT"));
    QTest::mouseClick(f->placeButton(), Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f->form()->findChild<QDialog *>()) && dialog->isVisible());
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("confirmSummary"));
    QVERIFY(summary);
    QVERIFY2(
        summary->text().contains(QLatin1String("Buy 0.0100 BTC at 69,000.00 USDT = 690.00 USDT")),
        qPrintable(summary->text()));
    dialog->reject();
    QCOMPARE(placements(), 0);
}

void TestGuiTicket::reasonsDoNotMoveTheButtons()
{
    fill("70000.00", "0.0100");
    QVERIFY(f->placeButton()->isEnabled());
    QWidget *quick = f->field<QPushButton>("quick50");
    const QPoint placeAt = settledPos(f->placeButton());
    const QPoint quickAt = settledPos(quick);
    // A reason beside the price, then beside the quantity, then a warning.
    QTest::keyClicks(price(), QStringLiteral("5"));
    QVERIFY(f->field<QLabel>("priceError")->isVisible());
    QCOMPARE(settledPos(f->placeButton()), placeAt);
    QCOMPARE(settledPos(quick), quickAt);
    fill("70000.00", "0.00005");
    QVERIFY(f->field<QLabel>("quantityError")->isVisible());
    QCOMPARE(settledPos(f->placeButton()), placeAt);
    QCOMPARE(settledPos(quick), quickAt);
    fill("66000.00", "0.0100"); // 5.7 % below the last price: a fat-finger warning
    QVERIFY(f->field<QLabel>("warnings")->isVisible());
    QCOMPARE(settledPos(f->placeButton()), placeAt);
}

void TestGuiTicket::oneRecomputationPerKeystroke()
{
    fill("70000.00", "0.010");
    TicketModel *ticket = f->form()->ticket();
    int before = ticket->revision();
    QTest::keyClick(quantity(), Qt::Key_0);
    QCOMPARE(ticket->revision(), before + 1);
    // A price and size chosen in the book: several fields, one decision.
    before = ticket->revision();
    f->form()->setPriceAndQuantity(*Decimal::parse(QByteArray("69990.00")),
                                   *Decimal::parse(QByteArray("0.0200")));
    QCOMPARE(ticket->revision(), before + 1);
    QCOMPARE(ticket->state().draft.priceText, QStringLiteral("69990.00"));
    QCOMPARE(ticket->state().draft.quantityText, QStringLiteral("0.0200"));
    // Another symbol chosen: the market follows it and the ticket decides once.
    before = ticket->revision();
    f->field<QComboBox>("symbol")->setCurrentText(QStringLiteral("ETH-USDT"));
    QCOMPARE(ticket->revision(), before + 1);
    QCOMPARE(ticket->state().draft.symbol, QStringLiteral("ETH-USDT"));
    QVERIFY(!ticket->state().lastPrice.has_value()); // BTC's price never counts for ETH
    QTRY_VERIFY(ticket->state().lastPrice.has_value());
    QCOMPARE(ticket->state().quantityTitle, QStringLiteral("Quantity (ETH)"));
}

// Review 31 (trader 3): Buy, Limit, no price, 100 % wrote the last price into Price and enabled
// Place. A % size of a LIMIT comes only from a price the trader typed; without one nothing is
// written and the price's reason asks for it, in the room kept under the field (review 31
// trader 10: with no price, Place was off and no reason was given anywhere).
// Review 33: with a quantity in the form for the book and the price never touched, no reason
// shows; a price the trader typed and deleted is the form's own order, and its blank is told.
void TestGuiTicket::blankPriceToldOnceTheTraderTouchedIt()
{
    QLabel *why = f->field<QLabel>("priceError");
    QVERIFY(price()->text().isEmpty());
    quantity()->setFocus();
    QTest::keyClicks(quantity(), QStringLiteral("0.0100"));
    QVERIFY(!why->isVisible());
    const int before = f->form()->ticket()->revision();
    price()->setFocus();
    QTest::keyClicks(price(), QStringLiteral("7"));
    QCOMPARE(f->form()->ticket()->revision(), before + 1); // one decision per keystroke still
    QTest::keyClick(price(), Qt::Key_Backspace);
    QVERIFY(price()->text().isEmpty());
    QVERIFY(why->isVisible());
    QCOMPARE(why->toolTip(), QStringLiteral("Enter the price."));
    QVERIFY(!f->placeButton()->isEnabled());
}

void TestGuiTicket::percentSizeNeedsATypedPrice()
{
    const TicketState &s = f->form()->ticket()->state();
    QCOMPARE(s.draft.side, Side::Buy);
    QCOMPARE(s.draft.type, OrderType::Limit);
    QVERIFY(price()->text().isEmpty());
    QLabel *why = f->field<QLabel>("priceError");
    auto *quick = f->field<QPushButton>("quick100");
    QVERIFY(quick->isEnabled());
    const QPoint placeAt = settledPos(f->placeButton());
    const QPoint quickAt = settledPos(quick);
    // A quantity with no price: Place is off. The quantity is the book's too, which trades
    // with it while the form's price is empty: no reason in red for an order the trader is not
    // making here (review 33) ...
    quantity()->setFocus();
    QTest::keyClicks(quantity(), QStringLiteral("0.0100"));
    QVERIFY(!f->placeButton()->isEnabled());
    QVERIFY(!why->isVisible());
    // ... until the trader tries to place from the form: a click on the disabled Place (or
    // Enter) says why, and sends nothing.
    const int placed = f->placements();
    QTest::mouseClick(f->placeButton(), Qt::LeftButton);
    QTRY_VERIFY(why->isVisible());
    QCOMPARE(why->toolTip(), QStringLiteral("Enter the price."));
    QVERIFY(!f->placeButton()->isEnabled());
    QCOMPARE(f->placements(), placed);
    QTest::mouseClick(quick, Qt::LeftButton);
    QCOMPARE(price()->text(), QString());
    QCOMPARE(quantity()->text(), QStringLiteral("0.0100")); // nothing sized either
    QVERIFY(!f->placeButton()->isEnabled());
    QVERIFY(why->isVisible());
    QCOMPARE(why->toolTip(), QStringLiteral("Enter a price first: % sizes need a price."));
    QCOMPARE(settledPos(f->placeButton()), placeAt);
    QCOMPARE(settledPos(quick), quickAt);
    // A price typed: the reason goes, and the same button sizes the order at that price.
    price()->setFocus();
    const QString near = pctOfLast(99);
    QTest::keyClicks(price(), near);
    QVERIFY2(!why->isVisible(), qPrintable(why->toolTip()));
    QTest::mouseClick(quick, Qt::LeftButton);
    QCOMPARE(price()->text(), near);
    QVERIFY(quantity()->text() != QStringLiteral("0.0100"));
}

QString TestGuiTicket::pctOfLast(int percent) const
{
    const Decimal last = *f->form()->ticket()->state().lastPrice;
    const Decimal p =
        *last.multiply(Decimal::fromInteger(percent))->divide(Decimal::fromInteger(100), 2);
    return p.toString();
}

void TestGuiTicket::expectWhole(QLabel *label)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY(label->isVisible());
    const QString whole = label->toolTip();
    QVERIFY2(label->text() == whole, qPrintable(QStringLiteral("shown \"%1\" of \"%2\" at %3 px")
                                                    .arg(label->text(), whole)
                                                    .arg(label->contentsRect().width())));
    const int needs = label->heightForWidth(label->contentsRect().width());
    QVERIFY2(needs <= label->contentsRect().height(),
             qPrintable(QStringLiteral("\"%1\" needs %2 px, has %3 at %4 px")
                            .arg(whole)
                            .arg(needs)
                            .arg(label->contentsRect().height())
                            .arg(label->contentsRect().width())));
}

// Review 31 (trader 5): at 1440 × 900 the form cut "…: it fills at once as a taker" and "…: the
// exchange would refu". The longest warnings and refusals read whole at the form's width there
// and at its minimum width; the buttons stay where they were.
void TestGuiTicket::warningsReadWholeAtTheFormsWidth()
{
    f->window->resize(1440, 900);
    auto *dock = qobject_cast<QDockWidget *>(f->form()->parentWidget());
    for (QWidget *w = f->form(); w && !dock; w = w->parentWidget())
        dock = qobject_cast<QDockWidget *>(w);
    QVERIFY(dock);
    QTest::mouseClick(f->field<QPushButton>("sell"), Qt::LeftButton);
    const QPoint placeAt = settledPos(f->placeButton());
    for (bool narrowest : {false, true}) {
        if (narrowest)
            f->window->resizeDocks({dock}, {1}, Qt::Horizontal); // to its minimum
        // 6 % under the last price, under the bid too: the fat-finger warning and the crossing
        // note, both long sentences with two prices in them.
        fill(qPrintable(pctOfLast(94)), "0.0100");
        QLabel *warnings = f->field<QLabel>("warnings");
        QVERIFY(warnings->toolTip().contains(QLatin1String("the last price")));
        QVERIFY(warnings->toolTip().contains(QLatin1String("at once as a taker")));
        expectWhole(warnings);
        if (!narrowest)
            QCOMPARE(settledPos(f->placeButton()), placeAt);
        // 12 % under: the exchange's band; the reason under the price.
        fill(qPrintable(pctOfLast(88)), "0.0100");
        QLabel *why = f->field<QLabel>("priceError");
        QVERIFY(why->toolTip().endsWith(QLatin1String("the exchange would refuse it.")));
        expectWhole(why);
        if (!narrowest)
            QCOMPARE(settledPos(f->placeButton()), placeAt);
    }
}

QTEST_MAIN(TestGuiTicket)
#include "tst_gui_ticket.moc"
