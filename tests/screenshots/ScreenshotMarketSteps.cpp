// The QA states of the market docks: order book, fills and balances.
#include "ScreenshotScript.h"

#include "demo/DemoExchange.h"
#include "models/BalancesModel.h"
#include "models/DepthModel.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/FinishedOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "session/Session.h"
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
    o.clientOrderId = s->placement()->newClientOrderId();
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
        return !s->fillsController()->feed()->isInFlight();
    };
    auto restingBuy = std::make_shared<OrderId>(0);
    auto levelBefore = std::make_shared<DepthModel::Level>();
    QList<Step> steps{
        {QStringLiteral("fills-dock"),
         tr("Fills: the sell's fill with price, quantity, amount, fee and fee asset, maker or "
            "taker, newest first; Export… writes them as CSV with exact decimals."),
         [dock] { dock("fillsDock")->raise(); },
         [s, fillsIdle] { return s->fills()->rowCount() >= 1 && fillsIdle(); }, nullptr},
        {QStringLiteral("fills-of-order"),
         tr("The selected finished order's fills with their quantity, average price and fees."),
         [w, s] {
             w->findChild<QCheckBox *>(QStringLiteral("fillsOrderOnly"))->setChecked(true);
             FinishedOrdersModel *m = s->finishedOrders();
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
             return s->fillsController()->filter().orderId > 0 && s->fills()->rowCount() >= 1
                    && fillsIdle()
                    && w->findChild<QLabel *>(QStringLiteral("fillsSummary"))
                           ->text()
                           .contains(QLatin1String("average"));
         },
         [w, dock] {
             w->findChild<QCheckBox *>(QStringLiteral("fillsOrderOnly"))->setChecked(false);
             w->finishedView()->table()->clearSelection();
             dock("logDock")->raise();
         }},
        {QStringLiteral("balances-dock"),
         tr("Balances: total, available and frozen for every token, the symbol's BTC and USDT "
            "first; the order form's Available comes from the same model."),
         [dock] { dock("balancesDock")->raise(); }, [s] { return s->balances()->rowCount() >= 2; },
         [dock] {
             dock("logDock")->raise();
         }},
        {QStringLiteral("order-book"),
         tr("Order book: the trader's resting buy marked under Mine at its level; Ctrl+click on "
            "an ask took its price and the size up to it into the form."),
         [s, w, demo, restingBuy, levelBefore] {
             DepthModel *d = s->depth();
             *levelBefore = *d->level(d->spreadRow() + 2);
             *restingBuy = restBuyAt(s, demo, levelBefore->price);
             w->depthView()->choose(d->spreadRow() - 3, true);
         },
         [s, levelBefore] {
             // Marked as the trader's, and in the exchange's book: the level grew by the order.
             DepthModel *d = s->depth();
             const Decimal grown = *levelBefore->size.add(*Decimal::parse("0.0150"));
             for (int row = d->spreadRow() + 1; row < d->rowCount(); ++row) {
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
    DepthModel *d = s->depth();
    auto *trader = w->depthView()->findChild<LadderTrader *>();
    // Once the order the ladder sent lands, it goes again (cancelled at the exchange).
    // The order a step placed, cancelled at the exchange once placed; the next step waits until
    // the lists and balances show that (a screen never depends on when a poll happened).
    auto removed = std::make_shared<OrderId>(0);
    const auto removeWhenPlaced = [s, demo, removed] {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(s->placement(), &PlacementTracker::placed, s,
                                       [s, demo, connection, removed](OrderId id, qint64) {
                                           QObject::disconnect(*connection);
                                           demo->engine().cancel(s->account(), OrderRef::byId(id));
                                           *removed = id;
                                           s->refreshNow();
                                       });
    };
    const auto settled = [s, demo, removed] {
        if (*removed != 0 && !s->finishedOrders()->order(*removed))
            return false;
        const auto usdt = s->balances()->available(QStringLiteral("USDT"));
        const QList<Balance> at = demo->engine().balances(s->account(), QStringLiteral("USDT"));
        return usdt && !at.isEmpty() && *usdt == at.first().available;
    };
    const auto release = [demo] {
        demo->holdReplies({});
        demo->releaseHeld();
    };
    auto resting = std::make_shared<OrderId>(0);
    Step inFlight{
        QStringLiteral("ladder-armed-in-flight"),
        tr("The book armed (amber frame, ARMED): a click on a bid placed a buy at its price with "
           "the ticket's quantity; it shows under Mine as on its way until the exchange confirms."),
        [w, d, demo, trader] {
            w->findChild<QLineEdit *>(QStringLiteral("quantity"))
                ->setText(QStringLiteral("0.0100"));
            w->depthView()->armButton()->setChecked(true);
            demo->holdReplies("/api/v1/spot/order");
            trader->placeAt(d->spreadRow() + 3, Side::Buy);
        },
        [d, demo] {
            const DepthModel::Level *l = d->level(d->spreadRow() + 3);
            return l && !l->flight.isZero() && demo->heldReplies() >= 1;
        },
        [release, removeWhenPlaced] {
            removeWhenPlaced();
            release();
        },
        false};
    Step move{
        QStringLiteral("ladder-move"),
        tr("A move in progress: the resting buy is being cancelled before its unfilled rest goes "
           "one step lower; the new level shows it on its way."),
        [s, d, demo, resting] {
            *resting = restBuyAt(s, demo, d->level(d->spreadRow() + 2)->price);
        },
        [d, demo, trader, settled] {
            // Moved once the trader's order shows at its level; taken while the cancel is held.
            if (trader->movesRunning() == 0) {
                if (!settled())
                    return false;
                const int row = d->spreadRow() + 2;
                if (d->ownOrdersAt(row).isEmpty())
                    return false;
                demo->holdReplies("/api/v1/spot/order");
                trader->moveAt(row, *d->level(row)->price.subtract(d->step()));
                return false;
            }
            return demo->heldReplies() >= 1;
        },
        [release, removeWhenPlaced] {
            removeWhenPlaced();
            release();
        },
        false};
    Step grouped{QStringLiteral("ladder-grouping-x10"),
                 tr("The book grouped by tick × 10: bids rounded down, asks up; the last trade "
                    "marked at its level."),
                 [w] { w->depthView()->groupingBox()->setCurrentIndex(1); },
                 [d] { return d->grouping() == 10; },
                 [w] {
                     w->depthView()->groupingBox()->setCurrentIndex(0);
                     w->depthView()->armButton()->setChecked(false);
                 }};
    // The in-flight and move screens depend on when a held reply and a poll meet: two runs on
    // one machine wrote different pixels (screenshots_isolated). Kept out of the QA set until
    // they are made deterministic; the GUI tests cover both.
    Q_UNUSED(inFlight);
    Q_UNUSED(move);
    return {grouped};
}
