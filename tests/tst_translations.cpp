// The translations: German complete, and in every language each window's Alt+letter
// mnemonics unique (two labels on one letter leave the keyboard user guessing).
#include "SessionFixture.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/LookupDialog.h"
#include "ui/MainWindow.h"
#include "ui/OrdersView.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

using Mnemonics = QMap<QString, QStringList>; // Alt+letter -> the texts that claim it

void add(Mnemonics &m, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        m[key.toString()].append(text);
}

// Menu bar titles, labels with a buddy and buttons: everything Alt+letter reaches in one window.
Mnemonics windowMnemonics(QWidget *window)
{
    Mnemonics m;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const auto menus = mainWindow->menuBar()->actions();
        for (QAction *a : menus)
            add(m, a->text());
    }
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *l : labels)
        if (l->buddy() && l->window() == window)
            add(m, l->text());
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons)
        if (b->window() == window)
            add(m, b->text());
    return m;
}

// Installs a translator for as long as it lives.
struct ScopedTranslator
{
    explicit ScopedTranslator(const QString &qm)
        : loaded(translator.load(qm) && QCoreApplication::installTranslator(&translator))
    {}
    ~ScopedTranslator() { QCoreApplication::removeTranslator(&translator); }

    QTranslator translator;
    bool loaded;
};

QString clashes(const Mnemonics &m)
{
    QStringList out;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (it.value().size() > 1)
            out.append(it.key() + QLatin1String(": ") + it.value().join(QLatin1String(" | ")));
    return out.join(QLatin1String("; "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete();
    void mnemonicsAreUnique_data() { languages(); }
    void mnemonicsAreUnique();
    void headersFitTheirColumns_data() { languages(); }
    void headersFitTheirColumns();

private:
    static void languages();
};

void TestTranslations::germanIsComplete()
{
    // The committed .ts brought up to date with the sources as they are now (what
    // update_translations does), in a copy: a string added to the code without its German text
    // shows up as unfinished here, even if nobody ran lupdate.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("tradedesk_de.ts"));
    QVERIFY(QFile::copy(
        QStringLiteral(TRADEDESK_SOURCE_DIR "/resources/translations/tradedesk_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TRADEDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(TRADEDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   // The include roots, so nested classes get the contexts the code uses.
                   QStringLiteral("-I."), QStringLiteral("-Iapp"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("app"), QStringLiteral("models"),
                   QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    QFile ts(copy);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    const QByteArray xml = ts.readAll();
    QVERIFY(xml.count("<message") > 300);
    // lupdate marks new or changed strings unfinished; each needs its German text.
    QCOMPARE(xml.count("type=\"unfinished\""), 0);
    QCOMPARE(xml.count("type=\"vanished\""), 0);
    QCOMPARE(xml.count("type=\"obsolete\""), 0);
}

void TestTranslations::languages()
{
    QTest::addColumn<QString>("qm");
    QTest::newRow("English") << QStringLiteral(":/i18n/tradedesk_en.qm");
    QTest::newRow("German") << QStringLiteral(":/i18n/tradedesk_de.qm");
}

void TestTranslations::mnemonicsAreUnique()
{
    QFETCH(QString, qm);
    const ScopedTranslator language(qm);
    QVERIFY(language.loaded);
    SessionFixture f; // never started: sends nothing
    Session &session = f.session;
    SecretStore &secrets = f.secrets;

    MainWindow window(&session, &secrets);
    const Mnemonics main = windowMnemonics(&window);
    QVERIFY2(main.size() >= 15, "the window's mnemonics were found");
    QVERIFY2(clashes(main).isEmpty(), qPrintable(clashes(main)));

    const auto menus = window.menuBar()->actions();
    for (QAction *menuAction : menus) {
        Mnemonics items;
        const auto actions = menuAction->menu()->actions();
        for (QAction *a : actions)
            add(items, a->text());
        QVERIFY2(clashes(items).isEmpty(),
                 qPrintable(menuAction->text() + QLatin1String(": ") + clashes(items)));
    }

    SettingsDialog settingsDialog(&session, probe(session).settings(), probe(session).colors(),
                                  &secrets);
    const Mnemonics inSettings = windowMnemonics(&settingsDialog);
    QVERIFY(inSettings.size() >= 10);
    QVERIFY2(clashes(inSettings).isEmpty(), qPrintable(clashes(inSettings)));

    LookupDialog lookup([](const QString &, QObject *, LookupDialog::Done) {}, {},
                        probe(session).colors());
    QVERIFY2(clashes(windowMnemonics(&lookup)).isEmpty(),
             qPrintable(clashes(windowMnemonics(&lookup))));
    CancelPreviewDialog preview(QStringLiteral("Cancel"), {});
    QVERIFY2(clashes(windowMnemonics(&preview)).isEmpty(),
             qPrintable(clashes(windowMnemonics(&preview))));
}

void TestTranslations::headersFitTheirColumns()
{
    QFETCH(QString, qm);
    const ScopedTranslator language(qm);
    QVERIFY(language.loaded);
    SessionFixture f;
    Session &session = f.session;
    MainWindow window(&session, nullptr);
    // "Ausgeführt" is wider than "0,0000": no header is cut off, in any language.
    for (OrdersView *view : {window.openView(), window.finishedView()}) {
        QHeaderView *header = view->table()->horizontalHeader();
        for (int column = 0; column + 1 < header->count(); ++column) { // the last one stretches
            if (header->isSectionHidden(column))
                continue; // not shown (a right-click on the header shows it, at its width)
            const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(title));
            // Its widest line (a title with its unit is two: "Price\n(USDT)").
            QVERIFY2(header->sectionSize(column)
                         >= header->fontMetrics().size(0, title).width() + 8,
                     qPrintable(title));
        }
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
