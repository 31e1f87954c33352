#include "ui/ActivityLogView.h"

#include "models/ActivityLogModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

constexpr QChar BreakHere(0x200B); // zero-width space: a line may break here, nothing shows

// Wraps as the style does (at spaces), and breaks a word too wide for its cell between any two
// of its characters: an id is read on two lines rather than cut off with "…".
class BreakingDelegate final : public QStyledItemDelegate
{
public:
    BreakingDelegate(ActivityLogView *view)
        : QStyledItemDelegate(view),
          m_view(view)
    {}

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int room = m_view->textRoom(option->rect.width());
        if (room > 0 && (option->features & QStyleOptionViewItem::WrapText))
            option->text = ActivityLogView::breakable(option->text, option->fontMetrics, room);
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
    setItemDelegate(new BreakingDelegate(this));
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

QString ActivityLogView::breakable(const QString &text, const QFontMetrics &fm, int room)
{
    // A word too wide gets a break point only where its piece would overflow a line: it moves
    // to a line of its own first ("order" / "90071992547409" / "93)."), never "order 9" / "0…".
    QStringList words = text.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (word.size() < 2 || fm.horizontalAdvance(word) <= room)
            continue;
        QString broken;
        QString piece;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const QChar c = word.at(i);
            if (!piece.isEmpty() && !c.isLowSurrogate() && fm.horizontalAdvance(piece + c) > room) {
                broken += piece + BreakHere;
                piece.clear();
            }
            piece += c;
        }
        word = broken + piece;
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
    return breakable(text, fontMetrics(), textRoom(columnWidth(column)));
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
