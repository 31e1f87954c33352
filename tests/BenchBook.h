#pragma once

#include "models/DepthModel.h"

#include <QTest>

// The benchmarks' order book (bench_models, bench_ladder): 200 levels, 100 a side around
// 70,000.00 on a 0.10 grid, and the same book with 10 levels (5 a side) one larger in size.
// Applying the two in turn changes exactly those 10 levels each round.
struct BenchBook
{
    Depth a;
    Depth b;

    BenchBook()
    {
        const auto cents = [](qint64 units) {
            return *Decimal::fromInteger(units).divide(Decimal::fromInteger(100), 2);
        };
        for (int i = 0; i < 100; ++i) {
            a.asks.append({cents(7000000 + 10 * (i + 1)), cents(100 + i)});
            a.bids.append({cents(7000000 - 10 * (i + 1)), cents(100 + i)});
        }
        b = a;
        for (int i = 0; i < 5; ++i) {
            b.asks[i * 20].quantity = *b.asks[i * 20].quantity.add(Decimal::fromInteger(1));
            b.bids[i * 20].quantity = *b.bids[i * 20].quantity.add(Decimal::fromInteger(1));
        }
    }

    // The measured loop: the model (which holds `a`) given b, a, b, ... in turn.
    void applyInTurn(DepthModel &model) const
    {
        bool flip = false;
        QBENCHMARK
        {
            model.applySnapshot(flip ? a : b);
            flip = !flip;
        }
        QCOMPARE(model.rowCount(), 201);
    }
};
