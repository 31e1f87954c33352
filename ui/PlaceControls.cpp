#include "ui/PlaceControls.h"

#include "models/ColorScheme.h"
#include "models/TicketModel.h"
#include "ui/FormGrid.h"
#include "ui/MessageBar.h"
#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

PlaceControls::PlaceControls(const ColorScheme *colors, QWidget *owner, FormGrid &grid)
    : QObject(owner),
      m_colors(colors)
{
    m_notional = new QLabel(owner);
    m_notional->setObjectName(QStringLiteral("notional"));
    m_available = new QLabel(owner);
    m_available->setObjectName(QStringLiteral("available"));
    // Three lines: a fat-finger warning and the crossing note together, both whole at 1440 px
    // (review 31: "…: it fills" lost "at once as a taker").
    m_warnings =
        FormGrid::reasonLabel(owner, QStringLiteral("warnings"), colors, &ColorScheme::warning, 3);
    grid.addRow(tr("Value"), m_notional, nullptr);
    grid.addRow(tr("Available"), m_available, nullptr);
    grid.addWide(m_warnings, 0);
    buildPlaceRow(owner);
}

void PlaceControls::buildPlaceRow(QWidget *owner)
{
    m_place = new QPushButton(owner);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setMinimumHeight(26);
    m_place->setToolTip(tr("Place the order (Enter)"));
    m_place->installEventFilter(this); // a click while disabled still asks for the reasons
    // Why placing pauses though the order is fine: inline, under the button it disables.
    // One line, kept: the reason whole in its tooltip, nothing below moves when it shows.
    m_blocked = new QLabel(owner);
    m_blocked->setObjectName(QStringLiteral("placeBlocked"));
    OneLineLabel::keep(m_blocked);
    QSizePolicy blockedPolicy = m_blocked->sizePolicy();
    blockedPolicy.setRetainSizeWhenHidden(true);
    m_blocked->setSizePolicy(blockedPolicy);
    m_blocked->hide();
    WidgetColors::followText(m_blocked, m_colors, &ColorScheme::error);
    m_message = new MessageBar(m_colors, owner);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    // Two lines kept for a message, never more: a longer one is elided (whole in its tooltip and
    // in the activity log), so a message never moves Place or the % buttons under the mouse,
    // nor makes the window taller.
    m_message->setLines(2);
    // While an order waits here to leave (rate-limit pause, clock), it can still be taken back:
    // beside Place, in its row, so that showing it never makes the form (and the window) taller
    // (a ladder order waiting a moment made the window 8 px taller than 900, for good).
    m_withdraw = new QPushButton(tr("&Withdraw (Esc)"), owner);
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_withdraw->setToolTip(tr("Withdraw the waiting order (Esc)"));
    m_withdraw->setAccessibleName(m_withdraw->toolTip());
    m_withdraw->setAutoDefault(false);
    m_withdraw->setMinimumHeight(m_place->minimumHeight());
    m_withdraw->hide();
}

void PlaceControls::addTo(QBoxLayout *layout)
{
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_place, 1);
    placeRow->addWidget(m_withdraw);
    layout->addLayout(placeRow);
    layout->addWidget(m_blocked);
    layout->addWidget(m_message);
}

void PlaceControls::renderFacts(const TicketState &s)
{
    // Through the reason's fitting, which keeps the text for the next resize (a plain setText was
    // wiped by the first resize after it: the warning went blank).
    FormGrid::setReason(m_warnings, s.warnings);
    m_warnings->setVisible(!s.warnings.isEmpty());
    OneLineLabel::setText(m_blocked, s.blocked);
    m_blocked->setVisible(!s.blocked.isEmpty());
    m_notional->setText(s.notional);
    m_available->setText(s.available);
}

void PlaceControls::renderButton(const TicketState &s)
{
    // Plain text, never a mnemonic: an '&' in a symbol name is shown as it is.
    m_place->setText(QString(s.placeText).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_place->setEnabled(s.placeEnabled);
    m_place->setAccessibleName(s.placeText);
    m_place->setAccessibleDescription(s.blocked);
}

void PlaceControls::paintSide(Side side)
{
    WidgetColors::setFill(m_place, m_colors->sideFill(side));
}

bool PlaceControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_place && event->type() == QEvent::MouseButtonPress && !m_place->isEnabled())
        Q_EMIT disabledPlaceClicked();
    return QObject::eventFilter(watched, event);
}
