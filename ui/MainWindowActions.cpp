// The window's actions, each with its shortcut (placed in menus and toolbar by WindowMenus).
#include "ui/MainWindow.h"

#include "models/ActivityLogModel.h"
#include "models/ColorScheme.h"
#include "models/CsvExport.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OrdersController.h"
#include "session/AppSettings.h"
#include "session/Session.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"
#include "ui/RepeatGuard.h"
#include "ui/Theme.h"
#include "ui/WindowMenus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStyleHints>
#include <QTableView>

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
    make(QStringLiteral("place"), tr("&Place order"), QKeySequence(Qt::CTRL | Qt::Key_Return),
         [this] { m_form->place(); });
    make(QStringLiteral("newOrder"), tr("&New order"), QKeySequence(Qt::CTRL | Qt::Key_N),
         [this] { m_form->focusEntry(); });
    QAction *cancel = make(QStringLiteral("cancel"), tr("&Cancel selected"),
                           QKeySequence(Qt::Key_Delete), [this] { cancelSelected(); });
    cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openView->table()->addAction(cancel);
    // The press that cancelled keeps its message: a held Delete's repeats do nothing (F8).
    new RepeatGuard(m_openView->table(), {Qt::Key_Delete});
    make(QStringLiteral("cancelAll"), tr("Cancel &all for symbol…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] { cancelAllForSymbol(); });
    make(QStringLiteral("repeat"), tr("&Repeat order"), QKeySequence(Qt::CTRL | Qt::Key_R),
         [this] { repeatSelected(false); });
    make(QStringLiteral("reverse"), tr("Re&verse order"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { repeatSelected(true); });
    make(QStringLiteral("lookup"), tr("&Look up order…"), QKeySequence(Qt::CTRL | Qt::Key_F),
         [this] { openLookup(); });
    make(QStringLiteral("refresh"), tr("Re&fresh"), QKeySequence(Qt::Key_F5),
         [this] { m_session->refreshNow(); });
    make(QStringLiteral("settings"), tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
         [this] { openSettings(); });
    make(QStringLiteral("exportFinished"), tr("Export &finished orders…"),
         QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
             exportCsv(tr("Export finished orders"), QStringLiteral("finished-orders.csv"), [this] {
                 return CsvExport::orders(m_finishedView->selectedOrders().isEmpty()
                                              ? m_parts.orders.finished->orders()
                                              : m_finishedView->selectedOrders());
             });
         });
    make(QStringLiteral("exportLog"), tr("Export activity &log…"), {}, [this] {
        exportCsv(tr("Export activity log"), QStringLiteral("activity-log.csv"),
                  [this] { return m_parts.log->toCsv(); });
    });
    make(QStringLiteral("exportJournal"), tr("Export request &journal…"), {}, [this] {
        exportCsv(tr("Export request journal"), QStringLiteral("request-journal.csv"),
                  [this] { return CsvExport::journal(m_session->journal()); });
    });
    make(QStringLiteral("quit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
         [this] { close(); });
    make(QStringLiteral("resetLayout"), tr("&Reset layout"), {}, [this] { resetLayout(); });
    QAction *colorBlind = make(QStringLiteral("colorBlind"), tr("&Colour-blind-safe colours"), {},
                               [this](bool on) { m_session->setColorBlindSafe(on); });
    colorBlind->setCheckable(true);
    colorBlind->setChecked(m_parts.settings->colorBlindSafe());
    connect(m_parts.colors, &ColorScheme::changed, colorBlind, [this, colorBlind] {
        const QSignalBlocker quiet(colorBlind);
        colorBlind->setChecked(m_parts.colors->kind() == ColorScheme::Kind::ColorBlindSafe);
    });
    make(QStringLiteral("about"), tr("&About TradeDesk"), {}, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("About TradeDesk"),
            tr("<b>TradeDesk %1</b><br>A spot trading workstation.<br>Qt %2")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    buildThemeActions();
    WindowMenus::build(
        this, [this](const char *name) { return action(QLatin1String(name)); }, m_docks, m_openView,
        m_finishedView);
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

namespace {

// "themeSystem", "themeLight", "themeDark".
QString themeAction(Theme::Mode mode)
{
    QString name = Theme::name(mode);
    name[0] = name[0].toUpper();
    return QStringLiteral("theme") + name;
}

} // namespace

// View → Theme: the system's (the default), light or dark at once, kept for the next start (a
// --theme given there wins for that run only). The system's follows the platform's colour scheme
// live where Qt tells of its changes (6.5); on 6.4 it is read at start and when chosen.
void MainWindow::buildThemeActions()
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QList<QPair<Theme::Mode, QString>> modes{{Theme::Mode::System, tr("&System")},
                                                   {Theme::Mode::Light, tr("&Light")},
                                                   {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : modes) {
        auto *a = new QAction(text, group);
        a->setObjectName(themeAction(mode));
        a->setCheckable(true);
        a->setChecked(Theme::mode() == mode);
        connect(a, &QAction::triggered, this, [this, mode = mode] { setTheme(mode); });
        m_actions.insert(a->objectName(), a);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (Theme::mode() == Theme::Mode::System)
            applyTheme(Theme::Mode::System);
    });
#endif
}

void MainWindow::applyTheme(Theme::Mode mode)
{
    Theme::apply(*qApp, mode);
    m_parts.colors->setDark(Theme::isDark());
    for (const Theme::Mode m : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        if (QAction *a = action(themeAction(m)))
            a->setChecked(m == mode);
}

void MainWindow::setTheme(Theme::Mode mode)
{
    applyTheme(mode);
    m_parts.settings->setWindowState(QStringLiteral("theme"), Theme::name(mode).toUtf8());
}
