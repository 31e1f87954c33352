// What start-up leaves until after the first frame, and what it draws instead of loading.
#include "SessionFixture.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"
#include "ui/ActivityLogView.h"
#include "ui/AfterFirstFrame.h"
#include "ui/DepthView.h"
#include "ui/FillsView.h"
#include "ui/MainWindow.h"
#include "ui/OrdersView.h"
#include "ui/PngIcon.h"
#include "ui/TradeDeskStyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QPainter>
#include <QProxyStyle>
#include <QSet>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QWidget>

#include <memory>

namespace {

// How many image-format plugins (QtSvg's, GIF, ICO, JPEG…) this process has loaded.
int imageFormatPluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return -1;
    QSet<QByteArray> files;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/"))
            files.insert(line.mid(line.indexOf('/')));
    }
    return int(files.size());
}

// Counts the paint events a widget has received.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// What the window's first paint found: was the order book's dock shown, its view built?
class FirstPaintLook final : public QObject
{
public:
    explicit FirstPaintLook(QWidget *window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }
    bool painted = false;
    bool bookDockShown = false;
    bool bookBuilt = false;
    QRect bookDockGeometry;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            const auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("depthDock"));
            bookDockShown = dock->isVisible();
            bookDockGeometry = dock->geometry();
            bookBuilt = m_window->findChild<DepthView *>() != nullptr;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
};

// Counts the order lists' header titles the style measures, and which (text, sort indicator).
class TitleCounter final : public QProxyStyle
{
public:
    TitleCounter()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}
    int measured = 0;
    QSet<QString> titles;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        const QString table = widget && widget->parent() ? widget->parent()->objectName() : "";
        if (type == CT_HeaderSection && header && header->orientation == Qt::Horizontal
            && (table == QStringLiteral("openTable") || table == QStringLiteral("finishedTable"))) {
            auto *self = const_cast<TitleCounter *>(this);
            ++self->measured;
            self->titles.insert(header->text + QString::number(header->sortIndicator));
        }
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }
};

// Counts the button panels WidgetColors::setFill paints to pick a fill's text (16 × 24 images
// of their own, not the window's), and which (fill, state, colour group painted: a fill is
// painted enabled and disabled).
class FillCounter final : public QProxyStyle
{
public:
    FillCounter()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}
    int painted = 0;
    QSet<QString> fills;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const QPaintDevice *device = painter->device();
        if (element == PE_PanelButtonCommand && device->devType() == QInternal::Image
            && device->width() == 16 && device->height() == 24) {
            auto *self = const_cast<FillCounter *>(this);
            ++self->painted;
            self->fills.insert(option->palette.color(QPalette::Active, QPalette::Button).name()
                               + QString::number(int(option->state))
                               + QString::number(int(option->palette.currentColorGroup())));
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: it needs a process that has not loaded image-format plugins yet.
    void windowIconLoadsNoImagePlugin();
    void titleBarIconsAreDecodedOnce_data();
    void titleBarIconsAreDecodedOnce();
    void workWaitsForTheFirstPaint();
    void workRunsAfterGraceWhenNeverPainted();
    void workRunsOnce();
    void probeWaitsForThePaintWithoutGrace_data();
    void probeWaitsForThePaintWithoutGrace();
    void demoExchangeStartsWithTheSession();
    void realExchangeNeedsNoDemo();
    void docksBehindATabAreBuiltWhenShown();
    void bookIsAShellOnTheFirstFrameAndBuiltRightAfter();
    void restoredLayoutBuildsOnlyTheDocksItShows();
    void extensionIconsAreDrawn_data();
    void extensionIconsAreDrawn();
    void orderListsMeasureEachTitleOnce_data();
    void orderListsMeasureEachTitleOnce();
    void orderFormPaintsEachFillOnce();
};

void TestStartup::workWaitsForTheFirstPaint()
{
    QWidget window;
    window.resize(200, 100);
    PaintCounter counter;
    window.installEventFilter(&counter);
    int paintsWhenRun = -1;
    AfterFirstFrame::run(
        &window, [&] { paintsWhenRun = counter.paints; }, 60000);
    window.show();
    QCOMPARE(paintsWhenRun, -1); // not during show()
    QTRY_VERIFY(paintsWhenRun >= 1);
}

void TestStartup::workRunsAfterGraceWhenNeverPainted()
{
    QWidget window; // never shown, as when started minimised
    bool ran = false;
    AfterFirstFrame::run(
        &window, [&] { ran = true; }, 50);
    QVERIFY(!ran);
    QTRY_VERIFY(ran);
}

void TestStartup::workRunsOnce()
{
    QWidget window;
    window.resize(200, 100);
    int runs = 0;
    AfterFirstFrame::run(
        &window, [&] { ++runs; }, 100);
    window.show();
    QTRY_COMPARE(runs, 1);
    // Nothing is left that could run it again: no filter, no grace timer.
    QTRY_VERIFY(window.findChildren<AfterFirstFrame *>().isEmpty());
    window.repaint();
    QCOMPARE(runs, 1);
}

void TestStartup::probeWaitsForThePaintWithoutGrace_data()
{
    QTest::addColumn<bool>("paintOnly");
    QTest::addColumn<bool>("beforeThePaint");
    QTest::newRow("grace (the app)") << false << true;
    QTest::newRow("paint only (the benchmark's probe)") << true << false;
}

// A grace of 0 runs out before the first paint; under the probe the work waits for the paint.
void TestStartup::probeWaitsForThePaintWithoutGrace()
{
    QFETCH(bool, paintOnly);
    QFETCH(bool, beforeThePaint);
    AfterFirstFrame::setPaintOnly(paintOnly);
    QWidget window;
    window.resize(200, 100);
    PaintCounter counter;
    window.installEventFilter(&counter);
    int paintsWhenRun = -1;
    AfterFirstFrame::run(
        &window, [&] { paintsWhenRun = counter.paints; }, 0);
    AfterFirstFrame::setPaintOnly(false); // (only work started meanwhile waits)
    window.show();
    QTRY_VERIFY(paintsWhenRun >= 0);
    QCOMPARE(paintsWhenRun == 0, beforeThePaint);
}

void TestStartup::demoExchangeStartsWithTheSession()
{
    Session::Options o;
    DemoExchangeOptions demoOptions;
    demoOptions.stepIntervalMs = 0;
    DemoExchange *made = nullptr;
    o.embedded = DemoExchange::maker(demoOptions, &made);
    o.account = DemoExchange::defaultAccountId();
    SessionFixture f(o);
    Session &session = f.session;
    // Constructed: it says it is the demo, with the demo account, but nothing listens yet.
    QVERIFY(session.isDemo());
    QCOMPARE(session.account(), DemoExchange::defaultAccountId());
    QVERIFY(probe(session).service()->baseUrl().isEmpty());
    QVERIFY(session.apiKey().isEmpty());
    QCOMPARE(made, nullptr);

    session.start();
    QCOMPARE(probe(session).service()->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(probe(session).service()->baseUrl().port() > 0);
    QVERIFY(session.apiKey().startsWith(QStringLiteral("demo-")));
    QVERIFY(session.key() && session.key()->isValid());
    QVERIFY(probe(session).problem().isEmpty());
    QVERIFY(made);
    QCOMPARE(probe(session).embedded(), made); // one exchange, however often asked
    QCOMPARE(probe(session).embedded(), made);
}

void TestStartup::realExchangeNeedsNoDemo()
{
    SessionFixture f;
    Session &session = f.session;
    QVERIFY(!session.isDemo());
    QCOMPARE(probe(session).embedded(), nullptr);
    QCOMPARE(probe(session).service()->baseUrl().host(), QStringLiteral("api.example.invalid"));
}

void TestStartup::docksBehindATabAreBuiltWhenShown()
{
    SessionFixture f;
    MainWindow window(&f.session, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Fills (behind finished orders) and balances (behind the activity log) are tabs: their shells
    // only.
    QCOMPARE(window.findChild<FillsView *>(), nullptr);
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("balancesTable")), nullptr);
    QTRY_VERIFY(window.findChild<DepthView *>()); // the order book is on screen
    auto *fills = window.findChild<QDockWidget *>(QStringLiteral("fillsDock"));
    fills->raise();
    QTRY_VERIFY(fills->isVisible());
    auto *view = window.findChild<FillsView *>();
    QVERIFY(view);
    QCOMPARE(fills->widget(), view);
    QVERIFY(view->isVisible());
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("balancesTable")), nullptr);
    // Asking for it builds it, shown or not.
    QVERIFY(window.balancesView());
    QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("balancesDock"))->widget(),
             window.balancesView());
}

// The book has no prices before the exchange answers (after the first frame): its dock's place,
// title and frame are on the first frame, its view is built just after it.
void TestStartup::bookIsAShellOnTheFirstFrameAndBuiltRightAfter()
{
    SessionFixture f;
    MainWindow window(&f.session, nullptr);
    FirstPaintLook look(&window);
    window.show();
    QTRY_VERIFY(look.painted);
    QVERIFY(look.bookDockShown);
    QVERIFY2(!look.bookBuilt, "the order book was built before the first frame");
    QTRY_VERIFY(window.findChild<DepthView *>());
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("depthDock"));
    QVERIFY(dock->widget()->isAncestorOf(window.findChild<DepthView *>()));
    QTRY_VERIFY(window.findChild<DepthView *>()->isVisible());
    // In the place the first frame showed: nothing beside it moves when the view arrives.
    QTRY_COMPARE(dock->geometry(), look.bookDockGeometry);
}

void TestStartup::restoredLayoutBuildsOnlyTheDocksItShows()
{
    SessionFixture f;
    {
        MainWindow window(&f.session, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("balancesDock"))->raise();
        window.findChild<QDockWidget *>(QStringLiteral("depthDock"))->close();
        window.close(); // saves the layout
    }
    MainWindow window(&f.session, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *balances = window.findChild<QTableView *>(QStringLiteral("balancesTable"));
    QVERIFY(balances);
    QVERIFY(balances->isVisible());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("depthDock"))->isVisible());
    // Also once the work after the first frame has run (a closed book is not built then).
    QTRY_VERIFY(window.findChildren<AfterFirstFrame *>().isEmpty());
    QCOMPARE(window.findChild<DepthView *>(), nullptr);
    QCOMPARE(window.findChild<FillsView *>(), nullptr);
    // The activity log is the tab behind balances now: built when raised, in its place.
    QCOMPARE(window.findChild<ActivityLogView *>(), nullptr);
    auto *log = window.findChild<QDockWidget *>(QStringLiteral("logDock"));
    log->raise();
    QTRY_VERIFY(log->isVisible());
    QVERIFY(window.findChild<ActivityLogView *>());
    QCOMPARE(log->widget(), window.findChild<ActivityLogView *>());
}

void TestStartup::windowIconLoadsNoImagePlugin()
{
    QVERIFY2(imageFormatPluginsLoaded() == 0, "precondition: nothing has loaded them yet");
    QStringList files; // the app's own icon files
    for (const int size : {16, 32, 64}) {
        files.append(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/icons/hicolor/%1x%1/"
                                                          "tradedesk.png")
                         .arg(size));
    }
    const QIcon icon = PngIcon::fromFiles(files);
    QCOMPARE(icon.availableSizes(), QList<QSize>({{16, 16}, {32, 32}, {64, 64}}));
    QVERIFY(!icon.pixmap(32).isNull());
    QCOMPARE(imageFormatPluginsLoaded(), 0);
}

void TestStartup::titleBarIconsAreDecodedOnce_data()
{
    QTest::addColumn<int>("pixmap");
    QTest::newRow("close") << int(QStyle::SP_TitleBarCloseButton);
    QTest::newRow("dock close") << int(QStyle::SP_DockWidgetCloseButton);
    QTest::newRow("float") << int(QStyle::SP_TitleBarNormalButton);
    QTest::newRow("minimise") << int(QStyle::SP_TitleBarMinButton);
}

void TestStartup::titleBarIconsAreDecodedOnce()
{
    QFETCH(int, pixmap);
    const auto which = QStyle::StandardPixmap(pixmap);
    TradeDeskStyle style;
    QDockWidget dock;
    const QIcon first = style.standardIcon(which, nullptr, &dock);
    QVERIFY(!first.isNull());
    // The same icon again, not one decoded anew from Fusion's XPM text…
    QCOMPARE(style.standardIcon(which).cacheKey(), first.cacheKey());
    // …and the very picture Fusion draws.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(first.pixmap(13).toImage(), fusion->standardIcon(which).pixmap(13).toImage());
}

void TestStartup::extensionIconsAreDrawn_data()
{
    QTest::addColumn<int>("pixmap");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("size");
    for (const bool dark : {false, true}) {
        for (const int size : {16, 32}) {
            const QByteArray suffix =
                QByteArray(dark ? " dark " : " light ") + QByteArray::number(size);
            QTest::newRow(QByteArray("horizontal" + suffix).constData())
                << int(QStyle::SP_ToolBarHorizontalExtensionButton) << dark << size;
            QTest::newRow(QByteArray("vertical" + suffix).constData())
                << int(QStyle::SP_ToolBarVerticalExtensionButton) << dark << size;
        }
    }
}

void TestStartup::extensionIconsAreDrawn()
{
    QFETCH(int, pixmap);
    QFETCH(bool, dark);
    QFETCH(int, size);
    const QPalette saved = QApplication::palette();
    QPalette palette = saved;
    palette.setColor(QPalette::ButtonText,
                     dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x10, 0x10, 0x10));
    QApplication::setPalette(palette);

    TradeDeskStyle style;
    const QIcon icon = style.standardIcon(QStyle::StandardPixmap(pixmap));
    QVERIFY(!icon.isNull());
    const QImage image =
        icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    QApplication::setPalette(saved);
    QCOMPARE(image.size(), QSize(size, size));

    // Transparent where nothing is drawn (never uninitialised memory), the text colour where
    // the chevrons are.
    for (const QPoint corner :
         {QPoint(0, 0), QPoint(size - 1, 0), QPoint(0, size - 1), QPoint(size - 1, size - 1)})
        QCOMPARE(qAlpha(image.pixel(corner)), 0);
    int inked = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) < 200)
                continue;
            ++inked;
            QVERIFY2(dark ? qGray(p) > 180 : qGray(p) < 60,
                     "chevrons in the palette's button text colour");
        }
    }
    QVERIFY2(inked >= size / 2, "the chevrons are drawn");
}

void TestStartup::orderListsMeasureEachTitleOnce_data()
{
    QTest::addColumn<QString>("then");
    QTest::newRow("first frame") << QString();
    QTest::newRow("columns hidden and shown") << QStringLiteral("hide");
    QTest::newRow("window resized") << QStringLiteral("resize");
}

// QHeaderView measured (shaped) every title again each time its size hint was dropped: ~220
// measurements of the same titles before the first frame. Each is measured once, and to the
// size a plain header gives it (the first frame looks the same).
void TestStartup::orderListsMeasureEachTitleOnce()
{
    QFETCH(QString, then);
    const QString styleWas = QApplication::style()->name();
    auto *counter = new TitleCounter;
    QApplication::setStyle(counter); // (a new style: nothing measured yet for it)
    SessionFixture f;
    {
        MainWindow window(&f.session, nullptr);
        FirstPaintLook look(&window);
        window.show();
        QTRY_VERIFY(look.painted);
        QHeaderView *header = window.openView()->table()->horizontalHeader();
        if (then == QStringLiteral("hide")) {
            for (int c = 0; c < header->count(); ++c)
                header->setSectionHidden(c, !header->isSectionHidden(c));
            for (int c = 0; c < header->count(); ++c)
                header->setSectionHidden(c, !header->isSectionHidden(c));
        } else if (then == QStringLiteral("resize")) {
            window.resize(window.width() - 200, window.height() - 100);
        }
        QTRY_VERIFY(window.findChildren<AfterFirstFrame *>().isEmpty());
        QVERIFY(counter->measured > 0);
        QCOMPARE(counter->measured, int(counter->titles.size()));
        QHeaderView plain(Qt::Horizontal);
        plain.setModel(header->model());
        plain.setSortIndicatorShown(true);
        plain.setFont(header->font());
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c)) // (a hidden one's hint is 0)
                QCOMPARE(header->sectionSizeHint(c), plain.sectionSizeHint(c));
    }
    QApplication::setStyle(styleWas);
}

// The Place button and the chosen side share a fill, and a side or type picked again has the
// fill it had before: each was painted again (four panels) to pick its text, 12 panels before the
// first frame for 8 distinct ones (two fills, raised and checked, enabled and disabled). Each fill
// is painted once per style and palette.
void TestStartup::orderFormPaintsEachFillOnce()
{
    const QString styleWas = QApplication::style()->name();
    auto *counter = new FillCounter;
    QApplication::setStyle(counter); // (a new style: nothing picked yet for it)
    SessionFixture f;
    {
        MainWindow window(&f.session, nullptr);
        FirstPaintLook look(&window);
        window.show();
        QTRY_VERIFY(look.painted);
        QVERIFY(counter->painted > 0);
        QCOMPARE(counter->painted, int(counter->fills.size()));
        const int firstFrame = counter->painted;
        for (const char *name : {"sell", "market", "buy", "limit", "sell"}) {
            auto *button = window.findChild<QAbstractButton *>(QString::fromLatin1(name));
            QVERIFY(button);
            button->click();
        }
        QVERIFY(counter->painted > firstFrame); // the sell fill
        QCOMPARE(counter->painted, int(counter->fills.size()));
    }
    QApplication::setStyle(styleWas);
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
