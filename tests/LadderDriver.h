#pragma once

#include "GuiFixture.h"
#include "Quiesce.h"
#include "SessionProbe.h"
#include "core/NewOrder.h"
#include "core/Order.h"
#include "demo/MatchingEngine.h"
#include "models/DepthModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"
#include "ui/DepthView.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>

// The ladder tests' hands (tst_gui_ladder*): arming, a click on a cell, an own order resting in
// the book, and what the exchange holds at a price. One copy, so every ladder test drives the
// book the same way.
namespace LadderDriver {

inline DepthView *view(GuiFixture *f)
{
    return f->window->findChild<DepthView *>();
}

inline DepthModel *model(GuiFixture *f)
{
    return probe(f->session).depth();
}

// Clicks the arm button until the book is (un)armed as asked.
inline void arm(GuiFixture *f, bool on)
{
    if (view(f)->isArmed() != on)
        QTest::mouseClick(view(f)->armButton(), Qt::LeftButton);
    QCOMPARE(view(f)->isArmed(), on);
}

// The ladder at Tick × 1, as the trader's choice for the symbol: the tests count rows of one
// tick. The book picks its own default with its first book (1.00 USDT a row for BTC-USDT at
// 70,000); the choice made here replaces it.
inline void tickByOne(GuiFixture *f)
{
    QTRY_COMPARE_WITH_TIMEOUT(model(f)->grouping(), 100, 10000);
    view(f)->groupingBox()->setCurrentIndex(0);
    QCOMPARE(model(f)->grouping(), 1);
}

// A real click in the middle of the cell (scrolled into view first).
inline void click(GuiFixture *f, int row, int column)
{
    QTableView *table = view(f)->table();
    table->scrollTo(model(f)->index(row, column));
    const QRect r = table->visualRect(model(f)->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
}

// The pointer off the rows (on the window's corner): the keys act at the keyboard's row, not at
// the row the last click left the pointer on.
inline void leave(GuiFixture *f)
{
    QTest::mouseMove(f->window.get(), QPoint(5, 5));
    QEvent out(QEvent::Leave);
    QApplication::sendEvent(view(f)->table()->viewport(), &out);
}

// The demo market's mid moved by `by` (USDT, exact), and the book read again: true once the best
// bid has changed.
inline bool moveMarket(GuiFixture *f, const char *by)
{
    const QString symbol = probe(f->session).market()->symbol();
    MatchingEngine &engine = f->exchange()->engine();
    const Decimal before = *model(f)->best(Side::Buy);
    engine.moveMarket(symbol, *engine.market().mid(symbol).add(*Decimal::parse(QByteArray(by))));
    f->session->refreshNow();
    return QTest::qWaitFor([&] { return model(f)->best(Side::Buy) != before; }, 10000);
}

// The account's open orders at the exchange on that side and price.
inline QList<Order> openAt(GuiFixture *f, Side side, const Decimal &price)
{
    QList<Order> out;
    for (const Order &o : f->exchange()->engine().openOrders(f->account(), QString(), 0, 1000)) {
        if (o.side == side && o.price == price)
            out.append(o);
    }
    return out;
}

// An own bid placed straight at the exchange at the `depth`-th bid level, once the book shows it
// as the trader's (and, with `listed`, once the open orders list it too); empty if it never did.
inline Order restingBid(GuiFixture *f, int depth, const char *quantity, bool listed = false)
{
    // The book may still hold a test's hand-made one-level snapshot until the next refresh.
    const auto level = [f, depth] {
        return model(f)->level(model(f)->levelRow(Side::Buy, depth));
    };
    if (!QTest::qWaitFor([&] { return level() != nullptr; }, 10000))
        return {};
    const Decimal at = level()->price;
    NewOrder o;
    o.accountId = f->account();
    o.symbol = probe(f->session).market()->symbol();
    o.side = Side::Buy;
    o.price = at;
    o.quantity = *Decimal::parse(QByteArray(quantity));
    o.clientOrderId = probe(f->session).placement()->newClientOrderId();
    const auto placed = f->exchange()->engine().place(o);
    if (!placed.ok())
        return {};
    probe(f->session).orders()->refreshNow();
    if (!QTest::qWaitFor(
            [&] {
                const int r = model(f)->rowOf(Side::Buy, at);
                return r >= 0 && !model(f)->ownOrdersAt(r).isEmpty()
                       && (!listed || probe(f->session).openOrders()->rowOf(placed.orderId) >= 0);
            },
            10000))
        return {};
    return *f->exchange()->engine().find(f->account(), OrderRef::byId(placed.orderId));
}

// quiesce() (tests/Quiesce.h: a request of the test's own answered after the action, then no
// request queued or on the wire), with that round trip on whichever of three little-used
// requests has its rate window free first: the 24 h ticker (the app asks every 10 s) and the
// symbols (asked as a session starts), each once per 2 s, and a look-up of an order that does not
// exist (signed, once per 1 s; only while the credentials are accepted). A test that proves
// "nothing was sent" step after step waited out the ticker's window at each step.
inline bool settle(GuiFixture *f, int timeoutMs = 15000)
{
    static QElapsedTimer clock;
    static qint64 freeAt[3] = {0, 0, 0};
    constexpr qint64 windowMs[3] = {2000, 2000, 1000};
    if (!clock.isValid())
        clock.start();
    ApiService *service = probe(f->session).service();
    const int kinds = service->isAuthBlocked() ? 2 : 3;
    int pick = 0;
    for (int k = 1; k < kinds; ++k) {
        if (freeAt[k] < freeAt[pick])
            pick = k;
    }
    freeAt[pick] = std::max(freeAt[pick], clock.elapsed()) + windowMs[pick];
    const int sentBefore = CountingNetwork::sentEverywhere();
    auto answered = std::make_shared<bool>(false);
    const auto done = [answered](const auto &) {
        *answered = true;
    };
    const QString symbol = QStringLiteral("BTC-USDT");
    if (pick == 0)
        service->ticker24h(symbol, nullptr, done);
    else if (pick == 1)
        service->symbols(symbol, nullptr, done);
    else
        service->getOrder(f->account(), OrderRef::byId(1), nullptr, done);
    if (!QTest::qWaitFor([answered] { return *answered; }, timeoutMs))
        return false;
    if (CountingNetwork::sentEverywhere() == sentBefore)
        return false; // nothing here can see the wire
    return QTest::qWaitFor(
        [service] {
            return service->queuedRequests() == 0 && CountingNetwork::inFlightEverywhere() == 0;
        },
        timeoutMs);
}

} // namespace LadderDriver
