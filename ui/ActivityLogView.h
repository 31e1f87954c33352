#pragma once

#include <QTableView>

class ActivityLogModel;
class QTimer;

// The activity log as a table whose Action and Result show each whole sentence: wrapped at spaces
// onto as many lines as it needs at its column's width (the same text in its tooltip and in what
// Copy takes). A word wider than the column (an order id, a client order ID) is never broken
// inside: it is elided in its middle, head and tail kept. The
// two share the width left of the time, the result the larger part, at any width (docked,
// floated). A new entry's row is fitted when it arrives; every row is fitted again, once, when
// the columns' widths settle after a resize.
class ActivityLogView final : public QTableView
{
    Q_OBJECT

public:
    explicit ActivityLogView(ActivityLogModel *model, QWidget *parent = nullptr);

    // The text of a cell as it is laid out at its column's width: a word too wide for the column
    // elided in its middle (for tests and support).
    QString shownText(int row, int column) const;
    // `text` with every word wider than `room` pixels elided in its middle; lines break at spaces.
    static QString wholeWords(const QString &text, const QFontMetrics &fm, int room);
    // The room for text in a cell `width` pixels wide (the style's margins taken off).
    int textRoom(int width) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void fitRows(int first, int last);
    void fitAllLater();

    QTimer *m_refit;
    int m_fittedWidth = -1; // the Action and Result widths the rows were fitted at
};
