#include "ui/DepthView.h"

#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "ui/Theme.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Paints each level's depth bar (its cumulative share of the deeper side) behind the text, in
// the side's colour, growing from the right edge of the row.
class DepthBarDelegate final : public QStyledItemDelegate
{
public:
    DepthBarDelegate(const ColorScheme *colors, QObject *parent)
        : QStyledItemDelegate(parent),
          m_colors(colors)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const auto kind = DepthModel::RowKind(index.data(DepthModel::RowKindRole).toInt());
        const int permille = index.data(DepthModel::DepthPermilleRole).toInt();
        if (kind != DepthModel::RowKind::Spread && permille > 0
            && !(option.state & QStyle::State_Selected)) {
            const auto *view = qobject_cast<const QTableView *>(option.widget);
            const int rowWidth = view ? view->viewport()->width() : option.rect.width();
            const int barWidth = rowWidth * permille / 1000;
            const int barLeft = rowWidth - barWidth; // in viewport coordinates
            const QRect cell = option.rect;
            const QRect bar(std::max(cell.left(), barLeft), cell.top(),
                            cell.right() - std::max(cell.left(), barLeft) + 1, cell.height());
            if (bar.width() > 0) {
                QColor c =
                    m_colors->side(kind == DepthModel::RowKind::Ask ? Side::Sell : Side::Buy);
                c.setAlpha(m_colors->isDark() ? 70 : 45);
                painter->fillRect(bar, c);
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }

private:
    const ColorScheme *m_colors;
};

} // namespace

DepthView::DepthView(DepthModel *model, const ColorScheme *colors, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("depthView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->setObjectName(QStringLiteral("depthTable"));
    m_table->setAccessibleName(tr("Order book"));
    m_table->setToolTip(tr("Click a level: its price into the order form. Ctrl+click: its "
                           "price and the total size up to it. Enter and Ctrl+Enter likewise."));
    m_table->setModel(model);
    m_table->setItemDelegate(new DepthBarDelegate(colors, m_table));
    // No selection: rows are levels that move as the book changes, so a highlighted row would
    // soon mark another price. The keyboard's current level shows by its focus frame.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(false);
    m_table->setFont(Theme::fixedFont());
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this); // clicks, with the modifiers they came with
    // Levels come and go at the far ends; the spread stays where the trader looks.
    connect(model, &QAbstractItemModel::rowsInserted, this, &DepthView::keepSpreadInView);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DepthView::keepSpreadInView);
    keepSpreadInView();
}

void DepthView::choose(int row, bool withSize)
{
    const DepthModel::Level *level = m_model->level(row);
    if (!level)
        return; // the spread row
    if (withSize)
        Q_EMIT priceAndSizeChosen(level->price, level->total);
    else
        Q_EMIT priceChosen(level->price);
}

bool DepthView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && index.isValid())
            choose(index.row(), mouse->modifiers() & Qt::ControlModifier);
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !key->isAutoRepeat()
            && m_table->currentIndex().isValid()) {
            choose(m_table->currentIndex().row(), key->modifiers() & Qt::ControlModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DepthView::keepSpreadInView()
{
    // The spread row reads across the whole ladder.
    m_table->clearSpans();
    m_table->setSpan(m_model->spreadRow(), 0, 1, DepthModel::ColumnCount);
    if (!m_table->isVisible() || m_table->currentIndex().isValid())
        return; // the trader is on a level: leave the view where it is
    m_table->scrollTo(m_model->index(m_model->spreadRow(), 0), QAbstractItemView::PositionAtCenter);
}
