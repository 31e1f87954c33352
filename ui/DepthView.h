#pragma once

#include "core/Decimal.h"

#include <QWidget>

class ColorScheme;
class DepthModel;
class QTableView;

// The order book ladder. A click (or Enter) on a level takes its price into the order form;
// Ctrl+click (or Ctrl+Enter) takes its price and the cumulative size from the spread to it.
// Depth bars behind the levels are drawn by a delegate; the spread row sits in the middle and
// the view keeps it in place while levels change.
class DepthView final : public QWidget
{
    Q_OBJECT

public:
    DepthView(DepthModel *model, const ColorScheme *colors, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Chooses the level at this model row as a click would (with or without the size).
    void choose(int row, bool withSize);

Q_SIGNALS:
    void priceChosen(const Decimal &price);
    void priceAndSizeChosen(const Decimal &price, const Decimal &size);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepSpreadInView();

    DepthModel *m_model;
    QTableView *m_table;
};
