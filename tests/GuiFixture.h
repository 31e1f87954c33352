#pragma once

#include "demo/DemoExchange.h"
#include "models/ActivityLogModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderSortProxy.h"
#include "session/AppSettings.h"
#include "session/Session.h"
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
                return session->market()->lastPrice().has_value()
                       && !session->market()->balances().isEmpty()
                       && !session->market()->symbols().isEmpty();
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
                session->openOrders()->index(session->openOrders()->rowOf(id), 0);
            table->selectionModel()->select(window->openView()->proxy()->mapFromSource(source),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
        }
    }

    template <typename T = QWidget> T *field(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }
    OrderForm *form() const { return window->orderForm(); }
    QPushButton *placeButton() const { return form()->placeButton(); }
    DemoExchange *exchange() const
    {
        session->embedded(); // started with the session; made here if not yet
        return m_exchange;
    }
    QString account() const { return session->account(); }

    DemoExchange *m_exchange = nullptr;
    QTemporaryDir dir;
    QString settingsFile;
    QSettings qsettings;
    AppSettings settings;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};
