#include "GuiFixture.h"
#include "Quiesce.h"
#include "TestShard.h"
#include "models/TicketModel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QToolButton>

#include <sys/stat.h>

// Hostile input on the order form (review 30 adv F7), pasted the way a trader pastes: the text on
// the clipboard, Ctrl+A and Ctrl+V as real key events, then Enter. Whatever it is (100 KB,
// bidi overrides and marks, joiners, combining marks, emoji, line breaks), the form does not
// crash or freeze, nothing in it moves or grows (the Order entry dock keeps its width), the
// field's reason says what is wrong, readable on its reserved line(s), and nothing is sent.
class TestGuiHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // Two functions so ctest runs them as two shards (each pastes 100 KB several times).
    void pasteIntoThePriceAndSize_data() { addPasteRows({"price", "quantity", "amount"}); }
    void pasteIntoThePriceAndSize() { pasteChangesNothingButTheReason(); }
    void pasteIntoTheOtherFields_data() { addPasteRows({"symbol", "clientOrderId", "presetEdit"}); }
    void pasteIntoTheOtherFields() { pasteChangesNothingButTheReason(); }
    void badSymbolReadsInFull();
    void marketKeepsTheQuantity();
    void aPipeAsTheSettingsFileDoesNotFreezeTheApp_data();
    void aPipeAsTheSettingsFileDoesNotFreezeTheApp();

private:
    // Every widget of the form, where it stands once the layouts have handled what changed.
    QHash<QWidget *, QRect> geometries() const;
    void settle() const;
    static void addPasteRows(const QList<QByteArray> &which);
    void pasteChangesNothingButTheReason();
    void typeValidOrder();
    QLineEdit *lineEdit(const QString &field) const;

    std::unique_ptr<GuiFixture> f;
    int m_ids = 0;
};

namespace {

QString times(const QString &unit, int bytes)
{
    QString s;
    while (s.size() * 2 < bytes)
        s += unit;
    return s;
}

// Each line of what a label shows fits its width: nothing of the reason is cut by the frame.
bool shownWhole(const QLabel *label)
{
    const QFontMetrics fm = label->fontMetrics();
    const QRect room = label->contentsRect();
    const QRect needs =
        fm.boundingRect(QRect(0, 0, room.width(), 100000),
                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label->text());
    return needs.width() <= room.width() && needs.height() <= room.height();
}

} // namespace

void TestGuiHostile::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
    QTRY_VERIFY(f->form()->ticket()->state().lastPrice.has_value());
    f->window->resize(1440, 900);
    settle();
}

void TestGuiHostile::cleanupTestCase()
{
    f.reset();
}

void TestGuiHostile::settle() const
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QHash<QWidget *, QRect> TestGuiHostile::geometries() const
{
    settle();
    QHash<QWidget *, QRect> at;
    auto *dock = f->window->findChild<QDockWidget *>(QStringLiteral("orderEntryDock"));
    at.insert(dock, dock->geometry());
    for (QWidget *w : f->form()->findChildren<QWidget *>())
        if (w->isVisible() && w->parentWidget() == f->form())
            at.insert(w, QRect(w->mapTo(f->window.get(), QPoint()), w->size()));
    return at;
}

QLineEdit *TestGuiHostile::lineEdit(const QString &field) const
{
    if (field == QLatin1String("symbol"))
        return f->field<QComboBox>("symbol")->lineEdit();
    return f->window->findChild<QLineEdit *>(field);
}

void TestGuiHostile::typeValidOrder()
{
    QTest::mouseClick(f->field<QPushButton>("limit"), Qt::LeftButton);
    QLineEdit *symbol = lineEdit(QStringLiteral("symbol"));
    symbol->setFocus();
    QTest::keyClick(symbol, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(symbol, QStringLiteral("BTC-USDT"));
    for (const char *name : {"price", "quantity"}) {
        QLineEdit *e = lineEdit(QLatin1String(name));
        e->setFocus();
        QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(e, Qt::Key_Delete);
    }
    f->typeOrder("70000.00", "0.0100");
    QLineEdit *id = lineEdit(QStringLiteral("clientOrderId"));
    id->setFocus();
    QTest::keyClick(id, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(id, QStringLiteral("td-hostile-%1").arg(++m_ids));
}

void TestGuiHostile::addPasteRows(const QList<QByteArray> &which)
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason"); // the label that says what is wrong
    QTest::addColumn<QString>("text");
    const QList<QPair<const char *, QString>> payloads{
        {"60 digits", QStringLiteral("999999999999999999999999999999.999999999999999999999999999")},
        {"100 KB digits", times(QStringLiteral("9"), 100 * 1024)},
        {"100 KB mixed",
         times(QStringLiteral("0.1\u200f\u202e\u200d\u0301\u0308🚀👨‍👩‍👧 עברית"),
               100 * 1024)},
        {"RTL override", QStringLiteral("\u202e0.01\u202c")},
        {"RTL mark", QStringLiteral("\u200f0.01")},
        {"zero-width joiner", QStringLiteral("0\u200d.\u200d01")},
        {"combining marks", QStringLiteral("0\u0301.0\u0308\u0323\u033f1")},
        {"emoji", QStringLiteral("💰0.01🚀")},
        {"line breaks", QStringLiteral("0.01\n0.02\r\n\u2028")},
    };
    const QList<QPair<const char *, const char *>> fields{
        {"symbol", "symbolError"},
        {"price", "priceError"},
        {"quantity", "quantityError"},
        {"amount", "amountError"},
        {"clientOrderId", "clientOrderIdError"},
        {"presetEdit", "presetError"},
    };
    for (const auto &field : fields)
        for (const auto &payload : payloads)
            if (which.contains(QByteArray(field.first)))
                QTest::addRow("%s, %s", field.first, payload.first)
                    << QString::fromLatin1(field.first) << QString::fromLatin1(field.second)
                    << payload.second;
}

void TestGuiHostile::pasteChangesNothingButTheReason()
{
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QString, text);
    typeValidOrder();
    if (field == QLatin1String("amount")) {
        QTest::mouseClick(f->field<QPushButton>("market"), Qt::LeftButton);
        QLineEdit *amount = lineEdit(field);
        amount->setFocus();
        QTest::keyClick(amount, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(amount, QStringLiteral("100"));
    }
    const bool presets = field == QLatin1String("presetEdit");
    if (presets && !lineEdit(field)->isVisible())
        QTest::mouseClick(f->field<QToolButton>("editPresets"), Qt::LeftButton);
    QVERIFY(presets || f->placeButton()->isEnabled()); // the form would send, but for the paste
    const QString presetsBefore = f->settings.quantityPresets(QStringLiteral("BTC-USDT"));
    const QHash<QWidget *, QRect> before = geometries();
    const QSize window = f->window->size();
    const int sent = f->placements();

    QGuiApplication::clipboard()->setText(text);
    QLineEdit *edit = lineEdit(field);
    QVERIFY(edit && edit->isVisible());
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(!edit->text().isEmpty(), "the paste reached the field");
    QTest::keyClick(edit, Qt::Key_Return);

    // A clear message: the field's reason, shown and readable on its reserved line(s).
    auto *why = f->window->findChild<QLabel *>(reason);
    QVERIFY(why);
    QTRY_VERIFY(why->isVisible());
    QVERIFY2(!why->text().trimmed().isEmpty(), qPrintable(reason));
    QVERIFY2(shownWhole(why), qPrintable(why->text().left(200)));
    QVERIFY(why->toolTip().size() < 1000); // never the 100 KB back in a tooltip
    // Nothing moved or grew: the dock, every field, label and button of the form.
    const QHash<QWidget *, QRect> after = geometries();
    QCOMPARE(f->window->size(), window);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            continue; // shown before, hidden now (a part of the other type)
        QVERIFY2(after.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1 (%2) moved: %3,%4 %5×%6 → %7,%8 %9×%10")
                                .arg(it.key()->objectName(),
                                     QString::fromLatin1(it.key()->metaObject()->className()))
                                .arg(it.value().x())
                                .arg(it.value().y())
                                .arg(it.value().width())
                                .arg(it.value().height())
                                .arg(after.value(it.key()).x())
                                .arg(after.value(it.key()).y())
                                .arg(after.value(it.key()).width())
                                .arg(after.value(it.key()).height())));
    }
    // Nothing sent, nothing stored.
    QVERIFY(presets || !f->placeButton()->isEnabled()); // (the presets' Enter saves, never places)
    QVERIFY(quiesce(probe(f->session).service()));
    QCOMPARE(f->placements(), sent);
    QCOMPARE(f->settings.quantityPresets(QStringLiteral("BTC-USDT")), presetsBefore);
    if (presets) // the editor goes again (Edit… toggles it)
        QTest::mouseClick(f->field<QToolButton>("editPresets"), Qt::LeftButton);
}

// Review 30 adv F7: "BTC-USDT&side=SELL" typed into the Symbol box; its reason read "… is not
// traded on this" (the rest cut by its one line) and the button "Buy BTC-USDT<u>S</u>IDE=SELL".
void TestGuiHostile::badSymbolReadsInFull()
{
    typeValidOrder();
    QLineEdit *symbol = lineEdit(QStringLiteral("symbol"));
    symbol->setFocus();
    QTest::keyClick(symbol, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(symbol, QStringLiteral("BTC-USDT&side=SELL"));
    settle();
    auto *why = f->field<QLabel>("symbolError");
    QTRY_VERIFY(why->isVisible());
    QVERIFY2(shownWhole(why), qPrintable(why->text()));
    // The reason's words whole; the symbol named, elided in the middle if it must be.
    QVERIFY2(why->text().endsWith(QLatin1String(" is not traded on this exchange.")),
             qPrintable(why->text()));
    QVERIFY2(why->text().startsWith(QLatin1String("BTC")), qPrintable(why->text()));
    QCOMPARE(why->toolTip(), QStringLiteral("BTC-USDT&SIDE=SELL is not traded on this exchange."));
    // The button names no typed text (no accelerator out of the trader's '&').
    QVERIFY2(!f->placeButton()->text().contains(QLatin1Char('&')),
             qPrintable(f->placeButton()->text()));
    QVERIFY(!f->placeButton()->isEnabled());
    // An invisible character in a symbol that looks right is shown.
    QTest::keyClick(symbol, Qt::Key_A, Qt::ControlModifier);
    QGuiApplication::clipboard()->setText(QStringLiteral("BTC\u200d-USDT"));
    QTest::keyClick(symbol, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY2(why->toolTip().contains(QStringLiteral("⟨U+200D⟩")), qPrintable(why->toolTip()));
}

// Review 30 trader finding 11: Limit → Market replaced "Quantity (BTC) 0.01" with an empty
// "Amount (USDT)" without a word. The quantity is kept (Limit brings it back) and the message line
// says why the field changed: a MARKET order is sized by its amount in USDT (order-api.md).
void TestGuiHostile::marketKeepsTheQuantity()
{
    typeValidOrder();
    auto *bar = f->form()->messageBar();
    QTest::keyClick(f->form(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(!f->field<QPushButton>("limit")->isChecked());
    QVERIFY(lineEdit(QStringLiteral("amount"))->isVisible());
    QVERIFY(!lineEdit(QStringLiteral("quantity"))->isVisible());
    const QString told = bar->text();
    QVERIFY2(told.contains(QLatin1String("MARKET buys are sized in USDT")), qPrintable(told));
    QVERIFY2(told.contains(QLatin1String("BTC quantity is kept")), qPrintable(told));
    QTest::keyClick(f->form(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(f->field<QPushButton>("limit")->isChecked());
    QCOMPARE(lineEdit(QStringLiteral("quantity"))->text(), QStringLiteral("0.0100"));
    QCOMPARE(f->form()->ticket()->state().draft.quantityText, QStringLiteral("0.0100"));
    QVERIFY(f->placeButton()->isEnabled());
    // The message goes with the state it tells of.
    QTRY_VERIFY(!bar->text().contains(QLatin1String("MARKET")));
}

// Hostile review 33 (F2 B): a FIFO as the settings file (the default one, or --settings-file)
// hung the app before any window appeared; --quit-after never fired. The real app, run on a
// watchdog: it is killed (and the test fails) if it does not end by itself.
void TestGuiHostile::aPipeAsTheSettingsFileDoesNotFreezeTheApp_data()
{
    QTest::addColumn<bool>("named"); // --settings-file, or the default location
    QTest::newRow("--settings-file") << true;
    QTest::newRow("TradeDesk.conf") << false;
}

void TestGuiHostile::aPipeAsTheSettingsFileDoesNotFreezeTheApp()
{
    QFETCH(bool, named);
    QTemporaryDir home;
    const QString fifo = named ? home.filePath(QStringLiteral("fifo.ini"))
                               : home.filePath(QStringLiteral("cfg/TradeDesk/TradeDesk.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(fifo).absolutePath()));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("cfg")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QProcess app;
    app.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--demo"), QStringLiteral("--quit-after"),
                     QStringLiteral("1500")};
    if (named)
        args << QStringLiteral("--settings-file") << fifo;
    app.start(QStringLiteral(TRADEDESK_APP_FILE), args);
    QVERIFY(app.waitForStarted(10000));
    const bool ended =
        QTest::qWaitFor([&app] { return app.state() == QProcess::NotRunning; }, 60000);
    if (!ended) {
        app.kill();
        app.waitForFinished(5000);
    }
    QVERIFY2(ended, "the app froze on the settings FIFO");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QString said = QString::fromLocal8Bit(app.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("settings file cannot be used"))
                 && said.contains(QStringLiteral("not a regular file")),
             qPrintable(said));
}

TRADEDESK_SHARDED_TEST_MAIN(TestGuiHostile)
#include "tst_gui_hostile.moc"
