#include "GuiFixture.h"
#include "models/PlacementTracker.h"
#include "models/TicketModel.h"
#include "ui/ActivityLogView.h"
#include "ui/MessageBar.h"

#include <QHeaderView>
#include <QLabel>
#include <QTextLayout>
#include <QToolButton>

// A message goes when its state is gone, and says which order it is about; the activity log
// shows every result whole at the width it is given. Under real key events and clicks.
class TestGuiMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void alreadySentGoesWhenTheTicketChanges();
    void logShowsEveryResultWhole_data();
    void logShowsEveryResultWhole();

private:
    // Where a widget is once the layouts have handled what changed (they do so in posted events).
    QPoint settledPos(QWidget *w) const;
    // Types the order and places it with Enter, as the trader does; waits for the exchange's id.
    void placeByKeyboard(const char *price, const char *qty);
    QLineEdit *price() const { return f->field<QLineEdit>("price"); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    MessageBar *bar() const { return f->form()->messageBar(); }
    bool barShows(const QString &start) const
    {
        return bar()->isVisible() && bar()->text().startsWith(start);
    }

    std::unique_ptr<GuiFixture> f;
};

void TestGuiMessages::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
    QTRY_VERIFY(f->form()->ticket()->state().lastPrice.has_value());
}

void TestGuiMessages::cleanup()
{
    f.reset();
}

QPoint TestGuiMessages::settledPos(QWidget *w) const
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    return w->mapTo(f->window.get(), QPoint());
}

void TestGuiMessages::placeByKeyboard(const char *p, const char *q)
{
    const int before = f->placements();
    price()->setFocus();
    price()->clear();
    QTest::keyClicks(price(), QLatin1String(p));
    quantity()->setFocus();
    quantity()->clear();
    QTest::keyClicks(quantity(), QLatin1String(q));
    QVERIFY(f->placeButton()->isEnabled());
    QTest::keyClick(quantity(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f->placements(), before + 1, 5000);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
}

void TestGuiMessages::alreadySentGoesWhenTheTicketChanges()
{
    MessageBar::setExpiryMs(0); // the "placed" news stays: only a state may take a message away
    placeByKeyboard("70000.00", "0.0100");
    // The message names the order placed, not only its id.
    QTRY_VERIFY2(barShows(QStringLiteral("Buy 0.0100 BTC @ 70,000.00 USDT — placed")),
                 qPrintable(bar()->text()));
    QWidget *quick = f->field<QPushButton>("quick25");
    const QPoint placeAt = settledPos(f->placeButton());
    const QPoint quickAt = settledPos(quick);

    // Enter again on the unchanged form: the same order, refused; the refusal says so.
    QTest::keyClick(quantity(), Qt::Key_Return);
    QVERIFY2(barShows(QStringLiteral("Already sent")), qPrintable(bar()->text()));
    QCOMPARE(settledPos(f->placeButton()), placeAt); // the message moves no button
    QCOMPARE(settledPos(quick), quickAt);
    // Its state stays while nothing changes (the market's ticks recompute the ticket).
    f->form()->ticket()->recompute();
    QVERIFY(barShows(QStringLiteral("Already sent")));

    // Up in the price: another order, with a fresh client ID; the refusal is gone with it.
    price()->setFocus();
    QTest::keyClick(price(), Qt::Key_Up);
    QCOMPARE(price()->text(), QStringLiteral("70000.01"));
    QVERIFY2(!bar()->isVisible(), qPrintable(bar()->text()));
    QVERIFY(f->placeButton()->isEnabled());
    QCOMPARE(settledPos(f->placeButton()), placeAt);

    // Another order sent, then Enter again: refused; a click on 25 % (another size) takes the
    // refusal away.
    QTest::keyClick(price(), Qt::Key_Down);
    QTest::keyClick(price(), Qt::Key_Down);
    QCOMPARE(price()->text(), QStringLiteral("69999.99"));
    QTest::keyClick(price(), Qt::Key_Return);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    QTest::keyClick(price(), Qt::Key_Return);
    QVERIFY2(barShows(QStringLiteral("Already sent")), qPrintable(bar()->text()));
    QTest::mouseClick(quick, Qt::LeftButton);
    QVERIFY(quantity()->text() != QLatin1String("0.0100"));
    QVERIFY2(!bar()->isVisible(), qPrintable(bar()->text()));
    QVERIFY(f->placeButton()->isEnabled()); // a new size is a new intent, as a typed one is

    // A reason beside a field moves no button either, and the refusal's line is kept.
    QTest::keyClick(price(), Qt::Key_5);
    QVERIFY(f->field<QLabel>("priceError")->isVisible());
    QCOMPARE(settledPos(f->placeButton()), placeAt);
    QCOMPARE(settledPos(quick), quickAt);

    // ↻ on a refused form: the new client ID is a new order; the refusal goes.
    QToolButton *renew = nullptr;
    for (QToolButton *b : f->form()->findChildren<QToolButton *>())
        if (b->accessibleName() == QLatin1String("New client order ID"))
            renew = b;
    QVERIFY(renew);
    const int sent = f->placements();
    placeByKeyboard("70000.00", "0.0200");
    QCOMPARE(f->placements(), sent + 1);
    QTest::keyClick(quantity(), Qt::Key_Return);
    QVERIFY2(barShows(QStringLiteral("Already sent")), qPrintable(bar()->text()));
    QTest::mouseClick(renew, Qt::LeftButton);
    QVERIFY2(!bar()->isVisible(), qPrintable(bar()->text()));
    QCOMPARE(f->placements(), sent + 1); // no message, and no order, went by itself
    MessageBar::setExpiryMs(MessageBar::ExpiryMs);
}

void TestGuiMessages::logShowsEveryResultWhole_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("docked at 1440 x 900") << 340;
    QTest::newRow("floated") << 1060;
}

void TestGuiMessages::logShowsEveryResultWhole()
{
    QFETCH(int, width);
    ActivityLogModel log;
    log.add(QStringLiteral("Place Buy 0.0100 BTC @ 66,000.00 USDT"),
            QStringLiteral("Placed: order 9007199254740998 (td-acb9d55968a1b2c3)."));
    log.add(QStringLiteral("Cancel Buy 0.0100 BTC @ 69,994.00 USDT"),
            QStringLiteral("Not cancelled: already filled, 0.0100 BTC had filled (order "
                           "9007199254740996)."));
    log.add(QStringLiteral("Order 9007199254740997"),
            QStringLiteral("Buy 0.0100 BTC @ 69,996.00 USDT — filled 0.0100 BTC at 69,996.00 "
                           "USDT"));
    log.add(QStringLiteral("Check Buy 0.0100 BTC @ 66,000.00 USDT"),
            QStringLiteral("Resolved: the order was placed as 9007199254740999 (open), found by "
                           "client order ID."));
    ActivityLogView view(&log);
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(0); // the rows are fitted once the widths settle
    QCoreApplication::processEvents();

    // Every entry as the style lays it out (one sentence the whole width, wrapped at spaces): no
    // line wider than the cell (that one would end in "…"), and all its lines within the row's
    // height.
    const QFontMetrics fm = view.fontMetrics();
    const int room = view.textRoom(view.columnWidth(ActivityLogModel::Time));
    for (int row = 0; row < log.rowCount(); ++row) {
        QTextLayout layout(view.shownText(row), view.font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        int lines = 0;
        bool fits = true;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(room);
            fits = fits && line.naturalTextWidth() <= room;
            ++lines;
        }
        layout.endLayout();
        const QString entry = view.model()->index(row, ActivityLogModel::Time).data().toString();
        QVERIFY(entry.contains(log.index(row, ActivityLogModel::Result).data().toString()));
        QVERIFY2(fits, qPrintable(QStringLiteral("cut off at %1 px: %2").arg(room).arg(entry)));
        QVERIFY2(lines * fm.lineSpacing() <= view.rowHeight(row),
                 qPrintable(QStringLiteral("%1 lines in %2 px: %3")
                                .arg(lines)
                                .arg(view.rowHeight(row))
                                .arg(entry)));
    }
}

QTEST_MAIN(TestGuiMessages)
#include "tst_gui_messages.moc"
