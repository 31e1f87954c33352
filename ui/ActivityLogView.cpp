#include "ui/ActivityLogView.h"

#include "models/ActivityLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

// Wraps as the style does, at spaces only. A word wider than its cell (an order id, a client
// order ID, a number) is never broken inside: it is shown elided in its middle, its head and tail
// kept ("90071…740998"); the whole text is the cell's tooltip and what Copy takes.
class WholeWordDelegate final : public QStyledItemDelegate
{
public:
    WholeWordDelegate(ActivityLogView *view)
        : QStyledItemDelegate(view),
          m_view(view)
    {}

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int room = m_view->textRoom(option->rect.width());
        if (room > 0 && (option->features & QStyleOptionViewItem::WrapText))
            option->text = ActivityLogView::wholeWords(option->text, option->fontMetrics, room);
    }

private:
    ActivityLogView *m_view;
};

} // namespace

ActivityLogView::ActivityLogView(ActivityLogModel *model, QWidget *parent)
    : QTableView(parent),
      m_refit(new QTimer(this))
{
    setObjectName(QStringLiteral("logTable"));
    setAccessibleName(tr("Activity log"));
    setModel(model);
    setItemDelegate(new WholeWordDelegate(this));
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: the columns' widths do not change as the log grows past its height.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(ActivityLogModel::Time, fm.horizontalAdvance(QStringLiteral("00:00:00")) + 20);
    verticalHeader()->setMinimumSectionSize(fm.height() + 6);
    verticalHeader()->setDefaultSectionSize(fm.height() + 6);
    fitColumns();

    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, [this] {
        const int width =
            columnWidth(ActivityLogModel::Action) * 65536 + columnWidth(ActivityLogModel::Result);
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
        if (section != ActivityLogModel::Time)
            fitAllLater();
    });
    fitAllLater(); // what was logged before the window opened
}

QString ActivityLogView::wholeWords(const QString &text, const QFontMetrics &fm, int room)
{
    // Lines break at spaces only: a word too wide for the cell is elided in its middle rather
    // than split across lines, so no id or number is ever read as two ("90071992547409" / "93").
    // The text layout may also break after a hyphen, an ellipsis or a slash ("td-" / "acb9…"):
    // a word joiner after each such mark inside a word keeps the word on one line.
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (fm.horizontalAdvance(word) > room)
            word = fm.elidedText(word, Qt::ElideMiddle, room);
        QString joined;
        for (qsizetype i = 0; i < word.size(); ++i) {
            joined += word.at(i);
            if (i + 1 < word.size() && !word.at(i).isLetterOrNumber()
                && !word.at(i).isHighSurrogate())
                joined += QChar(0x2060);
        }
        word = joined;
    }
    return words.join(QLatin1Char(' '));
}

int ActivityLogView::textRoom(int width) const
{
    // The style's text margin on each side of a cell (QCommonStyle's item text rect).
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    return width - 2 * margin;
}

QString ActivityLogView::shownText(int row, int column) const
{
    const QString text = model()->index(row, column).data().toString();
    return wholeWords(text, fontMetrics(), textRoom(columnWidth(column)));
}

void ActivityLogView::keyPressEvent(QKeyEvent *event)
{
    // Copy takes the selected rows' whole texts (time, action, result; tab-separated), never the
    // elided words a narrow column shows.
    if (!event->matches(QKeySequence::Copy) || !selectionModel()) {
        QTableView::keyPressEvent(event);
        return;
    }
    QStringList lines;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < model()->columnCount(); ++column)
            cells.append(model()->index(row.row(), column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    event->accept();
}

void ActivityLogView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ActivityLogView::fitColumns()
{
    // The width beside the time: two fifths for what was done (an order in words), the rest for
    // how it ended, which is the longer sentence. A subject ("Order <id>") is kept on one line
    // while the result still gets as much.
    const int rest = viewport()->width() - columnWidth(ActivityLogModel::Time);
    const int subject =
        fontMetrics().horizontalAdvance(tr("Order %1").arg(9007199254740993LL)) + 12;
    setColumnWidth(ActivityLogModel::Action, std::max(rest * 2 / 5, std::min(subject, rest / 2)));
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
