#pragma once

#include <QTableView>

class ActivityLogModel;
class QTimer;

// The activity log as a table whose Result column shows each whole sentence: wrapped onto as
// many lines as it needs at the column's width (the same text in its tooltip). A new entry's
// row is fitted when it arrives; every row is fitted again, once, when the column's width
// settles after a resize.
class ActivityLogView final : public QTableView
{
    Q_OBJECT

public:
    explicit ActivityLogView(ActivityLogModel *model, QWidget *parent = nullptr);

private:
    void fitRows(int first, int last);
    void fitAllLater();

    QTimer *m_refit;
    int m_fittedWidth = -1; // the Result width the rows were fitted at
};
