// The ladder's depth bars.
#include "ui/DepthViewBars.h"

#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "ui/WidgetColors.h"

#include <QPainter>
#include <QTableView>

namespace {

// Paints each level's depth bar (its cumulative share of the deeper side) behind the text, in
// the side's colour, growing from the right edge of the row.
class DepthBarDelegate final : public QStyledItemDelegate
{
public:
    DepthBarDelegate(const ColorScheme *colors, std::function<void(int)> painted,
                     std::function<DepthViewBars::Marks()> marks, QObject *parent)
        : QStyledItemDelegate(parent),
          m_colors(colors),
          m_painted(std::move(painted)),
          m_marks(std::move(marks))
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() == DepthModel::Price)
            m_painted(index.row()); // what the trader sees at this row from now on
        const auto kind = DepthModel::RowKind(index.data(DepthModel::RowKindRole).toInt());
        const DepthViewBars::Marks marks = m_marks ? m_marks() : DepthViewBars::Marks{};
        if (marks.hoverRow == index.row())
            painter->fillRect(option.rect, hoverColour(option, index, kind));
        const int permille = index.data(DepthModel::DepthPermilleRole).toInt();
        if (kind != DepthModel::RowKind::Spread && permille > 0
            && !(option.state & QStyle::State_Selected)) {
            const auto *view = qobject_cast<const QTableView *>(option.widget);
            const int rowWidth = view ? view->viewport()->width() : option.rect.width();
            const int barWidth = rowWidth * permille / 1000;
            int barLeft = rowWidth - barWidth; // in viewport coordinates
            const QRect cell = option.rect;
            // A bar never ends inside the digits (found in the screenshots: "70,0|02.00", half
            // on green): one whose end falls in the cell's text covers the whole text. The text
            // is right-aligned, inside the style's margin.
            if (const QString text = index.data().toString(); !text.isEmpty()) {
                const int margin = option.widget
                                       ? option.widget->style()->pixelMetric(
                                             QStyle::PM_FocusFrameHMargin, nullptr, option.widget)
                                             + 1
                                       : 3;
                const int textLeft =
                    cell.right() - margin - QFontMetrics(option.font).horizontalAdvance(text) - 2;
                if (barLeft > textLeft && barLeft <= cell.right())
                    barLeft = textLeft;
            }
            const QRect bar(std::max(cell.left(), barLeft), cell.top(),
                            cell.right() - std::max(cell.left(), barLeft) + 1, cell.height());
            if (bar.width() > 0)
                painter->fillRect(bar, barColour(option, index, kind));
        }
        QStyledItemDelegate::paint(painter, option, index);
        if (marks.keyRow == index.row())
            outline(painter, option, index);
    }

    // The keyboard's row: a 2 px frame around the whole row in the text colour (far above 4.5:1
    // on the base and on every bar, which keep the text readable), focused or not.
    static void outline(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index)
    {
        const QRect r = option.rect;
        const QColor c = option.palette.color(QPalette::Text);
        painter->fillRect(QRect(r.left(), r.top(), r.width(), 2), c);
        painter->fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), c);
        if (index.column() == 0)
            painter->fillRect(QRect(r.left(), r.top(), 2, r.height()), c);
        if (index.column() == index.model()->columnCount() - 1)
            painter->fillRect(QRect(r.right() - 1, r.top(), 2, r.height()), c);
    }

    // The row under the pointer: the base tinted toward the text colour, as far as every text on
    // the row still reads at 4.5:1.
    QColor hoverColour(const QStyleOptionViewItem &option, const QModelIndex &index,
                       DepthModel::RowKind kind) const
    {
        const QColor base = option.palette.color(QPalette::Base);
        const QColor text = option.palette.color(QPalette::Text);
        const QVariant fg = index.data(Qt::ForegroundRole);
        const QColor own = fg.canConvert<QColor>() ? fg.value<QColor>() : text;
        const QColor side =
            m_colors->side(kind == DepthModel::RowKind::Ask ? Side::Sell : Side::Buy);
        for (int alpha = 40; alpha > 0; alpha -= 5) {
            const QColor c = blend(base, text, alpha);
            if (WidgetColors::contrast(text, c) >= MinContrast
                && WidgetColors::contrast(own, c) >= MinContrast
                && (kind == DepthModel::RowKind::Spread
                    || WidgetColors::contrast(side, c) >= MinContrast))
                return c;
        }
        return base;
    }

    // The bar's colour over this cell's background, opaque: as strong as the theme wants, but
    // never so strong that the cell's text reads below 4.5:1 on it (the trader saw digits half
    // on pink, half on white).
    QColor barColour(const QStyleOptionViewItem &option, const QModelIndex &index,
                     DepthModel::RowKind kind) const
    {
        const QColor side =
            m_colors->side(kind == DepthModel::RowKind::Ask ? Side::Sell : Side::Buy);
        const QColor base = option.palette.color(QPalette::Base);
        const QVariant fg = index.data(Qt::ForegroundRole);
        const QColor text =
            fg.canConvert<QColor>() ? fg.value<QColor>() : option.palette.color(QPalette::Text);
        // The weakest text on the row: the price's side colour and the sizes' plain text.
        const double floor = MinContrast;
        for (int alpha = m_colors->isDark() ? 70 : 45; alpha > 0; alpha -= 5) {
            const QColor c = blend(base, side, alpha);
            if (WidgetColors::contrast(text, c) >= floor
                && WidgetColors::contrast(option.palette.color(QPalette::Text), c) >= floor
                && WidgetColors::contrast(side, c) >= floor)
                return c;
        }
        return base;
    }
    static constexpr double MinContrast = 4.5;

private:
    static QColor blend(const QColor &under, const QColor &over, int alpha)
    {
        const auto mix = [alpha](int a, int b) {
            return (a * (255 - alpha) + b * alpha) / 255;
        };
        return QColor(mix(under.red(), over.red()), mix(under.green(), over.green()),
                      mix(under.blue(), over.blue()));
    }
    const ColorScheme *m_colors;
    std::function<void(int)> m_painted;
    std::function<DepthViewBars::Marks()> m_marks;
};

} // namespace

QStyledItemDelegate *DepthViewBars::delegate(const ColorScheme *colors,
                                             std::function<void(int)> painted,
                                             std::function<Marks()> marks, QObject *parent)
{
    return new DepthBarDelegate(colors, std::move(painted), std::move(marks), parent);
}
