#include "ui/FillsView.h"

#include "models/AssetFormat.h"
#include "models/FillsController.h"
#include "models/FillsModel.h"
#include "models/OrderFees.h"

#include "ui/OneLineLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FillsView::FillsView(FillsController *controller, FillsModel *model, QWidget *parent)
    : QWidget(parent),
      m_controller(controller),
      m_model(model),
      m_symbol(new QComboBox(this)),
      m_useFrom(new QCheckBox(tr("From"), this)),
      m_from(new QDateTimeEdit(this)),
      m_orderOnly(new QCheckBox(tr("Selected order only"), this)),
      m_older(new QPushButton(tr("Older"), this)),
      m_export(new QPushButton(tr("Export…"), this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("fillsView"));
    m_symbol->setObjectName(QStringLiteral("fillsSymbol"));
    m_symbol->setAccessibleName(tr("Symbol"));
    m_symbol->addItem(tr("All symbols"), QString());
    m_useFrom->setObjectName(QStringLiteral("fillsUseFrom"));
    m_from->setObjectName(QStringLiteral("fillsFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setEnabled(false);
    m_orderOnly->setObjectName(QStringLiteral("fillsOrderOnly"));
    m_orderOnly->setToolTip(tr("Show the fills of the order selected in the open or finished "
                               "orders, or found by a look-up"));
    m_older->setObjectName(QStringLiteral("fillsOlder"));
    m_older->setEnabled(false);
    m_export->setObjectName(QStringLiteral("fillsExport"));
    m_summary->setObjectName(QStringLiteral("fillsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    // One line (whole in its tooltip): a long summary neither widens the dock nor makes the
    // window taller.
    OneLineLabel::keep(m_summary);
    setUpTable();
    layOut();

    connect(m_symbol, &QComboBox::currentIndexChanged, this, &FillsView::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &FillsView::applyFilter);
    connect(m_from, &QDateTimeEdit::editingFinished, this, &FillsView::applyFilter);
    connect(m_orderOnly, &QCheckBox::toggled, this, &FillsView::applyFilter);
    connect(m_older, &QPushButton::clicked, controller, &FillsController::showOlder);
    connect(m_export, &QPushButton::clicked, this, &FillsView::exportRequested);
    connect(controller, &FillsController::pageLoaded, this,
            [this] { m_older->setEnabled(m_controller->mayHaveOlder()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &FillsView::updateSummary);
    updateSummary();
}

void FillsView::setUpTable()
{
    m_table->setObjectName(QStringLiteral("fillsTable"));
    m_table->setAccessibleName(tr("Fills"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = m_table->fontMetrics();
    const QList<QPair<int, QString>> samples{{FillsModel::Time, QStringLiteral("09:30:00")},
                                             {FillsModel::Symbol, QStringLiteral("BTC-USDT")},
                                             {FillsModel::SideColumn, QStringLiteral("▼ Sell")},
                                             {FillsModel::Price, QStringLiteral("70,000.00 USDT")},
                                             {FillsModel::Quantity, QStringLiteral("0.0000 BTC")},
                                             {FillsModel::Amount, QStringLiteral("1,000.00 USDT")},
                                             {FillsModel::Fee, QStringLiteral("0.00000000 BTC")},
                                             {FillsModel::FeeAsset, QStringLiteral("USDT")},
                                             {FillsModel::Role, tr("Maker")}};
    m_table->setColumnHidden(FillsModel::FeeAsset, true); // each fee names its asset
    // The facts of each execution in view: when, which symbol, side, price, quantity, fee and
    // whether it took liquidity (a taker fill costs more). In their tab beside the finished
    // orders they fit without a scroll at 1440 px; the amount (price × quantity) and the order
    // id (filled only for one order's fills) are a right-click on the header away.
    for (int c : {int(FillsModel::Amount), int(FillsModel::OrderIdColumn)})
        m_table->setColumnHidden(c, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) {
                auto *menu = new QMenu(this);
                menu->setObjectName(QStringLiteral("fillsColumns"));
                menu->setAttribute(Qt::WA_DeleteOnClose);
                for (int c = 0; c < m_model->columnCount(); ++c) {
                    if (c == FillsModel::FeeAsset)
                        continue;
                    const QString title = m_model->headerData(c, Qt::Horizontal)
                                              .toString()
                                              .replace(QLatin1Char('\n'), QLatin1Char(' '));
                    QAction *a = menu->addAction(title);
                    a->setCheckable(true);
                    a->setChecked(!header->isSectionHidden(c));
                    connect(a, &QAction::toggled, this, [this, header, c](bool shown) {
                        header->setSectionHidden(c, !shown);
                        fitColumns(); // a column shown is as wide as its figures at once
                    });
                }
                menu->popup(header->mapToGlobal(pos));
            });
    for (const auto &[column, sample] : samples)
        m_table->setColumnWidth(column,
                                std::max(fm.horizontalAdvance(sample) + 16,
                                         m_table->horizontalHeader()->sectionSizeHint(column)));
    // Each column as wide as its title and what is listed (the units move into the titles when
    // one symbol is listed): the narrow tab shows the facts whole rather than sample widths.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &FillsView::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FillsView::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FillsView::fitColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &FillsView::fitColumns);
}

void FillsView::fitColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (h->isSectionHidden(c) || m_model->rowCount() == 0)
            continue;
        int width = h->sectionSizeHint(c);
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(width,
                             fm.horizontalAdvance(m_model->index(row, c).data().toString()) + 10);
        h->resizeSection(c, width);
    }
}

void FillsView::layOut()
{
    // Short rows, so the dock fits in the tabs beside the finished orders (about 300 px at
    // 1440): its minimum width would otherwise take from the finished orders and push their Fee
    // into a horizontal scroll. The buttons may narrow to their words (not the style's 80 px).
    for (QPushButton *button : {m_older, m_export})
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(button->text()) + 24);
    // Two lines of filters (review 29 F17: four lines left the table one row at 1440 × 900): the
    // symbol (its items name themselves) with the time, then the order filter with the buttons.
    m_symbol->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_symbol->setMinimumContentsLength(8);
    auto *filters = m_lineOne = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_symbol, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    auto *from = m_lineTwo = new QHBoxLayout;
    from->setContentsMargins(0, 0, 0, 0);
    from->addWidget(m_orderOnly);
    from->addStretch(1);
    from->addWidget(m_older);
    from->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2); // a row of fills more in the 900 px window
    layout->setSpacing(2); // the dock's height beside the finished orders: 1440 × 900 holds it
    // Beside the finished orders (780 px at 1440) the two lines are one, and the table has its
    // height back; in a narrow tab (a layout the trader arranged) they are two again.
    layout->setSizeConstraint(QLayout::SetNoConstraint); // minimumSizeHint() below decides
    m_filterLines = new QBoxLayout(QBoxLayout::TopToBottom);
    m_filterLines->addLayout(filters);
    m_filterLines->addLayout(from);
    layout->addLayout(m_filterLines);
    layout->addWidget(m_summary); // its own line: the selected order and its average
    // The table's own minimum is a header and a row, so the dock is no taller than the log
    // beside it at 1440 × 900.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + m_table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_table, 1);
}

QSize FillsView::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    const QMargins m = layout()->contentsMargins();
    size.setWidth(std::max(m_lineOne->minimumSize().width(), m_lineTwo->minimumSize().width())
                  + m.left() + m.right());
    return size;
}

void FillsView::resizeEvent(QResizeEvent *event)
{
    const QMargins m = layout()->contentsMargins();
    const int oneLine = m_lineOne->sizeHint().width() + m_lineTwo->sizeHint().width()
                        + m_filterLines->spacing() + m.left() + m.right();
    const auto direction = width() >= oneLine ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_filterLines->direction() != direction)
        m_filterLines->setDirection(direction);
    QWidget::resizeEvent(event);
}

void FillsView::setSymbols(const QStringList &symbols)
{
    const QString current = m_symbol->currentData().toString();
    const QSignalBlocker quiet(m_symbol);
    while (m_symbol->count() > 1)
        m_symbol->removeItem(1);
    for (const QString &s : symbols)
        m_symbol->addItem(s, s);
    m_symbol->setCurrentIndex(std::max(0, m_symbol->findData(current)));
}

void FillsView::setSelectedOrder(OrderId orderId)
{
    if (orderId == m_selected)
        return;
    m_selected = orderId;
    if (m_orderOnly->isChecked())
        applyFilter();
}

void FillsView::setFromTime(const QDateTime &from)
{
    m_from->setDateTime(from);
    if (m_useFrom->isChecked())
        applyFilter();
}

void FillsView::setTradedSymbol(const QString &symbol)
{
    m_traded = symbol;
    if (m_symbol->currentData().toString().isEmpty())
        m_model->setListedSymbol(symbol);
}

void FillsView::applyFilter()
{
    FillsController::Filter f;
    f.symbol = m_symbol->currentData().toString();
    if (m_useFrom->isChecked())
        f.startTime = m_from->dateTime().toMSecsSinceEpoch();
    // No order selected: nothing to show rather than every fill.
    f.orderId = !m_orderOnly->isChecked() ? 0 : m_selected > 0 ? m_selected : OrderId(-1);
    m_model->setListedSymbol(f.symbol.isEmpty() ? m_traded : f.symbol);
    m_controller->setFilter(f);
    updateSummary();
}

void FillsView::updateSummary()
{
    const FillsController::Filter f = m_controller->filter();
    // The line is the selected order's (its fills, average and fees); the plain list's count is
    // the table's accessible description, so the tab keeps three rows at 1440 × 900.
    m_summary->setVisible(f.orderId != 0);
    m_table->setAccessibleDescription(
        tr("%n fill(s) listed, newest first", nullptr, m_model->rowCount()));
    if (f.orderId == 0) {
        OneLineLabel::setText(m_summary,
                              tr("%n fill(s) listed, newest first", nullptr, m_model->rowCount()));
        return;
    }
    if (f.orderId < 0) {
        OneLineLabel::setText(m_summary, tr("Select an order to see its fills."));
        return;
    }
    const QList<Trade> fills = m_model->fills();
    const FillsController::Summary s = FillsController::summarize(fills);
    // One order's fills share its symbol: each number in that symbol's format, with its unit.
    const SymbolRules rules = m_model->rulesFor(fills.isEmpty() ? QString() : fills.first().symbol);
    using AssetFormat::withUnit;
    // An average is computed, not quoted: read at the symbol's tick, rounded half-even.
    const auto average = [&rules](const Decimal &a) {
        const auto r = rules.priceIncrement.isZero() || rules.priceIncrement.isNegative()
                           ? std::nullopt
                           : a.roundHalfEvenToStep(rules.priceIncrement);
        return r ? *r : a.normalized();
    };
    QStringList fees;
    for (auto it = s.fees.cbegin(); it != s.fees.cend(); ++it)
        fees.append(OrderFees::amount(it.value(), it.key(), rules));
    OneLineLabel::setText(
        m_summary,
        s.count == 0
            ? tr("Order %1: no fills yet.").arg(f.orderId)
            : tr("Order %1: %n fill(s), %2 at an average %3; fees %4", nullptr, s.count)
                  .arg(QString::number(f.orderId),
                       withUnit(AssetFormat::quantity(s.quantity, rules), rules.baseToken),
                       s.averagePrice ? withUnit(
                           AssetFormat::price(average(*s.averagePrice), rules), rules.quoteToken)
                                      : QStringLiteral("—"),
                       fees.isEmpty() ? QStringLiteral("—") : fees.join(QStringLiteral(", "))));
}
