#include "BenchBook.h"
#include "OrderFactory.h"
#include "models/OrderSortProxy.h"
#include "models/OrderTableModel.h"

#include <QTest>

class BenchModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applySnapshot_data();
    void applySnapshot();
    void applyDepth();
};

void BenchModels::applySnapshot_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("changed");
    QTest::addRow("500 rows, 5 changed") << 500 << 5;
    QTest::addRow("10000 rows, 100 changed") << 10000 << 100;
}

void BenchModels::applySnapshot()
{
    QFETCH(int, rows);
    QFETCH(int, changed);
    OrderTableModel model;
    OrderSortProxy proxy; // as in the window: sorted by time behind a proxy
    proxy.setSourceModel(&model);
    proxy.sort(OrderTableModel::Time, Qt::DescendingOrder);
    const QList<Order> base = OrderFactory::many(rows);
    QList<Order> a = base, b = base;
    const int stride = rows / changed;
    for (int i = 0; i < changed; ++i) {
        a[i * stride] = OrderFactory::make(base[i * stride].orderId, 1);
        b[i * stride] = OrderFactory::make(base[i * stride].orderId, 2);
    }
    model.applySnapshot(base);
    bool flip = false;
    QBENCHMARK
    {
        model.applySnapshot(flip ? a : b); // every round changes exactly `changed` rows
        flip = !flip;
    }
    QCOMPARE(model.rowCount(), rows);
}

void BenchModels::applyDepth()
{
    // A 200-level book (100 a side) of which 10 levels change size each update.
    DepthModel model;
    model.setLevelsPerSide(100);
    const BenchBook book;
    model.applySnapshot(book.a);
    book.applyInTurn(model);
}

QTEST_GUILESS_MAIN(BenchModels)
#include "bench_models.moc"
