#include "ScreenshotScript.h"

#include "../SessionProbe.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"
#include "demo/MatchingEngine.h"
#include "models/ActivityLogModel.h"
#include "models/FillsController.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/OrderFees.h"
#include "models/OrderSortProxy.h"
#include "models/OrdersController.h"
#include "models/PlacementTracker.h"
#include "models/PollingFeed.h"
#include "net/NetworkTransport.h"
#include "session/AppSettings.h"
#include "ui/FinishedFilterBar.h"
#include "ui/LookupDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/OrderForm.h"
#include "ui/OrdersView.h"
#include "ui/StatusPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int StepTimeoutMs = 20000;
const QSize WindowSize(1440, 900);

} // namespace

ScreenshotScript::ScreenshotScript(const QDir &out, const QString &theme, QObject *parent)
    : QObject(parent),
      m_out(out),
      m_theme(theme),
      m_dir(std::make_unique<QTemporaryDir>())
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotScript::poll);
}

ScreenshotScript::~ScreenshotScript() = default;

void ScreenshotScript::start()
{
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    // Four quantity presets, one of them long: the form as a trader who set them sees it.
    m_settings->setQuantityPresets(QStringLiteral("BTC-USDT"),
                                   QStringLiteral("0.0025 0.0100 0.2500 12.5000"));
    Session::Options o;
    DemoExchangeOptions demoOptions;
    demoOptions.fixedClock = true;
    demoOptions.stepIntervalMs = 0;
    demoOptions.seed = 20260102;
    o.embedded = DemoExchange::maker(demoOptions, &m_demo);
    o.account = DemoExchange::defaultAccountId();
    // Times from the exchange's fixed clock (so "updated 0 s ago"); client ids from a seeded
    // generator (each theme's pass on its own).
    o.clocks.wallMs = [this] {
        return m_demo ? m_demo->clock().nowMs() + m_wallAheadMs : qint64(0);
    };
    auto ids = std::make_shared<QRandomGenerator>(quint32(20260102));
    o.random64 = [ids] {
        return ids->generate64();
    };
    o.apiKey = QStringLiteral("demo-screenshot-api-key-0001");
    o.key = std::make_shared<Ed25519Key>(Ed25519Key::fromSeed(QByteArray(32, '\x2a')));
    o.makeNetwork = NetworkTransport::maker();
    m_session = std::make_unique<Session>(o, m_settings.get());
    // No request times out on a busy machine: a poll that did would show "Connection trouble"
    // on some screens and not others (under ctest -j12). The unknown outcome's states take the
    // 2 s their pictures name (ScreenshotSteps).
    probe(m_session).service()->setTimeoutMs(PatientTimeoutMs);
    SessionProbe::startExchange(*m_session);
    m_window = std::make_unique<MainWindow>(m_session.get(), nullptr);
    m_window->finishedFilter()->setFromTime(
        QDateTime::fromMSecsSinceEpoch(m_demo->clock().nowMs(), Qt::UTC).addDays(-7));
    m_window->resize(WindowSize);
    m_window->show();
    m_session->start();
    buildSteps();
    next();
}

void ScreenshotScript::next()
{
    ++m_index;
    if (m_index >= m_steps.size()) {
        m_timer.stop();
        Q_EMIT finished(true, {});
        return;
    }
    m_waitedMs = 0;
    m_elapsed.start();
    // Each state starts from clean banners, unless what it shows is a banner an earlier step's
    // request brings.
    if (m_steps[m_index].banner != Banner::Kept)
        clearBanners();
    if (m_steps[m_index].action)
        m_steps[m_index].action();
    m_timer.start();
}

void ScreenshotScript::poll()
{
    const Step &step = m_steps[m_index];
    m_waitedMs += m_timer.interval();
    if (step.settle && !settled())
        refreshWhatDisagrees();
    if ((!step.ready || step.ready()) && (!step.settle || settled())) {
        m_timer.stop();
        // Nothing an earlier state left behind: a banner that came in meanwhile goes, unless the
        // state shows one.
        if (step.banner == Banner::Clean)
            clearBanners();
        // Let pending layout and paint events settle before grabbing.
        QTimer::singleShot(150, this, [this] {
            const Step &s = m_steps[m_index];
            capture(s);
            if (qEnvironmentVariableIsSet("TRADEDESK_SCREENSHOT_TIMES"))
                std::fprintf(stderr, "%s %02d %-24s %6lld ms\n", qPrintable(m_theme),
                             int(m_index + 1), qPrintable(s.name), qlonglong(m_elapsed.elapsed()));
            // Every state at 1440 × 900: nothing a state shows may grow the window (a window
            // once grown stays grown, and every screen after it is another size).
            if (m_window->size() != WindowSize) {
                Q_EMIT finished(false, QStringLiteral("state \"%1\": the window is %2×%3, not "
                                                      "%4×%5 (grown by what the state shows)")
                                           .arg(s.name)
                                           .arg(m_window->width())
                                           .arg(m_window->height())
                                           .arg(WindowSize.width())
                                           .arg(WindowSize.height()));
                return;
            }
            if (s.after)
                s.after();
            QTimer::singleShot(0, this, &ScreenshotScript::next);
        });
        return;
    }
    if (m_waitedMs > StepTimeoutMs) {
        m_timer.stop();
        Q_EMIT finished(false, QStringLiteral("state \"%1\" not reached in %2 s")
                                   .arg(step.name)
                                   .arg(StepTimeoutMs / 1000));
    }
}

void ScreenshotScript::clearBanners()
{
    for (MessageBar *bar : m_window->findChildren<MessageBar *>())
        bar->clear();
}

void ScreenshotScript::capture(const Step &step)
{
    // The book's "touch 0.6 s" is wall time since a poll: pinned for the picture (a fresh touch,
    // as every state shows one), then given back, so the goldens do not depend on timing.
    QLabel *age = m_window->findChild<QLabel *>(QStringLiteral("ladderTouchAge"));
    const QString liveAge = age ? age->text() : QString();
    const QPalette livePalette = age ? age->palette() : QPalette();
    if (age && !liveAge.isEmpty()) {
        age->setText(QStringLiteral("touch 0.5 s"));
        age->setPalette(QApplication::palette(age));
    }
    QPixmap shot = m_window->grab();
    if (age && !liveAge.isEmpty()) {
        age->setText(liveAge);
        age->setPalette(livePalette);
    }
    QPainter p(&shot);
    // Open menus are windows of their own: drawn where they pop up.
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (menu->isVisible())
            p.drawPixmap(m_window->mapFromGlobal(menu->pos()), menu->grab());
    }
    const auto dialogs = m_window->findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (!d->isVisible())
            continue;
        const QPixmap dialog = d->grab();
        const QPoint at((shot.width() - dialog.width()) / 2, (shot.height() - dialog.height()) / 3);
        p.fillRect(QRect(at - QPoint(1, 1), dialog.size() + QSize(2, 2)), QColor(0, 0, 0, 160));
        p.drawPixmap(at, dialog);
    }
    p.end();
    const QString file = QStringLiteral("%1-%2-%3.png")
                             .arg(m_theme)
                             .arg(m_shots.size() + 1, 2, 10, QLatin1Char('0'))
                             .arg(step.name);
    shot.save(m_out.filePath(file));
    m_shots.append({file, step.name, step.caption});
}

namespace {

bool idle(const QList<PollingFeed *> &feeds)
{
    for (const PollingFeed *f : feeds)
        if (f->isInFlight())
            return false;
    return true;
}

bool sameLevels(const QList<DepthLevel> &a, const QList<DepthLevel> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].price != b[i].price || a[i].quantity != b[i].quantity)
            return false;
    return true;
}

} // namespace

ScreenshotScript::Agreement ScreenshotScript::agreement() const
{
    Session *s = m_session.get();
    MatchingEngine &engine = m_demo->engine();
    Agreement a;
    const QList<Balance> truth = engine.balances(s->account(), {});
    const QList<Balance> shown = probe(s).accountData()->balances();
    a.account = truth.size() == shown.size();
    for (int i = 0; a.account && i < truth.size(); ++i)
        a.account = truth[i].token == shown[i].token && truth[i].available == shown[i].available
                    && truth[i].total == shown[i].total;
    // The last price, the 24 h figures and the book on screen are the exchange's current ones.
    const QString symbol = probe(s).market()->symbol();
    const auto ticker = probe(s).market()->ticker();
    a.market = probe(s).market()->lastPrice() == engine.market().lastPrice(symbol) && ticker
               && ticker->highPrice == engine.market().highPrice(symbol)
               && ticker->lowPrice == engine.market().lowPrice(symbol)
               && ticker->amount == engine.market().volume(symbol);
    if (probe(s).book()->isWanted()) {
        const auto shownBook = probe(s).book()->depth();
        const Depth book = engine.book(symbol, MarketSimulator::BookLevels);
        a.book = shownBook && sameLevels(shownBook->asks, book.asks)
                 && sameLevels(shownBook->bids, book.bids);
    }
    const QList<Order> open = engine.openOrders(s->account(), {}, 0, 100000);
    const bool failing = probe(s).orders()->openFeed()->consecutiveFailures() != 0;
    a.orders = failing || open.size() == probe(s).openOrders()->rowCount();
    // A finished order's fee is read from its fills (another feed): every fill read, or the Fee
    // cell shows "—" or the fee as the fills poll happened to come before the picture or not.
    const FinishedOrdersModel *finished = probe(s).finishedOrders();
    for (const Order &o : finished->orders()) {
        const OrderFees::Entry *fee = finished->fees().find(o.orderId);
        a.fees = a.fees && (o.tradeQty.isZero() || (fee && fee->quantity == o.tradeQty));
    }
    for (const Order &o : open) {
        const Order *shownOrder = probe(s).openOrders()->order(o.orderId);
        // The exchange's facts only: times and names are what this app adds.
        const bool same = shownOrder && shownOrder->status == o.status
                          && shownOrder->tradeQty == o.tradeQty && shownOrder->price == o.price
                          && shownOrder->quantity == o.quantity;
        a.orders = a.orders && (failing || same);
    }
    return a;
}

bool ScreenshotScript::settled() const
{
    Session *s = m_session.get();
    if (!idle(probe(s).dataFeeds())
        || !idle({probe(s).orders()->openFeed(), probe(s).orders()->finishedFeed()}))
        return false;
    if (probe(s).service()->isAuthBlocked())
        return true; // nothing signed can be fetched any more: what is shown is final
    return agreement().all();
}

void ScreenshotScript::refreshWhatDisagrees()
{
    // Only the part that disagrees is asked again, and only when its feeds are idle: a part that
    // already agrees is not refreshed (each refresh waits on the exchange's rate limits).
    Session *s = m_session.get();
    if (probe(s).service()->isAuthBlocked())
        return;
    const Agreement a = agreement();
    if (!a.account && idle(probe(s).accountData()->feeds()))
        probe(s).accountData()->refreshNow();
    if (!a.market && idle(probe(s).market()->feeds()))
        probe(s).market()->refreshAll();
    if (!a.book && idle({probe(s).book()->feed()}))
        probe(s).book()->feed()->refreshNow();
    if (!a.orders && idle({probe(s).orders()->openFeed(), probe(s).orders()->finishedFeed()}))
        probe(s).orders()->refreshNow();
    if (!a.fees && idle({probe(s).fillsController()->feed()}))
        probe(s).fillsController()->feed()->refreshNow();
}
