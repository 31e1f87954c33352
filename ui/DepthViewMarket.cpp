// Where the market is when it has left the rows in view: a marker at the edge it went past.
#include "ui/DepthView.h"

#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace {

// Whole rows of `step` from `from` out to `to`, a part of a row counted as one.
int rowsTo(const Decimal &from, const Decimal &to, const Decimal &step)
{
    const auto diff = to.subtract(from);
    if (!diff || diff->isZero() || step.isZero())
        return 0;
    const Decimal gap = diff->abs();
    const auto whole = gap.divide(step, 0);
    bool ok = false;
    qlonglong rows = whole ? whole->toString().toLongLong(&ok) : 0;
    if (!ok)
        return std::numeric_limits<int>::max();
    if (const auto back = whole->multiply(step); back && *back < gap)
        ++rows;
    return int(std::min<qlonglong>(rows, std::numeric_limits<int>::max()));
}

// The own orders' count and the market's marker share an edge's line: the marker, when there,
// takes the larger part (its key words first, the rest elided), each line alone takes it all.
void layOut(QLabel *own, QLabel *market)
{
    auto *box = static_cast<QBoxLayout *>(market->parentWidget()->layout());
    const bool marked = !OneLineLabel::text(market).isEmpty();
    const bool owned = !OneLineLabel::text(own).isEmpty();
    market->setVisible(marked);
    own->setVisible(owned || !marked); // the line's height is the edge's: hidden, it stays
    box->setStretchFactor(market, 3);
    box->setStretchFactor(own, 2);
}

} // namespace

void DepthView::buildMarkers()
{
    m_marketAbove = new QLabel(this);
    m_marketAbove->setObjectName(QStringLiteral("marketAbove"));
    m_marketBelow = new QLabel(this);
    m_marketBelow->setObjectName(QStringLiteral("marketBelow"));
    m_leaveGrace = new QTimer(this);
    m_leaveGrace->setSingleShot(true);
    m_leaveGrace->setInterval(LeaveGraceMs);
    connect(m_leaveGrace, &QTimer::timeout, this, &DepthView::updateFollowing);
}

// An edge of the rows: the own orders beyond it and the market's marker, one line whose height
// never changes with what it shows (the rows never shift under the pointer).
QWidget *DepthView::buildEdge(QLabel *own, QLabel *market)
{
    auto *edge = new QWidget(this);
    auto *row = new QHBoxLayout(edge);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    WidgetColors::setBold(market, true);
    OneLineLabel::keep(market);
    OneLineLabel::keep(own);
    market->setCursor(Qt::PointingHandCursor);
    market->installEventFilter(this);
    market->hide();
    row->addWidget(market);
    row->addWidget(own);
    edge->setFixedHeight(std::max(own->maximumHeight(), market->maximumHeight()));
    return edge;
}

// The spread and the last trade (where the market went, when it left the rows, is said at the
// edge it went past).
void DepthView::updateInfo()
{
    OneLineLabel::setText(m_info, m_model->spreadText());
    updateMarket();
}

// The market (its best bid, best ask and last trade) wholly beyond the rows in view: at that edge,
// how many rows away its nearest price is, and how to bring it back. A click on it centres.
void DepthView::updateMarket()
{
    const int topRow = m_table->rowAt(0);
    const int bottomRow = m_table->rowAt(m_table->viewport()->height() - 1);
    const DepthModel::Level *top = m_model->level(std::max(topRow, 0));
    const DepthModel::Level *bottom =
        m_model->level(bottomRow < 0 ? m_model->rowCount() - 1 : bottomRow);
    std::vector<Decimal> market;
    for (const auto &price : {m_model->best(Side::Buy), m_model->best(Side::Sell)}) {
        if (price)
            market.push_back(*price);
    }
    if (const auto last = m_model->lastPrice(); last && !m_model->step().isZero())
        market.push_back(m_model->bucket(*last, Side::Buy)); // the row it shows in
    QString above;
    QString below;
    if (top && bottom && !market.empty() && !m_model->step().isZero()) {
        const auto [low, high] = std::minmax_element(market.begin(), market.end());
        if (*low > top->price)
            above = tr("▲ Market %Ln row(s) above · C centres", nullptr,
                       rowsTo(top->price, *low, m_model->step()));
        else if (*high < bottom->price)
            below = tr("▼ Market %Ln row(s) below · C centres", nullptr,
                       rowsTo(*high, bottom->price, m_model->step()));
    }
    // Bold, in the warning colour (4.5:1 on the window, light and dark: tst_gui_ladder_market).
    const std::pair<QLabel *, QString> markers[] = {{m_marketAbove, above}, {m_marketBelow, below}};
    for (const auto &[label, text] : markers) {
        if (label->palette().color(QPalette::WindowText) != m_colors->warning()) {
            label->setPalette(QPalette()); // the theme's, which may have changed
            WidgetColors::setText(label, m_colors->warning());
        }
        OneLineLabel::setText(label, text);
        if (!text.isEmpty())
            label->setToolTip(text + QLatin1Char('\n')
                              + tr("Click here, or press C in the book, to centre its rows on "
                                   "the market.")
                              + QLatin1Char('\n') + m_model->spreadText());
    }
    layOut(m_above, m_marketAbove);
    layOut(m_below, m_marketBelow);
}

// A click on a market's marker centres the rows on the market (on purpose: the only way an
// armed ladder's rows move, besides C and Centre).
bool DepthView::onMarker(QObject *watched, QEvent *event)
{
    if (watched != m_marketAbove && watched != m_marketBelow)
        return false;
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const auto *label = static_cast<QLabel *>(watched);
    if (event->type() == QEvent::MouseButtonRelease
        && label->rect().contains(mouse->position().toPoint())
        && !OneLineLabel::text(label).isEmpty())
        centreOnSpread();
    return true;
}

// The pointer over the rows: an unarmed ladder does not follow the market; nor for
// LeaveGraceMs after it left them (see updateFollowing()).
void DepthView::pointerOver(bool over)
{
    const bool was = m_hovered;
    m_hovered = over;
    if (over)
        m_leaveGrace->stop();
    else if (was)
        m_leaveGrace->start();
    updateFollowing();
}
