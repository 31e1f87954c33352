#include "ui/SideTypePicker.h"

#include "models/ColorScheme.h"
#include "models/TicketModel.h"
#include "ui/FormGrid.h"
#include "ui/WidgetColors.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>

SideTypePicker::SideTypePicker(const ColorScheme *colors, TicketModel *ticket, QWidget *owner,
                               FormGrid &grid)
    : QObject(owner),
      m_colors(colors),
      m_ticket(ticket)
{
    auto *sides = new QWidget(owner);
    m_buy = new QPushButton(tr("&Buy"), sides);
    m_sell = new QPushButton(tr("&Sell"), sides);
    m_buy->setObjectName(QStringLiteral("buy"));
    m_sell->setObjectName(QStringLiteral("sell"));
    m_buy->setToolTip(tr("Buy (Alt+B)"));
    m_sell->setToolTip(tr("Sell (Alt+S)"));
    addPair(owner, grid, tr("Side"), m_buy, m_sell);

    auto *types = new QWidget(owner);
    m_limit = new QPushButton(tr("&Limit"), types);
    m_market = new QPushButton(tr("&Market"), types);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_market->setObjectName(QStringLiteral("market"));
    m_limit->setToolTip(tr("Limit order: price and quantity (Alt+L)"));
    m_market->setToolTip(tr("Market order: an amount to spend or receive (Alt+M)"));
    addPair(owner, grid, tr("Type"), m_limit, m_market);

    connect(m_buy, &QPushButton::toggled, this, &SideTypePicker::picked);
    connect(m_limit, &QPushButton::toggled, this, &SideTypePicker::picked);
    connect(m_limit, &QPushButton::toggled, this, &SideTypePicker::typePicked);
}

void SideTypePicker::addPair(QWidget *owner, FormGrid &grid, const QString &label,
                             QPushButton *first, QPushButton *second)
{
    QWidget *row = first->parentWidget();
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {first, second}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setAccessibleName(FormGrid::plain(b->text()));
        layout->addWidget(b);
    }
    auto *group = new QButtonGroup(owner);
    group->addButton(first);
    group->addButton(second);
    first->setChecked(true);
    grid.addRow(label, row, nullptr);
    row->setAccessibleName(label);
}

Side SideTypePicker::side() const
{
    return m_buy->isChecked() ? Side::Buy : Side::Sell;
}

bool SideTypePicker::isLimit() const
{
    return m_limit->isChecked();
}

void SideTypePicker::pick(Side side)
{
    (side == Side::Buy ? m_buy : m_sell)->setChecked(true);
}

void SideTypePicker::pick(OrderType type)
{
    (type == OrderType::Limit ? m_limit : m_market)->setChecked(true);
}

void SideTypePicker::apply()
{
    const bool buy = m_buy->isChecked();
    const bool limit = m_limit->isChecked();
    // The chosen side and type are filled; the others show their colour as text only.
    const ColorScheme &c = *m_colors;
    if (buy) {
        WidgetColors::setFill(m_buy, c.sideFill(Side::Buy));
        WidgetColors::clearFill(m_sell);
        WidgetColors::setText(m_sell, c.side(Side::Sell));
    } else {
        WidgetColors::setFill(m_sell, c.sideFill(Side::Sell));
        WidgetColors::clearFill(m_buy);
        WidgetColors::setText(m_buy, c.side(Side::Buy));
    }
    // A neutral slate for the type, so it is never mistaken for a side colour.
    const QColor slate = c.isDark() ? QColor(0x8a, 0x93, 0xa3) : QColor(0x3a, 0x41, 0x4d);
    WidgetColors::setFill(limit ? m_limit : m_market, slate);
    WidgetColors::clearFill(limit ? m_market : m_limit);
    const TicketModel::Batch batch(m_ticket);
    m_ticket->setSide(buy ? Side::Buy : Side::Sell);
    m_ticket->setType(limit ? OrderType::Limit : OrderType::Market);
}
