#include "ui/ActivityLogLines.h"

#include "models/ActivityLogModel.h"

ActivityLogLines::ActivityLogLines(ActivityLogModel *log, QObject *parent)
    : QIdentityProxyModel(parent)
{
    setSourceModel(log);
    // The line shows the result's colour: a change of it is a change of the line.
    connect(log, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (from.column() > ActivityLogModel::Time)
                    Q_EMIT dataChanged(index(from.row(), ActivityLogModel::Time),
                                       index(to.row(), ActivityLogModel::Time), roles);
            });
}

QString ActivityLogLines::line(int row) const
{
    const auto cell = [this, row](int column) {
        return sourceModel()->index(row, column).data().toString();
    };
    const QString result = cell(ActivityLogModel::Result);
    return result.isEmpty()
               ? tr("%1 %2").arg(cell(ActivityLogModel::Time), cell(ActivityLogModel::Action))
               : tr("%1 %2: %3")
                     .arg(cell(ActivityLogModel::Time), cell(ActivityLogModel::Action), result);
}

QVariant ActivityLogLines::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == ActivityLogModel::Time) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: return line(index.row());
        case Qt::ForegroundRole:
            return sourceModel()
                ->index(index.row(), ActivityLogModel::Result)
                .data(Qt::ForegroundRole);
        default: break;
        }
    }
    return QIdentityProxyModel::data(index, role);
}
