// Trading from the ladder against the demo exchange, with real clicks and key events: one intent
// one order, nothing when unarmed, cancel and move of own orders (cancel first), held keys, the
// confirmation a large order needs, only changed rows repainted; the price-fixed ladder (a market
// move between what the trader saw and the click changes nothing), a move's one state, the
// confirmation's Enter kept from the book, a hidden book disarmed, another symbol's ticket empty.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "Quiesce.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/OrdersController.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

class TestGuiLadder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void armedClickPlacesOneOrderAtThatLevel();
    void unarmedClickPlacesNothing();
    void emptyQuantityPlacesNothingAndSaysWhy();
    void clickOnMineCancels();
    void moveFilledDuringTheCancelPlacesNothing();
    void moveLeavesOneOrderWithTheUnfilledRest();
    void heldKeyPlacesOnce();
    void moveThatNeedsAConfirmationCancelsNothing();
    void largeOrderConfirmsAndEnterSaysNo();
    void groupingAndEdges();
    void onlyChangedRowsRepaint();
    void armedSwitchReadsInLightAndDark();
    void marketMoveBetweenRenderAndClickKeepsThePrice();
    void dragTargetIsTheRowDrawn();
    void noRecentringWhileArmedOrUnderThePointer();
    void moveShowsOneStateAtATime();
    void enterOnTheConfirmationNeverReachesTheBook();
    void changingTheSymbolEmptiesTheTicket();
    void hidingTheBookDisarmsIt();
    void keysNeverCrossTheSpread();
    void bookTextNeverGrowsTheWindow();
    // Last: it leaves the session with refused credentials.
    void refusedCredentialsPauseTheLadder();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return f->window->findChild<DepthView *>(); }
    DepthModel *model() const { return probe(f->session).depth(); }
    QTableView *table() const { return view()->table(); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    void setQuantity(const QString &text) const;
    void arm(bool on) const { LadderDriver::arm(f, on); }
    void click(int row, int column) const { LadderDriver::click(f, row, column); }
    // Nothing more on its way (quiesce(), on whichever little-used request's window is free).
    bool settle() const { return LadderDriver::settle(f); }
    // The row of the bid level `depth` below the best, once the book is there.
    int bidRow(int depth = 2) const;
    // Moves the demo market's middle by `by` and waits until the ladder has the new book.
    bool moveMarket(const char *by) const;
    QList<Order> openAt(Side side, const Decimal &price) const
    {
        return LadderDriver::openAt(f, side, price);
    }
    // An own order resting at the bid level `depth` below the best, shown in the ladder.
    Order restingBid(int depth, const char *quantity)
    {
        return LadderDriver::restingBid(f, depth, quantity);
    }
};

void TestGuiLadder::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10, 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadder::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    QTRY_COMPARE(view()->findChild<LadderTrader *>()->movesRunning(), 0);
    arm(false);
    setQuantity(QStringLiteral("0.0100"));
}

void TestGuiLadder::setQuantity(const QString &text) const
{
    auto *quantity = f->field<QLineEdit>("quantity");
    quantity->clear();
    QTest::keyClicks(quantity, text);
}

int TestGuiLadder::bidRow(int depth) const
{
    return model()->levelRow(Side::Buy, depth);
}

bool TestGuiLadder::moveMarket(const char *by) const
{
    return LadderDriver::moveMarket(f, by);
}

void TestGuiLadder::armedClickPlacesOneOrderAtThatLevel()
{
    arm(true);
    const int row = bidRow(3);
    const Decimal price = model()->level(row)->price;
    const int before = openAt(Side::Buy, price).size();
    const int postsBefore = posted();
    // While the reply is held, the level shows the order on its way.
    f->exchange()->holdReplies("/api/v1/spot/order");
    click(row, DepthModel::Price);
    QTRY_COMPARE(f->exchange()->heldReplies(), 1);
    QVERIFY(!model()->level(model()->rowOf(Side::Buy, price))->flight.isZero());
    f->exchange()->holdReplies({});
    f->exchange()->releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, price).size(), before + 1, 5000);
    QTRY_COMPARE(probe(f->session).placement()->state(), PlacementTracker::State::Placed);
    QTRY_VERIFY(model()->level(model()->rowOf(Side::Buy, price))->flight.isZero());
    QVERIFY(settle());
    QCOMPARE(posted() - postsBefore, 1);
    const Order placed = openAt(Side::Buy, price).last();
    QCOMPARE(placed.quantity, *Decimal::parse(QByteArray("0.0100")));
    QCOMPARE(placed.type, OrderType::Limit);
    // An ask-side level sells.
    const int ask = model()->levelRow(Side::Sell, 2);
    const Decimal askPrice = model()->level(ask)->price;
    const int asksBefore = openAt(Side::Sell, askPrice).size();
    click(ask, DepthModel::Size);
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Sell, askPrice).size(), asksBefore + 1, 5000);
}

void TestGuiLadder::unarmedClickPlacesNothing()
{
    const int postsBefore = posted();
    const int row = bidRow(4);
    const Decimal price = model()->level(row)->price;
    click(row, DepthModel::Price);
    QTest::keyClick(table(), Qt::Key_B);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
    // Today's click still fills the form's price.
    QCOMPARE(*Decimal::parse(f->field<QLineEdit>("price")->text()), price);
    QVERIFY(view()->messageBar()->text().contains(QStringLiteral("not armed")));
}

// The size cleared while armed disarms the book (any change of the size does, review 33), and
// the book is not armed again without one.
void TestGuiLadder::emptyQuantityPlacesNothingAndSaysWhy()
{
    arm(true);
    setQuantity(QString());
    QVERIFY(!view()->isArmed());
    QVERIFY2(view()->messageBar()->text().startsWith(
                 QStringLiteral("Disarmed: the size in the order form was cleared.")),
             qPrintable(view()->messageBar()->text()));
    QTest::mouseClick(view()->armButton(), Qt::LeftButton);
    QVERIFY(!view()->isArmed());
    QVERIFY2(view()->messageBar()->text().startsWith(
                 QStringLiteral("Not armed: the ticket has no size.")),
             qPrintable(view()->messageBar()->text()));
    const int postsBefore = posted();
    click(bidRow(3), DepthModel::Price);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
}

void TestGuiLadder::clickOnMineCancels()
{
    const Order own = restingBid(5, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    click(model()->rowOf(Side::Buy, own.price), DepthModel::Mine);
    QTRY_COMPARE_WITH_TIMEOUT(
        f->exchange()->engine().find(f->account(), OrderRef::byId(own.orderId))->status,
        OrderStatus::Canceled, 5000);
    QVERIFY(settle());
    QVERIFY(openAt(Side::Buy, own.price).isEmpty());
    // A click on a Mine cell with nothing of the trader's there sends nothing.
    QTRY_VERIFY_WITH_TIMEOUT(
        model()->rowOf(Side::Buy, own.price) < 0
            || model()->ownOrdersAt(model()->rowOf(Side::Buy, own.price)).isEmpty(),
        10000);
    const int postsBefore = posted();
    click(bidRow(5), DepthModel::Mine);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
    QVERIFY(view()->messageBar()->text().contains(QStringLiteral("nothing was sent")));
}

void TestGuiLadder::moveFilledDuringTheCancelPlacesNothing()
{
    const Order own = restingBid(6, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    const int postsBefore = posted();
    const int row = model()->rowOf(Side::Buy, own.price);
    table()->setFocus();
    table()->setCurrentIndex(model()->index(row, DepthModel::Mine));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
    // The cancel is on its way, not yet at the exchange: the order fills first.
    QVERIFY(f->exchange()->engine().fillPart(own.orderId, own.quantity));
    QTRY_COMPARE_WITH_TIMEOUT(view()->findChild<LadderTrader *>()->movesRunning(), 0, 8000);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
    QVERIFY2(view()->messageBar()->text().startsWith(QStringLiteral("Filled during move")),
             qPrintable(view()->messageBar()->text()));
    QVERIFY(view()->messageBar()->text().contains(QStringLiteral("nothing placed")));
}

void TestGuiLadder::moveLeavesOneOrderWithTheUnfilledRest()
{
    const Order own = restingBid(7, "0.0100");
    QVERIFY(own.orderId);
    QVERIFY(f->exchange()->engine().fillPart(own.orderId, *Decimal::parse(QByteArray("0.0040"))));
    arm(true);
    const int postsBefore = posted();
    // Dragged from its Mine cell to the level below.
    const int from = model()->rowOf(Side::Buy, own.price);
    const int to = from + 1;
    const Decimal target = model()->level(to)->price;
    const int atTarget = openAt(Side::Buy, target).size();
    table()->scrollTo(model()->index(from, 0), QAbstractItemView::PositionAtCenter);
    const QPoint a = table()->visualRect(model()->index(from, DepthModel::Mine)).center();
    const QPoint b = table()->visualRect(model()->index(to, DepthModel::Price)).center();
    QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(table()->viewport(), b);
    QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, b);
    QVERIFY2(
        QTest::qWaitFor([&] { return openAt(Side::Buy, target).size() == atTarget + 1; }, 8000),
        qPrintable(view()->messageBar()->text()));
    QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byId(own.orderId))->status,
             OrderStatus::Canceled);
    QCOMPARE(openAt(Side::Buy, target).last().quantity, *Decimal::parse(QByteArray("0.0060")));
    QVERIFY(settle());
    QCOMPARE(posted() - postsBefore, 1);
    QVERIFY(openAt(Side::Buy, own.price).isEmpty());
}

void TestGuiLadder::heldKeyPlacesOnce()
{
    arm(true);
    const int row = bidRow(8);
    const Decimal price = model()->level(row)->price;
    const int before = openAt(Side::Buy, price).size();
    const int postsBefore = posted();
    table()->setFocus();
    table()->setCurrentIndex(model()->index(row, DepthModel::Price));
    // The held key never reaches the guarded path a second time (whose refusal would warn).
    QStringList warnings;
    QObject context;
    connect(view()->findChild<LadderTrader *>(), &LadderTrader::message, &context,
            [&warnings](MessageBar::Kind kind, const QString &text) {
                if (kind == MessageBar::Kind::Warning)
                    warnings.append(text);
            });
    QTest::keyPress(table(), Qt::Key_B);
    for (int i = 0; i < 5; ++i) { // the key held down: the platform repeats it
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"), true);
        QApplication::sendEvent(table(), &repeat);
    }
    QTest::keyPress(table(), Qt::Key_B); // a press with no release between: still held
    // An X server without detectable auto-repeat: each repeat is a release and a press at the
    // same moment, neither flagged (found by hand under Xvfb: a held B placed one a second).
    for (int i = 0; i < 5; ++i) {
        const quint64 at = 100000 + 40 * quint64(i);
        QKeyEvent up(QEvent::KeyRelease, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
        up.setTimestamp(at);
        QApplication::sendEvent(table(), &up);
        QKeyEvent down(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
        down.setTimestamp(at);
        QApplication::sendEvent(table(), &down);
    }
    QTest::keyRelease(table(), Qt::Key_B);
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, price).size(), before + 1, 5000);
    QVERIFY(settle());
    QCOMPARE(posted() - postsBefore, 1);
    QCOMPARE(openAt(Side::Buy, price).size(), before + 1);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

// The ladder obeys the form's pause: with the credentials refused a click sends nothing and
// says why (found by hand: the armed ladder placed while the form's Place was paused).
void TestGuiLadder::refusedCredentialsPauseTheLadder()
{
    arm(true);
    ApiService *service = probe(f->session).service();
    service->setCredentials(QStringLiteral("not-registered"),
                            std::make_shared<Ed25519Key>(Ed25519Key::generate()));
    f->session->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(service->isAuthBlocked(), 10000);
    QTRY_VERIFY(!f->placeButton()->isEnabled());
    const int postsBefore = posted();
    click(bidRow(3), DepthModel::Price);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
    QVERIFY2(view()->messageBar()->text().contains(QStringLiteral("credentials")),
             qPrintable(view()->messageBar()->text()));
}

// A move cannot stop for a confirmation between its cancel and its placement: one whose new
// order would need it is refused before anything is cancelled (found by hand: the dialog opened
// after the cancel, and Esc left the trader with no order).
void TestGuiLadder::moveThatNeedsAConfirmationCancelsNothing()
{
    const Order own = restingBid(6, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    f->settings.setConfirmOrders(true);
    const int postsBefore = posted();
    const int cancelsBefore = f->exchange()->requestCount("DELETE", "/api/v1/spot/order");
    const int row = model()->rowOf(Side::Buy, own.price);
    table()->setFocus();
    table()->setCurrentIndex(model()->index(row, DepthModel::Mine));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
    f->settings.setConfirmOrders(false);
    QVERIFY(settle());
    QVERIFY(!view()->findChild<ConfirmOrderDialog *>());
    QCOMPARE(posted(), postsBefore);
    QCOMPARE(f->exchange()->requestCount("DELETE", "/api/v1/spot/order"), cancelsBefore);
    QCOMPARE(f->exchange()->engine().find(f->account(), OrderRef::byId(own.orderId))->status,
             OrderStatus::New);
    QVERIFY2(view()->messageBar()->text().contains(QStringLiteral("nothing cancelled")),
             qPrintable(view()->messageBar()->text()));
}

void TestGuiLadder::largeOrderConfirmsAndEnterSaysNo()
{
    arm(true);
    f->settings.setLargeNotional(QStringLiteral("100")); // 0.0100 BTC is far above that
    const int postsBefore = posted();
    click(bidRow(3), DepthModel::Price);
    ConfirmOrderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<ConfirmOrderDialog *>()) && dialog->isVisible());
    QTest::qWait(QApplication::doubleClickInterval() + 50); // not a reflex: a deliberate Enter
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!view()->findChild<ConfirmOrderDialog *>());
    f->settings.setLargeNotional(QStringLiteral("50000"));
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
}

void TestGuiLadder::groupingAndEdges()
{
    // The orders earlier tests left would count at the edges: none rests now.
    f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        view()->belowLabel()->text().isEmpty() && view()->aboveLabel()->text().isEmpty(), 10000);
    const Decimal best = model()->level(bidRow(0))->price;
    view()->groupingBox()->setCurrentIndex(1); // tick × 10
    QCOMPARE(model()->grouping(), 10);
    QVERIFY(model()->step() > Decimal());
    QVERIFY(model()->level(bidRow(0))->price.isMultipleOf(model()->step()));
    QVERIFY(model()->level(bidRow(0))->price <= best);
    view()->groupingBox()->setCurrentIndex(0);
    QCOMPARE(model()->level(bidRow(0))->price, best);
    // An own order below the deepest level shown is counted at the bottom edge.
    NewOrder o;
    o.accountId = f->account();
    o.symbol = probe(f->session).market()->symbol();
    o.side = Side::Buy;
    o.price = *model()
                   ->level(model()->rowCount() - 1)
                   ->price.subtract(*model()->step().multiply(Decimal::fromInteger(5)));
    o.quantity = *Decimal::parse(QByteArray("0.0100"));
    o.clientOrderId = probe(f->session).placement()->newClientOrderId();
    const OrderId deep = f->exchange()->engine().place(o).orderId;
    QVERIFY(deep);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(view()->belowLabel()->text().startsWith(QStringLiteral("▼ 1 ")),
                             10000);
    QVERIFY(view()->aboveLabel()->text().isEmpty());
    f->exchange()->engine().cancel(f->account(), OrderRef::byId(deep));
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(view()->belowLabel()->text().isEmpty(), 10000);
}

// Collects what the ladder's viewport repaints.
class PaintRegions final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
    QRegion painted;
};

void TestGuiLadder::onlyChangedRowsRepaint()
{
    ColorScheme colors;
    DepthModel m(&colors);
    Depth a;
    const auto px = [](int cents) {
        return *Decimal::fromInteger(cents).divide(Decimal::fromInteger(100), 2);
    };
    for (int i = 0; i < 10; ++i) {
        a.asks.append({px(10000 + (i + 1)), px(100)}); // one a tick: all in the rows
        a.bids.append({px(10000 - (i + 1)), px(200)}); // the deeper side: bars stay
    }
    m.applySnapshot(a);
    DepthView v(&m, &colors);
    PaintRegions regions;
    v.table()->viewport()->installEventFilter(&regions);
    v.resize(400, 800);
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    QTRY_VERIFY(regions.painted.boundingRect().height() >= v.table()->rowHeight(0) * m.rowCount());
    regions.painted = {};
    Depth b = a;
    b.asks[9].quantity = px(150); // the farthest ask: only its own row changes
    const int farthest = m.rowOf(Side::Sell, b.asks[9].price);
    QVERIFY(farthest > 0);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.applySnapshot(b);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), farthest);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), farthest);
    // The change's repaint is one paint event over that row (Qt's update rectangle reaches one
    // pixel into the next row, no more).
    QTRY_VERIFY(!regions.painted.isEmpty());
    const QRect row0(0, v.table()->rowViewportPosition(farthest), v.table()->viewport()->width(),
                     v.table()->rowHeight(farthest) + 1);
    QVERIFY2(row0.contains(regions.painted.boundingRect()),
             qPrintable(QStringLiteral("painted %1,%2 %3x%4")
                            .arg(regions.painted.boundingRect().x())
                            .arg(regions.painted.boundingRect().y())
                            .arg(regions.painted.boundingRect().width())
                            .arg(regions.painted.boundingRect().height())));
    // A refresh that changes nothing repaints nothing: every posted event (a repaint is one)
    // delivered, none painted.
    regions.painted = {};
    m.applySnapshot(b);
    QCoreApplication::sendPostedEvents();
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(regions.painted.isEmpty());
    // The proof can fail: a change is painted by the same delivery.
    b.asks[9].quantity = px(160);
    m.applySnapshot(b);
    QCoreApplication::sendPostedEvents();
    QApplication::processEvents();
    QVERIFY(!regions.painted.isEmpty());
}

void TestGuiLadder::armedSwitchReadsInLightAndDark()
{
    for (bool dark : {false, true}) {
        // A window made in the theme, as at start.
        Theme::apply(*qApp, dark ? Theme::Mode::Dark : Theme::Mode::Light);
        GuiFixture g;
        QCOMPARE(probe(g.session).colors()->isDark(), dark);
        auto *v = g.window->depthView(); // built when first shown or asked for
        QToolButton *button = v->armButton();
        QTest::keyClicks(g.field<QLineEdit>("quantity"), QStringLiteral("0.0100")); // armed with it
        button->click();
        QVERIFY(v->isArmed());
        QVERIFY(button->text().contains(QStringLiteral("ARMED")));
        QVERIFY(button->font().bold());
        const QColor text = button->palette().color(button->foregroundRole());
        QCOMPARE(text, probe(g.session).colors()->warning());
        for (QPalette::ColorRole behind : {QPalette::Button, QPalette::Window}) {
            const QColor back = button->palette().color(behind);
            QVERIFY2(WidgetColors::contrast(text, back) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(text.name(), back.name())));
        }
        // Off, it reads as the window's other buttons do.
        button->click();
        QVERIFY(!button->text().contains(QStringLiteral("ARMED")));
        QVERIFY(!button->font().bold());
    }
    Theme::apply(*qApp, Theme::Mode::Light);
}

// Price-fixed: the market moves between what the trader saw and the click; the click places at
// the price of the row as it was drawn (the demo market moves ~4 USDT in 3 s).
void TestGuiLadder::marketMoveBetweenRenderAndClickKeepsThePrice()
{
    arm(true);
    const int row = bidRow(3);
    const Decimal price = model()->level(row)->price;
    table()->scrollTo(model()->index(row, 0));
    table()->viewport()->repaint(); // drawn: what the trader sees
    const int before = openAt(Side::Buy, price).size();
    // The trader's pointer is over the rows: an armed ladder never re-centres under it.
    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QApplication::sendEvent(table()->viewport(), &enter);
    QVERIFY(moveMarket("4.00"));
    QCOMPARE(model()->level(row)->price, price); // the row is still that price
    QVERIFY2(view()->marketAbove()->text().startsWith(QStringLiteral("▲ Market ")),
             qPrintable(view()->marketAbove()->text()));
    const int postsBefore = posted();
    click(row, DepthModel::Price);
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, price).size(), before + 1, 5000);
    QVERIFY(settle());
    QCOMPARE(posted() - postsBefore, 1);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table()->viewport(), &leave);
    view()->centreOnSpread(); // the next test's rows around the market, where it is now
}

// A drag's target is the row drawn under the release, whatever the market did meanwhile.
void TestGuiLadder::dragTargetIsTheRowDrawn()
{
    const Order own = restingBid(4, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    const int from = model()->rowOf(Side::Buy, own.price);
    const int to = from + 2;
    const Decimal target = model()->level(to)->price;
    table()->scrollTo(model()->index(from, 0), QAbstractItemView::PositionAtCenter);
    const QPoint a = table()->visualRect(model()->index(from, DepthModel::Mine)).center();
    const QPoint b = table()->visualRect(model()->index(to, DepthModel::Price)).center();
    QTest::mousePress(table()->viewport(), Qt::LeftButton, {}, a);
    QVERIFY(moveMarket("3.00"));
    QTest::mouseMove(table()->viewport(), b);
    QTest::mouseRelease(table()->viewport(), Qt::LeftButton, {}, b);
    QVERIFY2(QTest::qWaitFor([&] { return openAt(Side::Buy, target).size() == 1; }, 8000),
             qPrintable(view()->messageBar()->text()));
    QCOMPARE(openAt(Side::Buy, target).first().quantity, own.quantity);
    QVERIFY(openAt(Side::Buy, own.price).isEmpty());
    QVERIFY(moveMarket("-3.00"));
}

// Armed or under the pointer, the prices stay; C re-anchors them on the market on purpose.
void TestGuiLadder::noRecentringWhileArmedOrUnderThePointer()
{
    const int middle = model()->rowCount() / 2;
    arm(true);
    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QApplication::sendEvent(table()->viewport(), &enter); // the pointer comes over the ladder
    const Decimal top = model()->level(0)->price;
    QVERIFY(moveMarket("2.50")); // armed, under the pointer: the prices stay
    QCOMPARE(model()->level(0)->price, top);
    arm(false);
    QVERIFY(moveMarket("2.50"));
    QCOMPARE(model()->level(0)->price, top);
    QVERIFY(view()->marketAbove()->text().startsWith(QStringLiteral("▲ Market ")));
    // C centres: the market's middle in the middle row.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C);
    QVERIFY(model()->level(0)->price > top);
    QVERIFY(model()->level(middle)->price <= *model()->best(Side::Sell));
    QVERIFY(model()->level(middle)->price >= *model()->best(Side::Buy));
    QVERIFY(view()->marketAbove()->text().isEmpty());
    // The pointer gone: the ladder follows the market again, armed or not.
    table()->setCurrentIndex({});
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table()->viewport(), &leave);
    const Decimal centred = model()->level(0)->price;
    QVERIFY(moveMarket("-5.00"));
    QTRY_VERIFY(model()->level(0)->price < centred);
}

// A move shows one state at a time: leaving its price while the cancel is on its way, then on
// its way to the new price; never resting at both.
void TestGuiLadder::moveShowsOneStateAtATime()
{
    // None of the earlier tests' orders rests (one of them could be at this very price).
    f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model()->rowCount(); ++row)
                if (!model()->level(row)->mine.isZero())
                    return false;
            return true;
        }(),
        10000);
    const Order own = restingBid(5, "0.0100");
    QVERIFY(own.orderId);
    arm(true);
    const int from = model()->rowOf(Side::Buy, own.price);
    const Decimal target = *own.price.subtract(model()->step());
    int both = 0;
    QObject context;
    connect(model(), &QAbstractItemModel::dataChanged, &context, [&] {
        const auto *a = model()->level(model()->rowOf(Side::Buy, own.price));
        const auto *b = model()->level(model()->rowOf(Side::Buy, target));
        const bool atOld = a && !a->mine.isZero();
        const bool atNew = b && !(b->mine.isZero() && b->flight.isZero());
        both += atOld && atNew;
    });
    f->exchange()->holdReplies("/api/v1/spot/order");
    table()->setFocus();
    table()->setCurrentIndex(model()->index(from, DepthModel::Mine));
    QTest::keyClick(table(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(f->exchange()->heldReplies(), 1); // the cancel, held
    QCOMPARE(model()->level(from)->leaving, own.quantity);
    QVERIFY(model()->level(from)->mine.isZero());
    QVERIFY(model()->level(from + 1)->flight.isZero());
    const QString cancelling = view()->messageBar()->text();
    QVERIFY2(cancelling.startsWith(QStringLiteral("Moving buy 0.0100 BTC ")),
             qPrintable(cancelling));
    QVERIFY(cancelling.endsWith(QStringLiteral("cancelling…")));
    // The cancel's answer, then the look-up's: the new order goes, and is held.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     if (!model()->level(from + 1)->flight.isZero())
                         return true;
                     if (f->exchange()->heldReplies() > 0)
                         f->exchange()->releaseHeld();
                     return false;
                 },
                 8000),
             qPrintable(view()->messageBar()->text()));
    QVERIFY(model()->level(from)->leaving.isZero());
    QVERIFY(model()->level(from)->mine.isZero());
    QVERIFY2(view()->messageBar()->text().endsWith(QStringLiteral("placing…")),
             qPrintable(view()->messageBar()->text()));
    f->exchange()->holdReplies({});
    f->exchange()->releaseHeld();
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, target).size(), 1, 8000);
    probe(f->session).orders()->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(!model()->level(from + 1)->mine.isZero(), 10000);
    QVERIFY(settle());
    QCOMPARE(both, 0);
}

// The Enter that answers the ladder's confirmation never reaches the book behind it: not while
// the dialog is up, and not as the held key's repeats (X sends them as release-press pairs).
void TestGuiLadder::enterOnTheConfirmationNeverReachesTheBook()
{
    arm(true);
    f->settings.setLargeNotional(QStringLiteral("100"));
    const QString priceBefore = f->field<QLineEdit>("price")->text();
    QSignalSpy chosen(view(), &DepthView::priceChosen);
    const int postsBefore = posted();
    table()->setFocus();
    table()->setCurrentIndex(model()->index(bidRow(4), DepthModel::Price));
    QTest::keyClick(table(), Qt::Key_B);
    ConfirmOrderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<ConfirmOrderDialog *>()) && dialog->isVisible());
    QTest::keyClick(table(), Qt::Key_Return); // to the book while the dialog is up
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QWidget *focus = dialog->focusWidget() ? dialog->focusWidget() : dialog;
    QTest::keyPress(focus, Qt::Key_Return);
    QTRY_VERIFY(!view()->findChild<ConfirmOrderDialog *>());
    for (int i = 0; i < 3; ++i) { // the key still held: its repeats land on the book
        const quint64 at = 200000 + 40 * quint64(i);
        QKeyEvent up(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
        up.setTimestamp(at);
        QApplication::sendEvent(table(), &up);
        QKeyEvent down(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        down.setTimestamp(at);
        QApplication::sendEvent(table(), &down);
    }
    QTest::keyRelease(table(), Qt::Key_Return);
    f->settings.setLargeNotional(QStringLiteral("50000"));
    QVERIFY(settle());
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(f->field<QLineEdit>("price")->text(), priceBefore);
    QCOMPARE(posted(), postsBefore);
}

// 0.0100 BTC never becomes 0.0100 ETH: another symbol empties price, quantity and amount.
void TestGuiLadder::changingTheSymbolEmptiesTheTicket()
{
    auto *symbol = f->field<QComboBox>("symbol");
    const QString before = symbol->currentText();
    const int other = symbol->findText(QStringLiteral("ETH-USDT"));
    QVERIFY(other >= 0);
    f->field<QLineEdit>("price")->setText(QStringLiteral("69000.00"));
    setQuantity(QStringLiteral("0.0100"));
    f->field<QLineEdit>("amount")->setText(QStringLiteral("690.00"));
    symbol->setCurrentIndex(other);
    QCOMPARE(f->field<QLineEdit>("price")->text(), QString());
    QCOMPARE(f->field<QLineEdit>("quantity")->text(), QString());
    QCOMPARE(f->field<QLineEdit>("amount")->text(), QString());
    QCOMPARE(probe(f->session).market()->symbol(), QStringLiteral("ETH-USDT"));
    symbol->setCurrentIndex(symbol->findText(before));
    QTRY_VERIFY_WITH_TIMEOUT(model()->best(Side::Buy).has_value() && bidRow(8) >= 0, 10000);
}

// A book the trader cannot see is not armed: closing its dock disarms it.
void TestGuiLadder::hidingTheBookDisarmsIt()
{
    auto *dock = f->window->findChild<QDockWidget *>(QStringLiteral("depthDock"));
    QVERIFY(dock);
    arm(true);
    dock->close();
    QVERIFY(!view()->isArmed());
    dock->show();
    QTRY_VERIFY(view()->isVisible());
    QVERIFY(!view()->isArmed()); // back, but armed again only on purpose
}

// B and S rest an order as a click does: on an ask row B sends nothing and says why (found under
// Xvfb: B there sent a buy above the best ask that filled at once as a taker), S on a bid row
// likewise; B on a bid row still places once.
void TestGuiLadder::keysNeverCrossTheSpread()
{
    arm(true);
    const int postsBefore = posted();
    table()->setFocus();
    const auto press = [this](int row, Qt::Key key) {
        table()->scrollTo(model()->index(row, 0));
        table()->viewport()->repaint(); // drawn: what the trader sees
        table()->setCurrentIndex(model()->index(row, DepthModel::Price));
        QTest::keyClick(table(), key);
    };
    const int ask = model()->levelRow(Side::Sell, 1);
    QVERIFY(ask >= 0);
    const Decimal askPrice = model()->level(ask)->price;
    press(ask, Qt::Key_B);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
    const QString buyText = view()->messageBar()->text();
    QVERIFY2(buyText.startsWith(QStringLiteral("A buy at %1 would trade at once against the ask")
                                    .arg(AssetFormat::priceIn(askPrice, model()->rules()))),
             qPrintable(buyText));
    QVERIFY(buyText.contains(QStringLiteral("nothing was sent")));
    QCOMPARE(view()->messageBar()->kind(), MessageBar::Kind::Warning);
    const int bid = bidRow(1);
    QVERIFY(bid >= 0);
    const Decimal bidPrice = model()->level(bid)->price;
    press(bid, Qt::Key_S);
    QVERIFY(settle());
    QCOMPARE(posted(), postsBefore);
    const QString sellText = view()->messageBar()->text();
    QVERIFY2(sellText.startsWith(QStringLiteral("A sell at %1 would trade at once against the bid")
                                     .arg(AssetFormat::priceIn(bidPrice, model()->rules()))),
             qPrintable(sellText));
    // B on a bid row rests there: one order, and the proof the refusals had their chance to send.
    const int rest = bidRow(3);
    const Decimal restPrice = model()->level(rest)->price;
    const int before = openAt(Side::Buy, restPrice).size();
    press(rest, Qt::Key_B);
    QTRY_COMPARE_WITH_TIMEOUT(openAt(Side::Buy, restPrice).size(), before + 1, 5000);
    QVERIFY(settle());
    QCOMPARE(posted() - postsBefore, 1);
    table()->setCurrentIndex({});
}

// No text in the book makes the window wider or taller (found under Xvfb at 1440 × 900: armed,
// the off-range line widened the book's dock, the window grew to 1519 × 908 and stayed so).
void TestGuiLadder::bookTextNeverGrowsTheWindow()
{
    auto *dock = f->window->findChild<QDockWidget *>(QStringLiteral("depthDock"));
    QVERIFY(dock);
    const QSize dockMinimum = dock->minimumSizeHint();
    const auto fits = [&] {
        const QSize hint = f->window->minimumSizeHint();
        return QStringLiteral("window %1×%2 (minimum %3×%4), book dock minimum %5×%6 (was %7×%8)")
            .arg(f->window->width())
            .arg(f->window->height())
            .arg(hint.width())
            .arg(hint.height())
            .arg(dock->minimumSizeHint().width())
            .arg(dock->minimumSizeHint().height())
            .arg(dockMinimum.width())
            .arg(dockMinimum.height());
    };
    QVERIFY2(f->window->width() <= 1440 && f->window->height() <= 900, qPrintable(fits()));
    arm(true);
    QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
    QApplication::sendEvent(table()->viewport(), &enter); // under the pointer: no re-centring
    QVERIFY(moveMarket("30000.00")); // far above the rows: the marker with a long count
    QTRY_VERIFY(view()->marketAbove()->text().startsWith(QStringLiteral("▲ Market ")));
    view()->messageBar()->show(
        MessageBar::Kind::Warning,
        QStringLiteral("Nothing placed: ")
            + QStringLiteral("a reason longer than the book is wide ").repeated(8));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
    QVERIFY2(f->window->minimumSizeHint().width() <= 1440, qPrintable(fits()));
    QVERIFY2(f->window->minimumSizeHint().height() <= 900, qPrintable(fits()));
    QVERIFY2(f->window->width() <= 1440 && f->window->height() <= 900, qPrintable(fits()));
    QVERIFY2(dock->minimumSizeHint().width() <= dockMinimum.width(), qPrintable(fits()));
    QVERIFY2(dock->minimumSizeHint().height() <= dockMinimum.height(), qPrintable(fits()));
    // The whole text is in the tooltips.
    QVERIFY(view()->marketAbove()->toolTip().contains(QStringLiteral("C centres")));
    QVERIFY(view()->messageBar()->text().endsWith(QStringLiteral("is wide ")));
    view()->messageBar()->clear();
    arm(false);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(table()->viewport(), &leave);
    view()->centreOnSpread(); // the rows on the market again (the last test's: where it is now)
    QCOMPARE(f->window->size(), QSize(1440, 900));
}

QTEST_MAIN(TestGuiLadder)
#include "tst_gui_ladder.moc"
