// The ladder's preview of a click, its grouping and the widths of its columns.
#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/DepthModel.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"
#include "ui/DepthView.h"
#include "ui/DepthViewBars.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString groupingKey(const QString &symbol)
{
    return QStringLiteral("ladderGrouping/") + symbol;
}

} // namespace

void DepthView::buildPreview()
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("ladderPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAlignment(Qt::AlignCenter);
    // Its own line, always there: the rows never move when it shows, and it never widens the
    // book (its text is short: side, size and price).
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFixedHeight(QFontMetrics(bold).height() + 2);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_preview);
    // A struck preview with no reason beside it read as a dead ladder (review 33): the reason
    // has two lines of its own under it ("the market moved — a sell at 70,002.00 USDT would
    // trade at once…" did not fit one), kept whether shown or not (the rows never move).
    m_previewWhy = new QLabel(this);
    m_previewWhy->setObjectName(QStringLiteral("ladderPreviewReason"));
    m_previewWhy->setAlignment(Qt::AlignCenter);
    m_previewWhy->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    OneLineLabel::keep(m_previewWhy, 2);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_previewWhy);
    // The rows it previews: the keyboard's outlined, the pointer's tinted (and their bars).
    m_table->setItemDelegate(DepthViewBars::delegate(
        m_colors,
        [this](int row) {
            painted(row);
            sawSide(row); // when its side changed, as the trader could see it
        },
        [this] {
            // The outline marks where the keys act: only while the keys reach the book.
            return DepthViewBars::Marks{m_table->hasFocus() ? keyRow() : -1,
                                        m_hovered && m_hover.isValid() ? m_hover.row() : -1};
        },
        m_table));
    // A refusal goes by itself (or at the next action on the ladder).
    m_refusalTimer = new QTimer(this);
    m_refusalTimer->setObjectName(QStringLiteral("ladderRefusalExpiry"));
    m_refusalTimer->setSingleShot(true);
    m_refusalTimer->setInterval(MessageBar::ExpiryMs);
    connect(m_refusalTimer, &QTimer::timeout, this, &DepthView::clearRefusal);
    connect(m_arm, &QToolButton::toggled, this, &DepthView::focusOnArming);
    connect(m_model, &DepthModel::marketMoved, this, &DepthView::groupForSymbol);
    // The preview judged again as the market moves: a click that would now cross reads struck.
    connect(m_model, &DepthModel::marketMoved, this, &DepthView::updatePreview);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &DepthView::labelGrouping);
    // Rows come into view: each is recorded again when it is drawn.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_drawn.clear();
        aimAt({}); // other prices under the pointer: no preview until it moves again
        updatePreview();
    });
}

void DepthView::updatePreview()
{
    if (!m_preview)
        return;
    QString text;
    QString why;
    ::Side side = ::Side::Buy;
    const int row = keyRow();
    const bool armed = isArmed() && m_trader && m_trader->ticket() && row >= 0 && !m_previewSpent;
    const QString cancels = armed ? cancelPreview() : QString();
    // The keyboard's row out of view: the keys act nowhere, and the line says so.
    const QString away =
        armed && cancels.isEmpty() && !aimed() && m_table->hasFocus() ? keyRowAway(row) : QString();
    if (armed && cancels.isEmpty() && away.isEmpty())
        text = keyPreview(row, &side, &why);
    // The keys reach the book only while its table has focus: elsewhere (the form, Open orders)
    // B would type and Delete cancel there. On the rows, the line offers the click that gives it.
    const bool hint =
        armed && text.isEmpty() && cancels.isEmpty() && aimed() && !m_table->hasFocus();
    if (hint)
        text = tr("Click the book to use its keys");
    QFont font = m_preview->font();
    font.setBold(true);
    font.setStrikeOut(!why.isEmpty()); // what the ticket would not place, struck through
    m_preview->setFont(font);
    m_preview->setPalette(QPalette());
    if (!text.isEmpty() && !hint)
        WidgetColors::setText(m_preview,
                              why.isEmpty() ? m_colors->side(side) : m_colors->warning());
    if (!away.isEmpty()) {
        text = away;
        WidgetColors::setText(m_preview, m_colors->warning());
    }
    // The line is never cut (review 32, by hand: "at 69,995.00: ▲ Buy 0.0100 BTC @ 69,995.00
    // US"): where the keys' prefix does not fit, the order alone (its price is the row's).
    const int room = m_preview->contentsRect().width() - 4;
    const QFontMetrics metrics(font);
    if (!cancels.isEmpty())
        text = cancels;
    else if (metrics.horizontalAdvance(text) > room && text.contains(QStringLiteral(": ")))
        text = text.section(QStringLiteral(": "), 1);
    m_preview->setText(text);
    m_preview->setToolTip(why);
    m_preview->setAccessibleDescription(why);
    QString reason = text.isEmpty() || away == text || !cancels.isEmpty() ? QString() : why;
    if (!reason.isEmpty())
        reason[0] = reason.at(0).toUpper(); // a sentence of its own
    if (m_previewWhy->palette().color(QPalette::WindowText) != m_colors->warning()) {
        m_previewWhy->setPalette(QPalette()); // the theme's, which may have changed
        WidgetColors::setText(m_previewWhy, m_colors->warning());
    }
    OneLineLabel::setText(m_previewWhy, reason);
}

// What a click at the hovered row sends ("▲ Buy 0.0100 BTC @ 69,978.00 USDT"), or, for the
// keyboard's row (the pointer off the rows, or on an empty Mine cell), what B or S sends there
// ("Keys: ▲ Buy 0.0100 BTC @ 69,962.00 USDT"): the line and the key never disagree.
QString DepthView::keyPreview(int row, ::Side *side, QString *why)
{
    const SymbolRules &rules = m_model->rules();
    const auto q = DecimalFormat::parseInput(m_trader->ticket()->state().draft.quantityText);
    const QString quantity = AssetFormat::withUnit(
        q && !q->isZero() ? AssetFormat::quantity(*q, rules) : QStringLiteral("—"),
        rules.baseToken);
    const bool click = keyPreviewClicks();
    if (!click && !m_table->hasFocus())
        return {}; // no "Keys: …" while the keys go elsewhere
    const Drawn at = click ? Drawn{m_aimPrice, m_aimKind, true} : drawn(row);
    if (!at.valid || (click && at.kind == DepthModel::RowKind::Spread))
        return {}; // a price with no side: a click there places nothing
    const QString price = AssetFormat::priceIn(at.price, rules);
    if (at.kind == DepthModel::RowKind::Spread)
        return tr("Keys at %1: B buys, S sells %2")
            .arg(AssetFormat::price(at.price, rules), quantity);
    *side = at.kind == DepthModel::RowKind::Ask ? ::Side::Sell : ::Side::Buy;
    *why = m_trader->refusalAt(at.price, *side);
    if (const qint64 wait = click ? sideUnsettledFor(at.price, at.kind) : 0; wait > 0) {
        // A side just changed under the hand: struck until it has shown long enough to be seen.
        *why = tr("The market just crossed this price: a click here places nothing until its "
                  "side has shown for a second.");
        recheckSideLater(wait);
    }
    const QString order = *side == ::Side::Buy ? tr("▲ Buy %1 @ %2").arg(quantity, price)
                                               : tr("▼ Sell %1 @ %2").arg(quantity, price);
    return click ? order : tr("Keys: %1").arg(order);
}

// The line says what a click at the aimed row sends (not what the keys send).
bool DepthView::keyPreviewClicks() const
{
    return aimed() && m_hover.column() != DepthModel::Mine;
}

// The pointer on a Mine cell with orders of the trader's in it: a click there cancels them, and
// the line says so (it read "▲ Buy …", what B would send, while a click would cancel).
QString DepthView::cancelPreview() const
{
    if (!aimed() || m_hover.column() != DepthModel::Mine)
        return {};
    const DepthModel::Level *level = m_model->level(m_hover.row());
    if (!level || level->mine.isZero())
        return {};
    return tr("✕ Click cancels yours at %1")
        .arg(AssetFormat::priceIn(level->price, m_model->rules()));
}

bool DepthView::aimed() const
{
    return m_hovered && m_hover.isValid() && m_hover.row() == m_aimRow;
}

int DepthView::keyRow() const
{
    if (aimed())
        return m_aimRow;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_model->level(current.row()) ? current.row() : -1;
}

// The pointer came to another row (or left): the side there is the row's as drawn now, and it
// stays the side of a click on that row until the pointer leaves it. The row under the pointer
// becomes the keyboard's row (left there when the pointer leaves the rows).
void DepthView::aimAt(const QModelIndex &at)
{
    const int row = at.isValid() ? at.row() : -1;
    if (at != m_hover)
        m_hoverSince.start(); // the Mine cell's tooltip waits for a pointer at rest
    m_hover = at;
    m_table->viewport()->update(); // the hover tint follows the pointer
    if (row == m_aimRow)
        return;
    m_aimRow = row;
    const Drawn d = drawn(row);
    m_aimKind = d.valid ? d.kind : DepthModel::RowKind::Spread;
    m_aimPrice = d.valid ? d.price : Decimal();
    const QModelIndex current = m_table->currentIndex();
    if (row >= 0 && current.row() != row) {
        // Never a scroll to it: the rows stay under the pointer.
        const bool scrolls = m_table->hasAutoScroll();
        m_table->setAutoScroll(false);
        m_table->setCurrentIndex(m_model->index(row, current.isValid() ? current.column() : 0));
        m_table->setAutoScroll(scrolls);
    }
}

// The side is the row's, as a plain armed click there would place (an ask row sells). The size up
// to the level replaces the ticket's quantity only where the book has one: beyond the depth it
// holds (or inside the spread) the trader's quantity stays. Armed, the size never changes: the
// book's clicks trade the ticket's quantity, and a gesture that places nothing must not make the
// next click trade a size picked off the depth (0.4280 BTC instead of the 0.0100 typed).
void DepthView::chooseWithSide(const Drawn &at, int row)
{
    if (!at.valid)
        return;
    if (at.kind != DepthModel::RowKind::Spread)
        Q_EMIT sideChosen(at.kind == DepthModel::RowKind::Ask ? ::Side::Sell : ::Side::Buy);
    const Decimal size = at.kind == DepthModel::RowKind::Spread || isArmed()
                             ? Decimal()
                             : m_model->cumulativeAt(row);
    if (size.isZero() || size.isNegative())
        Q_EMIT priceChosen(at.price);
    else
        Q_EMIT priceAndSizeChosen(at.price, size);
}

void DepthView::labelGrouping()
{
    const SymbolRules &rules = m_model->rules();
    for (int i = 0; i < m_grouping->count(); ++i) {
        const int factor = m_grouping->itemData(i).toInt();
        const Decimal step =
            rules.priceIncrement.multiply(Decimal::fromInteger(factor)).value_or(Decimal());
        m_grouping->setItemText(
            i, AssetFormat::withUnit(AssetFormat::price(step, rules), rules.quoteToken));
        m_grouping->setItemData(i, tr("Tick × %1").arg(factor), Qt::ToolTipRole);
    }
    // The closed box shows its unit whole ("1.00 USDT"): at least as wide as its longest step
    // (its width was fixed while the steps had no unit yet, and cut it to "1.00").
    int longest = 0;
    for (int i = 0; i < m_grouping->count(); ++i)
        longest = std::max(longest, int(m_grouping->itemText(i).size()));
    m_grouping->setMinimumContentsLength(longest);
    m_grouping->setToolTip(
        tr("Price step between rows: tick × %1").arg(m_grouping->currentData().toInt()));
}

// The first book of a symbol: the grouping the trader chose for it, else one whose rows span
// about 0.05 % of its price (BTC at 70,000 USDT: 1.00 USDT a row; at 0.01 the market left the
// rows within a second of Centre).
void DepthView::groupForSymbol()
{
    const QString symbol = m_model->rules().symbol;
    if (!m_trader || symbol.isEmpty() || symbol == m_groupedFor)
        return;
    auto price = m_model->realBest(::Side::Buy);
    if (!price)
        price = m_model->realBest(::Side::Sell);
    const Decimal tick = m_model->rules().priceIncrement;
    if (!price || tick.isZero() || tick.isNegative())
        return;
    m_groupedFor = symbol;
    int factor = 0;
    if (AppSettings *settings = m_trader->settings())
        factor = settings->windowState(groupingKey(symbol)).toInt();
    if (m_grouping->findData(factor) < 0) {
        const Decimal rows = Decimal::fromInteger(visibleRows());
        for (int i = 0; i < m_grouping->count(); ++i) {
            factor = m_grouping->itemData(i).toInt();
            const auto span = tick.multiply(Decimal::fromInteger(factor))
                                  .value_or(tick)
                                  .multiply(rows)
                                  .value_or(tick)
                                  .multiply(Decimal::fromInteger(2000));
            if (span && *span >= *price)
                break; // the rows span 0.05 % of the price or more
        }
    }
    m_settingGrouping = true;
    m_grouping->setCurrentIndex(m_grouping->findData(factor));
    m_settingGrouping = false;
}

void DepthView::groupingChosen()
{
    const int factor = m_grouping->currentData().toInt();
    labelGrouping();
    m_model->setGrouping(factor);
    const QString symbol = m_model->rules().symbol;
    if (m_settingGrouping || !m_trader || symbol.isEmpty())
        return;
    m_groupedFor = symbol; // the trader's choice, kept for this symbol
    if (AppSettings *settings = m_trader->settings())
        settings->setWindowState(groupingKey(symbol), QByteArray::number(factor));
}

int DepthView::visibleRows() const
{
    const int height = m_table->verticalHeader()->defaultSectionSize();
    const int shown = height > 0 ? m_table->viewport()->height() / height : 0;
    return shown >= 10 ? shown : 40; // not laid out yet: about 40 at 900 px
}

void DepthView::keepCurrentPrice()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_currentPrice)
        return;
    const int row = m_model->rowOf(::Side::Buy, *m_currentPrice);
    if (row != current.row())
        m_table->setCurrentIndex(row >= 0 ? m_model->index(row, current.column()) : QModelIndex());
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
    const int cells = fm.horizontalAdvance(QStringLiteral("● 00.0000")) + fm.averageCharWidth();
    // And each header whole ("Mine (open)" ran under the scroll arrow, review 33): its text and
    // the header's margins.
    const QFontMetrics header(m_table->horizontalHeader()->font());
    const auto need = [&](int column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(cells, header.horizontalAdvance(title) + 10);
    };
    const int total = need(DepthModel::Total);
    if (m_table->columnWidth(DepthModel::Total) != total)
        m_table->setColumnWidth(DepthModel::Total, total);
    // Size and Mine stretch, sharing what is left alike.
    const int stretched = 2 * std::max(need(DepthModel::Size), need(DepthModel::Mine));
    m_table->setMinimumWidth(width + total + stretched
                             + m_table->verticalScrollBar()->sizeHint().width()
                             + 2 * m_table->frameWidth());
}
