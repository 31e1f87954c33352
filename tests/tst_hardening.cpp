#include "Watchdog.h"
#include "core/Order.h"
#include "core/OwnFile.h"
#include "core/SecretMemory.h"
#include "demo/PrivateFiles.h"
#include "models/CsvWriter.h"
#include "models/OrderTimes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

// Key material stays in this process and in files only its user can read: no core dumps, copies
// wiped, key files created new in a private directory (the demo server's, checked end to end).
class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCoreDumps();
    void wipeZeroesAnOwnedBuffer();
    void wipeLeavesASharedBufferToItsOwner();
    void privateDirectoryIsOwnerOnly();
    void keyFileIsNewAnd0600_data();
    void keyFileIsNewAnd0600();
    void existingFileIsNeverOverwritten();
    void plantedSymlinkIsNeverFollowed();
    void demoServerKeepsItsSecretsPrivate();
    void csvCellIsNeverAFormula_data();
    void csvCellIsNeverAFormula();
    void ownFileRefusesWhatIsNotAFile_data();
    void ownFileRefusesWhatIsNotAFile();
    void orderTimesNeverOpenAPipe();
    void orderTimesNeverWriteThroughALink();
    void orderTimesWithoutADataFolderSaySoAndMakeNoTimeUp();
};

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

struct Umask
{
    explicit Umask(mode_t m)
        : old(umask(m))
    {}
    ~Umask() { umask(old); }
    mode_t old;
};

} // namespace

void TestHardening::noCoreDumps()
{
    QVERIFY(SecretMemory::forbidCoreDumps());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core = {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
}

void TestHardening::wipeZeroesAnOwnedBuffer()
{
    QByteArray bytes = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----MC4CAQAwBQYDK2VwBCIEI");
    bytes.detach();
    const char *where = bytes.constData();
    const qsizetype size = bytes.size();
    SecretMemory::wipe(bytes);
    QVERIFY(bytes.isEmpty());
    // The allocation is kept (resize(0)), so what was there can be read back: all zeros.
    QCOMPARE(bytes.constData(), where);
    QCOMPARE(QByteArray(where, size), QByteArray(size, '\0'));

    QString text = QStringLiteral("MC4CAQAwBQYDK2VwBCIEIsecret");
    text.detach();
    const QChar *chars = text.constData();
    const qsizetype length = text.size();
    SecretMemory::wipe(text);
    QVERIFY(text.isEmpty());
    QCOMPARE(text.constData(), chars);
    QCOMPARE(QString(chars, length), QString(length, QChar(0)));
}

void TestHardening::wipeLeavesASharedBufferToItsOwner()
{
    QByteArray owner = QByteArrayLiteral("shared secret");
    owner.detach();
    QByteArray copy = owner;
    SecretMemory::wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(owner, QByteArrayLiteral("shared secret"));
    QByteArray literal = QByteArrayLiteral("read-only data"); // static: never written
    SecretMemory::wipe(literal);
    QVERIFY(literal.isEmpty());
}

void TestHardening::privateDirectoryIsOwnerOnly()
{
    QTemporaryDir parent;
    const Umask open(0);
    QString error;
    const QString a = PrivateFiles::makeDirectory(parent.path(), QStringLiteral("run-"), &error);
    const QString b = PrivateFiles::makeDirectory(parent.path(), QStringLiteral("run-"), &error);
    QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(error));
    QVERIFY(a != b); // not a name another user can predict and plant first
    QCOMPARE(modeOf(a), mode_t(0700));
    QVERIFY(QFileInfo(a).fileName().startsWith(QStringLiteral("run-")));
}

void TestHardening::keyFileIsNewAnd0600_data()
{
    QTest::addColumn<int>("mask");
    QTest::addRow("umask 000") << 0;
    QTest::addRow("umask 022") << 022;
    QTest::addRow("umask 277") << 0277; // would create 0400: set to 0600 on the descriptor
}

void TestHardening::keyFileIsNewAnd0600()
{
    QFETCH(int, mask);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.pem"));
    QString error;
    {
        const Umask m(mode_t(mask & 0777));
        QVERIFY2(PrivateFiles::writeExclusive(path, "PEM", &error), qPrintable(error));
    }
    QCOMPARE(modeOf(path), mode_t(0600));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("PEM"));
}

void TestHardening::existingFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.pem"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("planted by someone else");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    }
    QString error;
    QVERIFY(!PrivateFiles::writeExclusive(path, "PEM", &error));
    QVERIFY(!error.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("planted by someone else"));
}

void TestHardening::plantedSymlinkIsNeverFollowed()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("where-the-planter-reads"));
    const QString path = dir.filePath(QStringLiteral("key.pem"));
    QVERIFY(QFile::link(target, path));
    QString error;
    QVERIFY(!PrivateFiles::writeExclusive(path, "PEM", &error));
    QVERIFY(!QFile::exists(target));
}

// The stand-alone server, run as a user would: its key and token land in a fresh 0700 directory
// as new 0600 files, it cannot dump core, and its controls answer only to the token it wrote.
void TestHardening::demoServerKeepsItsSecretsPrivate()
{
    QTemporaryDir tmp;
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    server.setProcessEnvironment(env);
    server.start(QStringLiteral(TRADEDESK_DEMO_SERVER), {QStringLiteral("--fixed-clock")});
    QVERIFY(server.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput()).contains("Account:"), 20000);
    const auto field = [&out](const char *pattern) {
        return QRegularExpression(QLatin1String(pattern)).match(QString::fromUtf8(out)).captured(1);
    };
    const QString dir = field("Private directory: (\\S+)");
    const QString keyFile = field("Private key written to (\\S+)");
    const QString tokenFile = field("Control token in (\\S+);");
    const quint16 port = field("Demo exchange on http://127\\.0\\.0\\.1:(\\d+)").toUShort();
    QVERIFY2(!dir.isEmpty() && port != 0, out.constData());
    QVERIFY(dir.startsWith(tmp.path()));
    QCOMPARE(modeOf(dir), mode_t(0700));
    QCOMPARE(keyFile, QDir(dir).filePath(QStringLiteral("key.pem")));
    QCOMPARE(modeOf(keyFile), mode_t(0600));
    QCOMPARE(modeOf(tokenFile), mode_t(0600));

    QFile limits(QStringLiteral("/proc/%1/limits").arg(server.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    QVERIFY2(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0"))
                 .match(QString::fromUtf8(limits.readAll()))
                 .hasMatch(),
             "core dumps are not off");

    QFile tokenText(tokenFile);
    QVERIFY(tokenText.open(QIODevice::ReadOnly));
    const QByteArray token = tokenText.readAll();
    QCOMPARE(token.size(), 64);
    const auto control = [port](const QByteArray &tokenLine) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.waitForConnected(5000);
        socket.write("POST /demo/step?count=1 HTTP/1.1\r\nHost: 127.0.0.1:"
                     + QByteArray::number(port) + "\r\n" + tokenLine + "Content-Length: 0\r\n\r\n");
        QByteArray reply;
        if (!QTest::qWaitFor([&] { return (reply += socket.readAll()).contains("\r\n\r\n"); },
                             5000))
            return QByteArray("no reply");
        return reply.left(12);
    };
    QCOMPARE(control({}), QByteArray("HTTP/1.1 401"));
    QCOMPARE(control("X-Demo-Token: " + token + "\r\n"), QByteArray("HTTP/1.1 200"));
    server.kill();
    server.waitForFinished(5000);

    // Told to write the key over a file that exists: it refuses and leaves the file alone.
    const QString existing = tmp.filePath(QStringLiteral("existing.pem"));
    QFile planted(existing);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("keep");
    planted.close();
    QProcess again;
    again.setProcessEnvironment(env);
    again.start(QStringLiteral(TRADEDESK_DEMO_SERVER), {QStringLiteral("--write-key"), existing});
    QVERIFY(again.waitForFinished(20000));
    QCOMPARE(again.exitCode(), 2);
    QVERIFY(planted.open(QIODevice::ReadOnly));
    QCOMPARE(planted.readAll(), QByteArray("keep"));
}

// A client order id or a failure reason is text the exchange or a trader chose; opened in a
// spreadsheet, a cell that starts like a formula must show as text, not run.
void TestHardening::csvCellIsNeverAFormula_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cell");
    const auto row = [](const char *name, const QString &field, const QString &cell) {
        QTest::newRow(name) << field << cell;
    };
    row("=", QStringLiteral("=1+1"), QStringLiteral("\"'=1+1\""));
    row("+", QStringLiteral("+1+1"), QStringLiteral("\"'+1+1\""));
    row("@", QStringLiteral("@SUM(A1)"), QStringLiteral("\"'@SUM(A1)\""));
    row("- formula", QStringLiteral("-1+cmd|' /C calc'!A0"),
        QStringLiteral("\"'-1+cmd|' /C calc'!A0\""));
    row("- word", QStringLiteral("-HYPERLINK(\"x\")"),
        QStringLiteral("\"'-HYPERLINK(\"\"x\"\")\""));
    row("tab", QStringLiteral("\t=1+1"), QStringLiteral("\"'\t=1+1\""));
    row("carriage return", QStringLiteral("\r=1+1"), QStringLiteral("\"'\r=1+1\""));
    row("full-width =", QStringLiteral("\uFF1D1+1"), QStringLiteral("\"'\uFF1D1+1\""));
    row("negative number stays a number", QStringLiteral("-1.5"), QStringLiteral("-1.5"));
    row("price", QStringLiteral("70000.00"), QStringLiteral("70000.00"));
    row("text", QStringLiteral("a-b"), QStringLiteral("a-b"));
}

void TestHardening::csvCellIsNeverAFormula()
{
    QFETCH(QString, field);
    QFETCH(QString, cell);
    CsvWriter csv({QStringLiteral("clientOrderId")});
    csv.addRow({field});
    QCOMPARE(csv.text(), QStringLiteral("clientOrderId\r\n") + cell + QStringLiteral("\r\n"));
}

// Hostile review 33 (F2, F3): what is in the app's own folders is read or written only when it is
// a regular file of this user: a FIFO is refused without opening it (opening one waits for a
// writer: a frozen window), a link is neither read through nor written through, a folder refused.
void TestHardening::ownFileRefusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("fifo") << "fifo"
                          << "not a regular file";
    QTest::newRow("symlink") << "symlink"
                             << "symbolic link";
    QTest::newRow("folder") << "folder"
                            << "folder";
}

void TestHardening::ownFileRefusesWhatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QFile v(victim);
    QVERIFY(v.open(QIODevice::WriteOnly) && v.write("VICTIM") == 6);
    v.close();
    const QString path = dir.filePath(QStringLiteral("own.json"));
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(name.constData(), 0600), 0);
    else if (kind == QLatin1String("symlink"))
        QVERIFY(QFile::link(victim, path));
    else
        QVERIFY(QDir().mkdir(path));
    QVERIFY(!OwnFile::check(path).usable());
    auto readError = std::make_shared<QString>();
    auto writeError = std::make_shared<QString>();
    auto written = std::make_shared<bool>(true);
    QVERIFY2(finishesWithin(
                 [path, readError, writeError, written] {
                     OwnFile::read(path, 1024, readError.get());
                     *written = OwnFile::write(path, "{}", writeError.get());
                 },
                 5000, path),
             "reading or writing it blocked");
    QVERIFY2(readError->contains(reason), qPrintable(*readError));
    QVERIFY2(writeError->contains(reason), qPrintable(*writeError));
    QVERIFY(!*written);
    QVERIFY(v.open(QIODevice::ReadOnly));
    QCOMPARE(v.readAll(), QByteArray("VICTIM"));
    // A regular file of ours: written 0600 and read back.
    const QString own = dir.filePath(QStringLiteral("plain.json"));
    QString error;
    QVERIFY2(OwnFile::write(own, "{\"a\":1}", &error), qPrintable(error));
    QCOMPARE(modeOf(own), mode_t(0600));
    QCOMPARE(OwnFile::read(own, 1024, &error), QByteArray("{\"a\":1}"));
    QVERIFY(error.isEmpty());
}

// F2: the order-times file replaced by a FIFO froze the window for good (open() on the UI thread).
void TestHardening::orderTimesNeverOpenAPipe()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("order-times-x.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    auto notes = std::make_shared<QStringList>();
    auto size = std::make_shared<int>(-1);
    QVERIFY2(finishesWithin(
                 [file, notes, size] {
                     OrderTimes times(file);
                     times.setNoteSink([notes](const QString &n) { notes->append(n); });
                     *size = times.size();
                 },
                 5000, file),
             "the order-times FIFO was opened");
    QCOMPARE(*size, 0);
    QVERIFY(!notes->isEmpty());
    QVERIFY2(notes->first().contains(QStringLiteral("not a regular file")),
             qPrintable(notes->first()));
}

// F3: a link in place of the order-times file had the target overwritten within 10 s.
void TestHardening::orderTimesNeverWriteThroughALink()
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QFile v(victim);
    QVERIFY(v.open(QIODevice::WriteOnly) && v.write("VICTIM ORIGINAL") == 15);
    v.close();
    const QString file = dir.filePath(QStringLiteral("order-times-x.json"));
    QVERIFY(QFile::link(victim, file));
    QStringList notes;
    {
        OrderTimes times(file);
        times.setNoteSink([&notes](const QString &n) { notes.append(n); });
        times.placed(7, 1'700'000'000'000, QStringLiteral("c7"));
        QVERIFY(!times.save());
    } // and not on the way out either
    QVERIFY(v.open(QIODevice::ReadOnly));
    QCOMPARE(v.readAll(), QByteArray("VICTIM ORIGINAL"));
    QVERIFY(QFileInfo(file).isSymLink());
    QVERIFY2(notes.join(' ').contains(QStringLiteral("symbolic link")),
             qPrintable(notes.join(' ')));
    QVERIFY2(notes.join(' ').contains(QStringLiteral("cannot be saved")),
             qPrintable(notes.join(' ')));
}

// F9: the data folder replaced by a plain file: nothing said so, and every earlier order showed
// "≈ <app start time>". Now a note says why, and those orders have no time (not a made-up one).
void TestHardening::orderTimesWithoutADataFolderSaySoAndMakeNoTimeUp()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("TradeDesk"));
    QFile plain(folder);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    OrderTimes times(folder + QStringLiteral("/order-times-x.json"));
    QStringList notes;
    times.setNoteSink([&notes](const QString &n) { notes.append(n); });
    const qint64 start = 1'700'000'000'000;
    QList<Order> before(2);
    before[0].orderId = 1;
    before[1].orderId = 2;
    times.stamp(before, start, false); // the first poll: orders there before the app started
    for (const Order &o : std::as_const(before)) {
        QCOMPARE(o.createTime, qint64(0));
        QVERIFY(!o.createTimeIsFirstSeen); // blank in the table, not "≈"
        QCOMPARE(o.updateTime, qint64(0));
    }
    times.placed(3, start + 1000, QStringLiteral("c3")); // placed in this run: its real time
    QList<Order> later(3);
    for (int i = 0; i < 3; ++i)
        later[i].orderId = i + 1;
    later[2].clientOrderId = QStringLiteral("c3");
    times.stamp(later, start + 9000, false);
    QCOMPARE(later[0].createTime, qint64(0)); // still not known, not "first seen now"
    QCOMPARE(later[2].createTime, start + 1000);
    QVERIFY(!times.save());
    const QString all = notes.join(QLatin1Char(' '));
    QVERIFY2(all.contains(QStringLiteral("cannot be read")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("cannot be saved")) && all.contains(folder),
             qPrintable(all));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
