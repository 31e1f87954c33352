#include "ui/ConfirmOrderDialog.h"

#include "models/ColorScheme.h"
#include "models/PlacementTracker.h"
#include "models/TicketModel.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmOrderDialog::ConfirmOrderDialog(const NewOrder &order, const QString &summary,
                                       const QByteArray &wireBody, const QStringList &warnings,
                                       const ColorScheme &colors, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmOrder"));
    setWindowTitle(tr("Confirm order"));
    auto *layout = new QVBoxLayout(this);
    const QString said = summary.isEmpty() ? PlacementTracker::describe(order) : summary;
    auto *summaryLabel = new QLabel(tr("<b>%1</b>").arg(said.toHtmlEscaped()), this);
    summaryLabel->setObjectName(QStringLiteral("confirmSummary"));
    layout->addWidget(summaryLabel);
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
    m_place = buttons->addButton(warnings.isEmpty() ? tr("&Place order") : tr("&Place anyway"),
                                 QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_place->setObjectName(QStringLiteral("confirmPlace"));
    m_cancel->setObjectName(QStringLiteral("confirmCancel"));
    // Enter means "no", even with the focus moved to Place: only its mnemonic or a click places.
    m_place->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_place->setToolTip(
        tr("Place the order (%1); Enter cancels")
            .arg(QKeySequence::mnemonic(m_place->text()).toString(QKeySequence::NativeText)));
    layout->addWidget(buttons);
    connect(m_place, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Key events go to whichever child has the focus: every one of them is watched.
    installEventFilter(this);
    const auto children = findChildren<QWidget *>();
    for (QWidget *w : children)
        w->installEventFilter(this);
}

void ConfirmOrderDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_shown.start();
    m_pressedHere.clear();
    m_cancel->setFocus(Qt::OtherFocusReason);
    // The keyboard comes here, to the safe choice, not left on the form behind.
    activateWindow();
}

bool ConfirmOrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        // A held key repeats: none of its repeats is a decision taken here.
        if (key->isAutoRepeat())
            return true;
        if (event->type() == QEvent::KeyPress) {
            m_pressedHere.insert(key->key());
            return false;
        }
        // The release of a press that began before the dialog opened completes nothing.
        return !m_pressedHere.remove(key->key());
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonRelease:
        // The second click of a double click on the form's Place button lands here: ignored.
        return watched == m_place
               && (!m_shown.isValid() || m_shown.elapsed() < QApplication::doubleClickInterval());
    default: return QDialog::eventFilter(watched, event);
    }
}

void ConfirmOrderDialog::watchPause(const TicketModel *ticket)
{
    connect(ticket, &TicketModel::changed, this, [this, ticket] {
        if (m_pausedFor.isEmpty())
            m_pausedFor = ticket->state().blocked;
    });
}

QString ConfirmOrderDialog::pausedFor() const
{
    QString reason = m_pausedFor;
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return reason;
}
