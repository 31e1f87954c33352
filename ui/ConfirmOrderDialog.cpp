#include "ui/ConfirmOrderDialog.h"

#include "models/ColorScheme.h"
#include "models/PlacementTracker.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmOrderDialog::ConfirmOrderDialog(const NewOrder &order, const QByteArray &wireBody,
                                       const QStringList &warnings, const ColorScheme &colors,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmOrder"));
    setWindowTitle(tr("Confirm order"));
    auto *layout = new QVBoxLayout(this);
    auto *summary =
        new QLabel(tr("<b>%1</b>").arg(PlacementTracker::describe(order).toHtmlEscaped()), this);
    layout->addWidget(summary);
    if (!warnings.isEmpty()) {
        auto *warn = new QLabel(warnings.join(QLatin1Char('\n')), this);
        warn->setObjectName(QStringLiteral("confirmWarnings"));
        warn->setWordWrap(true);
        WidgetColors::setText(warn, colors.warning());
        WidgetColors::setBold(warn, true);
        layout->addWidget(warn);
    }
    layout->addWidget(new QLabel(tr("Sent to the exchange as:"), this));
    auto *body = new QLabel(
        QString::fromLatin1(wireBody).replace(QLatin1Char('&'), QLatin1Char('\n')), this);
    body->setObjectName(QStringLiteral("confirmBody"));
    body->setFont(Theme::fixedFont());
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(body);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go =
        buttons->addButton(warnings.isEmpty() ? tr("&Place order") : tr("&Place anyway"),
                           QDialogButtonBox::AcceptRole);
    QPushButton *back = buttons->addButton(QDialogButtonBox::Cancel);
    go->setObjectName(QStringLiteral("confirmPlace"));
    // With a warning, Enter means "no": placing takes a deliberate choice.
    (warnings.isEmpty() ? go : back)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
