// Cancels from the book and the book's keys after its dialogs (review 33): with every order
// confirmed, Delete and a Mine click go through the cancel preview as Delete in Open orders does;
// a size the form sets disarms the armed book; the keys come back to the book after its dialogs.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "models/AssetFormat.h"
#include "models/DepthModel.h"
#include "models/MarketDataController.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/DepthView.h"
#include "ui/MessageBar.h"

#include "models/PollingFeed.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>

class TestGuiLadderCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void cleanup();
    void deleteAsksWhenEveryOrderIsConfirmed();
    void mineClickAsksWhenEveryOrderIsConfirmed();
    void sizeSetByTheFormDisarms();
    void keysComeBackAfterTheConfirmation();
    void refusalNeverQuotesAnOlderBid();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return LadderDriver::view(f); }
    DepthModel *model() const { return LadderDriver::model(f); }
    QTableView *table() const { return view()->table(); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    int cancels() const
    {
        return f->exchange()->requestCount("DELETE", "/api/v1/spot/order")
               + f->exchange()->requestCount("DELETE", "/api/v1/spot/batch/order");
    }
    CancelPreviewDialog *preview() const
    {
        for (auto *d : view()->findChildren<CancelPreviewDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    // The book active and its table focused at the own order's row, the pointer off the rows.
    void focusAt(int row) const { focusRow(row); }
    void focusRow(int row) const
    {
        LadderDriver::leave(f);
        f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
        table()->setCurrentIndex(model()->index(row, DepthModel::Price));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
    }
};

void TestGuiLadderCancel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderCancel::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    LadderDriver::arm(f, false);
    quantity()->clear();
    QTest::keyClicks(quantity(), QStringLiteral("0.0100"));
    view()->messageBar()->clear();
    view()->centreOnSpread();
}

void TestGuiLadderCancel::cleanup()
{
    f->settings.setConfirmOrders(false);
    f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
    probe(f->session).orders()->refreshNow();
}

// Review 33 (trader 1): Delete on the book cancelled at once with every order confirmed.
void TestGuiLadderCancel::deleteAsksWhenEveryOrderIsConfirmed()
{
    const Order own = LadderDriver::restingBid(f, 3, "0.0100", true);
    QVERIFY(own.orderId);
    const int row = model()->rowOf(Side::Buy, own.price);
    LadderDriver::arm(f, true);
    f->settings.setConfirmOrders(true);
    const int before = cancels();
    focusRow(row);
    QTest::keyClick(table(), Qt::Key_Delete);
    CancelPreviewDialog *dialog = preview();
    QVERIFY2(dialog, "every order confirmed: Delete on the book cancelled without the preview");
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Cancel Buy 0.0100 BTC @ %1 USDT (order %2)?")
                                        .arg(AssetFormat::price(own.price, model()->rules()))
                                        .arg(own.orderId));
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Cancel &order"));
    QCOMPARE(dialog->keepButton()->text(), QStringLiteral("&Keep it"));
    // No list's wording for one order (review 33: "Only these orders are cancelled…").
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("cancelPreviewNote"));
    QVERIFY(note);
    QVERIFY2(!note->text().contains(QStringLiteral("these orders")), qPrintable(note->text()));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->keepButton()));
    // Enter keeps, even with the focus on "Cancel order"; a held key decides nothing.
    dialog->cancelButton()->setFocus();
    GuiFixture::sendKey(dialog->cancelButton(), Qt::Key_Space, Qt::NoModifier, true, true);
    GuiFixture::sendKey(dialog->cancelButton(), Qt::Key_Space, Qt::NoModifier, false, true);
    GuiFixture::sendKey(dialog->cancelButton(), Qt::Key_O, Qt::AltModifier, true, true);
    GuiFixture::sendKey(dialog->cancelButton(), Qt::Key_O, Qt::AltModifier, false, false);
    QVERIFY(preview());
    QTest::keyClick(dialog->cancelButton(), Qt::Key_Return);
    QTRY_VERIFY(!preview());
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(cancels(), before);
    QCOMPARE(LadderDriver::openAt(f, Side::Buy, own.price).size(), 1);
    // The keys are the book's again: the next Delete asks again, and a click cancels.
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_VERIFY(preview());
    QTest::mouseClick(preview()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!preview());
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Buy, own.price).size(), 0, 10000);
    QVERIFY(cancels() > before);
}

void TestGuiLadderCancel::mineClickAsksWhenEveryOrderIsConfirmed()
{
    const Order own = LadderDriver::restingBid(f, 4, "0.0100", true);
    QVERIFY(own.orderId);
    LadderDriver::arm(f, true);
    f->settings.setConfirmOrders(true);
    const int before = cancels();
    LadderDriver::click(f, model()->rowOf(Side::Buy, own.price), DepthModel::Mine);
    QTRY_VERIFY2(preview(), "every order confirmed: a Mine click cancelled without the preview");
    preview()->reject();
    QTRY_VERIFY(!preview());
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(cancels(), before);
    // Confirming off: at once, as before.
    f->settings.setConfirmOrders(false);
    LadderDriver::click(f, model()->rowOf(Side::Buy, own.price), DepthModel::Mine);
    QVERIFY(!preview());
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Buy, own.price).size(), 0, 10000);
}

// Review 33 (trader 2): armed at 0.0100 BTC, a 100 % click for a form order made the next click
// in the book send all of it.
void TestGuiLadderCancel::sizeSetByTheFormDisarms()
{
    auto *price = f->field<QLineEdit>("price");
    price->clear();
    QTest::keyClicks(price, model()->best(Side::Buy)->toString());
    LadderDriver::arm(f, true);
    auto *all = f->field<QPushButton>("quick100");
    QVERIFY(all);
    QTest::mouseClick(all, Qt::LeftButton);
    QVERIFY2(quantity()->text() != QStringLiteral("0.0100"), qPrintable(quantity()->text()));
    QVERIFY2(!view()->isArmed(), "a size set by the form left the book armed");
    QVERIFY2(view()->messageBar()->text().startsWith(QStringLiteral("Disarmed: size changed to ")),
             qPrintable(view()->messageBar()->text()));
    const int before = posted();
    LadderDriver::click(f, model()->levelRow(Side::Buy, 3), DepthModel::Price);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
    // Typed, a size disarms too: one rule for every way the size changes (review 33, M2).
    quantity()->clear();
    QTest::keyClicks(quantity(), QStringLiteral("0.0200"));
    LadderDriver::arm(f, true);
    QTest::keyClick(quantity(), Qt::Key_Up); // a step up, as a stray arrow key
    QVERIFY(!view()->isArmed());
    QCOMPARE(view()->messageBar()->text(),
             QStringLiteral("Disarmed: size changed to 0.0201 BTC in the order form. Arm again "
                            "(Alt+K) to trade it from the book."));
}

// Review 33 (trader 4): session 32's test of the keys coming back after the book's confirmation
// passed without the code that gives them back: it activated the window itself, which gives the
// focus back to the widget that had it. Here nothing but the app moves the focus: the dialog takes
// it when shown (its own activateWindow) and gives it back when it closes.
void TestGuiLadderCancel::keysComeBackAfterTheConfirmation()
{
    LadderDriver::arm(f, true);
    f->settings.setConfirmOrders(true);
    const int before = posted();
    focusRow(model()->levelRow(Side::Buy, 3));
    QTest::keyClick(table(), Qt::Key_B);
    ConfirmOrderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<ConfirmOrderDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dialog->cancelButton()));
    QTest::keyClick(dialog->cancelButton(), Qt::Key_Escape);
    QTRY_VERIFY(!view()->findChild<ConfirmOrderDialog *>());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
}

// Review 33 (trader 3): a refusal quoted the best bid/ask feed's bid, polled apart from the book
// and older than the bid the form showed beside it. Here the market fell and only the book has
// been read since: the form's Bid is the book's; the feed still holds the old, higher bid. The
// freshest touch (the book's) judges the click (adv2 F1): a sell at the old bid rests above the
// new one and is placed; the feed's older bid is neither quoted nor acted on.
void TestGuiLadderCancel::refusalNeverQuotesAnOlderBid()
{
    MarketDataController *market = probe(f->session).market();
    PollingFeed *feed = market->marketFeeds().at(1); // the best bid/ask
    QVERIFY(market->book() && market->book()->hasBid);
    feed->stop();
    auto restart = qScopeGuard([feed] { feed->start(); });
    const Decimal old = market->book()->bid.price;
    const QString symbol = market->symbol();
    MatchingEngine &engine = f->exchange()->engine();
    engine.moveMarket(symbol,
                      *engine.market().mid(symbol).add(*Decimal::parse(QByteArray("-0.20"))));
    probe(f->session).book()->feed()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(*model()->realBest(Side::Buy) < old, 10000);
    QCOMPARE(market->book()->bid.price, old); // the feed's bid is the older one
    const QString shownBid = AssetFormat::price(*model()->realBest(Side::Buy), model()->rules());
    QTRY_COMPARE(f->field<QPushButton>("bestBid")->text(), QStringLiteral("Bid %1").arg(shownBid));
    view()->centreOnSpread();
    LadderDriver::arm(f, true);
    const int row = model()->rowOf(Side::Sell, old); // a sell at the old bid: above the new one
    QVERIFY(row >= 0);
    const int before = posted();
    focusAt(row);
    QTest::keyClick(table(), Qt::Key_S);
    const QString said = view()->messageBar()->text();
    const QString oldBid = AssetFormat::priceIn(old, model()->rules());
    QVERIFY2(!said.contains(QStringLiteral("against the bid %1").arg(oldBid)), qPrintable(said));
    QTRY_COMPARE_WITH_TIMEOUT(LadderDriver::openAt(f, Side::Sell, old).size(), 1, 8000);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted() - before, 1);
    f->exchange()->engine().cancelSymbol(f->account(), symbol);
    probe(f->session).orders()->refreshNow();
}

QTEST_MAIN(TestGuiLadderCancel)
#include "tst_gui_ladder_cancel.moc"
