#include "ui/DepthView.h"

#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
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
      m_colors(colors),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("depthView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3); // room for the armed frame
    layout->setSpacing(2);
    buildBar();
    m_above = new QLabel(this);
    m_above->setObjectName(QStringLiteral("ownAbove"));
    m_below = new QLabel(this);
    m_below->setObjectName(QStringLiteral("ownBelow"));
    m_message = new MessageBar(colors, this);
    m_message->setObjectName(QStringLiteral("ladderMessage"));
    m_message->hide();
    layout->addWidget(m_above);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_below);
    layout->addWidget(m_message);
    m_table->setObjectName(QStringLiteral("depthTable"));
    m_table->setAccessibleName(tr("Order book"));
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
    // Prices are never elided: their column is as wide as the widest price (see fitPrices()).
    m_table->horizontalHeader()->setSectionResizeMode(DepthModel::Price, QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this); // clicks, with the modifiers they came with
    // Levels come and go at the far ends; the spread stays where the trader looks.
    connect(model, &QAbstractItemModel::rowsInserted, this, &DepthView::keepSpreadInView);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DepthView::keepSpreadInView);
    connect(model, &QAbstractItemModel::dataChanged, this, &DepthView::updateEdges);
    connect(model, &DepthModel::ownOrdersChanged, this, &DepthView::updateEdges);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &DepthView::fitPrices);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &DepthView::updateEdges);
    setArmed(false);
    connect(colors, &ColorScheme::changed, this, [this] { setArmed(isArmed()); });
    keepSpreadInView();
}

void DepthView::buildBar()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_arm = new QToolButton(this);
    m_arm->setObjectName(QStringLiteral("ladderArm"));
    m_arm->setCheckable(true);
    m_arm->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_arm, &QToolButton::toggled, this, &DepthView::setArmed);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("ladderGrouping"));
    for (int factor : {1, 10, 100})
        m_grouping->addItem(tr("Tick × %1").arg(factor), factor);
    m_grouping->setToolTip(tr("Group the levels by a multiple of the tick"));
    auto *groupLabel = new QLabel(tr("&Grouping"), this);
    groupLabel->setBuddy(m_grouping);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(m_grouping->currentData().toInt());
        keepSpreadInView();
    });
    m_centre = new QToolButton(this);
    m_centre->setObjectName(QStringLiteral("ladderCentre"));
    m_centre->setText(tr("Centre"));
    m_centre->setToolTip(tr("Centre the ladder on the spread (C)"));
    connect(m_centre, &QToolButton::clicked, this, &DepthView::centreOnSpread);
    // The switch has a row of its own, across the book: its state reads at a glance, and its
    // longer armed text never widens the dock.
    m_arm->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_arm);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addStretch(1);
    bar->addWidget(m_centre);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void DepthView::setTrader(LadderTrader *trader)
{
    m_trader = trader;
    trader->setDialogParent(this);
    connect(trader, &LadderTrader::message, m_message, &MessageBar::show);
}

bool DepthView::isArmed() const
{
    return m_arm->isChecked();
}

void DepthView::setArmed(bool armed)
{
    m_arm->setText(armed ? tr("ARMED — trade from the boo&k") : tr("Trade from the boo&k"));
    m_arm->setAccessibleName(armed ? tr("Trade from the book: armed")
                                   : tr("Trade from the book: off"));
    // Armed: bold text in the warning colour (4.5:1 on the window in light and dark) and the
    // frame in the same colour around the whole book.
    m_arm->setPalette(QPalette()); // back to the theme's, which may have changed since
    if (armed)
        WidgetColors::setText(m_arm, m_colors->warning());
    WidgetColors::setBold(m_arm, armed);
    m_table->setToolTip(
        armed ? tr("Armed: click a bid to buy, an ask to sell, at its price with the ticket's "
                   "quantity (B and S at the current level). Click Mine to cancel; drag it or "
                   "Ctrl+Up/Down to move.")
              : tr("Click a level: its price into the order form. Ctrl+click: its price and the "
                   "total size up to it. Enter and Ctrl+Enter likewise."));
    m_pressRow = -1;
    update();
}

void DepthView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!isArmed())
        return;
    QPainter painter(this);
    QPen pen(m_colors->warning(), 3);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(1, 1, -2, -2));
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
    if (watched == m_table->viewport() && onMouse(event))
        return true;
    if (watched == m_table && (event->type() == QEvent::KeyPress)
        && onKey(static_cast<QKeyEvent *>(event)))
        return true;
    if (watched == m_table && event->type() == QEvent::KeyRelease) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->isAutoRepeat()) {
            m_keysDown.remove(key->key());
            m_releasedAt.insert(key->key(), key->timestamp());
        }
    }
    if (watched == m_table && event->type() == QEvent::FocusOut)
        m_keysDown.clear(); // a release seen elsewhere
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        updateEdges();
    return QWidget::eventFilter(watched, event);
}

bool DepthView::onMouse(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
    if (type == QEvent::MouseButtonDblClick) {
        m_pressRow = -1; // the second click of a double click is not a second order
        return isArmed();
    }
    if (type == QEvent::MouseButtonPress) {
        m_pressRow = index.isValid() ? index.row() : -1;
        m_pressColumn = index.column();
        return false;
    }
    const int pressRow = m_pressRow;
    m_pressRow = -1;
    if (!isArmed() || !m_trader) {
        if (index.isValid())
            choose(index.row(), mouse->modifiers() & Qt::ControlModifier);
        return false;
    }
    if (index.isValid() && pressRow >= 0)
        release(pressRow, index.row());
    return false; // the table ends its own press as usual
}

// An armed click (press and release on one level) or drag (from a Mine cell to another level).
void DepthView::release(int pressRow, int row)
{
    const DepthModel::RowKind kind = m_model->kindOf(pressRow);
    if (m_pressColumn == DepthModel::Mine) {
        // The Mine column only cancels or moves: a click meant to cancel never places, even
        // when the order has just filled or the level moved under the pointer.
        if (m_model->ownOrdersAt(pressRow).isEmpty()) {
            m_message->show(MessageBar::Kind::Info,
                            tr("No order of yours at this level: nothing was sent."));
        } else if (row == pressRow) {
            m_trader->cancelAt(pressRow);
        } else if (m_model->kindOf(row) != kind || !m_model->level(row)) {
            m_message->show(MessageBar::Kind::Warning,
                            tr("Nothing moved: drop an order on a level of its own side."));
        } else {
            m_trader->moveAt(pressRow, m_model->level(row)->price);
        }
        return;
    }
    if (row != pressRow || kind == DepthModel::RowKind::Spread)
        return; // a drag from a level that is not the trader's: nothing
    m_trader->placeAt(row, kind == DepthModel::RowKind::Ask ? Side::Sell : Side::Buy);
}

bool DepthView::onKey(QKeyEvent *key)
{
    const int k = key->key();
    const QModelIndex current = m_table->currentIndex();
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    if (k == Qt::Key_Return || k == Qt::Key_Enter) {
        if (key->isAutoRepeat() || !current.isValid())
            return false;
        choose(current.row(), ctrl);
        return true;
    }
    if (k == Qt::Key_C && !ctrl) {
        centreOnSpread();
        return true;
    }
    const bool move = ctrl && (k == Qt::Key_Up || k == Qt::Key_Down);
    if (!move && k != Qt::Key_B && k != Qt::Key_S && k != Qt::Key_Delete)
        return false;
    if (!isArmed() || !m_trader) {
        if (!move)
            m_message->show(MessageBar::Kind::Info,
                            tr("The book is not armed: nothing was sent. Arm \"Trade from the "
                               "book\" (Alt+K) to trade from the ladder."));
        return !move;
    }
    // A held key (auto-repeat, a press with no release seen yet, or a press at the very moment of
    // its release: X's repeat without the flag) acts once. No hand presses again within 30 ms.
    const auto released = m_releasedAt.constFind(k);
    const bool repeatPair = released != m_releasedAt.cend() && *released != 0 // 0: not timed
                            && key->timestamp() >= *released
                            && key->timestamp() - *released < RepeatPairMs;
    if (key->isAutoRepeat() || m_keysDown.contains(k) || repeatPair) {
        m_keysDown.insert(k);
        return true;
    }
    m_keysDown.insert(k);
    const int row = current.isValid() ? current.row() : -1;
    if (!m_model->level(row)) {
        m_message->show(MessageBar::Kind::Info, tr("Choose a level with the arrow keys first."));
        return true;
    }
    if (k == Qt::Key_B || k == Qt::Key_S)
        m_trader->placeAt(row, k == Qt::Key_B ? Side::Buy : Side::Sell);
    else if (k == Qt::Key_Delete && !m_trader->cancelAt(row))
        m_message->show(MessageBar::Kind::Info, tr("No order of yours at this level."));
    else if (move)
        moveBy(row, k == Qt::Key_Up ? 1 : -1);
    return true;
}

void DepthView::moveBy(int row, int steps)
{
    const DepthModel::Level *level = m_model->level(row);
    const QList<Order> own = m_model->ownOrdersAt(row);
    if (!level || own.isEmpty()) {
        m_message->show(MessageBar::Kind::Info, tr("No order of yours at this level to move."));
        return;
    }
    const Decimal step = m_model->step();
    const auto target = level->price.add(steps > 0 ? step : step.negated());
    const bool bid = m_model->kindOf(row) == DepthModel::RowKind::Bid;
    // A move never crosses the spread: it would trade at once instead of resting.
    const DepthModel::Level *across =
        m_model->level(bid ? m_model->spreadRow() - 1 : m_model->spreadRow() + 1);
    if (step.isZero() || !target || target->isZero() || target->isNegative()
        || (across && (bid ? *target >= across->price : *target <= across->price))) {
        m_message->show(MessageBar::Kind::Warning,
                        tr("Nothing moved: that price would cross the spread."));
        return;
    }
    m_trader->moveAt(row, *target);
}

void DepthView::centreOnSpread()
{
    m_table->scrollTo(m_model->index(m_model->spreadRow(), 0), QAbstractItemView::PositionAtCenter);
    updateEdges();
}

void DepthView::fitPrices()
{
    int widest =
        QFontMetrics(m_table->horizontalHeader()->font())
            .horizontalAdvance(m_model->headerData(DepthModel::Price, Qt::Horizontal).toString());
    const QFontMetrics fm(m_table->font());
    for (int row : {0, m_model->rowCount() - 1}) { // the highest and the lowest price
        if (m_model->level(row))
            widest = std::max(widest, fm.horizontalAdvance(m_model->index(row, 0).data().toString()
                                                           + QStringLiteral("▸ ")));
    }
    const int width = widest + 2 * fm.averageCharWidth();
    if (m_table->columnWidth(DepthModel::Price) != width)
        m_table->setColumnWidth(DepthModel::Price, width);
    // Sizes and own sizes (● 0.0000) unclipped too: the book asks for that much width.
    const int other = fm.horizontalAdvance(QStringLiteral("● 00.0000")) + fm.averageCharWidth();
    m_table->setMinimumWidth(width + 3 * other + m_table->verticalScrollBar()->sizeHint().width()
                             + 2 * m_table->frameWidth());
}

void DepthView::keepSpreadInView()
{
    fitPrices();
    // The spread row reads across the whole ladder.
    m_table->clearSpans();
    m_table->setSpan(m_model->spreadRow(), 0, 1, DepthModel::ColumnCount);
    updateEdges();
    // The trader is on a level, has the pointer over the ladder, or has armed it: the view stays
    // where it is (a row never re-centres under a click that sends an order).
    if (!m_table->isVisible() || m_table->currentIndex().isValid() || isArmed()
        || m_table->viewport()->underMouse())
        return;
    centreOnSpread();
}

// Own orders priced beyond the rows in view (or beyond the book's shown depth), counted at the
// edge they lie past.
void DepthView::updateEdges()
{
    const int rows = m_model->rowCount();
    int top = m_table->rowAt(0);
    int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    if (top < 0)
        top = 0;
    if (bottom < 0)
        bottom = rows - 1;
    const auto [above, below] = m_model->ownBeyond(top, bottom);
    // The labels keep their height when empty, so the rows in view do not shift with them.
    m_above->setText(above > 0 ? tr("▲ %n own order(s) above", nullptr, above) : QString());
    m_below->setText(below > 0 ? tr("▼ %n own order(s) below", nullptr, below) : QString());
}
