#include "models/ActivityLogModel.h"
#include "ui/ActivityLogView.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTextLayout>

// The activity log in its narrow docked width: an order id, a client order ID or a number is
// never broken across two lines (read as two numbers); a word too wide for its column is elided
// in its middle, and the whole text stays in the tooltip and in what Copy takes.
class TestGuiLogWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noTokenIsBrokenInside_data();
    void noTokenIsBrokenInside();
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
    bool elided = false;
    for (int row = 0; row < log.rowCount(); ++row) {
        for (int column : {int(ActivityLogModel::Action), int(ActivityLogModel::Result)}) {
            const QString full = log.index(row, column).data().toString();
            const QStringList words = full.split(u' ');
            const int room = view.textRoom(view.columnWidth(column));
            const QString shown = view.shownText(row, column);
            // Every line is made of whole words of the text (or one word elided, too wide for
            // any line); no line starts or ends inside a word.
            for (const QString &line : linesOf(shown, view.font(), room)) {
                const QString plain = QString(line).remove(QChar(0x2060)); // word joiners
                for (const QString &word : plain.split(u' ', Qt::SkipEmptyParts)) {
                    const bool whole = words.contains(word);
                    const bool shortened = word.contains(QChar(0x2026));
                    QVERIFY2(whole || shortened,
                             qPrintable(QStringLiteral("\"%1\" at %2 px: a word broken inside "
                                                       "(line \"%3\" of \"%4\")")
                                            .arg(word)
                                            .arg(room)
                                            .arg(line, full)));
                    elided = elided || shortened;
                }
                QVERIFY2(fm.horizontalAdvance(line.trimmed()) <= room, qPrintable(line));
            }
            QCOMPARE(log.index(row, column).data(Qt::ToolTipRole).toString(), full);
        }
    }
    // The narrow case is the case: an id wider than its column, shown elided, not split.
    if (width == 300)
        QVERIFY(elided);
    // Copy takes the whole texts.
    view.selectRow(1); // the first entry (the newest is on top)
    QTest::keySequence(&view, QKeySequence::Copy);
    QVERIFY2(QApplication::clipboard()->text().contains(
                 QStringLiteral("Placed: order 9007199254740998 (td-acb9d55968a1b2c3).")),
             qPrintable(QApplication::clipboard()->text()));
}

QTEST_MAIN(TestGuiLogWords)
#include "tst_gui_logwords.moc"
