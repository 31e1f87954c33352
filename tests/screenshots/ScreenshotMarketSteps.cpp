// The QA states of the market docks: order book, fills and balances.
#include "ScreenshotScript.h"

#include "../SessionProbe.h"
#include "demo/DemoExchange.h"
#include "models/BalancesModel.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "ui/DepthView.h"
#include "ui/LadderTrader.h"
#include "ui/MainWindow.h"
#include "ui/OrdersView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

namespace {

// A buy of 0.0150 BTC resting at this price, put straight into the exchange's book (not through
// the app), and the lists refreshed; the exchange's order id.
OrderId restBuyAt(Session *s, DemoExchange *demo, const Decimal &price)
{
    NewOrder o;
    o.accountId = s->account();
    o.symbol = QStringLiteral("BTC-USDT");
    o.side = Side::Buy;
    o.price = price;
    o.quantity = *Decimal::parse("0.0150");
    o.clientOrderId = probe(s).placement()->newClientOrderId();
    const OrderId id = demo->engine().place(o).orderId;
    s->refreshNow();
    return id;
}

} // namespace

QList<ScreenshotScript::Step> ScreenshotScript::marketSteps()
{
    MainWindow *w = m_window.get();
    Session *s = m_session.get();
    DemoExchange *demo = m_demo;
    const auto dock = [w](const char *name) {
        return w->findChild<QDockWidget *>(QLatin1String(name));
    };
    const auto fillsIdle = [s] {
        return !probe(s).fillsController()->feed()->isInFlight();
    };
    auto restingBuy = std::make_shared<OrderId>(0);
    auto levelBefore = std::make_shared<DepthModel::Level>();
    QList<Step> steps{
        {QStringLiteral("fills-dock"),
         tr("Fills: both fills, newest first (the sell at 71,500.00, the buy at 70,000.05), with "
            "side, price, quantity and the fee in its own asset; Export… writes them as CSV with "
            "exact decimals."),
         [dock] { dock("fillsDock")->raise(); },
         [s, fillsIdle] { return probe(s).fills()->rowCount() >= 1 && fillsIdle(); }, nullptr},
        {QStringLiteral("fills-of-order"),
         tr("The selected finished order (the sell) and its one fill: price, quantity and fee; "
            "the summary line counts its fills (whole, with the average price, in its "
            "tooltip)."),
         [w, s] {
             w->findChild<QCheckBox *>(QStringLiteral("fillsOrderOnly"))->setChecked(true);
             FinishedOrdersModel *m = probe(s).finishedOrders();
             for (int row = 0; row < m->rowCount(); ++row) {
                 if (m->orders().at(row).side != Side::Sell)
                     continue;
                 QTableView *t = w->finishedView()->table();
                 t->selectionModel()->select(
                     w->finishedView()->proxy()->mapFromSource(m->index(row, 0)),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                 break;
             }
         },
         [w, s, fillsIdle] {
             return probe(s).fillsController()->filter().orderId > 0
                    && probe(s).fills()->rowCount() >= 1 && fillsIdle()
                    && w->findChild<QLabel *>(QStringLiteral("fillsSummary"))
                           ->toolTip()
                           .contains(QLatin1String("average"));
         },
         [w, dock] {
             w->findChild<QCheckBox *>(QStringLiteral("fillsOrderOnly"))->setChecked(false);
             w->finishedView()->table()->clearSelection();
             dock("finishedDock")->raise(); // the fills are a tab beside the finished orders
             dock("logDock")->raise();
         }},
        {QStringLiteral("balances-dock"),
         tr("Balances: total, available and frozen for every token, the symbol's BTC and USDT "
            "first; the order form's Available comes from the same model."),
         [dock] { dock("balancesDock")->raise(); },
         [s] { return probe(s).balances()->rowCount() >= 2; },
         [dock] {
             dock("logDock")->raise();
         }},
        {QStringLiteral("order-book"),
         tr("Order book: the trader's resting buy marked under Mine at its level; Ctrl+click on "
            "an ask took its price and the size up to it into the form."),
         [s, w, demo, restingBuy, levelBefore] {
             DepthModel *d = probe(s).depth();
             *levelBefore = *d->level(d->levelRow(Side::Buy, 1));
             *restingBuy = restBuyAt(s, demo, levelBefore->price);
             w->depthView()->choose(d->levelRow(Side::Sell, 2), true);
         },
         [s, levelBefore] {
             // Marked as the trader's, and in the exchange's book: the level grew by the order.
             DepthModel *d = probe(s).depth();
             const Decimal grown = *levelBefore->size.add(*Decimal::parse("0.0150"));
             for (int row = 0; row < d->rowCount(); ++row) {
                 const DepthModel::Level *l = d->level(row);
                 if (l->price == levelBefore->price)
                     return !l->mine.isZero() && l->size == grown;
             }
             return false;
         },
         [s, demo, restingBuy] {
             demo->engine().cancel(s->account(), OrderRef::byId(*restingBuy));
             s->refreshNow();
         }},
    };
    steps.append(ladderSteps());
    return steps;
}

// The ladder armed: an order on its way at its level, a move in progress, levels grouped × 10.
// Each order these steps send is taken off the exchange once it lands, so later screens are as
// before.
QList<ScreenshotScript::Step> ScreenshotScript::ladderSteps()
{
    MainWindow *w = m_window.get();
    Session *s = m_session.get();
    DemoExchange *demo = m_demo;
    DepthModel *d = probe(s).depth();
    auto *trader = w->depthView()->findChild<LadderTrader *>();
    // Once the order the ladder sent lands, it goes again (cancelled at the exchange).
    // The order a step placed, cancelled at the exchange once placed; the next step waits until
    // the lists and balances show that (a screen never depends on when a poll happened).
    // Polling stays paused until then: a list asked for between the placement and its removal
    // would show the order open, and its removal would then be logged as "cancelled elsewhere"
    // on every later screen, or not, as the machine's timing has it.
    auto removed = std::make_shared<OrderId>(0);
    auto awaiting = std::make_shared<int>(0); // orders sent that are still to be taken off
    const auto removeWhenPlaced = [s, demo, removed, awaiting] {
        ++*awaiting;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            QObject::connect(probe(s).placement(), &PlacementTracker::placed, s,
                             [s, demo, connection, removed, awaiting](OrderId id, qint64) {
                                 QObject::disconnect(*connection);
                                 demo->engine().cancel(s->account(), OrderRef::byId(id));
                                 *removed = id;
                                 --*awaiting;
                                 s->setPaused(false);
                                 s->refreshNow();
                             });
    };
    const auto settled = [s, demo, removed, awaiting] {
        if (*awaiting > 0 || (*removed != 0 && !probe(s).finishedOrders()->order(*removed)))
            return false;
        const auto usdt = probe(s).balances()->available(QStringLiteral("USDT"));
        const QList<Balance> at = demo->engine().balances(s->account(), QStringLiteral("USDT"));
        return usdt && !at.isEmpty() && *usdt == at.first().available;
    };
    const auto release = [demo] {
        demo->holdReplies({});
        demo->releaseHeld();
    };
    // A held reply freezes the screen only if nothing else moves meanwhile: each of these steps
    // sends its request once what is shown matches the exchange, with polling paused, and its
    // reply held until the picture is taken. A held request never times out (PatientTimeoutMs):
    // under load the picture (the grab and the PNG) took longer than the runner's former 2 s
    // timeout, and a timed-out place or cancel is an unknown outcome, checked and logged, which
    // the next screens showed or not as the machine's load had it ("33 of 34 byte-identical").
    auto phase = std::make_shared<int>(0);
    const auto freeze = [this, s, demo, phase] {
        if (!this->settled())
            return false;
        s->setPaused(true);
        // What an earlier step's order brought (its "placed" line) goes; this step's request
        // brings its own.
        this->clearBanners();
        demo->holdReplies("/api/v1/spot/order");
        *phase = 1;
        return true;
    };
    // The reply goes; polling resumes once the order the step brought is taken off again.
    const auto thaw = [release, removeWhenPlaced, phase] {
        removeWhenPlaced();
        *phase = 0;
        release();
    };
    Step inFlight{
        QStringLiteral("ladder-armed-in-flight"),
        tr("The book armed (amber frame, ARMED): a click on a bid placed a buy at its price with "
           "the ticket's quantity; it shows under Mine as on its way until the exchange confirms."),
        [w] {
            w->findChild<QLineEdit *>(QStringLiteral("quantity"))
                ->setText(QStringLiteral("0.0100"));
            w->depthView()->armButton()->setChecked(true);
        },
        [d, demo, trader, freeze, phase] {
            if (*phase == 0) {
                if (freeze())
                    trader->placeAt(d->levelRow(Side::Buy, 1), Side::Buy);
                return false;
            }
            const DepthModel::Level *l = d->level(d->levelRow(Side::Buy, 1));
            return l && !l->flight.isZero() && demo->heldReplies() >= 1;
        },
        thaw,
        false,
        Banner::Own};
    auto resting = std::make_shared<OrderId>(0);
    Step move{
        QStringLiteral("ladder-move"),
        tr("A move in progress: the resting buy at 72,499.85 (→ under Mine) is being cancelled "
           "before its unfilled rest goes one step lower, to 72,499.84; the book's message line "
           "says so."),
        [s, d, demo, resting] {
            *resting = restBuyAt(s, demo, d->level(d->levelRow(Side::Buy, 1))->price);
        },
        [d, demo, trader, settled, freeze, phase] {
            // Moved once the trader's order shows at its level; taken while the cancel is held.
            const int row = d->levelRow(Side::Buy, 1);
            if (*phase == 0) {
                if (!settled() || d->ownOrdersAt(row).isEmpty())
                    return false;
                if (freeze())
                    trader->moveAt(d->level(row)->price, *d->level(row)->price.subtract(d->step()));
                return false;
            }
            return trader->movesRunning() > 0 && demo->heldReplies() >= 1;
        },
        thaw,
        false,
        Banner::Own};
    Step grouped{QStringLiteral("ladder-grouping-x10"),
                 tr("The book grouped by tick × 10: bids rounded down, asks up; the last trade "
                    "marked at its level."),
                 [w] { w->depthView()->groupingBox()->setCurrentIndex(1); },
                 [d, trader, settled] {
                     // The move done: its new order placed and taken off again.
                     return d->grouping() == 10 && trader->movesRunning() == 0 && settled();
                 },
                 [w] {
                     w->depthView()->groupingBox()->setCurrentIndex(0);
                     w->depthView()->armButton()->setChecked(false);
                 }};
    return {inFlight, move, grouped};
}
