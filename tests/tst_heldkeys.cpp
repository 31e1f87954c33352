// HeldKeys: a held key's repeats are told from new presses whether or not the window system flags
// them (review 31: on X a held Enter's repeats came unflagged and cancelled and reopened the
// confirmation twenty times; a held Alt+P accepted it when its hold ended).
#include "ui/HeldKeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

class TestHeldKeys : public QObject
{
    Q_OBJECT

private slots:
    void lastPressIsARepeat_data();
    void lastPressIsARepeat();
    void aReleaseThatNeverCameIsForgotten();

private:
    // Sends one event through the application (its filters see it) and answers whether HeldKeys
    // calls it a repeat (releases: false).
    static bool send(QEvent::Type type, quint64 timestamp, bool flagged = false)
    {
        QObject target;
        QKeyEvent e(type, Qt::Key_Return, Qt::NoModifier, QString(), flagged);
        e.setTimestamp(timestamp);
        const bool repeat = type != QEvent::KeyRelease && HeldKeys::instance()->isRepeat(&e);
        QCoreApplication::sendEvent(&target, &e);
        return repeat;
    }
};

void TestHeldKeys::lastPressIsARepeat_data()
{
    // Each event as "p<ts>" (press), "r<ts>" (release), "o<ts>" (shortcut override), "P<ts>" (a
    // press the window system flagged auto-repeat); the last one is judged.
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<bool>("repeat");
    QTest::newRow("first press") << QStringList{"p100"} << false;
    QTest::newRow("flagged repeat") << QStringList{"p100", "P140"} << true;
    QTest::newRow("unflagged press while down") << QStringList{"p100", "p760"} << true;
    QTest::newRow("the press's own second sighting") << QStringList{"p100", "p100"} << false;
    QTest::newRow("override, then its press") << QStringList{"o100", "p100"} << false;
    QTest::newRow("override of a held key") << QStringList{"p100", "o760"} << true;
    QTest::newRow("release-press pair of a held key")
        << QStringList{"p100", "r760", "p760"} << true;
    QTest::newRow("pairs go on") << QStringList{"p100", "r760", "p760", "r800", "p801"} << true;
    QTest::newRow("released, pressed again by hand")
        << QStringList{"p100", "r180", "p260"} << false;
    QTest::newRow("a second press after pairs")
        << QStringList{"p100", "r760", "p760", "r800", "p900"} << false;
    QTest::newRow("synthesised events carry no time") << QStringList{"p0", "r0", "p0"} << false;
}

void TestHeldKeys::lastPressIsARepeat()
{
    QFETCH(QStringList, events);
    QFETCH(bool, repeat);
    send(QEvent::KeyRelease, 1); // from a clean state: the key up
    send(QEvent::KeyRelease, 0);
    bool last = false;
    for (const QString &e : events) {
        const quint64 at = e.mid(1).toULongLong();
        switch (e.at(0).toLatin1()) {
        case 'p': last = send(QEvent::KeyPress, at); break;
        case 'P': last = send(QEvent::KeyPress, at, true); break;
        case 'o': last = send(QEvent::ShortcutOverride, at); break;
        case 'r': last = send(QEvent::KeyRelease, at); break;
        default: QFAIL("unknown event");
        }
    }
    QCOMPARE(last, repeat);
}

void TestHeldKeys::aReleaseThatNeverCameIsForgotten()
{
    send(QEvent::KeyRelease, 0);
    QVERIFY(!send(QEvent::KeyPress, 100));
    QVERIFY(send(QEvent::KeyPress, 140)); // held
    // No press for over a second: no auto-repeat is that slow, the release went elsewhere.
    QTest::qWait(1100);
    QVERIFY(!send(QEvent::KeyPress, 2000));
}

QTEST_MAIN(TestHeldKeys)
#include "tst_heldkeys.moc"
