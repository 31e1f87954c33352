#pragma once

#include "core/Order.h"

#include <QWidget>

class OrderSortProxy;
class OrderTableModel;
class QBoxLayout;
class QLabel;
class QMenu;
class QTableView;
class StaleMonitor;

// A table of orders behind an exact-sorting proxy. Acting on the selection always maps through
// the proxy to order ids. Column widths, order and sort are saved under `stateKey`.
class OrdersView final : public QWidget
{
    Q_OBJECT

public:
    OrdersView(OrderTableModel *model, const QString &stateKey, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    OrderSortProxy *proxy() const { return m_proxy; }
    QList<Order> selectedOrders() const;
    // Selects those of `orders` still listed (the first current) and gives the table the focus.
    void reselect(const QList<Order> &orders);
    void setContextActions(const QList<QAction *> &actions);
    void setBanner(const QString &text); // e.g. the open-orders cap warning
    // Marks the table stale (caption, dimmed) while `monitor` says so. The caption goes in
    // `line` where given, its room kept there while hidden (the open orders' title line: the rows
    // never move under a click, and no blank line is kept above them); else on a line of its own
    // above the table, taken only while shown (the finished orders: no blank strip).
    void markStale(StaleMonitor *monitor, QBoxLayout *line = nullptr);
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    // The column as wide as these values and its title (with a unit), in the default layout.
    void fitColumn(int column, const QStringList &samples);
    // These columns hidden in the default layout too (a right-click on the header shows them).
    void hideByDefault(const QList<int> &columns);
    // The columns' order and widths as they first were (View → Reset layout).
    void resetColumns();
    QString stateKey() const { return m_stateKey; }

Q_SIGNALS:
    void activated(const Order &order);

private:
    void layoutColumns();
    // Widens each shown column whose cells in source rows first..last (-1: every row) are
    // wider than it: a figure is never elided, whatever the samples guessed.
    void fitRows(int first = 0, int last = -1);
    // Each title with its unit whole ("Price\n(USDT)").
    void fitTitles();
    // The header's menu: which columns show.
    void chooseColumns(const QPoint &pos);

    OrderTableModel *m_model;
    OrderSortProxy *m_proxy;
    QTableView *m_table;
    QLabel *m_banner;
    QString m_stateKey;
    QByteArray m_defaultColumns;
    QList<QAction *> m_actions;
};
