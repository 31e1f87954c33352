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

// An edge line's label: its whole text, and a brief one for when it shares the line.
void setTexts(QLabel *label, const QString &whole, const QString &brief)
{
    label->setProperty("wholeText", whole);
    label->setProperty("briefText", brief);
}

int advance(const QLabel *label, const QString &text)
{
    return text.isEmpty() ? 0 : label->fontMetrics().horizontalAdvance(text) + 2;
}

// The own orders' count and the market's marker share an edge's line. Each reads whole (review
// 33: "▲ Market 3 rows above · C…" beside "▲ 1 own order above", the key hint cut): in their
// whole words when both fit, else both brief ("▲ Market 3 rows · C centres", "▲ 1 own"), the
// whole words in their tooltips. Each takes the width its text needs.
void layOut(QLabel *own, QLabel *market)
{
    auto *box = static_cast<QBoxLayout *>(market->parentWidget()->layout());
    QString ownText = own->property("wholeText").toString();
    QString marketText = market->property("wholeText").toString();
    const bool marked = !marketText.isEmpty();
    const bool owned = !ownText.isEmpty();
    const QMargins margins = box->contentsMargins();
    const int room =
        market->parentWidget()->width() - margins.left() - margins.right() - box->spacing();
    if (marked && owned && advance(market, marketText) + advance(own, ownText) > room) {
        ownText = own->property("briefText").toString();
        marketText = market->property("briefText").toString();
    }
    OneLineLabel::setText(own, ownText);
    OneLineLabel::setText(market, marketText);
    own->setToolTip(own->property("wholeText").toString());
    market->setToolTip(marked ? market->property("tipText").toString() : QString());
    market->setVisible(marked);
    own->setVisible(owned || !marked); // the line's height is the edge's: hidden, it stays
    box->setStretchFactor(market, std::max(1, advance(market, marketText)));
    box->setStretchFactor(own, std::max(1, advance(own, ownText)));
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
    row->setContentsMargins(4, 0, 4, 0); // clear of the armed frame
    edge->installEventFilter(this);      // resized: each line laid out again (onMarker())
    row->setSpacing(8);
    WidgetColors::setBold(market, true);
    OneLineLabel::keep(market);
    OneLineLabel::keep(own);
    market->setCursor(Qt::PointingHandCursor);
    market->installEventFilter(this);
    market->hide();
    own->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(market);
    row->addWidget(own);
    edge->setFixedHeight(std::max(own->maximumHeight(), market->maximumHeight()));
    return edge;
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
    setTexts(m_above, above > 0 ? tr("▲ %n own order(s) above", nullptr, above) : QString(),
             tr("▲ %n own", nullptr, above));
    setTexts(m_below, below > 0 ? tr("▼ %n own order(s) below", nullptr, below) : QString(),
             tr("▼ %n own", nullptr, below));
    updateMarket(); // the edge lines share their width with the market's markers
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
    QString brief[2]; // sharing the line with the own orders' count
    if (top && bottom && !market.empty() && !m_model->step().isZero()) {
        const auto [low, high] = std::minmax_element(market.begin(), market.end());
        if (const int rows = rowsTo(top->price, *low, m_model->step()); *low > top->price) {
            above = tr("▲ Market %Ln row(s) above · C centres", nullptr, rows);
            brief[0] = tr("▲ Market %Ln row(s) · C centres", nullptr, rows);
        } else if (const int down = rowsTo(*high, bottom->price, m_model->step());
                   *high < bottom->price) {
            below = tr("▼ Market %Ln row(s) below · C centres", nullptr, down);
            brief[1] = tr("▼ Market %Ln row(s) · C centres", nullptr, down);
        }
    }
    // Bold, in the warning colour (4.5:1 on the window, light and dark: tst_gui_ladder_market).
    const std::pair<QLabel *, QString> markers[] = {{m_marketAbove, above}, {m_marketBelow, below}};
    for (const auto &[label, text] : markers) {
        if (label->palette().color(QPalette::WindowText) != m_colors->warning()) {
            label->setPalette(QPalette()); // the theme's, which may have changed
            WidgetColors::setText(label, m_colors->warning());
        }
        setTexts(label, text, brief[label == m_marketBelow]);
        label->setProperty("tipText",
                           text + QLatin1Char('\n')
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
    if (event->type() == QEvent::Resize
        && (watched == m_marketAbove->parentWidget() || watched == m_marketBelow->parentWidget())) {
        layOut(m_above, m_marketAbove);
        layOut(m_below, m_marketBelow);
        return false;
    }
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
