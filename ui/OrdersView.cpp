#include "ui/OrdersView.h"

#include "models/ColorScheme.h"
#include "models/OrderSortProxy.h"
#include "models/OrderTableModel.h"

#include "ui/OrdersHeader.h"
#include "ui/StaleMark.h"
#include "ui/WidgetColors.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

OrdersView::OrdersView(OrderTableModel *model, const QString &stateKey, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_proxy(new OrderSortProxy(this)),
      m_table(new QTableView(this)),
      m_banner(new QLabel(this)),
      m_stateKey(stateKey)
{
    m_proxy->setSourceModel(model);
    m_table->setHorizontalHeader(new OrdersHeader(m_table)); // measures each title once
    // Sorting (and so the header's sort indicator) before the model: its titles are measured
    // with the indicator's room only, not first without it as well.
    m_table->setSortingEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setObjectName(stateKey + QStringLiteral("Table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->sortByColumn(OrderTableModel::Time, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layoutColumns();
    m_banner->setObjectName(stateKey + QStringLiteral("Banner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(3);
    WidgetColors::followText(m_banner, m_model->colors(), &ColorScheme::warning);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_actions.isEmpty())
            return;
        QMenu *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(m_actions);
        menu->popup(m_table->viewport()->mapToGlobal(pos)); // popup(), not exec()
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(OrderTableModel::OrderRole).value<Order>());
    });
}

// Wide enough for typical values in this language and for the header's own text; the facts a
// trader reads first in view, the rest a right-click on the header away.
void OrdersView::layoutColumns()
{
    const auto fit = [this](int column, const QStringList &samples) {
        fitColumn(column, samples);
    };
    const QLocale locale;
    const QString point = locale.decimalPoint();
    const QString price = locale.toString(70000) + point + QStringLiteral("00");
    const QString size = QStringLiteral("0") + point + QStringLiteral("0000");
    // "≈" marks a first-seen time of today; older, the date alone (the time in its tip).
    fit(OrderTableModel::Time, {QStringLiteral("2026-01-02"), QStringLiteral("≈ 09:30:00")});
    fit(OrderTableModel::Symbol, {QStringLiteral("BTC-USDT")});
    fit(OrderTableModel::SideColumn, {QStringLiteral("▲ ") + OrderEnums::sideText(Side::Buy),
                                      QStringLiteral("▼ ") + OrderEnums::sideText(Side::Sell)});
    fit(OrderTableModel::Type,
        {OrderEnums::typeText(OrderType::Limit), OrderEnums::typeText(OrderType::Market)});
    fit(OrderTableModel::Price, {price});
    fit(OrderTableModel::Quantity, {size});
    fit(OrderTableModel::Filled, {size});
    fit(OrderTableModel::Amount, {locale.toString(100000) + point + QStringLiteral("00")});
    fit(OrderTableModel::AveragePrice, {price});
    // A fee exact with its unit: in the base asset ("0.0000071 BTC") or the quote (0.1 % of a
    // price at 2 decimals times a lot at 4: "0.6999768 USDT").
    fit(OrderTableModel::Fee, {QStringLiteral("0") + point + QStringLiteral("0000071 BTC"),
                               QStringLiteral("0") + point + QStringLiteral("6999768 USDT")});
    fit(OrderTableModel::Status, {OrderEnums::statusText(OrderStatus::PartialFilled)});
    fit(OrderTableModel::OrderIdColumn, {QStringLiteral("18446744073709551615")}); // 20 digits
    // What a trader reads first stays in view beside the order book: status after quantity,
    // then the facts of the execution (filled, average price, amount). The ids are a right-click
    // on the header away, as is the type (a market order's price reads "Market"): with them the
    // columns would not fit beside the book at 1440 px.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(OrderTableModel::Status),
                        header->visualIndex(OrderTableModel::Quantity) + 1);
    header->moveSection(header->visualIndex(OrderTableModel::Amount),
                        header->visualIndex(OrderTableModel::Fee) + 1);
    header->setSectionHidden(OrderTableModel::Type, true); // a market order's price says so
    header->setSectionHidden(OrderTableModel::OrderIdColumn, true);
    header->setSectionHidden(OrderTableModel::ClientOrderId, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &OrdersView::chooseColumns);
    m_defaultColumns = header->saveState();
    // A title that gains its unit (the symbols arrived) keeps room for it.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &OrdersView::fitTitles);
    // A cell longer than the samples (an 8-decimal fee, an 8-decimal quantity, a 20-digit id)
    // widens its column once, when it comes: never "0.21284256 US…" (review 33).
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitRows(first, last); });
    connect(
        m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { fitRows(from.row(), to.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { fitRows(); });
}

void OrdersView::fitRows(int first, int last)
{
    QHeaderView *h = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    // The delegate's text margins (each side) and a little air.
    const int margin =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 4;
    if (last < 0)
        last = m_model->rowCount() - 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (h->isSectionHidden(c))
            continue; // measured when shown
        int width = h->sectionSize(c);
        for (int row = first; row <= last; ++row)
            width = std::max(width, fm.horizontalAdvance(m_model->index(row, c).data().toString())
                                        + margin);
        if (width > h->sectionSize(c))
            h->resizeSection(c, width);
    }
}

void OrdersView::fitTitles()
{
    QHeaderView *h = m_table->horizontalHeader();
    for (int c = OrderTableModel::Price; c <= OrderTableModel::AveragePrice; ++c)
        if (!h->isSectionHidden(c) && h->sectionSize(c) < h->sectionSizeHint(c))
            h->resizeSection(c, h->sectionSizeHint(c));
}

QList<Order> OrdersView::selectedOrders() const
{
    QList<Order> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : rows) {
        const QModelIndex source = m_proxy->mapToSource(proxyIndex);
        out.append(m_model->orderAt(source.row()));
    }
    return out;
}

void OrdersView::reselect(const QList<Order> &orders)
{
    QItemSelection selection;
    QModelIndex current;
    for (const Order &o : orders) {
        const int row = m_model->rowOf(o.orderId);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!current.isValid())
            current = index;
    }
    if (current.isValid()) {
        QItemSelectionModel *sm = m_table->selectionModel();
        sm->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void OrdersView::setContextActions(const QList<QAction *> &actions)
{
    m_actions = actions;
    m_table->addActions(actions); // their shortcuts work while the table has focus
}

void OrdersView::fitColumn(int column, const QStringList &samples)
{
    // Wide enough for these values and for the title. A title's unit shows on its second line
    // ("Price\n(USDT)") once the symbols are known: room for the longest unit there too.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics headerFm = header->fontMetrics();
    const bool hasUnit =
        column >= OrderTableModel::Price && column <= OrderTableModel::AveragePrice;
    int width = header->sectionSizeHint(column);
    if (hasUnit) { // (text measured only where it counts: each measure shapes it again)
        const int unitWidth = headerFm.horizontalAdvance(QStringLiteral("(USDT)"));
        const int nameWidth =
            headerFm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        width += std::max(0, unitWidth - nameWidth);
    }
    for (const QString &sample : samples)
        width = std::max(width, fm.horizontalAdvance(sample) + 12);
    m_table->setColumnWidth(column, width);
    if (!m_defaultColumns.isEmpty())
        m_defaultColumns = header->saveState();
}

void OrdersView::hideByDefault(const QList<int> &columns)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int c : columns)
        header->setSectionHidden(c, true);
    m_defaultColumns = header->saveState();
}

void OrdersView::chooseColumns(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a =
            menu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, this, [this, header, c](bool shown) {
            header->setSectionHidden(c, !shown);
            fitRows();
        });
    }
    menu->popup(header->mapToGlobal(pos)); // popup(), not exec()
}

void OrdersView::markStale(StaleMonitor *monitor, QBoxLayout *line)
{
    auto *mark = new StaleMark(monitor, m_model->colors(), this);
    mark->setObjectName(m_stateKey + QStringLiteral("Stale"));
    mark->setMargin(3);
    if (line) {
        mark->setWordWrap(false); // one line beside the title
        // Its text never widens the window's centre (a wider centre squeezed the book's dock on
        // the first frame, and it jumped when the book arrived): it has its width wherever the
        // window has it.
        mark->setMinimumWidth(1);
        // Hidden, it leaves its width to the message beside it, which then reads whole ("… (order
        // 9007199254741000) — cancelled.": review 33 saw it cut before its verdict); the line's
        // height is the title's either way, so the rows never move.
        QSizePolicy policy = mark->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        mark->setSizePolicy(policy);
        line->addWidget(mark);
    } else {
        QSizePolicy policy = mark->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        mark->setSizePolicy(policy);
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, mark);
    }
    mark->dim(m_table);
}

void OrdersView::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QByteArray OrdersView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void OrdersView::resetColumns()
{
    m_table->horizontalHeader()->restoreState(m_defaultColumns);
    fitTitles(); // the default widths were saved before the titles named their units
    fitRows();
}

void OrdersView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    fitRows();
}
