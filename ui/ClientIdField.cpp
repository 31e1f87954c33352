#include "ui/ClientIdField.h"

#include "models/ColorScheme.h"
#include "models/PlacementTracker.h"
#include "models/TicketModel.h"
#include "ui/FormGrid.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

ClientIdField::ClientIdField(const PlacementTracker *ids, TicketModel *ticket,
                             const ColorScheme *colors, QWidget *owner, FormGrid &grid)
    : QObject(owner),
      m_ids(ids),
      m_colors(colors)
{
    auto *row = new QWidget(owner);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(row);
    m_field->setObjectName(QStringLiteral("clientOrderId"));
    m_field->setMaxLength(64);
    m_field->setToolTip(tr("Identifies this order if the connection fails; a fresh one is made "
                           "after each placed order."));
    m_newId = new QToolButton(row);
    m_newId->setText(QStringLiteral("↻"));
    m_newId->setToolTip(tr("New client order ID"));
    m_newId->setAccessibleName(tr("New client order ID"));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_newId);
    m_error = FormGrid::reasonLabel(owner, QStringLiteral("clientOrderIdError"), colors,
                                    &ColorScheme::error, 1);
    grid.addRow(tr("Client &ID"), row, m_error);
    m_field->setAccessibleName(tr("Client ID"));

    connect(m_field, &QLineEdit::textChanged, ticket, &TicketModel::setClientOrderId);
    connect(m_newId, &QToolButton::clicked, this, &ClientIdField::renew);
}

QString ClientIdField::text() const
{
    return m_field->text();
}

void ClientIdField::renew()
{
    m_field->setText(m_ids->newClientOrderId());
}

void ClientIdField::renewIfSpent()
{
    if (m_ids->isSpent(m_field->text()))
        renew();
}

void ClientIdField::render(const TicketState &s)
{
    FormGrid::showReason(m_field, m_error, s.shownError(OrderCheck::Field::ClientOrderId),
                         *m_colors);
}
