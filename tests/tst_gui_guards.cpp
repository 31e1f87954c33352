#include "GuiFixture.h"
#include "Quiesce.h"
#include "core/ApiService.h"
#include "models/MarketDataController.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "models/StaleMonitor.h"
#include "ui/MessageBar.h"
#include "ui/OrderForm.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QPointer>

// A dialog that guards against a mistake is never accepted by a reflex: Enter, a held Enter, or
// the release of a press that began before it opened. Real key events through QTest's own path
// (shortcut override first, then the focused widget), as a window system delivers them; "nothing
// was sent" is proven after a round trip through the same service (quiesce), never a sleep.
class TestGuiGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enterEnterOnFatFingerSendsNothing();
    void heldEnterIntoConfirmationSendsNothing();
    void enterOnFocusedPlaceStillMeansNo();
    void secondClickOfDoubleClickDoesNotPlace();
    void confirmationAcceptedAfterDataWentStaleSendsNothing();
    void confirmationAcceptedAfterStaleThenFreshIsRecheckedNotSent();

private:
    QDialog *openDialog() const;
    QPushButton *place(QDialog *d) const
    {
        return d->findChild<QPushButton *>(QStringLiteral("confirmPlace"));
    }
    QPushButton *cancel(QDialog *d) const
    {
        return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    }
    int placements() const { return f->placements(); }
    static void sendKey(QWidget *to, int key, bool press, bool autoRepeat)
    {
        GuiFixture::sendKey(to, key, Qt::NoModifier, press, autoRepeat);
    }

    std::unique_ptr<GuiFixture> f;
};

void TestGuiGuards::init()
{
    QLocale::setDefault(QLocale::c());
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
    QCOMPARE(probe(f->session).market()->lastPrice()->toString(), QStringLiteral("70000.00"));
}

void TestGuiGuards::cleanup()
{
    f.reset();
}

// A confirmation left open while the market data goes stale: accepting it afterwards, on
// purpose, sends nothing and says why; the order was judged on old numbers. Every price request
// fails from the fault on to the end of the test (1000 answers, minutes at the backed-off pace),
// so the data is stale through the accept by construction, not by timing. The accept comes at
// the worst moment: queued right behind a failed price answer (as a click that arrives while
// the reply is handled), before the monitor's next second.
void TestGuiGuards::confirmationAcceptedAfterDataWentStaleSendsNothing()
{
    f->settings.setConfirmOrders(true);
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    QTest::keyClick(f->field<QLineEdit>("quantity"), Qt::Key_Return);
    QDialog *dialog = openDialog();
    QVERIFY(dialog);
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 1000, "/api/v1/spot/ticker/price");
    PollingFeed *price = probe(f->session).market()->marketFeeds().constFirst();
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(probe(f->session).marketStale()->isStale(), 20000);
    const QPointer<QDialog> open = dialog; // deleted on close
    QVERIFY(open->isVisible());
    bool clicked = false;
    bool staleAtClick = false; // what the ticket and the book were told at that moment
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(
        price, &PollingFeed::failed, this,
        [&clicked, &staleAtClick, once, open, this] {
            QObject::disconnect(*once);
            staleAtClick = probe(f->session).marketStale()->isStale();
            if (open)
                QTest::mouseClick(place(open), Qt::LeftButton);
            clicked = true;
        },
        Qt::QueuedConnection);
    price->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(clicked, 20000);
    QVERIFY(staleAtClick); // a failed answer never makes stale data look fresh, not for a moment
    QTRY_VERIFY(!open || !open->isVisible());
    QVERIFY2(f->form()->messageBar()->text().startsWith(QStringLiteral("Not sent")),
             qPrintable(f->form()->messageBar()->text()));
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);
    QVERIFY(probe(f->session).marketStale()->isStale()); // still failing: held by construction
    f->exchange()->clearFaults();
}

// The data went stale while the confirmation stood open and came back before the trader
// accepted: the dialog shows numbers from before the gap, so accepting it sends nothing and
// says so; placing again opens a confirmation on the numbers as they are now, and that one goes.
void TestGuiGuards::confirmationAcceptedAfterStaleThenFreshIsRecheckedNotSent()
{
    f->settings.setConfirmOrders(true);
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    QTest::keyClick(f->field<QLineEdit>("quantity"), Qt::Key_Return);
    QDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QPointer<QDialog> open = dialog; // deleted on close
    StaleMonitor *stale = probe(f->session).marketStale();
    f->exchange()->injectFault(DemoFault::UnavailableBefore, 1000, "/api/v1/spot/ticker/price");
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(stale->isStale(), 20000);
    f->exchange()->clearFaults();
    probe(f->session).market()->refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(!stale->isStale(), 20000); // fresh again, the dialog still open
    QVERIFY(open && open->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(!open || !open->isVisible());
    const QString said = f->form()->messageBar()->text();
    QVERIFY2(said.startsWith(QStringLiteral("Not sent")) && said.contains(QStringLiteral("stale")),
             qPrintable(said));
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);

    // Re-judged on the numbers as they are now: a new confirmation, and that one places.
    QTest::keyClick(f->field<QLineEdit>("quantity"), Qt::Key_Return);
    dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(placements(), before + 1);
}

// The confirmation the form opened, once it is up and has the keyboard.
QDialog *TestGuiGuards::openDialog() const
{
    QDialog *dialog = nullptr;
    QTest::qWaitFor(
        [&] {
            dialog = f->window->findChild<QDialog *>(QStringLiteral("confirmOrder"));
            return dialog && dialog->isVisible();
        },
        5000);
    // Active in its own right: a transient child counts as active while its parent is.
    if (!dialog
        || !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }, 5000))
        return nullptr;
    return dialog;
}

void TestGuiGuards::enterEnterOnFatFingerSendsNothing()
{
    QVERIFY(f->typeOrder("73990.00")); // 5.7 % above the last price 70,000.00
    QVERIFY(!f->form()->check().warnings.isEmpty());
    const int before = placements();
    // The trader's reflex: Enter to place, Enter again at whatever popped up.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QDialog *dialog = openDialog();
    QVERIFY(dialog);
    // The safe choice has the keyboard and is the default; Place is neither.
    QCOMPARE(QApplication::focusWidget(), cancel(dialog));
    QVERIFY(cancel(dialog)->isDefault());
    QVERIFY(!place(dialog)->isDefault());
    int result = -1; // the dialog deletes itself once closed
    connect(dialog, &QDialog::finished, this, [&result](int r) { result = r; });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(result, int(QDialog::Rejected));
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);

    // The deliberate act still places: the mnemonic.
    QTest::keyClick(f->field<QLineEdit>("quantity"), Qt::Key_Return);
    dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(placements(), before + 1);
}

void TestGuiGuards::heldEnterIntoConfirmationSendsNothing()
{
    f->settings.setConfirmOrders(true);
    QVERIFY(f->typeOrder("69000.00")); // an ordinary order: only "confirm every order" asks
    QVERIFY(f->form()->check().warnings.isEmpty());
    const int before = placements();
    auto *q = f->field<QLineEdit>("quantity");
    q->setFocus();
    // Enter goes down in the form and stays down: the window system repeats it into the dialog.
    sendKey(q, Qt::Key_Return, true, false);
    QDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget(), cancel(dialog));
    const QPointer<QDialog> open = dialog; // deleted on close
    // The repeats go wherever the keyboard is, as the window system sends them.
    const auto focus = [q] {
        QWidget *w = QApplication::focusWidget();
        return w ? w : q;
    };
    for (int i = 0; i < 30; ++i) {
        sendKey(focus(), Qt::Key_Return, false, true);
        sendKey(focus(), Qt::Key_Return, true, true);
        QCoreApplication::processEvents();
    }
    // The release of the press that began in the form completes nothing here either.
    sendKey(focus(), Qt::Key_Return, false, false);
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);
    // Nothing decided: the question is still open, still on the safe choice.
    QVERIFY(open && dialog->isVisible());
    QCOMPARE(QApplication::focusWidget(), cancel(dialog));
    // A held Space that began before the dialog (its release would click) does nothing either.
    sendKey(QApplication::focusWidget(), Qt::Key_Space, false, false);
    QVERIFY(dialog->isVisible());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(placements(), before + 1);
    QTRY_VERIFY(!open); // accepted, closed and deleted
}

void TestGuiGuards::enterOnFocusedPlaceStillMeansNo()
{
    QVERIFY(f->typeOrder("73990.00"));
    const int before = placements();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QDialog *dialog = openDialog();
    QVERIFY(dialog);
    place(dialog)->setFocus(Qt::TabFocusReason); // tabbed there, then the Enter reflex
    QVERIFY(!place(dialog)->isDefault());
    const QPointer<QDialog> open = dialog; // deleted on close
    QTest::keyClick(place(dialog), Qt::Key_Return);
    QTRY_VERIFY(!open || !open->isVisible());
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);
}

void TestGuiGuards::secondClickOfDoubleClickDoesNotPlace()
{
    f->settings.setConfirmOrders(true);
    QVERIFY(f->typeOrder("69000.00"));
    const int before = placements();
    QElapsedTimer sinceOpen;
    QTest::mouseClick(f->placeButton(), Qt::LeftButton);
    sinceOpen.start();
    QDialog *dialog = openDialog();
    QVERIFY(dialog);
    // A second click a moment later, where Place happens to be.
    QTest::mouseClick(place(dialog), Qt::LeftButton);
    if (sinceOpen.elapsed() >= QApplication::doubleClickInterval())
        QSKIP("this machine took longer than a double click to open the dialog");
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(placements(), before);
    QVERIFY(dialog->isVisible());
    // A click after a moment's thought places: once the time since the dialog opened (at most
    // sinceOpen's) is past a double click.
    QTRY_VERIFY(sinceOpen.elapsed() > QApplication::doubleClickInterval());
    QTest::mouseClick(place(dialog), Qt::LeftButton);
    QTRY_COMPARE(placements(), before + 1);
}

QTEST_MAIN(TestGuiGuards)
#include "tst_gui_guards.moc"
