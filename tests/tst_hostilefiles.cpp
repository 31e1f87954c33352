#include "core/Order.h"
#include "core/PrivateFolder.h"
#include "models/OrderTimes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Review 33 (F4, F5): the order-times file and the data folder as another program may leave them.
// A damaged file is reported, kept aside (not overwritten), and no time is made up for the orders
// it lost, in this run or the next; a data folder that is a link, or that others can change, is
// neither followed nor left open.
class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedOrderTimesAreReportedKeptAndMakeNoTimeUp_data();
    void damagedOrderTimesAreReportedKeptAndMakeNoTimeUp();
    void aGoodFileIsReadWithoutANote();
    void aSymlinkedDataFolderIsNotFollowed();
    void aDataFolderOthersCanChangeIsMadePrivate();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }
};

namespace {
constexpr qint64 Start = 1'700'000'000'000;
// Order 42, placed at Start - 60 s, as save() writes it.
const QByteArray GoodRow = R"(["42",1699999940000,false,0,0,"c42"])";
} // namespace

void TestHostileFiles::damagedOrderTimesAreReportedKeptAndMakeNoTimeUp_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("goodRowKept"); // the readable entry beside the damaged one
    QTest::newRow("garbage") << QByteArray("this is not json {{{") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("no list") << QByteArray(R"({"orderTimes":"soon"})") << false;
    QTest::newRow("1e400") << QByteArray(R"({"orderTimes":[["7",1e400,true,0,0,"c7"]]})") << false;
    QTest::newRow("string time") << R"({"orderTimes":[["7","x",true,0,0,"c7"],)" + GoodRow + "]}"
                                 << true;
    QTest::newRow("negative time")
        << R"({"orderTimes":[["7",-5,true,0,0,"c7"],)" + GoodRow + "]}" << true;
    QTest::newRow("fraction") << R"({"orderTimes":[["7",1.5,true,0,0,"c7"],)" + GoodRow + "]}"
                              << true;
    QTest::newRow("year 99999") << R"({"orderTimes":[["7",3e15,true,0,0,"c7"],)" + GoodRow + "]}"
                                << true;
    QTest::newRow("huge id") << R"({"orderTimes":[[")" + QByteArray(50000, '9')
                                    + R"(",1,true,0,0,""],)" + GoodRow + "]}"
                             << true;
    QTest::newRow("id 0") << R"({"orderTimes":[["0",1,true,0,0,""],)" + GoodRow + "]}" << true;
    QTest::newRow("bool as text") << R"({"orderTimes":[["7",1,"yes",0,0,""],)" + GoodRow + "]}"
                                  << true;
    QTest::newRow("deep") << QByteArray(5000, '[') + QByteArray(5000, ']') << false;
}

void TestHostileFiles::damagedOrderTimesAreReportedKeptAndMakeNoTimeUp()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, goodRowKept);
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner));
    const QString file = dir.filePath(QStringLiteral("order-times-x.json"));
    writeAll(file, content);
    QList<Order> open(2); // 7 (placed elsewhere: no client id) and 42, open at the start
    open[0].orderId = 7;
    open[1].orderId = 42;
    open[1].clientOrderId = QStringLiteral("c42");
    QStringList notes;
    {
        OrderTimes times(file);
        times.setNoteSink([&notes](const QString &n) { notes.append(n); });
        times.stamp(open, Start, false);
        QCOMPARE(open[0].createTime, qint64(0)); // not known: blank, not "≈ start"
        QVERIFY(!open[0].createTimeIsFirstSeen);
        QCOMPARE(open[1].createTime, goodRowKept ? Start - 60000 : 0);
        QVERIFY(times.save());
    }
    const QString all = notes.join(QLatin1Char(' '));
    QVERIFY2(all.contains(QStringLiteral("cannot be read")) && all.contains(file), qPrintable(all));
    QVERIFY2(all.contains(file + QStringLiteral(".bad")), qPrintable(all));
    QCOMPARE(readAll(file + QStringLiteral(".bad")), content); // kept, not destroyed
    // The next run: no note, and still no made-up time for what was not known.
    notes.clear();
    OrderTimes again(file);
    again.setNoteSink([&notes](const QString &n) { notes.append(n); });
    open[0].createTime = open[1].createTime = -1;
    again.stamp(open, Start + 3'600'000, false);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(' ')));
    QCOMPARE(open[0].createTime, qint64(0));
    QVERIFY(!open[0].createTimeIsFirstSeen);
    QCOMPARE(open[1].createTime, goodRowKept ? Start - 60000 : 0);
}

void TestHostileFiles::aGoodFileIsReadWithoutANote()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner));
    const QString file = dir.filePath(QStringLiteral("order-times-x.json"));
    writeAll(file, R"({"orderTimes":[)" + GoodRow + R"(,["43",1699999950000,true,0,0]]})");
    OrderTimes times(file);
    QStringList notes;
    times.setNoteSink([&notes](const QString &n) { notes.append(n); });
    QCOMPARE(times.size(), 2);
    QCOMPARE(times.times(42).createdMs, Start - 60000);
    QVERIFY(times.times(43).firstSeen);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(' ')));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".bad")));
}

// F5: data/TradeDesk/TradeDesk replaced by a link to a folder holding a file of the same name:
// the file in the target was read, then replaced ("VICTIMDIR" became {"orderTimes":…}).
void TestHostileFiles::aSymlinkedDataFolderIsNotFollowed()
{
    QTemporaryDir dir;
    const QString victimDir = dir.filePath(QStringLiteral("victimdir"));
    QVERIFY(QDir().mkdir(victimDir));
    QVERIFY(QFile::setPermissions(victimDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ExeOwner));
    writeAll(victimDir + QStringLiteral("/order-times-x.json"), "VICTIMDIR");
    const QString folder = dir.filePath(QStringLiteral("TradeDesk"));
    QVERIFY(QFile::link(victimDir, folder));
    QStringList notes;
    {
        OrderTimes times(folder + QStringLiteral("/order-times-x.json"));
        times.setNoteSink([&notes](const QString &n) { notes.append(n); });
        QCOMPARE(times.size(), 0);
        times.placed(7, Start, QStringLiteral("c7"));
        QVERIFY(!times.save());
    }
    QCOMPARE(readAll(victimDir + QStringLiteral("/order-times-x.json")), QByteArray("VICTIMDIR"));
    QCOMPARE(QDir(victimDir).entryList(QDir::Files | QDir::Hidden).size(), 1);
    const QString all = notes.join(QLatin1Char(' '));
    QVERIFY2(all.contains(QStringLiteral("symbolic link")) && all.contains(folder),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("cannot be read"))
                 && all.contains(QStringLiteral("cannot be saved")),
             qPrintable(all));
    QVERIFY(!PrivateFolder::check(folder).isEmpty());
}

void TestHostileFiles::aDataFolderOthersCanChangeIsMadePrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("TradeDesk"));
    QVERIFY(QDir().mkdir(folder));
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
    QStringList notes;
    {
        OrderTimes times(folder + QStringLiteral("/order-times-x.json"));
        times.setNoteSink([&notes](const QString &n) { notes.append(n); });
        times.placed(7, Start, QStringLiteral("c7"));
        QVERIFY(times.save());
    }
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(folder).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));
    QVERIFY2(notes.join(' ').contains(QStringLiteral("open to other users")),
             qPrintable(notes.join(' ')));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
