#include "models/ActivityLogModel.h"
#include "ui/ActivityLogView.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTextLayout>

// The activity log in its narrow docked width: an order id, a client order ID or a number is
// never broken across two lines (read as two numbers) nor cut (review 33, trader F6: "900719…
// 740993" could not be quoted to support), and the dock shows more than four entries; the whole
// text stays in the tooltip, and Copy takes time, action and result.
class TestGuiLogWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noTokenIsBrokenInside_data();
    void noTokenIsBrokenInside();
    void moreEntriesInTheDock();
};

namespace {

// Each line the cell's text is laid out on, as the style lays it out (word wrap at `room`).
QStringList linesOf(const QString &text, const QFont &font, int room)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(room);
        lines.append(text.mid(line.textStart(), line.textLength()));
    }
    layout.endLayout();
    return lines;
}

} // namespace

void TestGuiLogWords::noTokenIsBrokenInside_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("docked beside the finished orders at 1440 x 900") << 300;
    QTest::newRow("docked, a little wider") << 340;
    QTest::newRow("floated") << 1060;
}

void TestGuiLogWords::noTokenIsBrokenInside()
{
    QFETCH(int, width);
    ActivityLogModel log;
    log.add(QStringLiteral("Order 9007199254740997"),
            QStringLiteral("Placed: order 9007199254740998 (td-acb9d55968a1b2c3)."));
    log.add(QStringLiteral("Cancel 9007199254740996"),
            QStringLiteral("Not cancelled: 0.01000000 BTC of 9007199254740996 had filled."));
    ActivityLogView view(&log);
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(0); // the rows are fitted once the widths settle
    QCoreApplication::processEvents();

    const QFontMetrics fm = view.fontMetrics();
    const int room = view.textRoom(view.columnWidth(ActivityLogModel::Time));
    for (int row = 0; row < log.rowCount(); ++row) {
        const QString full = view.model()->index(row, ActivityLogModel::Time).data().toString();
        const QStringList words = full.split(u' ');
        QVERIFY(full.contains(log.index(row, ActivityLogModel::Action).data().toString()));
        QVERIFY(full.contains(log.index(row, ActivityLogModel::Result).data().toString()));
        // Every line is made of whole words of the text, none elided; no line starts or ends
        // inside a word, and none is wider than the room.
        for (const QString &line : linesOf(view.shownText(row), view.font(), room)) {
            const QString plain = QString(line).remove(QChar(0x2060)); // word joiners
            for (const QString &word : plain.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(words.contains(word),
                         qPrintable(QStringLiteral("\"%1\" at %2 px: a word broken or cut "
                                                   "(line \"%3\" of \"%4\")")
                                        .arg(word)
                                        .arg(room)
                                        .arg(line, full)));
            QVERIFY2(fm.horizontalAdvance(line.trimmed()) <= room, qPrintable(line));
        }
        QCOMPARE(view.model()->index(row, ActivityLogModel::Time).data(Qt::ToolTipRole).toString(),
                 full);
    }
    // Copy takes the whole texts.
    view.selectRow(1); // the first entry (the newest is on top)
    QTest::keySequence(&view, QKeySequence::Copy);
    QVERIFY2(QApplication::clipboard()->text().contains(
                 QStringLiteral("Placed: order 9007199254740998 (td-acb9d55968a1b2c3).")),
             qPrintable(QApplication::clipboard()->text()));
}

// The trader's dock at 1440 x 900 (about 300 x 200 px): eight entries of a session, of which
// about four showed, each wrapped to three or four lines in its narrow columns.
void TestGuiLogWords::moreEntriesInTheDock()
{
    ActivityLogModel log;
    const QList<QPair<const char *, const char *>> entries{
        {"Place Sell BTC at market for 700.00 USDT",
         "Placed: order 9007199254740997 (td-fa8e850b2b9f08d7)."},
        {"Look up 9007199254740993", "Found order 9007199254740993 (Filled)."},
        {"Settings", "Saved."},
        {"Place Buy 0.100 ETH @ 3,400.00 USDT", "Not sent: confirmation cancelled"},
        {"Settings", "Saved."},
        {"Move order 9007199254740995", "Moved: buy 0.0100 BTC 69,985.00 → 69,988.00 USDT."},
        {"Place Buy 0.0100 BTC @ 69,988.00 USDT",
         "Placed: order 9007199254740996 (td-6e7b2c9d1f0c1532)."},
        {"Cancel Buy 0.100 ETH @ 3,500.00 USDT", "Cancelled (order 9007199254740994)."}};
    for (const auto &e : entries)
        log.add(QString::fromUtf8(e.first), QString::fromUtf8(e.second));
    ActivityLogView view(&log);
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(0); // the rows are fitted once the widths settle
    QCoreApplication::processEvents();
    int whole = 0; // entries seen whole, from the top
    for (int row = 0; row < log.rowCount(); ++row)
        if (view.rowViewportPosition(row) + view.rowHeight(row) <= view.viewport()->height())
            ++whole;
    QVERIFY2(
        whole >= 5,
        qPrintable(
            QStringLiteral("%1 entries whole in %2 px").arg(whole).arg(view.viewport()->height())));
}

QTEST_MAIN(TestGuiLogWords)
#include "tst_gui_logwords.moc"
