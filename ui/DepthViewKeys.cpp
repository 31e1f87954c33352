// The ladder's keyboard row: one rule for where B, S, Delete, Ctrl+Up/Down and Enter act.
//
// The keyboard row is a PRICE the trader picked: with ↑/↓ (PageUp/PageDown, Home, End), with Alt+K
// (arming picks the row in view nearest the market), or by moving the pointer onto a row (a real
// motion of the pointer: its position changed). Nothing else changes it: the wheel, the scroll
// bar, C or Centre, the market moving and a new grouping move the rows under a still pointer, and
// the keys stay at the price they were at. Only a mouse move that changed the pointer's position
// picks a row: Qt sends move events with the pointer where it was too (to the widget under a
// resting pointer when a widget there is shown or hidden), and any of them made the row that had
// slid under it the keyboard's (review 33: after the wheel, B bought 14 ticks above the price
// picked with the arrows).
// The keys act only at a row in view. While the keyboard's price is out of view (scrolled away,
// off the rows after C), B, S, Enter, Delete/Backspace and Ctrl+Up/Down send nothing and say so;
// the FIRST arrow then picks the row in view nearest the market and says so ("Keys' row: 70,001.00
// (nearest the market)"), and every later arrow steps one row from there: no press is eaten
// without a word. Those lines go as soon as what they say no longer holds: the row is back in
// view, the keys moved on, another symbol.
#include "ui/DepthView.h"

#include "models/AssetFormat.h"
#include "models/DepthModel.h"
#include "ui/MessageBar.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

// A key at the keyboard's row while it is out of view, or with no keyboard row yet (true:
// handled). The keys never act on a row the trader cannot see, and never scroll the rows.
bool DepthView::keyOffView(const QKeyEvent *key, int row)
{
    const DepthModel::Level *level = m_model->level(row);
    if (level && rowInView(row))
        return false;
    const int k = key->key();
    const bool arrow = k == Qt::Key_Up || k == Qt::Key_Down || k == Qt::Key_PageUp
                       || k == Qt::Key_PageDown || k == Qt::Key_Home || k == Qt::Key_End;
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    if (arrow && !ctrl) {
        const int pick = marketRowInView();
        if (pick < 0)
            return true; // no row in view at all: nothing to pick
        keyRowTo(pick);
        showKeyLine(false,
                    tr("Keys' row: %1 (nearest the market)")
                        .arg(AssetFormat::price(m_model->level(pick)->price, m_model->rules())));
        return true;
    }
    const bool acts = k == Qt::Key_B || k == Qt::Key_S || k == Qt::Key_Return || k == Qt::Key_Enter
                      || k == Qt::Key_Delete || k == Qt::Key_Backspace || (ctrl && arrow);
    if (!level || !acts)
        return false; // no keyboard row: the key says so where it acts
    showKeyLine(true, tr("%1 is out of view: nothing was sent. ↑/↓ picks the row nearest the "
                         "market, C centres.")
                          .arg(AssetFormat::priceIn(level->price, m_model->rules())));
    return true;
}

// The row in view nearest the market: the best bid's, else the best ask's, else (the market
// beyond the rows) the edge row it lies past; -1: no row in view.
int DepthView::marketRowInView() const
{
    const auto [first, last] = rowsInView();
    if (first < 0)
        return -1;
    int target = m_model->bestRow(::Side::Buy);
    if (target < 0)
        target = m_model->bestRow(::Side::Sell);
    if (target < 0) {
        const auto bid = m_model->best(::Side::Buy);
        const DepthModel::Level *top = m_model->level(first);
        target = bid && top && *bid > top->price ? first : last;
    }
    return std::clamp(target, first, last);
}

// The keyboard's row moved without scrolling the rows.
void DepthView::keyRowTo(int row)
{
    const QModelIndex current = m_table->currentIndex();
    const bool scrolls = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    m_table->setCurrentIndex(m_model->index(row, current.isValid() ? current.column() : 0));
    m_table->setAutoScroll(scrolls);
}

// A line about the keyboard's row: a refusal (away: the row is out of view) or the notice of the
// row an arrow picked. Both are about the keyboard's price as it is now.
void DepthView::showKeyLine(bool away, const QString &text)
{
    const DepthModel::Level *level = m_model->level(keyRow());
    if (away)
        warn(text);
    else
        m_message->show(MessageBar::Kind::Info, text);
    m_keyLine = KeyLine{text, level ? level->price : Decimal(), m_model->rules().symbol, away};
}

// The keyboard's line goes when what it says no longer holds: the keys moved to another price,
// the row it refused is back in view, or the book shows another symbol (review 33: "3,527.00 USDT
// is out of view" stayed after C had brought 3,527.00 back).
void DepthView::checkKeyLine()
{
    if (!m_keyLine)
        return;
    if (m_message->text() != m_keyLine->text) {
        m_keyLine.reset(); // replaced or gone already
        return;
    }
    const int row = keyRow();
    const DepthModel::Level *level = m_model->level(row);
    const bool holds = level && level->price == m_keyLine->price
                       && m_model->rules().symbol == m_keyLine->symbol
                       && (!m_keyLine->away || !rowInView(row));
    if (holds)
        return;
    const bool away = m_keyLine->away;
    m_keyLine.reset();
    if (away)
        clearRefusal();
    else
        m_message->clear();
}

// The keyboard's line is judged again whenever the keys' row, the rows in view or the book change.
void DepthView::watchKeyLine()
{
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DepthView::checkKeyLine);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DepthView::checkKeyLine);
    connect(m_model, &DepthModel::anchored, this, &DepthView::checkKeyLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DepthView::checkKeyLine);
}

// A mouse move event that really moved the pointer (true), not one sent with the pointer where it
// was: X sends those after the wheel, and the rows have slid under it.
bool DepthView::pointerMoved(const QMouseEvent *move)
{
    const QPointF at = move->globalPosition();
    const bool moved = !m_pointerAt || *m_pointerAt != at;
    m_pointerAt = at;
    return moved;
}
