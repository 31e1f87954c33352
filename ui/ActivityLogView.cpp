#include "ui/ActivityLogView.h"

#include "models/ActivityLogModel.h"

#include <QHeaderView>
#include <QTimer>

ActivityLogView::ActivityLogView(ActivityLogModel *model, QWidget *parent)
    : QTableView(parent),
      m_refit(new QTimer(this))
{
    setObjectName(QStringLiteral("logTable"));
    setAccessibleName(tr("Activity log"));
    setModel(model);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(ActivityLogModel::Time, fm.horizontalAdvance(QStringLiteral("00:00:00")) + 20);
    // The subject ("Order <id>", "Credentials") in full, a longer one whole in its tooltip; the
    // rest of the width for the sentence.
    setColumnWidth(ActivityLogModel::Action,
                   fm.horizontalAdvance(tr("Order %1").arg(9007199254740993LL)) + 12);
    verticalHeader()->setMinimumSectionSize(fm.height() + 6);
    verticalHeader()->setDefaultSectionSize(fm.height() + 6);

    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, [this] {
        const int width = columnWidth(ActivityLogModel::Result);
        if (width == m_fittedWidth || !this->model())
            return;
        m_fittedWidth = width;
        fitRows(0, this->model()->rowCount() - 1);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitRows(first, last); });
    connect(
        model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { fitRows(from.row(), to.row()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_fittedWidth = -1;
        fitAllLater();
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ActivityLogModel::Result)
            fitAllLater();
    });
    fitAllLater(); // what was logged before the window opened
}

void ActivityLogView::fitRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        resizeRowToContents(row);
}

void ActivityLogView::fitAllLater()
{
    m_refit->start();
}
