// The ladder's refresh: a 200-level book (100 a side) of which 10 levels change size each poll,
// applied to the model alone and to the model behind a shown ladder (the view's bookkeeping of
// what to repaint included; the repaint itself happens later, for the changed rows only).
#include "BenchBook.h"
#include "models/ColorScheme.h"
#include "ui/DepthView.h"

#include <QTableView>
#include <QTest>

class BenchLadder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refresh_data();
    void refresh();
};

void BenchLadder::refresh_data()
{
    QTest::addColumn<bool>("withView");
    QTest::addRow("model") << false;
    QTest::addRow("model and shown ladder") << true;
}

void BenchLadder::refresh()
{
    QFETCH(bool, withView);
    ColorScheme colors;
    DepthModel model(&colors);
    model.setLevelsPerSide(100);
    const BenchBook book;
    model.applySnapshot(book.a);
    std::unique_ptr<DepthView> view;
    if (withView) {
        view = std::make_unique<DepthView>(&model, &colors);
        view->resize(300, 900);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    }
    book.applyInTurn(model);
}

QTEST_MAIN(BenchLadder)
#include "bench_ladder.moc"
