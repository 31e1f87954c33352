#pragma once

#include <QIdentityProxyModel>

class ActivityLogModel;

// The activity log as the docked view shows it: each entry one sentence in its first column,
// "14:02:07 Look up 9007199254740993: Found order 9007199254740993 (Filled).", coloured by how
// it ended (tooltip and accessible text the same). One column of the dock's whole width wraps
// an entry onto fewer lines than a time, an action and a result side by side, and holds every
// id whole (review 33, trader F6: ~300 px shared by three columns cut ids in the middle and
// showed about four entries). The other columns stay for Copy and export.
class ActivityLogLines final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ActivityLogLines(ActivityLogModel *log, QObject *parent = nullptr);

    // The sentence of `row`.
    QString line(int row) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
