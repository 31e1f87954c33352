// The ladder's guards on what the trader can see: a row's side must have shown long enough for a
// hand sent to it to have seen it, and the keys act only at a row in view.
#include "ui/DepthView.h"

#include "models/AssetFormat.h"
#include "models/DepthModel.h"
#include "ui/MessageBar.h"

#include <QKeyEvent>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

namespace {

QString sideKey(const DepthModel *model, const Decimal &price)
{
    return model->rules().symbol + QLatin1Char(' ') + price.toString();
}

} // namespace

// Each row's side as painted, and when it last changed at its price. A row first painted (a new
// symbol, a scroll, a re-centre) counts as settled: only a change the trader watched is recent.
void DepthView::sawSide(int row)
{
    const DepthModel::Level *l = m_model->level(row);
    if (!l)
        return;
    if (!m_sideClock.isValid())
        m_sideClock.start();
    const QString key = sideKey(m_model, l->price);
    const auto seen = m_sides.constFind(key);
    if (seen == m_sides.cend())
        m_sides.insert(key, SideSeen{l->kind, -1});
    else if (seen->kind != l->kind)
        m_sides.insert(key, SideSeen{l->kind, m_sideClock.elapsed()});
    if (m_sides.size() > 4 * m_model->rowCount() + 64) {
        // Only the prices of the rows now: the others are painted anew, settled, if they return.
        QHash<QString, SideSeen> kept;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (const DepthModel::Level *at = m_model->level(r))
                kept.insert(sideKey(m_model, at->price),
                            m_sides.value(sideKey(m_model, at->price), SideSeen{at->kind, -1}));
        }
        m_sides.swap(kept);
    }
}

// How long until this side, shown at this price, has shown for SideSettleMs (0: it has, or the
// price shows another side: a click on the old side is judged as the market is now, refused
// where it would cross; a price inside the spread places nothing anyway).
qint64 DepthView::sideUnsettledFor(const Decimal &price, DepthModel::RowKind kind) const
{
    const auto seen = m_sides.constFind(sideKey(m_model, price));
    if (seen == m_sides.cend() || seen->since < 0 || !m_sideClock.isValid() || seen->kind != kind
        || kind == DepthModel::RowKind::Spread)
        return 0;
    return std::max<qint64>(0, seen->since + SideSettleMs - m_sideClock.elapsed());
}

// The preview and the pressed row judged again once a changed side has settled.
void DepthView::recheckSideLater(qint64 ms)
{
    if (!m_settleTimer) {
        m_settleTimer = new QTimer(this);
        m_settleTimer->setSingleShot(true);
        connect(m_settleTimer, &QTimer::timeout, this, &DepthView::updatePreview);
    }
    if (!m_settleTimer->isActive() || m_settleTimer->remainingTime() > ms)
        m_settleTimer->start(int(ms) + 1);
}

// Why a click pressed on this row places nothing (empty: it may place): its side changed too
// recently for the trader to have seen it before the hand arrived.
QString DepthView::justCrossed(const Drawn &at) const
{
    const QString price = AssetFormat::priceIn(at.price, m_model->rules());
    return at.kind == DepthModel::RowKind::Ask
               ? tr("The market just crossed %1 — it is an ask now: nothing placed. Click again "
                    "to sell there.")
                     .arg(price)
               : tr("The market just crossed %1 — it is a bid now: nothing placed. Click again "
                    "to buy there.")
                     .arg(price);
}

// The first and last rows shown whole (-1, -1: none).
std::pair<int, int> DepthView::rowsInView() const
{
    const int height = m_table->viewport()->height();
    int first = m_table->rowAt(0);
    int last = m_table->rowAt(height - 1);
    if (first < 0)
        return {-1, -1};
    if (last < 0)
        last = m_model->rowCount() - 1;
    if (m_table->rowViewportPosition(first) < 0)
        ++first;
    if (m_table->rowViewportPosition(last) + m_table->rowHeight(last) > height)
        --last;
    return first <= last ? std::pair{first, last} : std::pair{-1, -1};
}

bool DepthView::rowInView(int row) const
{
    const auto [first, last] = rowsInView();
    return row >= first && row <= last && first >= 0;
}

// The keyboard's row out of view: what the line says instead of what a key would send there.
QString DepthView::keyRowAway(int row) const
{
    const DepthModel::Level *level = m_model->level(row);
    if (!level || rowInView(row))
        return {};
    return tr("Keys' row %1 is out of view · ↑/↓")
        .arg(AssetFormat::price(level->price, m_model->rules()));
}

// Armed (Alt+K or the switch), the keys go to the book: its table takes the focus, its outline at
// the row in view nearest the market (the keys went on editing the ticket: Down lowered its
// quantity, C typed into it).
void DepthView::focusOnArming(bool armed)
{
    if (!armed || !isArmed()) // refused: the switch went back off
        return;
    m_previewSpent = false; // armed anew: the line says what the keys send
    if (!m_table->isVisible())
        return;
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (const int row = marketRowInView(); row >= 0)
        keyRowTo(row);
}

void DepthView::tell(const QString &text)
{
    m_message->show(MessageBar::Kind::Info, text);
    tipAtClick(text);
}

// Review 33: a click's refusal read only under the rows, some 450 px from the pointer, and a fast
// hand saw "nothing happened". It is told at the pointer too, for as long as the line keeps it.
void DepthView::tipAtClick(const QString &text)
{
    if (m_clickAt)
        QToolTip::showText(*m_clickAt, text, m_table->viewport(), {}, MessageBar::ExpiryMs);
}
