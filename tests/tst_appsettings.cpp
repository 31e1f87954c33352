#include "SessionFixture.h"
#include "SessionProbe.h"
#include "Watchdog.h"
#include "core/PrivateFolder.h"
#include "models/ActivityLogModel.h"
#include "models/OrderTimes.h"
#include "session/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <sys/stat.h>
#include <unistd.h>

// The settings file holds safety switches: it is private (0600, its own folder 0700), from the
// first write and from start-up for a file that was not, and a safety value outside its range is
// not used (the default is, and the log says so). Each test on its own real file in its own
// config folder (QSettings' user path pointed at a fresh temporary folder, as XDG_CONFIG_HOME).
class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_home.reset(); }
    void firstWriteMakesFileAndFolderPrivate();
    void openFileAndFolderAreMadePrivateAtStartUp();
    void fileNamedOnTheCommandLineIsPrivateItsFolderKept();
    void safetyValuesOutsideTheirRangeAreNotUsed_data();
    void safetyValuesOutsideTheirRangeAreNotUsed();
    void valuesInRangeAreUsedWithoutANote();
    void theNoteIsInTheActivityLog();
    void outsideRewriteMidSessionIsNotUsedAndIsUndone();
    void symlinkSwappedInMidSessionIsNotFollowed();
    void dataFoldersAreMadePrivate();
    void aPipeAsTheSettingsFileIsNotOpened();
    void plainValuesTheAppCannotHaveWrittenAreNotUsed_data();
    void plainValuesTheAppCannotHaveWrittenAreNotUsed();
    void credentialsFallbackIsNeverOpenedAsAPipe();
    void anOversizedFileIsNeitherReadNorRewritten();
    void badValuesAreSummedUpInOneLine();
    void aLinkedConfigFolderIsNotFollowed();
    void aLinkedCredentialsFolderIsNotFollowed();

private:
    // The default location's file: <config>/TradeDeskTest/TradeDeskTest.conf.
    QString ownFolder() const { return m_home->filePath(QStringLiteral("config/TradeDeskTest")); }
    QString ownFile() const { return ownFolder() + QStringLiteral("/TradeDeskTest.conf"); }
    static void writeFile(const QString &path, const QByteArray &text, mode_t mode);

    std::unique_ptr<QTemporaryDir> m_home;
};

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

#define QCOMPARE_MODE(path, expected)                                                              \
    QVERIFY2(modeOf(path) == (expected), qPrintable(QStringLiteral("%1: mode %2, expected %3")     \
                                                        .arg(path)                                 \
                                                        .arg(modeOf(path), 4, 8, QLatin1Char('0')) \
                                                        .arg(expected, 4, 8, QLatin1Char('0'))))

} // namespace

void TestAppSettings::initTestCase()
{
    ::umask(022); // the usual desktop umask: files 0644, folders 0755 unless the app says else
}

void TestAppSettings::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_home->filePath(QStringLiteral("config")));
}

void TestAppSettings::writeFile(const QString &path, const QByteArray &text, mode_t mode)
{
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0700), 0); // a test makes it open
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(f.write(text) == text.size());
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

void TestAppSettings::firstWriteMakesFileAndFolderPrivate()
{
    QVERIFY(!QFileInfo::exists(ownFolder()));
    {
        QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
        QCOMPARE(qs.fileName(), ownFile());
        AppSettings settings(&qs);
        settings.setConfirmOrders(true);
        settings.setLargeNotional(QStringLiteral("75000"));
        qs.sync(); // whatever QSettings would still write, written now
        QCOMPARE_MODE(ownFile(), 0600);
        QCOMPARE_MODE(ownFolder(), 0700);
    }
    // Written for real, and still private after QSettings has replaced the file on the way out.
    QCOMPARE_MODE(ownFile(), 0600);
    QSettings again(ownFile(), QSettings::IniFormat);
    QCOMPARE(again.value(QStringLiteral("trading/confirmOrders")).toString(),
             QStringLiteral("true"));
    QCOMPARE(again.value(QStringLiteral("trading/largeNotional")).toString(),
             QStringLiteral("75000"));
}

void TestAppSettings::openFileAndFolderAreMadePrivateAtStartUp()
{
    writeFile(ownFile(), "[trading]\nconfirmOrders=true\n", 0644);
    QCOMPARE(::chmod(QFile::encodeName(ownFolder()).constData(), 0755), 0);
    QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
    AppSettings settings(&qs);
    QStringList notes;
    settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
    QCOMPARE_MODE(ownFile(), 0600);
    QCOMPARE_MODE(ownFolder(), 0700);
    QVERIFY(settings.confirmOrders()); // the trader's value kept
    QCOMPARE(notes.size(), 2);         // the folder and the file, each said once
    for (const QString &n : notes)
        QVERIFY2(n.contains(QStringLiteral("open to other users")), qPrintable(n));
    QVERIFY(notes.join(u'\n').contains(QStringLiteral("mode 0644")));
    QVERIFY(notes.join(u'\n').contains(QStringLiteral("mode 0755")));
}

void TestAppSettings::fileNamedOnTheCommandLineIsPrivateItsFolderKept()
{
    const QString folder = m_home->filePath(QStringLiteral("shared"));
    const QString file = folder + QStringLiteral("/td.ini");
    writeFile(file, "[view]\ncolorBlindSafe=false\n", 0664);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0755), 0);
    QSettings qs(file, QSettings::IniFormat);
    AppSettings settings(&qs);
    QCOMPARE_MODE(file, 0600);
    settings.setColorBlindSafe(true);
    QCOMPARE_MODE(file, 0600);
    QCOMPARE_MODE(folder, 0755); // the trader's folder, not the app's: left as it is
}

void TestAppSettings::safetyValuesOutsideTheirRangeAreNotUsed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("used");
    QTest::addColumn<QString>("noteSays");
    const auto row = [](const char *name, const char *line, const char *key, const char *used,
                        const char *noteSays) {
        QTest::newRow(name) << QByteArray(line) << QString::fromLatin1(key)
                            << QString::fromLatin1(used) << QString::fromLatin1(noteSays);
    };
    row("large zero", "largeNotional=0", "large", "50000", "\"0\"");
    row("large negative", "largeNotional=-5", "large", "50000", "outside its range");
    row("large above the ceiling", "largeNotional=99999999999999", "large", "50000",
        "at most 1000000000");
    row("large exponent", "largeNotional=1e30", "large", "50000", "\"1e30\"");
    row("large text", "largeNotional=lots", "large", "50000", "default, 50000");
    row("confirm unreadable", "confirmOrders=maybe", "confirm", "true", "confirmed before");
    row("confirm number", "confirmOrders=0", "confirm", "true", "neither true nor false");
    row("within zero", "placeWithinMs=0", "within", "2000", "500 to 60000");
    row("within an hour", "placeWithinMs=3600000", "within", "2000", "default, 2000 ms");
    row("within text", "placeWithinMs=soon", "within", "2000", "\"soon\"");
}

void TestAppSettings::safetyValuesOutsideTheirRangeAreNotUsed()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    QFETCH(QString, used);
    QFETCH(QString, noteSays);
    writeFile(ownFile(), "[trading]\n" + line + "\n", 0600);
    QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
    AppSettings settings(&qs);
    QStringList notes;
    settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
    const auto value = [&] {
        if (key == QLatin1String("large"))
            return settings.largeNotional();
        if (key == QLatin1String("confirm"))
            return settings.confirmOrders() ? QStringLiteral("true") : QStringLiteral("false");
        return QString::number(settings.placeWithinMs());
    };
    QCOMPARE(value(), used);
    QCOMPARE(value(), used);   // and on every read after
    QCOMPARE(notes.size(), 1); // noted at start-up, once
    QVERIFY2(notes.first().contains(noteSays), qPrintable(notes.first()));
}

void TestAppSettings::valuesInRangeAreUsedWithoutANote()
{
    writeFile(ownFile(),
              "[trading]\nlargeNotional=1000000000\nconfirmOrders=false\nplaceWithinMs=60000\n",
              0600);
    QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
    AppSettings settings(&qs);
    QStringList notes;
    settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
    QCOMPARE(settings.largeNotional(), QStringLiteral("1000000000"));
    QVERIFY(!settings.confirmOrders());
    QCOMPARE(settings.placeWithinMs(), 60000);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
}

void TestAppSettings::theNoteIsInTheActivityLog()
{
    writeFile(ownFile(), "[trading]\nlargeNotional=-1\n", 0644);
    QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
    AppSettings settings(&qs);
    Session session(SessionFixture::offline(), &settings);
    QCOMPARE(settings.largeNotional(), QStringLiteral("50000"));
    // What start-up found, in the log the trader sees: the open file and the unused value.
    QCOMPARE(probe(session).log()->find(QStringLiteral("open to other users")).size(), 1);
    const QStringList large = probe(session).log()->find(QStringLiteral("large-order warning"));
    QCOMPARE(large.size(), 1);
    QVERIFY2(large.first().contains(QStringLiteral("\"-1\"")), qPrintable(large.first()));
}

// Another program (as the same user) rewrites the file mid-session with weaker values that are in
// range. The app keeps its own; its next write (any setting) puts them back in the file, and the
// log says so once.
void TestAppSettings::outsideRewriteMidSessionIsNotUsedAndIsUndone()
{
    const QString file = m_home->filePath(QStringLiteral("td/s.ini"));
    writeFile(file, "[trading]\nconfirmOrders=true\nlargeNotional=1000\n", 0600);
    QSettings qs(file, QSettings::IniFormat);
    AppSettings settings(&qs);
    Session session(SessionFixture::offline(), &settings);
    QVERIFY(settings.confirmOrders());
    QCOMPARE(settings.largeNotional(), QStringLiteral("1000"));

    QTest::qWait(20); // a later modification time than the app's read
    writeFile(file,
              "[trading]\nconfirmOrders=false\nlargeNotional=1000000000\nplaceWithinMs=60000\n",
              0600);
    settings.setColorBlindSafe(true); // any write by the app
    QVERIFY(settings.confirmOrders());
    QCOMPARE(settings.largeNotional(), QStringLiteral("1000"));
    QCOMPARE(settings.placeWithinMs(), 2000);
    QVERIFY(settings.colorBlindSafe());

    QSettings again(file, QSettings::IniFormat);
    QCOMPARE(again.value(QStringLiteral("trading/confirmOrders")).toString(),
             QStringLiteral("true"));
    QCOMPARE(again.value(QStringLiteral("trading/largeNotional")).toString(),
             QStringLiteral("1000"));
    QCOMPARE(again.value(QStringLiteral("trading/placeWithinMs")).toString(),
             QStringLiteral("2000"));
    QCOMPARE(again.value(QStringLiteral("view/colorBlindSafe")).toString(), QStringLiteral("true"));

    settings.setWindowState(QStringLiteral("main"), "state"); // no new change: no new line
    const QStringList lines =
        probe(session).log()->find(QStringLiteral("changed outside TradeDesk"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QStringLiteral("safety settings in use are unchanged")),
             qPrintable(lines.first()));
}

// The file is replaced by a symbolic link to another file mid-session: the app neither reads nor
// writes through it, nor changes the target's mode, and says so.
void TestAppSettings::symlinkSwappedInMidSessionIsNotFollowed()
{
    const QString file = m_home->filePath(QStringLiteral("td/s.ini"));
    const QString target = m_home->filePath(QStringLiteral("elsewhere/other.ini"));
    writeFile(file, "[trading]\nconfirmOrders=true\nlargeNotional=1000\n", 0600);
    const QByteArray targetText =
        "[trading]\nconfirmOrders=false\nlargeNotional=1000000000\nplaceWithinMs=60000\n";
    writeFile(target, targetText, 0644);
    QSettings qs(file, QSettings::IniFormat);
    {
        AppSettings settings(&qs);
        QStringList notes;
        settings.setNoteSink([&notes](const QString &n) { notes.append(n); });

        QCOMPARE(::unlink(QFile::encodeName(file).constData()), 0);
        QCOMPARE(
            ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(file).constData()),
            0);
        settings.setColorBlindSafe(true);
        settings.setLargeNotional(QStringLiteral("2000")); // the app's own setter: held
        QVERIFY(settings.confirmOrders());
        QCOMPARE(settings.largeNotional(), QStringLiteral("2000"));
        QCOMPARE(settings.placeWithinMs(), 2000);
        QVERIFY(settings.colorBlindSafe());
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("symbolic link")),
                 qPrintable(notes.first()));
    }
    qs.sync(); // whatever QSettings would still write
    QCOMPARE_MODE(target, 0644);
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), targetText);
    QVERIFY(QFileInfo(file).isSymLink());
}

// Review 32 (adv 7): $XDG_DATA_HOME/TradeDesk and …/TradeDesk/TradeDesk were made 0755, so other
// users could list order-times-<hash>.json. Each folder the app makes is its owner's alone.
void TestAppSettings::dataFoldersAreMadePrivate()
{
    QTemporaryDir dir;
    const QString outer = dir.filePath(QStringLiteral("TradeDesk"));
    const QString inner = outer + QStringLiteral("/TradeDesk");
    OrderTimes times(inner + QStringLiteral("/order-times-test.json"));
    times.placed(42, 1'700'000'000'000);
    QVERIFY(times.save());
    QCOMPARE_MODE(outer, mode_t(0700));
    QCOMPARE_MODE(inner, mode_t(0700));
    // A folder there already is left as it is; what is made below it is private.
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                  | QFile::ReadOther | QFile::ExeOther));
    const QString deep = dir.filePath(QStringLiteral("a/b/c"));
    QVERIFY(PrivateFolder::make(deep));
    QVERIFY(PrivateFolder::make(deep)); // there already: fine
    QCOMPARE_MODE(dir.path(), mode_t(0705));
    QCOMPARE_MODE(dir.filePath(QStringLiteral("a")), mode_t(0700));
    QCOMPARE_MODE(deep, mode_t(0700));
}

// Hostile review 33 (F2): a FIFO as the settings file (or --settings-file) hung the app before any
// window: QSettings reads its file as it is made. It is now refused unopened, with a note.
void TestAppSettings::aPipeAsTheSettingsFileIsNotOpened()
{
    const QString fifo = m_home->filePath(QStringLiteral("fifo.ini"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto refused = std::make_shared<QString>();
    auto qs = std::make_shared<std::unique_ptr<QSettings>>();
    QVERIFY2(finishesWithin([fifo, refused, qs] { *qs = AppSettings::open(fifo, refused.get()); },
                            5000, fifo),
             "the settings FIFO was opened");
    QVERIFY2(refused->contains(QStringLiteral("not a regular file")), qPrintable(*refused));
    AppSettings settings(qs->get(), *refused);
    QStringList notes;
    settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
    QVERIFY(settings.confirmOrders()); // the safe side
    settings.setColorBlindSafe(true);  // held in memory, the pipe never opened
    QVERIFY(settings.colorBlindSafe());
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(QStringLiteral("cannot be used"))
                 && notes.first().contains(fifo),
             qPrintable(notes.first()));
}

// F5: a value the app cannot have written was corrected without a word (timeout -5 became 1 s,
// colorBlindSafe=2 switched the mode on, a malformed symbol reached the table titles). Each one
// falls back to its default now, and a note says so once.
void TestAppSettings::plainValuesTheAppCannotHaveWrittenAreNotUsed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("timeout -5") << QByteArray("[exchange]\ntimeoutMs=-5");
    QTest::newRow("timeout huge") << QByteArray("[exchange]\ntimeoutMs=99999999");
    QTest::newRow("open 1 ms") << QByteArray("[refresh]\nopenMs=1");
    QTest::newRow("finished 0") << QByteArray("[refresh]\nfinishedMs=0");
    QTest::newRow("finished text") << QByteArray("[refresh]\nfinishedMs=soon");
    QTest::newRow("colour-blind 2") << QByteArray("[view]\ncolorBlindSafe=2");
    QTest::newRow("theme path") << QByteArray("[window]\ntheme=../../etc/passwd");
    QTest::newRow("symbol query") << QByteArray("[trading]\nsymbol=BTC-USDT&type=MARKET");
    QTest::newRow("symbol no dash") << QByteArray("[trading]\nsymbol=BTCUSDT");
    QTest::newRow("account abc") << QByteArray("[trading]\naccount=abc");
}

void TestAppSettings::plainValuesTheAppCannotHaveWrittenAreNotUsed()
{
    QFETCH(QByteArray, line);
    writeFile(ownFile(), line + '\n', 0600);
    QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
    AppSettings settings(&qs);
    QStringList notes;
    settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
    const auto values = [&settings] {
        return QStringList{QString::number(settings.timeoutMs()),
                           QString::number(settings.openIntervalMs()),
                           QString::number(settings.finishedIntervalMs()),
                           settings.colorBlindSafe() ? QStringLiteral("true")
                                                     : QStringLiteral("false"),
                           settings.theme(),
                           settings.defaultSymbol(),
                           settings.defaultAccount()};
    };
    const QStringList first = values();
    // Every value is its default: the bad one included.
    QCOMPARE(first, (QStringList{"10000", "2000", "5000", "false", "", "BTC-USDT", ""}));
    QCOMPARE(values(), first);
    QCOMPARE(notes.size(), 1); // once, not on every read
    QVERIFY2(notes.first().contains(QStringLiteral("settings file")), qPrintable(notes.first()));
}

// F2, the credentials' file (used without a keychain): read on the UI thread, a FIFO there froze
// it. A watcher thread opens the pipe for writing after 10 s, which would let a blocked open
// return: the test then fails instead of hanging.
void TestAppSettings::credentialsFallbackIsNeverOpenedAsAPipe()
{
    SecretStore store(m_home->filePath(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(QFileInfo(store.fallbackPath()).absolutePath()));
    const QByteArray fifo = QFile::encodeName(store.fallbackPath());
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    auto stop = std::make_shared<std::atomic_bool>(false);
    auto released = std::make_shared<std::atomic_bool>(false);
    std::thread([fifo, stop, released] {
        for (int i = 0; i < 100 && !*stop; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const int fd = *stop ? -1 : ::open(fifo.constData(), O_WRONLY | O_NONBLOCK);
        *released = fd >= 0;
        if (fd >= 0)
            ::close(fd);
    }).detach();
    bool done = false;
    QString error;
    store.load([&done, &error](const Secrets &, const QString &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    *stop = true;
    QVERIFY2(!*released, "the credentials FIFO was opened");
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
}

// F8: a 43 MB settings file was read (14 s to start) and rewritten on exit. Above the bound it is
// not read at all, nor rewritten; the defaults are used and a note says why.
void TestAppSettings::anOversizedFileIsNeitherReadNorRewritten()
{
    const QString file = m_home->filePath(QStringLiteral("big.ini"));
    QByteArray text("[trading]\nconfirmOrders=false\n[junk]\n");
    for (int i = 0; text.size() <= AppSettings::MaxFileBytes; ++i)
        text += "key" + QByteArray::number(i) + "=xxxxxxxxxxxxxxxxxxxxxxxx\n";
    writeFile(file, text, 0600);
    QString refused;
    const std::unique_ptr<QSettings> qs = AppSettings::open(file, &refused);
    QVERIFY2(refused.contains(QStringLiteral("too large"))
                 && refused.contains(QString::number(AppSettings::MaxFileBytes)),
             qPrintable(refused));
    {
        AppSettings settings(qs.get(), refused);
        QStringList notes;
        settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
        QVERIFY(settings.confirmOrders()); // not read: the safe default, not the file's false
        settings.setColorBlindSafe(true);  // held in memory only
        QVERIFY(settings.colorBlindSafe());
        QVERIFY2(notes.join(' ').contains(QStringLiteral("too large")),
                 qPrintable(notes.join(' ')));
        QVERIFY2(settings.startUpSummary().contains(QStringLiteral("cannot be used")),
                 qPrintable(settings.startUpSummary()));
        qs->sync();
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == text); // left as it was
}

// L7: nine bad values were nine long entries in the log, nothing in the status bar, and
// account=abc was not reported at all. One line sums them up; the account is one of them.
void TestAppSettings::badValuesAreSummedUpInOneLine()
{
    writeFile(ownFile(),
              "[exchange]\ntimeoutMs=-5\n[refresh]\nopenMs=0\n[window]\ntheme=purple\n"
              "[trading]\naccount=abc\n",
              0600);
    QSettings qs(QStringLiteral("TradeDeskTest"), QStringLiteral("TradeDeskTest"));
    AppSettings settings(&qs);
    QStringList notes;
    settings.setNoteSink([&notes](const QString &n) { notes.append(n); });
    const QString line = settings.startUpSummary();
    QVERIFY2(line.contains(QStringLiteral("4 values were invalid")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("Activity log")), qPrintable(line));
    QCOMPARE(notes.size(), 4);
    QVERIFY2(notes.join(' ').contains(QStringLiteral("\"abc\"")), qPrintable(notes.join(' ')));
    QCOMPARE(settings.startUpSummary(), line); // read again: not counted twice
}

// F5, the config folder: the default location's folder replaced by a link is not followed.
void TestAppSettings::aLinkedConfigFolderIsNotFollowed()
{
    const QString config = m_home->filePath(QStringLiteral("xdg"));
    const QString elsewhere = m_home->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    writeFile(elsewhere + QStringLiteral("/TradeDeskTest.conf"), "[trading]\nconfirmOrders=false\n",
              0600);
    QVERIFY(QDir().mkpath(config));
    QVERIFY(QFile::link(elsewhere, config + QStringLiteral("/TradeDeskTest")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    QCoreApplication::setOrganizationName(QStringLiteral("TradeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TradeDeskTest"));
    QString refused;
    const std::unique_ptr<QSettings> qs = AppSettings::open({}, &refused);
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY2(refused.contains(QStringLiteral("symbolic link")), qPrintable(refused));
    AppSettings settings(qs.get(), refused);
    QVERIFY(settings.confirmOrders());
    settings.setColorBlindSafe(true);
    QFile f(elsewhere + QStringLiteral("/TradeDeskTest.conf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("[trading]\nconfirmOrders=false\n"));
}

// F5, the credentials' folder: a link in its place is neither read through nor written into.
void TestAppSettings::aLinkedCredentialsFolderIsNotFollowed()
{
    const QString elsewhere = m_home->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    writeFile(elsewhere + QStringLiteral("/credentials.json"), "VICTIM", 0600);
    const QString folder = m_home->filePath(QStringLiteral("data"));
    QVERIFY(QFile::link(elsewhere, folder));
    SecretStore store(folder);
    bool done = false;
    QString error;
    store.load([&done, &error](const Secrets &, const QString &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    bool saved = false;
    QString saveError;
    store.save(Secrets{}, [&saved, &saveError](const QString &e) {
        saveError = e;
        saved = true;
    });
    QTRY_VERIFY(saved);
    QVERIFY2(saveError.contains(QStringLiteral("symbolic link")), qPrintable(saveError));
    QFile f(elsewhere + QStringLiteral("/credentials.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("VICTIM"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
