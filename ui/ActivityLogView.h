#pragma once

#include <QTableView>

class ActivityLogLines;
class ActivityLogModel;
class QTimer;

// The activity log as a list of sentences, one an entry, each the whole width ("14:02:07 Look up
// 9007199254740993: Found order 9007199254740993 (Filled)."; ActivityLogLines), newest first,
// wrapped at spaces onto as many lines as it needs (the same text in its tooltip; Copy takes the
// time, action and result tab-separated). A word (an order id, a client order ID, a number) is
// never broken inside nor cut: the view is never narrower than the widest of them. A new
// entry's row is fitted when it arrives; every row is fitted again, once, when the width
// settles after a resize.
class ActivityLogView final : public QTableView
{
    Q_OBJECT

public:
    explicit ActivityLogView(ActivityLogModel *model, QWidget *parent = nullptr);

    // The sentence of a row as it is laid out (for tests and support).
    QString shownText(int row) const;
    // `text` with every word kept whole on one line: lines break at spaces only.
    static QString wholeWords(const QString &text);
    // The room for text in a cell `width` pixels wide (the style's margins taken off).
    int textRoom(int width) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitRows(int first, int last);
    void fitAllLater();

    ActivityLogLines *m_lines;
    QTimer *m_refit;
    int m_fittedWidth = -1; // the width the rows were fitted at
};
