#include "ui/ConfirmOrderDialog.h"

#include "models/ColorScheme.h"
#include "models/PlacementTracker.h"
#include "models/TicketModel.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ConfirmOrderDialog::ConfirmOrderDialog(const NewOrder &order, const QString &summary,
                                       const QByteArray &wireBody, const QStringList &warnings,
                                       const ColorScheme &colors, QWidget *parent)
    : QDialog(parent),
      m_order(order),
      m_colors(colors)
{
    setObjectName(QStringLiteral("confirmOrder"));
    setWindowTitle(tr("Confirm order"));
    auto *layout = new QVBoxLayout(this);
    const QString said = summary.isEmpty() ? PlacementTracker::describe(order) : summary;
    m_summary = new QLabel(tr("<b>%1</b>").arg(said.toHtmlEscaped()), this);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    layout->addWidget(m_summary);
    // The market now, and whether the order trades at once against it (watchMarket fills them).
    m_market = new QLabel(this);
    m_market->setObjectName(QStringLiteral("confirmMarket"));
    m_market->setTextFormat(Qt::PlainText);
    m_market->hide();
    layout->addWidget(m_market);
    m_crossing = new QLabel(this);
    m_crossing->setObjectName(QStringLiteral("confirmCrossing"));
    m_crossing->setTextFormat(Qt::PlainText);
    m_crossing->setWordWrap(true);
    WidgetColors::setText(m_crossing, colors.error());
    WidgetColors::setBold(m_crossing, true);
    m_crossing->hide();
    layout->addWidget(m_crossing);
    // Their room is kept from the start (a line of market, two of warning): a warning that comes
    // while the dialog is open neither moves the buttons nor squeezes the body out of view (review
    // 31: the body lost its last line, "type=LIMIT").
    for (QLabel *l : {m_market, m_crossing}) {
        QSizePolicy p = l->sizePolicy();
        p.setRetainSizeWhenHidden(true);
        l->setSizePolicy(p);
        l->setMinimumHeight((l == m_crossing ? 2 : 1) * l->fontMetrics().lineSpacing());
    }
    if (!warnings.isEmpty()) {
        m_warnings = new QLabel(warnings.join(QLatin1Char('\n')), this);
        m_warnings->setObjectName(QStringLiteral("confirmWarnings"));
        m_warnings->setTextFormat(Qt::PlainText);
        m_warnings->setWordWrap(true);
        WidgetColors::setText(m_warnings, colors.warning());
        WidgetColors::setBold(m_warnings, true);
        // They follow the market line (watchMarket): room for each to wrap once, so that a longer
        // figure never pushes the body out of view.
        m_warnings->setMinimumHeight(2 * int(warnings.size())
                                     * m_warnings->fontMetrics().lineSpacing());
        layout->addWidget(m_warnings);
    }
    layout->addWidget(new QLabel(tr("Sent to the exchange as:"), this));
    m_body = new QLabel(QString::fromLatin1(wireBody).replace(QLatin1Char('&'), QLatin1Char('\n')),
                        this);
    m_body->setObjectName(QStringLiteral("confirmBody"));
    m_body->setFont(Theme::fixedFont());
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body);
    auto *buttons = new QDialogButtonBox(this);
    m_placeText = warnings.isEmpty() ? tr("&Place order") : tr("&Place anyway");
    m_place = buttons->addButton(m_placeText, QDialogButtonBox::AcceptRole);
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
    // A click that lands while Place is held (Alt+P's animated click started just before the
    // market changed comes 100 ms later, on a disabled button) accepts nothing.
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (!m_hold->isActive())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_hold = new QTimer(this);
    m_hold->setSingleShot(true);
    m_hold->setInterval(HoldMs);
    connect(m_hold, &QTimer::timeout, m_place, [this] { m_place->setEnabled(true); });
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
    m_keys.reset();
    m_cancel->setFocus(Qt::OtherFocusReason);
    // The keyboard comes here, to the safe choice, not left on the form behind.
    activateWindow();
}

bool ConfirmOrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (const std::optional<bool> eaten = m_keys.filter(event))
        return *eaten;
    switch (event->type()) {
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

void ConfirmOrderDialog::watchMarket(const TicketModel *ticket)
{
    m_ticket = ticket;
    m_followsPercent = ticket->state().marketPercent && m_order.type == OrderType::Market;
    connect(ticket, &TicketModel::changed, this, &ConfirmOrderDialog::showMarket);
    showMarket();
}

bool ConfirmOrderDialog::holding() const
{
    return m_hold->isActive();
}

// "Sell 100 % of my BTC": the amount the ticket sizes again from each new book is the one shown
// and sent, while the ticket still holds that same order (its client id, side and symbol).
void ConfirmOrderDialog::followPercent()
{
    const TicketState &s = m_ticket->state();
    if (!m_followsPercent || !s.marketPercent || !s.check.order)
        return;
    const NewOrder &now = *s.check.order;
    if (now.clientOrderId != m_order.clientOrderId || now.side != m_order.side
        || now.symbol != m_order.symbol || now.type != m_order.type || now.amount == m_order.amount)
        return;
    m_order.amount = now.amount;
    m_summary->setText(tr("<b>%1</b>").arg(s.summary.toHtmlEscaped()));
    m_body->setText(QString::fromLatin1(PlacementTracker::wireBody(m_order))
                        .replace(QLatin1Char('&'), QLatin1Char('\n')));
}

void ConfirmOrderDialog::showMarket()
{
    if (!m_ticket)
        return;
    followPercent();
    const SymbolRules rules = m_ticket->rules(m_order.symbol).value_or(SymbolRules{});
    const MarketQuote quote = m_ticket->quoteFor(m_order.symbol);
    m_market->setText(MarketCrossing::line(quote, rules));
    m_market->show();
    // The warnings from the same snapshot as the market line: one last price in the dialog
    // (review 31: "Last 70,009.24" above, "the last price 70,008.55" two lines below).
    if (m_warnings)
        m_warnings->setText(m_ticket->warningsFor(m_order).join(QLatin1Char('\n')));
    const QString warning = MarketCrossing::warning(m_order, quote, rules);
    m_crossing->setText(warning);
    m_crossing->setVisible(!warning.isEmpty());
    const auto verdict = MarketCrossing::of(m_order, quote);
    using V = MarketCrossing::Verdict;
    // Resting before, crossing (or not known) now; or the price it trades against ran off. Stale
    // data is not held here: placing pauses then, and accepting says why (watchPause).
    const bool turned = m_verdict && *m_verdict == V::Rests && verdict != V::Rests && !quote.stale;
    const bool moved = MarketCrossing::movedALot(m_order.side, m_reference, quote);
    const auto &touch = m_order.side == Side::Buy ? m_reference.ask : m_reference.bid;
    if (!m_verdict || moved || m_verdict != verdict || m_reference.stale || !touch)
        m_reference = quote; // a big move is measured from the last touch the trader saw judged
    m_verdict = verdict;
    const QString text = verdict == V::Crosses && m_order.type == OrderType::Limit
                             ? tr("&Place anyway — crosses the market")
                         : verdict == V::Unknown ? tr("&Place anyway — market unknown")
                         : moved                 ? tr("&Place anyway — the price moved")
                                                 : m_placeText;
    if (turned || moved) {
        m_place->setText(text);
        hold();
    } else if (!m_hold->isActive()) {
        m_place->setText(text);
    }
}

void ConfirmOrderDialog::hold()
{
    // The button under a reflex is off; Enter stays Cancel's (the default), Space and Alt+P on a
    // disabled button do nothing.
    m_place->setEnabled(false);
    if (m_place->hasFocus())
        m_cancel->setFocus(Qt::OtherFocusReason);
    m_hold->start();
}

void ConfirmOrderDialog::logCancel(PlacementTracker *tracker)
{
    connect(this, &QDialog::rejected, tracker, [tracker, order = m_order] {
        tracker->logNotSent(order, tr("Not sent: confirmation cancelled"));
    });
}
