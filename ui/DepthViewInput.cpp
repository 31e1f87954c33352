// The ladder's clicks, drags and keys.
#include "ui/DepthView.h"

#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/DepthModel.h"
#include "models/TicketModel.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"

#include <QApplication>
#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTableView>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

bool DepthView::eventFilter(QObject *watched, QEvent *event)
{
    if (onMarker(watched, event))
        return true;
    if (watched == m_table->viewport() && onMouse(event))
        return true;
    if (watched == m_table->viewport() && event->type() == QEvent::ToolTip
        && mineTip(static_cast<QHelpEvent *>(event)))
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
    if (watched == m_table
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        m_table->viewport()->update(); // the outline shows only while the keys reach the book
        updatePreview();
    }
    if (watched == m_table->viewport()
        && (event->type() == QEvent::Enter || event->type() == QEvent::Leave)) {
        pointerOver(event->type() == QEvent::Enter);
        if (!m_hovered) {
            aimAt({});
            // Gone from the rows, its first move back aims; a window over a still pointer (the
            // book's confirmation) is no move when it goes.
            const QWidget *rows = m_table->viewport();
            if (!rows->rect().contains(rows->mapFromGlobal(QCursor::pos())))
                m_pointerAt.reset();
        }
        updatePreview();
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        // The market may stray a third of the rows in view each way before the ladder
        // (following) re-centres: the middle third of what the trader sees.
        m_model->setFollowBand(std::max(1, visibleRows() / 6));
        updateEdges();
        updateInfo(); // and the market's markers: other rows in view
    }
    return QWidget::eventFilter(watched, event);
}

// The level under the pointer, only where the rows are in view: below the viewport the table
// has more rows, never seen, and a release there is no choice of one.
QModelIndex DepthView::shownAt(const QPoint &point) const
{
    return m_table->viewport()->rect().contains(point) ? m_table->indexAt(point) : QModelIndex();
}

bool DepthView::onMouse(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        if (!m_hovered && m_table->viewport()->rect().contains(move->position().toPoint()))
            pointerOver(true); // over the ladder, whether or not its Enter was seen
        // Only a pointer that moved aims (and takes the keys): a move event where it was is
        // the rows slid under it (Qt sends one when a widget under the pointer shows or hides).
        const bool moved = pointerMoved(move);
        if (const QModelIndex at = shownAt(move->position().toPoint());
            moved && (at != m_hover || m_previewSpent)) {
            m_previewSpent = false; // the pointer moved on: the preview says what a click sends
            aimAt(at);
            updatePreview();
        }
        return dragging(move);
    }
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QModelIndex index = shownAt(mouse->position().toPoint());
    if (type == QEvent::MouseButtonDblClick) {
        m_pressRow = -1; // the second click of a double click is not a second order
        return isArmed();
    }
    // While the button is down the rows never scroll (the table would scroll a partly shown
    // row into view on the press): the release lands on the row the trader sees.
    m_table->setAutoScroll(type == QEvent::MouseButtonRelease);
    if (type == QEvent::MouseButtonPress) {
        clearRefusal(); // the next action on the ladder: the last refusal is done with
        m_keyBeforePress = m_table->currentIndex().row();
        m_pressRow = index.isValid() ? index.row() : -1;
        m_pressColumn = index.column();
        m_press = drawn(m_pressRow); // the price and side the trader saw there
        if (m_press.valid && m_pressRow == m_aimRow && m_press.price == m_aimPrice)
            m_press.kind = m_aimKind; // and aimed at, coming to the row
        m_pressUnsettled = m_press.valid && sideUnsettledFor(m_press.price, m_press.kind) > 0;
        updateFollowing(); // a click or drag in progress: the prices stay
        return false;
    }
    const int pressRow = m_pressRow;
    m_pressRow = -1;
    updateFollowing(); // the click or drag is over
    const bool sameRow = index.isValid() && pressRow == index.row() && m_press.valid;
    // Ctrl+click fills the form with the price and the size up to it, armed or not: it never
    // places (it is not a second way to trade from the book).
    if (sameRow && (mouse->modifiers() & Qt::ControlModifier)) {
        chooseWithSide(m_press, index.row());
        return false;
    }
    if (!isArmed() || !m_trader) {
        if (sameRow)
            Q_EMIT priceChosen(m_press.price);
        return false;
    }
    if (index.isValid() && pressRow >= 0 && m_press.valid) {
        m_clickAt = mouse->globalPosition().toPoint(); // a refusal is told there too
        release(index.row());
        m_clickAt.reset();
    } else if (pressRow >= 0 && m_pressColumn == DepthModel::Mine)
        m_message->show(MessageBar::Kind::Info,
                        tr("Not moved: released outside the rows; nothing was sent."));
    // A drag from a Mine cell moved the table's current cell along under the pointer. Dropped
    // (moved, refused or kept), the keyboard's row is the drop row the outline shows, or off the
    // rows the row it was before the press: the next arrow key moves one row from there (it had
    // no row, and one Down jumped 115 USDT to the top of the ladder, review 32).
    if (pressRow >= 0 && m_pressColumn == DepthModel::Mine && !sameRow)
        keyRowAfterDrop(index.isValid() ? index.row() : m_keyBeforePress);
    return false; // the table ends its own press as usual
}

void DepthView::keyRowAfterDrop(int row)
{
    const int column = std::max(0, m_pressColumn);
    QMetaObject::invokeMethod(
        this,
        [this, row, column] {
            const bool scrolls = m_table->hasAutoScroll();
            m_table->setAutoScroll(false); // the rows stay under the pointer
            m_table->setCurrentIndex(m_model->level(row) ? m_model->index(row, column)
                                                         : QModelIndex());
            m_table->setAutoScroll(scrolls);
        },
        Qt::QueuedConnection);
}

// While an own order is dragged from its Mine cell, the line under the ladder says where it
// would go on release, and how to let go without moving it (found under Xvfb: nothing showed
// the target until the release had cancelled the order).
bool DepthView::dragging(const QMouseEvent *mouse)
{
    if (!(mouse->buttons() & Qt::LeftButton) || !isArmed() || !m_trader || m_pressRow < 0
        || m_pressColumn != DepthModel::Mine || !m_press.valid)
        return false;
    const QModelIndex index = shownAt(mouse->position().toPoint());
    const Drawn to = drawn(index.isValid() ? index.row() : -1);
    const QList<Order> own = m_model->ownOrdersAt(m_model->rowOf(Side::Buy, m_press.price));
    if (own.isEmpty())
        return false;
    // The hint says what the release there does, by the release's own rules.
    if (!to.valid) {
        m_message->show(MessageBar::Kind::Info,
                        tr("Outside the rows: release to keep it (nothing is sent)."));
        return false;
    }
    if (to.price == m_press.price) {
        m_message->show(MessageBar::Kind::Info,
                        tr("Release here: cancel it · outside the rows: keep it."));
        return false;
    }
    if (const QString why = moveAcross(to, own.first().side); !why.isEmpty()) {
        m_message->show(MessageBar::Kind::Info, why);
        return false;
    }
    const SymbolRules &rules = m_model->rules();
    const DepthModel::Level *from0 = m_model->level(m_model->rowOf(Side::Buy, m_press.price));
    const Decimal left = from0 ? from0->mine : Decimal(); // what is left of them to move
    const QString quantity =
        AssetFormat::withUnit(AssetFormat::quantity(left, rules), rules.baseToken);
    const QString from = AssetFormat::price(m_press.price, rules);
    const QString target = AssetFormat::priceIn(to.price, rules);
    m_message->show(MessageBar::Kind::Info,
                    own.first().side == Side::Buy
                        ? tr("Release: move buy %1 %2 → %3 · outside the rows: keep it.")
                              .arg(quantity, from, target)
                        : tr("Release: move sell %1 %2 → %3 · outside the rows: keep it.")
                              .arg(quantity, from, target));
    return false;
}

// Why an own order of this side may not move to this row (empty: it may): never across the
// spread, by the row as drawn or by the best level of the other side now. The drag's hint and
// its release use this one rule.
QString DepthView::moveAcross(const Drawn &to, ::Side side) const
{
    const bool buy = side == Side::Buy;
    const auto other = m_model->best(buy ? Side::Sell : Side::Buy);
    const bool drawnAcross = to.kind == (buy ? DepthModel::RowKind::Ask : DepthModel::RowKind::Bid);
    const bool across = other && (buy ? to.price >= *other : to.price <= *other);
    if (!drawnAcross && !across)
        return {};
    // The key words first: at the book's width the end of a long line is what is cut.
    return buy ? tr("Release outside the rows to keep it: a buy can't cross the ask.")
               : tr("Release outside the rows to keep it: a sell can't cross the bid.");
}

// An armed click (press and release on one row) or drag (from a Mine cell to another row), at
// the prices of the rows as they were drawn.
void DepthView::release(int row)
{
    const Drawn to = drawn(row);
    if (m_pressColumn == DepthModel::Mine) {
        // The Mine column only cancels or moves: a click meant to cancel never places, even
        // when the order has just filled.
        const QList<Order> own = m_model->ownOrdersAt(m_model->rowOf(Side::Buy, m_press.price));
        if (own.isEmpty()) {
            tell(tr("No order of yours at this price: nothing was sent."));
        } else if (!to.valid || to.price == m_press.price) {
            m_trader->cancelAt(m_press.price);
        } else if (!moveAcross(to, own.first().side).isEmpty()) {
            warn(tr("Nothing moved: that price would cross the spread."));
        } else {
            m_trader->moveAt(m_press.price, to.price);
        }
        return;
    }
    if (!to.valid || to.price != m_press.price)
        return; // a drag from a price that is not the trader's: nothing
    if (m_pressUnsettled)
        return warn(justCrossed(m_press)); // a side the hand was not sent to: the next click
    if (m_press.kind == DepthModel::RowKind::Spread) {
        // A side the book does not show (no ask, say) is no side a click may claim.
        const bool oneSided = !m_model->best(Side::Buy) || !m_model->best(Side::Sell);
        tell(oneSided ? tr("No side here: the book shows no bids or no asks now, so "
                           "this price is neither. Nothing was sent.")
                      : tr("This price is inside the spread: choose it with the "
                           "arrow keys and press B to buy or S to sell. Nothing was "
                           "sent."));
        return;
    }
    if (m_trader->placeAt(m_press.price,
                          m_press.kind == DepthModel::RowKind::Ask ? Side::Sell : Side::Buy)) {
        m_previewSpent = true; // placed: the preview goes until the pointer moves
        updatePreview();
    }
}

// A held key (auto-repeat, a press with no release seen yet, or a press at the very moment of its
// release: X's repeat without the flag) acts once. No hand presses again within 30 ms.
bool DepthView::heldKey(const QKeyEvent *key)
{
    const int k = key->key();
    const auto released = m_releasedAt.constFind(k);
    const bool repeatPair = released != m_releasedAt.cend() && *released != 0 // 0: not timed
                            && key->timestamp() >= *released
                            && key->timestamp() - *released < RepeatPairMs;
    const bool held = key->isAutoRepeat() || m_keysDown.contains(k) || repeatPair;
    m_keysDown.insert(k);
    return held;
}

bool DepthView::onKey(QKeyEvent *key)
{
    const int k = key->key();
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    // A dialog in front (the ladder's confirmation) owns the keyboard: nothing reaches the book.
    if (QApplication::activeModalWidget())
        return true;
    const bool arrow = k == Qt::Key_Up || k == Qt::Key_Down || k == Qt::Key_PageUp
                       || k == Qt::Key_PageDown || k == Qt::Key_Home || k == Qt::Key_End;
    if (arrow && !ctrl && aimed()) {
        // The keys take the keyboard's row away from the pointer (until it moves again): from
        // the outlined row under it, as the table moves its current row.
        const QModelIndex from = m_model->index(keyRow(), std::max(0, m_hover.column()));
        aimAt({});
        m_table->setCurrentIndex(from);
        return false;
    }
    const int row = keyRow();
    if (!aimed() && keyOffView(key, row))
        return true;
    if (k == Qt::Key_Return || k == Qt::Key_Enter) {
        // Held, or the repeat of the Enter that answered a dialog: not a choice made here.
        if (heldKey(key) || row < 0)
            return true;
        choose(row, ctrl);
        return true;
    }
    if (k == Qt::Key_C && !ctrl) {
        centreOnSpread();
        return true;
    }
    if (k == Qt::Key_R && !ctrl && m_trader && !m_trader->interruptedText().isEmpty()) {
        if (!heldKey(key)) // once per press
            placeAgain();
        return true;
    }
    const bool move = ctrl && (k == Qt::Key_Up || k == Qt::Key_Down);
    // Backspace is Delete here (a laptop's "delete" key): the same cancel, the same guards.
    const bool del = k == Qt::Key_Delete || k == Qt::Key_Backspace;
    if (!move && k != Qt::Key_B && k != Qt::Key_S && !del)
        return false;
    if (!isArmed() || !m_trader) {
        if (!move)
            m_message->show(MessageBar::Kind::Info,
                            tr("The book is not armed: nothing was sent. Arm \"Trade from the "
                               "book\" (Alt+K) to trade from the ladder."));
        return !move;
    }
    if (heldKey(key))
        return true;
    clearRefusal(); // the next action on the ladder: the last refusal is done with
    const DepthModel::Level *level = m_model->level(row);
    if (!level) {
        m_message->show(MessageBar::Kind::Info,
                        tr("Point at a level, or choose one with the arrow keys first."));
        return true;
    }
    if (k == Qt::Key_B || k == Qt::Key_S) {
        const Side side = k == Qt::Key_B ? Side::Buy : Side::Sell;
        if (const QString why = crossing(row, side); !why.isEmpty())
            warn(why);
        else if (m_trader->placeAt(level->price, side)) {
            m_previewSpent = true; // placed: the preview goes until the pointer moves
            updatePreview();
        }
    } else if (del && !m_trader->cancelAt(level->price))
        m_message->show(MessageBar::Kind::Info, tr("No order of yours at this level."));
    else if (move)
        moveBy(row, k == Qt::Key_Up ? 1 : -1);
    return true;
}

// B and S rest an order on the book, as a click does: a buy at or above the best ask (a sell at
// or below the best bid) would trade at once as a taker, so it is not sent. The book is the one
// shown at the press: the row as drawn, and the best level of the other side now.
QString DepthView::crossing(int row, Side side) const
{
    const Drawn at = drawn(row);
    if (!at.valid)
        return {};
    const bool buy = side == Side::Buy;
    const auto other = m_model->best(buy ? Side::Sell : Side::Buy);
    const bool drawnAcross = at.kind == (buy ? DepthModel::RowKind::Ask : DepthModel::RowKind::Bid);
    const bool across = other && (buy ? at.price >= *other : at.price <= *other);
    if (!drawnAcross && !across)
        return {};
    const QString price = AssetFormat::priceIn(at.price, m_model->rules());
    // The price it would trade against: the best bid or ask as the exchange sent it, not its
    // group's row (at Tick × 100 the ask 69,992.87 was quoted as 69,992.00).
    const auto real = m_model->realBest(buy ? Side::Sell : Side::Buy);
    const QString against = AssetFormat::priceIn(real     ? *real
                                                 : across ? *other
                                                          : at.price,
                                                 m_model->rules());
    return buy ? tr("A buy at %1 would trade at once against the ask %2: nothing was sent. Use "
                    "the form for an order that crosses.")
                     .arg(price, against)
               : tr("A sell at %1 would trade at once against the bid %2: nothing was sent. Use "
                    "the form for an order that crosses.")
                     .arg(price, against);
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
    const bool bid = own.first().side == Side::Buy;
    // A move never crosses the spread: it would trade at once instead of resting.
    const auto across = m_model->best(bid ? Side::Sell : Side::Buy);
    if (step.isZero() || !target || target->isZero() || target->isNegative()
        || (across && (bid ? *target >= *across : *target <= *across))) {
        warn(tr("Nothing moved: that price would cross the spread."));
        return;
    }
    // The keyboard's level follows the order to its new price as the move starts: the next
    // Ctrl+Up/Down moves it on (the trader saw "No order of yours at this level" instead).
    if (m_trader->moveAt(level->price, *target)) {
        const int to = m_model->rowOf(own.first().side, *target);
        if (to >= 0 && !aimed()) // under the pointer, the keys stay at the pointer's row
            m_table->setCurrentIndex(m_model->index(to, m_table->currentIndex().column()));
    }
}

// A refusal of the ladder's own (nothing was sent): it goes by itself, or at the next action.
void DepthView::warn(const QString &text)
{
    m_message->show(MessageBar::Kind::Warning, text);
    m_refusalTimer->start();
    tipAtClick(text);
}

// The Mine cell's tooltip waits until the pointer has rested there MineTipMs (the header's tooltip
// explains the column); true: not yet (shown later if the pointer stays on the cell).
bool DepthView::mineTip(const QHelpEvent *help)
{
    const QModelIndex at = shownAt(help->pos());
    if (at.column() != DepthModel::Mine || at != m_hover || !m_hoverSince.isValid())
        return false;
    const qint64 rested = m_hoverSince.elapsed();
    if (rested >= MineTipMs)
        return false; // the table shows it
    QToolTip::hideText();
    if (!m_tipTimer) {
        m_tipTimer = new QTimer(this);
        m_tipTimer->setSingleShot(true);
        connect(m_tipTimer, &QTimer::timeout, this, [this] {
            const QString tip = m_tipAt.data(Qt::ToolTipRole).toString();
            if (m_hovered && m_tipAt.isValid() && m_tipAt == m_hover && !tip.isEmpty())
                QToolTip::showText(m_tipGlobal, tip, m_table->viewport(),
                                   m_table->visualRect(m_tipAt));
        });
    }
    m_tipAt = at;
    m_tipGlobal = help->globalPos();
    m_tipTimer->start(int(MineTipMs - rested));
    return true;
}
