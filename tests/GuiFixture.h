#pragma once

#include "DemoFixture.h"
#include "SessionProbe.h"
#include "demo/DemoExchange.h"
#include "models/ActivityLogModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "models/PollIntervals.h"
#include "session/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The whole window on an embedded demo exchange (market still unless stepped), offscreen.
struct GuiFixture
{
    explicit GuiFixture(qint64 exchangeClockSkewMs = 0)
        : settingsFile(dir.filePath(QStringLiteral("settings.ini"))),
          qsettings(settingsFile, QSettings::IniFormat),
          settings(&qsettings)
    {
        Session::Options o;
        DemoExchangeOptions demo;
        demo.stepIntervalMs = 0;
        demo.clockSkewMs = exchangeClockSkewMs;
        o.embedded = DemoExchange::maker(demo, &m_exchange);
        o.account = DemoExchange::defaultAccountId();
        o.network = network.transport(); // the real network, counted (quiesce)
        // The order lists polled as often as the exchange allows (one query a second, the
        // settings' minimum) rather than every 2 s and 5 s: a test waits a second, not five,
        // for an order to show as finished. The rate limits are the app's own either way.
        settings.setIntervals(PollIntervals::MinimumMs, PollIntervals::MinimumMs);
        session = std::make_unique<Session>(o, &settings);
        window = std::make_unique<MainWindow>(session.get(), nullptr);
        window->show();
        session->start();
    }

    // Symbols, price and balances loaded: the form can validate.
    bool ready()
    {
        return QTest::qWaitFor(
            [this] {
                return probe(session).market()->lastPrice().has_value()
                       && !probe(session).accountData()->balances().isEmpty()
                       && !probe(session).market()->symbols().isEmpty();
            },
            10000);
    }

    // Selects these open orders in the window's table, as the trader would.
    void selectOpen(const QList<OrderId> &ids) const
    {
        QTableView *table = window->openView()->table();
        table->setFocus();
        table->clearSelection();
        for (OrderId id : ids) {
            const QModelIndex source =
                probe(session).openOrders()->index(probe(session).openOrders()->rowOf(id), 0);
            table->selectionModel()->select(window->openView()->proxy()->mapFromSource(source),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
        }
    }

    // Types an order into the form as the trader does; true when the form then lets it go.
    bool typeOrder(const char *price, const char *qty = "0.0100") const
    {
        auto *p = field<QLineEdit>("price");
        p->setFocus();
        QTest::keyClicks(p, QLatin1String(price));
        auto *q = field<QLineEdit>("quantity");
        q->setFocus();
        QTest::keyClicks(q, QLatin1String(qty));
        return placeButton()->isEnabled();
    }

    // Places a limit order past the form, through the app's own service, and waits for the
    // exchange's id (0: not placed).
    OrderId place(Side side, const char *price, const char *qty,
                  const QString &symbol = QStringLiteral("BTC-USDT")) const
    {
        return placeAndWait(probe(session).service(),
                            OrderFactory::limit(account(), side, price, qty, symbol));
    }

    // Order placements the exchange has received.
    int placements() const { return exchange()->requestCount("POST", "/api/v1/spot/order"); }

    // A key through QTest's own path (shortcut override first, then the widget), flagged the way
    // the window system flags the presses of a held key.
    static void sendKey(QWidget *to, int key, Qt::KeyboardModifiers mods, bool press,
                        bool autoRepeat)
    {
        QTest::simulateEvent(to, press, key, mods, QString(), autoRepeat);
    }

    template <typename T = QWidget> T *field(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    OrderForm *form() const { return window->orderForm(); }
    QPushButton *placeButton() const { return form()->placeButton(); }
    DemoExchange *exchange() const
    {
        probe(session).embedded(); // started with the session; made here if not yet
        return m_exchange;
    }
    QString account() const { return session->account(); }

    DemoExchange *m_exchange = nullptr;
    CountingNetwork network;
    QTemporaryDir dir;
    QString settingsFile;
    QSettings qsettings;
    AppSettings settings;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};
