// The window's layout at 1440 × 900: where the docks land does not depend on the order the docks
// beside them reached their widths in (the screenshot flake of the finished orders' divider).
#include "GuiFixture.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

// The finished orders' width in the default layout (MainWindowMarket.cpp's DockSplit).
constexpr int FinishedWidth = 780;

class TestGuiLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void dividerWhereverTheNeighboursGrewFrom();
    void dividerTheTraderMovedIsKept();
    void dockTableFitsWithoutScrollAt1440_data();
    void dockTableFitsWithoutScrollAt1440();

private:
    QDockWidget *dock(const char *name) const
    {
        return f->window->findChild<QDockWidget *>(QLatin1String(name));
    }
    // Lets the layout passes run out (each grown minimum is one more pass).
    void settle() const
    {
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
    }
    QString where() const
    {
        return QStringLiteral("finished %1, log %2 at %3, book %4 (min %5)")
            .arg(dock("finishedDock")->width())
            .arg(dock("logDock")->width())
            .arg(dock("logDock")->x())
            .arg(dock("depthDock")->width())
            .arg(dock("depthDock")->minimumWidth());
    }

    GuiFixture *f = nullptr;
};

void TestGuiLayout::initTestCase()
{
    f = new GuiFixture;
    f->window->resize(1440, 900);
    QVERIFY(f->ready());
    QVERIFY(f->window->depthView());
    settle();
}

// The book's dock grows in one step or in three (as its content is built and its prices widen, in
// whichever order the replies come): the finished orders keep the width their facts need either
// way, and the log has the rest.
void TestGuiLayout::dividerWhereverTheNeighboursGrewFrom()
{
    QDockWidget *book = dock("depthDock");
    QDockWidget *finished = dock("finishedDock");
    const int start = book->width();
    for (const QList<int> &steps : {QList<int>{31}, QList<int>{4, 13, 31}}) {
        book->setMinimumWidth(0);
        f->window->resetLayout();
        QTRY_VERIFY2(finished->width() == FinishedWidth, qPrintable(where()));
        for (int by : steps) {
            book->setMinimumWidth(start + by);
            QTRY_VERIFY2(book->width() == start + by, qPrintable(where()));
            QTRY_VERIFY2(finished->width() == FinishedWidth, qPrintable(where()));
        }
        settle();
        QVERIFY2(finished->width() == FinishedWidth, qPrintable(where()));
        QCOMPARE(dock("logDock")->x() + dock("logDock")->width(), book->x() - 6);
    }
    book->setMinimumWidth(0);
}

// A divider the trader moved stays where it was left when a neighbour grows.
void TestGuiLayout::dividerTheTraderMovedIsKept()
{
    QDockWidget *finished = dock("finishedDock");
    QDockWidget *log = dock("logDock");
    f->window->resetLayout();
    QTRY_VERIFY2(finished->width() == FinishedWidth, qPrintable(where()));
    settle();
    const int total = finished->width() + log->width();
    f->window->resizeDocks({finished, log}, {700, total - 700}, Qt::Horizontal);
    QTRY_VERIFY2(finished->width() == 700, qPrintable(where()));
    QDockWidget *book = dock("depthDock");
    const int start = book->width();
    book->setMinimumWidth(start + 20);
    QTRY_VERIFY2(book->width() == start + 20, qPrintable(where()));
    settle();
    book->setMinimumWidth(0);
    QVERIFY2(finished->width() == 700, qPrintable(where()));
    f->window->resetLayout();
    QTRY_VERIFY2(finished->width() == FinishedWidth, qPrintable(where()));
}

// Every column of a tabbed bottom dock's table is in view in the default layout at 1440 × 900,
// with its rows loaded: no horizontal scroll (the balances' Frozen was 19 px short).
void TestGuiLayout::dockTableFitsWithoutScrollAt1440_data()
{
    QTest::addColumn<QString>("dockName");
    QTest::addColumn<QString>("tableName");
    QTest::newRow("balances: asset, total, available, frozen")
        << QStringLiteral("balancesDock") << QStringLiteral("balancesTable");
}

void TestGuiLayout::dockTableFitsWithoutScrollAt1440()
{
    QFETCH(QString, dockName);
    QFETCH(QString, tableName);
    f->window->resetLayout();
    QTRY_VERIFY2(dock("finishedDock")->width() == FinishedWidth, qPrintable(where()));
    QDockWidget *d = f->window->findChild<QDockWidget *>(dockName);
    QVERIFY(d);
    d->raise();
    QTRY_VERIFY(d->widget() && d->widget()->isVisible());
    auto *table = d->findChild<QTableView *>(tableName);
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() >= 4); // every token the demo account holds
    settle();
    QTRY_COMPARE(f->window->size(), QSize(1440, 900));
    settle();
    QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    QStringList sizes;
    for (int c = 0; c < header->count(); ++c)
        sizes.append(QStringLiteral("%1 at %2 + %3")
                         .arg(header->model()->headerData(c, Qt::Horizontal).toString())
                         .arg(header->sectionViewportPosition(c))
                         .arg(header->sectionSize(c)));
    const QString what = QStringLiteral("%1 in %2 px (dock %3 px)")
                             .arg(sizes.join(QStringLiteral(", ")))
                             .arg(viewport)
                             .arg(d->width());
    qInfo().noquote() << what;
    for (int c = 0; c < header->count(); ++c) {
        QVERIFY2(!header->isSectionHidden(c), qPrintable(what));
        QVERIFY2(header->sectionViewportPosition(c) >= 0, qPrintable(what));
        // Wide enough for every figure in it (nothing elided or clipped), and wholly in view.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString text = table->model()->index(row, c).data().toString();
            QVERIFY2(table->fontMetrics().horizontalAdvance(text) + 6 <= header->sectionSize(c),
                     qPrintable(text + QStringLiteral(": ") + what));
        }
        QVERIFY2(header->sectionViewportPosition(c) + header->sectionSize(c) <= viewport,
                 qPrintable(what));
    }
    QVERIFY2(table->horizontalScrollBar()->maximum() == 0, qPrintable(what));
    dock("logDock")->raise();
}

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
