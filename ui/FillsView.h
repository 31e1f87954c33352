#pragma once

#include "core/Order.h"

#include <QDateTime>
#include <QWidget>

class FillsController;
class FillsModel;
class ColorScheme;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

// The fills dock: symbol and time filters, the selected order's fills (with their average
// price and fees) on request, paging to older fills, and CSV export of exactly what is listed.
class FillsView final : public QWidget
{
    Q_OBJECT

public:
    FillsView(FillsController *controller, FillsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void setSymbols(const QStringList &symbols);
    // The order selected elsewhere (open, finished, lookup); shown when "Selected order" is on.
    void setSelectedOrder(OrderId orderId);
    void setFromTime(const QDateTime &from);
    // The symbol traded: its units name the titles while "All symbols" lists no fill.
    void setTradedSymbol(const QString &symbol);

Q_SIGNALS:
    void exportRequested();

protected:
    // Never wider than the two filter lines need: one line is a choice of the width, not a demand.
    QSize minimumSizeHint() const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpTable();
    void layOut();
    void fitColumns();
    void applyFilter();
    void updateSummary();

    FillsController *m_controller;
    FillsModel *m_model;
    QComboBox *m_symbol;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_orderOnly;
    QPushButton *m_older;
    QPushButton *m_export;
    QLabel *m_summary;
    QTableView *m_table;
    OrderId m_selected = 0;
    QString m_traded;
    QBoxLayout *m_filterLines = nullptr; // the two filter lines, side by side where they fit
    QHBoxLayout *m_lineOne = nullptr;
    QHBoxLayout *m_lineTwo = nullptr;
};
