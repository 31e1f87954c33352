#include "ui/ActivityLogView.h"

#include "models/ActivityLogModel.h"
#include "ui/ActivityLogLines.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

// Wraps as the style does, at spaces only: a word (an order id, a client order ID, a number) is
// never broken inside, so no id is ever read as two ("90071992547409" / "93").
class WholeWordDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->features & QStyleOptionViewItem::WrapText)
            option->text = ActivityLogView::wholeWords(option->text);
    }
};

} // namespace

ActivityLogView::ActivityLogView(ActivityLogModel *model, QWidget *parent)
    : QTableView(parent),
      m_lines(new ActivityLogLines(model, this)),
      m_refit(new QTimer(this))
{
    setObjectName(QStringLiteral("logTable"));
    setAccessibleName(tr("Activity log"));
    setModel(m_lines);
    setItemDelegate(new WholeWordDelegate(this));
    // One sentence an entry, the whole width: no titles needed, no columns to share.
    verticalHeader()->hide();
    horizontalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setColumnHidden(ActivityLogModel::Action, true);
    setColumnHidden(ActivityLogModel::Result, true);
    setShowGrid(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there: the width does not change as the log grows past its height.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    const QFontMetrics fm = fontMetrics();
    verticalHeader()->setMinimumSectionSize(fm.height() + 4);
    verticalHeader()->setDefaultSectionSize(fm.height() + 4);
    // Never so narrow that the widest word of an entry (a client order ID in brackets, a 20-digit
    // order id) would be cut.
    setMinimumWidth(fm.horizontalAdvance(QStringLiteral("(td-ffffffffffffffff).")) + 2 * 8
                    + verticalScrollBar()->sizeHint().width() + 2 * frameWidth());

    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, [this] {
        const int width = columnWidth(ActivityLogModel::Time);
        if (width == m_fittedWidth || !this->model())
            return;
        m_fittedWidth = width;
        fitRows(0, this->model()->rowCount() - 1);
    });
    connect(m_lines, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitRows(first, last); });
    connect(
        m_lines, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { fitRows(from.row(), to.row()); });
    connect(m_lines, &QAbstractItemModel::modelReset, this, [this] {
        m_fittedWidth = -1;
        fitAllLater();
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { fitAllLater(); });
    fitAllLater(); // what was logged before the window opened
}

QString ActivityLogView::wholeWords(const QString &text)
{
    // The text layout may also break after a hyphen, an ellipsis or a slash ("td-" / "acb9…"):
    // a word joiner after each such mark inside a word keeps the word on one line.
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
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

QString ActivityLogView::shownText(int row) const
{
    return wholeWords(m_lines->line(row));
}

void ActivityLogView::keyPressEvent(QKeyEvent *event)
{
    // Copy takes the selected rows' time, action and result, tab-separated.
    if (!event->matches(QKeySequence::Copy) || !selectionModel()) {
        QTableView::keyPressEvent(event);
        return;
    }
    QStringList lines;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < ActivityLogModel::ColumnCount; ++column)
            cells.append(m_lines->sourceModel()->index(row.row(), column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    event->accept();
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
