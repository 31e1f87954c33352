#include "ui/OrdersHeader.h"

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStyle>

int OrdersHeader::s_measured = 0;

OrdersHeader::OrdersHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    // As QTableView sets up the header it makes itself.
    setSectionsClickable(true);
    setHighlightSections(true);
}

namespace {

// Shared by both lists, which have the same titles: the sizes for one font and style.
struct Sizes
{
    QFont font;
    QPointer<QStyle> style;        // (null once deleted: another style at its address is another)
    QHash<QString, QSize> byTitle; // the title, then 's' with a sort indicator, '-' without
};

Sizes &sizes()
{
    static Sizes cache;
    return cache;
}

} // namespace

QSize OrdersHeader::sectionSizeFromContents(int logicalIndex) const
{
    QAbstractItemModel *m = model();
    if (!m)
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    // Only a title's text is the model's part of its size here; a model that gives a font, an
    // icon or a size hint for a title is measured every time, as QHeaderView does.
    for (int role : {Qt::SizeHintRole, Qt::FontRole, Qt::DecorationRole})
        if (m->headerData(logicalIndex, orientation(), role).isValid())
            return QHeaderView::sectionSizeFromContents(logicalIndex);
    // The font and the style compared, no event: a header gets several font and style change
    // events (polish, font propagation) with the same font before it is first painted.
    Sizes &cache = sizes();
    if (cache.style != style() || cache.font != font() || cache.byTitle.size() >= 256) {
        cache.byTitle.clear(); // (titles in a few languages, with and without units: never many)
        cache.font = font();
        cache.style = style();
    }
    const QString key = m->headerData(logicalIndex, orientation()).toString()
                        + (isSortIndicatorShown() ? QLatin1Char('s') : QLatin1Char('-'));
    if (const auto it = cache.byTitle.constFind(key); it != cache.byTitle.constEnd())
        return *it;
    ++s_measured;
    const QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    cache.byTitle.insert(key, size);
    return size;
}
