#include "ui/MainWindow.h"

#include "models/ActivityLogModel.h"
#include "models/CancelController.h"
#include "models/ColorScheme.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderNotifier.h"
#include "models/StaleMonitor.h"
#include "session/AppSettings.h"
#include "session/Session.h"
#include "ui/ActivityLogView.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/DockSplit.h"
#include "ui/EntryScroll.h"
#include "ui/FillsView.h"
#include "ui/FinishedFilterBar.h"
#include "ui/LazyDock.h"
#include "ui/LookupDialog.h"
#include "ui/MarketDocks.h"
#include "ui/MarketPanel.h"
#include "ui/MessageBar.h"
#include "ui/OrderForm.h"
#include "ui/OrdersArea.h"
#include "ui/OrdersView.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusPanel.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The order form's narrow dependencies (ticket #23): what it needs, named, not the session.
OrderForm::Dependencies orderEntry(Session *session, const WindowParts &parts)
{
    OrderForm::Dependencies d;
    d.market = parts.market.data;
    d.book = parts.market.book;
    d.accounts = parts.account.data;
    d.balances = parts.account.balances;
    d.marketStale = parts.market.stale;
    d.link = parts.link;
    d.placement = parts.placement;
    d.settings = parts.settings;
    d.colors = parts.colors;
    d.account = [session] {
        return session->account();
    };
    d.chooseAccount = [session](const QString &id) {
        session->setAccount(id);
    };
    return d;
}

} // namespace

MainWindow::MainWindow(Session *session, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_parts(session->windowParts()),
      m_secrets(secrets)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(session->isDemo() ? tr("TradeDesk — Demo exchange")
                                     : tr("TradeDesk — %1").arg(session->exchangeLabel()));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    // The scheme's colours suit the palette this window paints with (set by the theme).
    m_parts.colors->setDark(palette().color(QPalette::Window).lightness() < 128);
    buildDocks();
    buildActions();
    m_status = new StatusPanel(m_parts.link, m_parts.colors, this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_defaultState = saveState();
    restoreLayout();

    connect(m_parts.orders.cancels, &CancelController::finished, this,
            [this](const CancelController::Summary &s) {
                m_ordersMessage->show(s.allCancelled() ? MessageBar::Kind::Success
                                                       : MessageBar::Kind::Warning,
                                      s.text());
            });
    // A later refresh settled an order the banner said "may still be open" about: the banner,
    // if it still shows that summary, says what became of it.
    connect(m_parts.orders.cancels, &CancelController::summaryRevised, this,
            [this](const CancelController::Summary &s, const QString &before) {
                if (m_ordersMessage->text() == before)
                    m_ordersMessage->show(s.allCancelled() ? MessageBar::Kind::Success
                                                           : MessageBar::Kind::Warning,
                                          s.text());
            });
    connect(m_parts.orders.notifier, &OrderNotifier::notified, this, &MainWindow::present);
    // Closed: the orders it named are read; the next one gone starts a new banner.
    connect(m_ordersMessage, &MessageBar::dismissed, m_parts.orders.notifier,
            &OrderNotifier::clearVanished);
}

OrdersView *MainWindow::openView() const
{
    return m_openView;
}

OrdersView *MainWindow::finishedView() const
{
    return m_finishedView;
}

FinishedFilterBar *MainWindow::finishedFilter() const
{
    return m_orders->filter();
}

MessageBar *MainWindow::ordersMessage() const
{
    return m_ordersMessage;
}

DepthView *MainWindow::depthView() const
{
    return m_market->depthView();
}

FillsView *MainWindow::fillsView() const
{
    return m_market->fillsView();
}

QTableView *MainWindow::balancesView() const
{
    return m_market->balancesView();
}

void MainWindow::installTrayIcon()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(windowTitle());
    m_tray->show();
}

QDockWidget *MainWindow::dock(const QString &title, const QString &name, QWidget *content,
                              Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(name);
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                   | QDockWidget::DockWidgetClosable);
    addDockWidget(area, d);
    m_docks.append(d);
    return d;
}

void MainWindow::buildDocks()
{
    m_orders = new OrdersArea(m_parts, m_session->isDemo(), this);
    m_openView = m_orders->openView();
    m_ordersMessage = m_orders->message();
    setCentralWidget(m_orders->centre());
    auto *entry = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entry);
    entryLayout->setContentsMargins(4, 2, 4, 2); // the dock frames it already
    m_marketPanel =
        new MarketPanel(m_parts.market.data, m_parts.market.book, m_parts.colors, entry);
    m_marketPanel->markStale(m_parts.market.stale);
    m_form = new OrderForm(orderEntry(m_session, m_parts), entry);
    entryLayout->addWidget(m_marketPanel);
    entryLayout->addWidget(m_form, 1);
    connect(m_marketPanel, &MarketPanel::priceChosen, m_form, &OrderForm::setPrice);
    // The form scrolls in a window too short for it rather than setting the height of the
    // tables below it (review 31: 1.5 rows of finished orders at 1440 × 900).
    dock(tr("Order entry"), QStringLiteral("orderEntryDock"), EntryScroll::wrap(entry, this),
         Qt::LeftDockWidgetArea);
    QDockWidget *finishedDock = dock(tr("Finished orders"), QStringLiteral("finishedDock"),
                                     m_orders->finished(), Qt::BottomDockWidgetArea);
    m_finishedView = m_orders->finishedView();
    // A shell until shown, like the market docks: behind the fills or balances tab, or closed,
    // the trader left it unbuilt.
    auto *logDock = new LazyDock(tr("Activity log"), this,
                                 [this] { return new ActivityLogView(m_parts.log, this); });
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                         | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    m_docks.append(logDock);
    splitDockWidget(finishedDock, logDock, Qt::Horizontal);
    resizeDocks({finishedDock, logDock}, {1, 1}, Qt::Horizontal);
    resizeDocks({finishedDock}, {260}, Qt::Vertical);

    MarketDocks::Dependencies deps;
    deps.window = this;
    deps.parts = m_parts;
    deps.form = m_form;
    deps.account = [session = m_session] {
        return session->account();
    };
    deps.moves = [session = m_session](const QString &account, QObject *owner) {
        return session->moveBackend(account, owner);
    };
    deps.wallMs = [session = m_session] {
        return session->clocks().wallMs();
    };
    deps.exportCsv = [this](const QString &title, const QString &name,
                            std::function<QString()> content) {
        exportCsv(title, name, std::move(content));
    };
    m_market = new MarketDocks(std::move(deps), logDock, {m_openView, m_finishedView});
    const QList<QDockWidget *> market = m_market->docks();
    m_docks.append(market);
    // The finished orders' facts (filled, average price, fee) need their width; the tabs share
    // the rest (the log wraps its sentences). Kept whatever order the docks beside them reach
    // their widths in (DockSplit): the divider is where the width says on every start. 780 px:
    // the finished orders' Fee still whole with unit headers (773 px of table), and the
    // balances' four columns whole in the tabs beside them (at 790 their Frozen was cut off).
    // 205 px high: the whole form beside them at 1440 × 900, the outcome line under Place
    // included, and four rows of finished orders (tst_gui_layout tablesAndTheWholeFormAt1440).
    m_split = new DockSplit(this, finishedDock, {logDock, market.at(2), market.at(1)}, 780, 205);
}

QList<Order> MainWindow::selectionForAction() const
{
    if (m_finishedView->table()->hasFocus() && !m_finishedView->selectedOrders().isEmpty())
        return m_finishedView->selectedOrders();
    const QList<Order> open = m_openView->selectedOrders();
    return open.isEmpty() ? m_finishedView->selectedOrders() : open;
}

void MainWindow::cancelSelected()
{
    const QList<Order> orders = m_openView->selectedOrders();
    if (orders.isEmpty()) {
        m_ordersMessage->show(MessageBar::Kind::Info,
                              tr("Select the open orders to cancel first."));
        return;
    }
    // One order goes at once, as on the exchanges' own screens, unless the trader asked to confirm
    // every order: then a stray Delete must not cost a queue position without a look (review 32).
    if (orders.size() == 1 && !m_parts.settings->confirmOrders()) {
        m_ordersMessage->show(
            MessageBar::Kind::Busy,
            tr("Cancelling %1…").arg(m_parts.orders.cancels->describe(orders.first())));
        m_parts.orders.cancels->cancel(orders);
        return;
    }
    // One order is named: which one is the question (review 32).
    const QString title =
        orders.size() == 1 ? tr("Cancel %1?").arg(m_parts.orders.cancels->describe(orders.first()))
                           : tr("Cancel %n selected order(s)?", nullptr, int(orders.size()));
    auto *preview = new CancelPreviewDialog(title, orders, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    // Closed either way: back to the table with the same rows, so the next Delete works.
    connect(preview, &QDialog::finished, this, [this, orders] {
        activateWindow(); // the preview was this window's: its keys come back here
        m_openView->reselect(orders);
    });
    connect(preview, &QDialog::accepted, this, [this, orders] {
        m_ordersMessage->show(MessageBar::Kind::Busy,
                              tr("Cancelling %n order(s)…", nullptr, int(orders.size())));
        m_parts.orders.cancels->cancel(orders);
    });
    preview->open();
}

void MainWindow::cancelAllForSymbol()
{
    const QList<Order> selected = m_openView->selectedOrders();
    const QString symbol =
        selected.isEmpty() ? m_parts.market.data->symbol() : selected.first().symbol;
    QList<Order> affected;
    const auto all = m_parts.orders.open->orders();
    for (const Order &o : all)
        if (o.symbol == symbol)
            affected.append(o);
    if (affected.isEmpty()) {
        // Nothing listed, nothing to agree to: no request (an order the list does not show yet
        // is not cancelled behind the trader's back).
        m_ordersMessage->show(MessageBar::Kind::Info,
                              tr("No open %1 orders are listed; nothing was sent.").arg(symbol));
        return;
    }
    auto *preview =
        new CancelPreviewDialog(tr("Cancel all %1 orders?").arg(symbol), affected, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    // The summary is over what the preview listed: each of those is accounted for.
    connect(preview, &QDialog::accepted, this, [this, symbol, affected] {
        m_ordersMessage->show(MessageBar::Kind::Busy, tr("Cancelling all %1 orders…").arg(symbol));
        m_parts.orders.cancels->cancelAll(symbol, affected);
    });
    preview->open();
}

void MainWindow::repeatSelected(bool reverse)
{
    const QList<Order> orders = selectionForAction();
    if (orders.isEmpty()) {
        m_ordersMessage->show(
            MessageBar::Kind::Info,
            tr("Select an order to %1 first.").arg(reverse ? tr("reverse") : tr("repeat")));
        return;
    }
    m_form->fillFrom(orders.first(), reverse);
}

LookupDialog *MainWindow::lookupDialog()
{
    if (!m_lookup) {
        Session *session = m_session;
        m_lookup = new LookupDialog(
            [session](const QString &query, QObject *receiver, LookupDialog::Done done) {
                session->lookUp(query, receiver, std::move(done));
            },
            [market = m_parts.market.data](const QString &symbol) { return market->rules(symbol); },
            m_parts.colors, this);
        m_market->setLookup(m_lookup);
    }
    return m_lookup;
}

void MainWindow::openLookup()
{
    LookupDialog *d = lookupDialog();
    d->show();
    d->raise();
    d->activateWindow();
}

void MainWindow::openSettings()
{
    auto *d = new SettingsDialog(m_session, m_parts.settings, m_parts.colors, m_secrets, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &SettingsDialog::saved, this, [this] {
        m_parts.log->add(tr("Settings"), tr("Saved."), ActivityLogModel::Severity::Info);
    });
    d->open();
}

void MainWindow::present(const OrderNotifier::Notification &n)
{
    // An order gone without a known end stays in sight until the trader has read it.
    if (n.kind == QLatin1String("unknown"))
        m_ordersMessage->show(MessageBar::Kind::Warning, n.banner.isEmpty() ? n.text : n.banner);
    if (!n.popup)
        return;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("TradeDesk"), n.text);
    else
        statusBar()->showMessage(n.text, 8000);
    if (n.sound)
        QApplication::beep();
    Q_EMIT notified(n.kind, n.text);
}

void MainWindow::exportCsv(const QString &title, const QString &name,
                           std::function<QString()> content)
{
    auto *dialog = new QFileDialog(this, title, name, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, title, content](const QString &path) {
        // The trader's orders and requests are nobody else's: a new file is the owner's only
        // (review 31: 0644, readable by every user of the computer), like the settings.
        QFile f(path);
        const QByteArray bytes = content().toUtf8();
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || f.write(bytes) != bytes.size() || !f.flush()) {
            m_ordersMessage->show(MessageBar::Kind::Error,
                                  tr("Cannot write %1: %2").arg(path, f.errorString()));
            return;
        }
        m_parts.log->add(title, tr("Written to %1.").arg(path),
                         ActivityLogModel::Severity::Success);
    });
    dialog->open();
}

void MainWindow::resetLayout()
{
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
    restoreState(m_defaultState);
    m_split->reset();
    m_openView->resetColumns();
    m_finishedView->resetColumns();
}

void MainWindow::restoreLayout()
{
    AppSettings *s = m_parts.settings;
    const QByteArray geometry = s->windowState(QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1440, 900);
    if (restoreState(s->windowState(QStringLiteral("state"))))
        m_split->keepRestored();
    m_openView->restoreState(s->windowState(QStringLiteral("openColumns")));
    m_finishedView->restoreState(s->windowState(QStringLiteral("finishedColumns")));
}

void MainWindow::saveLayout()
{
    AppSettings *s = m_parts.settings;
    s->setWindowState(QStringLiteral("geometry"), saveGeometry());
    s->setWindowState(QStringLiteral("state"), saveState());
    s->setWindowState(QStringLiteral("openColumns"), m_openView->saveState());
    s->setWindowState(QStringLiteral("finishedColumns"), m_finishedView->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_session->setMinimised(isMinimized());
    QMainWindow::changeEvent(event);
}
