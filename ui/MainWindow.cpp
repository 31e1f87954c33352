#include "ui/MainWindow.h"

#include "models/ActivityLogModel.h"
#include "models/CancelController.h"
#include "models/ColorScheme.h"
#include "models/CsvExport.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderNotifier.h"
#include "models/PlacementTracker.h"
#include "session/AppSettings.h"
#include "session/SecretStore.h"
#include "session/Session.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/FinishedFilterBar.h"
#include "ui/LookupDialog.h"
#include "ui/MarketPanel.h"
#include "ui/MessageBar.h"
#include "ui/OrderForm.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Session *session, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_secrets(secrets)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(session->isDemo() ? tr("TradeDesk — Demo exchange")
                                     : tr("TradeDesk — %1").arg(session->exchangeLabel()));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    buildDocks();
    buildActions();
    m_status = new StatusPanel(session, this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_defaultState = saveState();
    restoreLayout();

    connect(session->cancels(), &CancelController::finished, this,
            [this](const CancelController::Summary &s) {
                m_ordersMessage->show(s.allCancelled() ? MessageBar::Kind::Success
                                                       : MessageBar::Kind::Warning,
                                      s.text());
            });
    connect(session->notifier(), &OrderNotifier::notified, this, &MainWindow::present);
    connect(session->openOrders(), &OpenOrdersModel::cappedChanged, this, [this](bool capped) {
        m_openView->setBanner(capped ? tr("⚠ Not every open order could be fetched this time "
                                          "(the exchange's pages ran out); more may exist than "
                                          "are listed.")
                                     : QString());
    });
    connect(session->market(), &MarketDataController::symbolsChanged, this, [this] {
        QStringList names;
        for (const SymbolRules &r : m_session->market()->symbols())
            names.append(r.symbol);
        m_filter->setSymbols(names);
    });
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
    // Centre: the demo banner (when on the demo exchange) above the open orders.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    if (m_session->isDemo()) {
        auto *banner = new QLabel(tr("DEMO EXCHANGE — simulated market on this computer; no real "
                                     "money is at stake."),
                                  centre);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setMargin(4);
        WidgetColors::setBackground(banner, QColor(0xff, 0xc1, 0x4d));
        WidgetColors::setText(banner, Qt::black);
        WidgetColors::setBold(banner, true);
        centreLayout->addWidget(banner);
    }
    auto *openTitle = new QLabel(tr("Open orders"), centre);
    openTitle->setObjectName(QStringLiteral("openOrdersTitle"));
    WidgetColors::setBold(openTitle, true);
    // How many there are, all of them: the list pages through however many the exchange holds.
    const auto count = [openTitle, model = m_session->openOrders()] {
        openTitle->setText(tr("Open orders (%1)").arg(model->rowCount()));
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_session->openOrders(), signal, openTitle, count);
    count();
    centreLayout->addWidget(openTitle);
    m_ordersMessage = new MessageBar(centre);
    m_ordersMessage->setObjectName(QStringLiteral("ordersMessage"));
    centreLayout->addWidget(m_ordersMessage);
    m_openView = new OrdersView(m_session->openOrders(), QStringLiteral("open"), centre);
    centreLayout->addWidget(m_openView, 1);
    setCentralWidget(centre);

    auto *entry = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entry);
    m_marketPanel = new MarketPanel(m_session->market(), entry);
    m_form = new OrderForm(m_session, entry);
    entryLayout->addWidget(m_marketPanel);
    entryLayout->addWidget(m_form, 1);
    connect(m_marketPanel, &MarketPanel::priceChosen, m_form, &OrderForm::setPrice);
    dock(tr("Order entry"), QStringLiteral("orderEntryDock"), entry, Qt::LeftDockWidgetArea);

    auto *finished = new QWidget(this);
    auto *finishedLayout = new QVBoxLayout(finished);
    finishedLayout->setContentsMargins(4, 4, 4, 4);
    m_filter = new FinishedFilterBar(finished);
    m_finishedView =
        new OrdersView(m_session->finishedOrders(), QStringLiteral("finished"), finished);
    finishedLayout->addWidget(m_filter);
    finishedLayout->addWidget(m_finishedView, 1);
    QDockWidget *finishedDock = dock(tr("Finished orders"), QStringLiteral("finishedDock"),
                                     finished, Qt::BottomDockWidgetArea);
    connect(m_filter, &FinishedFilterBar::changed, this, [this] {
        m_session->orders()->setFinishedFilter(m_filter->query());
        m_filter->setPaged(false);
    });
    connect(m_filter, &FinishedFilterBar::olderRequested, this, [this] {
        m_session->orders()->showOlderFinished();
        m_filter->setPaged(true);
    });
    connect(m_filter, &FinishedFilterBar::newestRequested, this, [this] {
        m_session->orders()->showNewestFinished();
        m_filter->setPaged(false);
    });
    m_session->orders()->setFinishedFilter(m_filter->query());

    m_logView = new QTableView(this);
    m_logView->setObjectName(QStringLiteral("logTable"));
    m_logView->setModel(m_session->log());
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setWordWrap(false);
    m_logView->setColumnWidth(ActivityLogModel::Time,
                              m_logView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00"))
                                  + 20);
    m_logView->setColumnWidth(ActivityLogModel::Action, 230);
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    QDockWidget *logDock =
        dock(tr("Activity log"), QStringLiteral("logDock"), m_logView, Qt::BottomDockWidgetArea);
    splitDockWidget(finishedDock, logDock, Qt::Horizontal);
    resizeDocks({finishedDock, logDock}, {1, 1}, Qt::Horizontal);
    resizeDocks({finishedDock}, {260}, Qt::Vertical);
}

void MainWindow::buildActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                             auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                            key.toString(QKeySequence::NativeText)));
        }
        // A held shortcut must not repeat an action (Ctrl+Return places an order).
        a->setAutoRepeat(false);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        addAction(a);
        return a;
    };
    QAction *place = make(QStringLiteral("place"), tr("&Place order"),
                          QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_form->place(); });
    QAction *focus = make(QStringLiteral("newOrder"), tr("&New order"),
                          QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_form->focusEntry(); });
    QAction *cancel = make(QStringLiteral("cancel"), tr("&Cancel selected"),
                           QKeySequence(Qt::Key_Delete), [this] { cancelSelected(); });
    cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openView->table()->addAction(cancel);
    QAction *cancelAll =
        make(QStringLiteral("cancelAll"), tr("Cancel &all for symbol…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] { cancelAllForSymbol(); });
    QAction *repeat = make(QStringLiteral("repeat"), tr("&Repeat order"),
                           QKeySequence(Qt::CTRL | Qt::Key_R), [this] { repeatSelected(false); });
    QAction *reverse =
        make(QStringLiteral("reverse"), tr("Re&verse order"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { repeatSelected(true); });
    QAction *lookup = make(QStringLiteral("lookup"), tr("&Look up order…"),
                           QKeySequence(Qt::CTRL | Qt::Key_F), [this] { openLookup(); });
    QAction *refresh =
        make(QStringLiteral("refresh"), tr("Re&fresh"), QKeySequence(Qt::Key_F5), [this] {
            m_session->orders()->refreshNow();
            m_session->market()->refreshBalances();
        });
    QAction *settings = make(QStringLiteral("settings"), tr("&Settings…"),
                             QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { openSettings(); });
    QAction *exportFinished = make(
        QStringLiteral("exportFinished"), tr("Export &finished orders…"),
        QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
            exportCsv(tr("Export finished orders"), QStringLiteral("finished-orders.csv"), [this] {
                return CsvExport::orders(m_finishedView->selectedOrders().isEmpty()
                                             ? m_session->finishedOrders()->orders()
                                             : m_finishedView->selectedOrders());
            });
        });
    QAction *exportLog = make(QStringLiteral("exportLog"), tr("Export activity &log…"), {}, [this] {
        exportCsv(tr("Export activity log"), QStringLiteral("activity-log.csv"),
                  [this] { return m_session->log()->toCsv(); });
    });
    QAction *exportJournal =
        make(QStringLiteral("exportJournal"), tr("Export request &journal…"), {}, [this] {
            exportCsv(tr("Export request journal"), QStringLiteral("request-journal.csv"),
                      [this] { return CsvExport::journal(m_session->journal()); });
        });
    QAction *quit = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                         [this] { close(); });
    QAction *reset =
        make(QStringLiteral("resetLayout"), tr("&Reset layout"), {}, [this] { resetLayout(); });
    QAction *colorBlind =
        make(QStringLiteral("colorBlind"), tr("&Colour-blind-safe colours"), {}, [this](bool on) {
            m_session->settings()->setColorBlindSafe(on);
            m_session->applySettings();
        });
    colorBlind->setCheckable(true);
    colorBlind->setChecked(m_session->settings()->colorBlindSafe());
    connect(&ColorScheme::instance(), &ColorScheme::changed, colorBlind, [colorBlind] {
        const QSignalBlocker quiet(colorBlind);
        colorBlind->setChecked(ColorScheme::instance().kind() == ColorScheme::Kind::ColorBlindSafe);
    });
    QAction *about = make(QStringLiteral("about"), tr("&About TradeDesk"), {}, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("About TradeDesk"),
            tr("<b>TradeDesk %1</b><br>A spot trading workstation.<br>Qt %2")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({exportFinished, exportLog, exportJournal});
    file->addSeparator();
    file->addAction(quit);
    QMenu *orders = menuBar()->addMenu(tr("&Orders"));
    orders->addActions({focus, place});
    orders->addSeparator();
    orders->addActions({cancel, cancelAll});
    orders->addSeparator();
    orders->addActions({repeat, reverse, lookup, refresh});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : std::as_const(m_docks))
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addActions({colorBlind, reset});
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(settings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({focus, cancel, cancelAll});
    bar->addSeparator();
    bar->addActions({repeat, reverse, lookup, refresh});
    bar->addSeparator();
    bar->addAction(settings);

    m_openView->setContextActions({cancel, repeat, reverse, cancelAll});
    m_finishedView->setContextActions({repeat, reverse, exportFinished});
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
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
    if (orders.size() == 1) {
        m_ordersMessage->show(MessageBar::Kind::Busy,
                              tr("Cancelling order %1…").arg(orders.first().orderId));
        m_session->cancels()->cancel(orders);
        return;
    }
    auto *preview = new CancelPreviewDialog(
        tr("Cancel %n selected order(s)?", nullptr, int(orders.size())), orders, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, orders] {
        m_ordersMessage->show(MessageBar::Kind::Busy,
                              tr("Cancelling %n order(s)…", nullptr, int(orders.size())));
        m_session->cancels()->cancel(orders);
    });
    preview->open();
}

void MainWindow::cancelAllForSymbol()
{
    const QList<Order> selected = m_openView->selectedOrders();
    const QString symbol =
        selected.isEmpty() ? m_session->market()->symbol() : selected.first().symbol;
    QList<Order> affected;
    const auto all = m_session->openOrders()->orders();
    for (const Order &o : all)
        if (o.symbol == symbol)
            affected.append(o);
    auto *preview =
        new CancelPreviewDialog(tr("Cancel all %1 orders?").arg(symbol), affected, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this, [this, symbol] {
        m_ordersMessage->show(MessageBar::Kind::Busy, tr("Cancelling all %1 orders…").arg(symbol));
        m_session->cancels()->cancelAll(symbol);
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
    if (!m_lookup)
        m_lookup = new LookupDialog(m_session, this);
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
    auto *d = new SettingsDialog(m_session, m_secrets, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &SettingsDialog::saved, this, [this] {
        m_session->log()->add(tr("Settings"), tr("Saved."), ActivityLogModel::Severity::Info);
    });
    d->open();
}

void MainWindow::present(const OrderNotifier::Notification &n)
{
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
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_ordersMessage->show(MessageBar::Kind::Error,
                                  tr("Cannot write %1: %2").arg(path, f.errorString()));
            return;
        }
        f.write(content().toUtf8());
        m_session->log()->add(title, tr("Written to %1.").arg(path),
                              ActivityLogModel::Severity::Success);
    });
    dialog->open();
}

void MainWindow::resetLayout()
{
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
    restoreState(m_defaultState);
}

void MainWindow::restoreLayout()
{
    AppSettings *s = m_session->settings();
    const QByteArray geometry = s->windowState(QStringLiteral("geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1360, 820);
    restoreState(s->windowState(QStringLiteral("state")));
    m_openView->restoreState(s->windowState(QStringLiteral("openColumns")));
    m_finishedView->restoreState(s->windowState(QStringLiteral("finishedColumns")));
}

void MainWindow::saveLayout()
{
    AppSettings *s = m_session->settings();
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
