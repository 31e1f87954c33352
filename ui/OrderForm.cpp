#include "ui/OrderForm.h"

#include "models/AccountDataController.h"
#include "models/AssetFormat.h"
#include "models/BalancesModel.h"
#include "models/ColorScheme.h"
#include "models/ConnectionStatus.h"
#include "models/DecimalFormat.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace {

using Field = OrderCheck::Field;

// What a number field takes, as its placeholder says.
QString inputHint()
{
    const QString point = QLocale().decimalPoint();
    return point == QLatin1String(".") ? OrderForm::tr("digits and '.'")
                                       : OrderForm::tr("digits and '%1' or '.'").arg(point);
}

} // namespace

OrderForm::OrderForm(const Dependencies &deps, QWidget *parent)
    : QWidget(parent),
      m_deps(deps),
      m_market(deps.market),
      m_tracker(deps.placement),
      m_settings(deps.settings),
      m_ticket(new TicketModel(this))
{
    m_ticket->setPlacement(m_tracker);
    m_ticket->followStale(m_deps.marketStale);
    buildUi();
    connect(m_ticket, &TicketModel::changed, this, &OrderForm::render);
    connect(m_market, &MarketDataController::symbolsChanged, this, &OrderForm::reloadSymbols);
    connect(m_deps.accounts, &AccountDataController::accountsChanged, this,
            &OrderForm::reloadAccounts);
    connect(m_market, &MarketDataController::marketChanged, this,
            [this] { m_ticket->setLastPrice(m_market->symbol(), m_market->lastPrice()); });
    // The balances model's own signal: the form reads it after it has taken the new balances.
    connect(m_deps.balances, &BalancesModel::balancesChanged, this, &OrderForm::forwardBalances);
    if (m_deps.link)
        connect(m_deps.link, &ConnectionStatus::changed, this, &OrderForm::pollInputs);
    connect(m_tracker, &PlacementTracker::placementChanged, this, &OrderForm::onPlacementState);
    connect(m_deps.colors, &ColorScheme::changed, this, &OrderForm::refreshColors);
    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &OrderForm::pollInputs);
    m_poll->start();
    {
        const TicketModel::Batch batch(m_ticket);
        reloadAccounts();
        reloadSymbols();
        m_clientId->setText(m_tracker->newClientOrderId());
        m_ticket->setLastPrice(m_market->symbol(), m_market->lastPrice());
        forwardBalances();
        pollInputs();
    }
    render();
}

void OrderForm::pollInputs()
{
    {
        const TicketModel::Batch batch(m_ticket);
        if (m_deps.link)
            m_ticket->setCredentialsRefused(m_deps.link->state().link
                                            == ConnectionStatus::Link::CredentialsRefused);
        if (const auto large = Decimal::parse(m_settings->largeNotional()))
            m_ticket->setLargeNotional(*large);
    }
    dropGoneMessage(); // a state that ends with time alone ("went out less than a second ago")
}

QString OrderForm::placingBlocked()
{
    pollInputs();
    return m_ticket->state().blocked;
}

void OrderForm::forwardBalances()
{
    const BalancesModel *b = m_deps.balances;
    if (b->rowCount() == 0) {
        m_ticket->setAvailable(std::nullopt); // not loaded (yet)
        return;
    }
    QHash<QString, Decimal> available;
    for (int row = 0; row < b->rowCount(); ++row)
        if (const Balance *balance = b->balance(row))
            available.insert(balance->token, balance->available);
    m_ticket->setAvailable(available);
}

void OrderForm::reloadAccounts()
{
    const TicketModel::Batch batch(m_ticket);
    const QSignalBlocker blocker(m_account);
    const QString current = m_deps.account();
    m_account->clear();
    for (const Account &a : m_deps.accounts->accounts())
        m_account->addItem(a.name.isEmpty() ? a.id : tr("%1 (%2)").arg(a.name, a.id), a.id);
    if (m_account->count() == 0 && !current.isEmpty())
        m_account->addItem(current, current);
    const int idx = m_account->findData(current);
    m_account->setCurrentIndex(std::max(idx, 0));
    m_ticket->setAccount(m_account->currentData().toString());
}

void OrderForm::reloadSymbols()
{
    const TicketModel::Batch batch(m_ticket);
    const QSignalBlocker blocker(m_symbol);
    const QString current = m_market->symbol();
    m_symbol->clear();
    for (const SymbolRules &r : m_market->symbols())
        m_symbol->addItem(r.symbol);
    const int idx = m_symbol->findText(current);
    if (idx >= 0)
        m_symbol->setCurrentIndex(idx);
    else
        m_symbol->setEditText(current);
    m_ticket->setSymbols(m_market->symbols());
    m_ticket->setSymbol(m_symbol->currentText());
    loadPresets();
}

void OrderForm::onSideOrTypeChanged()
{
    const bool buy = m_buy->isChecked();
    const bool limit = m_limit->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_price), static_cast<QWidget *>(m_priceLabel),
                       static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_quantityLabel)})
        w->setVisible(limit);
    m_amount->setVisible(!limit);
    m_amountLabel->setVisible(!limit);
    // A reason's room is kept (errorLabel), the price's too, and the amount shares the
    // quantity's row: nothing below moves when the type changes.
    // The chosen side and type are filled; the others show their colour as text only.
    const ColorScheme &c = *m_deps.colors;
    if (buy) {
        WidgetColors::setFill(m_buy, c.sideFill(Side::Buy));
        WidgetColors::clearFill(m_sell);
        WidgetColors::setText(m_sell, c.side(Side::Sell));
    } else {
        WidgetColors::setFill(m_sell, c.sideFill(Side::Sell));
        WidgetColors::clearFill(m_buy);
        WidgetColors::setText(m_buy, c.side(Side::Buy));
    }
    WidgetColors::setFill(m_place, c.sideFill(buy ? Side::Buy : Side::Sell));
    // A neutral slate for the type, so it is never mistaken for a side colour.
    const QColor slate = c.isDark() ? QColor(0x8a, 0x93, 0xa3) : QColor(0x3a, 0x41, 0x4d);
    WidgetColors::setFill(limit ? m_limit : m_market_, slate);
    WidgetColors::clearFill(limit ? m_market_ : m_limit);
    const TicketModel::Batch batch(m_ticket);
    m_ticket->setSide(buy ? Side::Buy : Side::Sell);
    m_ticket->setType(limit ? OrderType::Limit : OrderType::Market);
}

OrderDraft OrderForm::draft() const
{
    return m_ticket->state().draft;
}

OrderCheck OrderForm::check() const
{
    return m_ticket->state().check;
}

QString OrderForm::fieldError(Field field) const
{
    return m_ticket->state().check.error(field);
}

void OrderForm::setFieldError(QLineEdit *field, QLabel *label, const QString &error)
{
    label->setText(error);
    label->setToolTip(error); // the whole reason, should it need more than its two lines
    label->setVisible(!error.isEmpty());
    if (field) {
        WidgetColors::setInvalid(field, !error.isEmpty(), *m_deps.colors);
        field->setAccessibleDescription(error);
    }
}

void OrderForm::render()
{
    const TicketState &s = m_ticket->state();
    setFieldError(nullptr, m_accountError, s.shownError(Field::Account));
    setFieldError(nullptr, m_symbolError, s.shownError(Field::Symbol));
    // Quantity and amount share a row: only the shown field's reason (never one over the other).
    const bool limit = m_limit->isChecked();
    setFieldError(m_price, m_priceError, limit ? s.shownError(Field::Price) : QString());
    setFieldError(m_quantity, m_quantityError, limit ? s.shownError(Field::Quantity) : QString());
    setFieldError(m_amount, m_amountError, limit ? QString() : s.shownError(Field::Amount));
    setFieldError(m_clientId, m_clientIdError, s.shownError(Field::ClientOrderId));
    m_warnings->setText(s.warnings);
    m_warnings->setToolTip(s.warnings);
    m_warnings->setVisible(!s.warnings.isEmpty());
    OneLineLabel::setText(m_blocked, s.blocked);
    m_blocked->setVisible(!s.blocked.isEmpty());
    const QString quote = s.rules ? s.rules->quoteToken : QString();
    const QString base = s.rules ? s.rules->baseToken : QString();
    m_priceLabel->setText(AssetFormat::title(tr("&Price"), quote));
    m_quantityLabel->setText(AssetFormat::title(tr("&Quantity"), base));
    m_amountLabel->setText(AssetFormat::title(tr("&Amount"), quote));
    // Accessible names equal the visible labels, unit included.
    for (QLabel *l : {m_priceLabel, m_quantityLabel, m_amountLabel})
        l->buddy()->setAccessibleName(QString(l->text()).remove(QLatin1Char('&')));
    m_notional->setText(s.notional);
    m_available->setText(s.available);
    for (QPushButton *b : std::as_const(m_quickSizes))
        b->setEnabled(s.quickSizeEnabled);
    renderPresets(s);

    m_place->setText(s.placeText);
    m_place->setEnabled(s.placeEnabled);
    m_place->setAccessibleName(s.placeText);
    m_place->setAccessibleDescription(s.blocked);
    if (!quote.isEmpty())
        m_amount->setPlaceholderText(tr("Amount in %1 (%2)").arg(quote, inputHint()));
    const bool queued = m_tracker->stateOf(m_shown) == PlacementTracker::State::Queued;
    m_withdraw->setVisible(queued);
    m_escape->setEnabled(queued);
    dropGoneMessage();
}

void OrderForm::quickSize(int percent)
{
    const OrderSizer::Result r = m_ticket->quickSize(percent);
    const TicketModel::Batch batch(m_ticket);
    if (r.price)
        setDecimal(m_price, *r.price);
    if (r.quantity)
        setDecimal(m_quantity, *r.quantity);
    if (r.amount)
        setDecimal(m_amount, *r.amount);
    if (r.price || r.quantity || r.amount)
        renewSpentClientId(); // a new size is a new intent, as a typed one is
}

// Up/Down: one tick (price) or lot step (quantity); Page Up/Down: ten. Exact, on the grid.
bool OrderForm::stepField(QLineEdit *field, int key)
{
    const int steps = key == Qt::Key_Up         ? 1
                      : key == Qt::Key_Down     ? -1
                      : key == Qt::Key_PageUp   ? 10
                      : key == Qt::Key_PageDown ? -10
                                                : 0;
    if (steps == 0)
        return false;
    const auto next = m_ticket->stepped(field == m_price ? Field::Price : Field::Quantity, steps);
    if (next) {
        setDecimal(field, *next);
        renewSpentClientId(); // a new price or size is a new intent
    }
    return true;
}

void OrderForm::setPrice(const Decimal &price)
{
    const TicketModel::Batch batch(m_ticket);
    m_limit->setChecked(true);
    setDecimal(m_price, price);
    renewSpentClientId(); // a new price is a new intent
    m_price->setFocus();
}

void OrderForm::setPriceAndQuantity(const Decimal &price, const Decimal &quantity)
{
    const TicketModel::Batch batch(m_ticket);
    setPrice(price);
    // As given; the form's rules (lot step, minimum, balance) judge it like a typed one.
    setDecimal(m_quantity, quantity);
    m_quantity->setFocus();
}

void OrderForm::focusEntry()
{
    (m_limit->isChecked() ? m_price : m_amount)->setFocus();
}

void OrderForm::fillFrom(const Order &order, bool reverse)
{
    if (order.type == OrderType::Other) {
        tellAboutTicket(MessageBar::Kind::Warning,
                        tr("A %1 order cannot be entered here; only LIMIT and MARKET orders can.")
                            .arg(order.typeLabel()));
        return;
    }
    if (reverse) {
        fillReverse(order);
        return;
    }
    {
        const TicketModel::Batch batch(m_ticket);
        (order.side == Side::Buy ? m_buy : m_sell)->setChecked(true);
        (order.type == OrderType::Limit ? m_limit : m_market_)->setChecked(true);
        m_symbol->setCurrentText(order.symbol);
        if (order.type == OrderType::Limit) {
            setDecimal(m_price, order.price);
            setDecimal(m_quantity, order.quantity);
        } else {
            setDecimal(m_amount, order.amount);
        }
        m_clientId->setText(m_tracker->newClientOrderId());
    }
    // Told while the form holds that order as filled in.
    tellAboutTicket(MessageBar::Kind::Info,
                    tr("Order %1 repeated in the form; nothing is sent until you place it.")
                        .arg(order.orderId));
    focusEntry();
}

void OrderForm::place()
{
    pollInputs(); // the feed's age and the link as of this press, not of the last timer tick
    const TicketState &s = m_ticket->state();
    if (!s.check.isValid() || !s.blocked.isEmpty())
        return; // each reason is beside its field, or beside the button
    const NewOrder order = *s.check.order;
    // The button, Enter and Ctrl+Return all come here: one guarded path.
    if (const auto refusal = m_tracker->refusalFor(order);
        refusal != PlacementTracker::Refusal::None) {
        tellRefusal(order, refusal);
        return;
    }
    if (m_settings->confirmOrders() || !s.check.warnings.isEmpty()) {
        auto *dialog = new ConfirmOrderDialog(order, s.summary, PlacementTracker::wireBody(order),
                                              s.check.warnings, *m_deps.colors, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, order, draft = s.draft, warned = int(s.check.warnings.size())] {
                    // The dialog may have stood open while the market moved or went stale.
                    pollInputs();
                    if (const QString why = m_ticket->stillHolds(draft, warned); !why.isEmpty()) {
                        // Told while that ticket stands and the reason with it.
                        tell(MessageBar::Kind::Warning, why, [this, draft, warned] {
                            return m_ticket->state().draft == draft
                                   && !m_ticket->stillHolds(draft, warned).isEmpty();
                        });
                        return;
                    }
                    send(order);
                });
        dialog->open(); // window-modal, no nested event loop
        return;
    }
    send(order);
}

void OrderForm::send(const NewOrder &order)
{
    const auto refusal = m_tracker->refusalFor(order);
    if (!m_tracker->place(order))
        tellRefusal(order, refusal);
}

void OrderForm::renewSpentClientId()
{
    if (m_tracker->isSpent(m_clientId->text()))
        m_clientId->setText(m_tracker->newClientOrderId());
}

void OrderForm::setDecimal(QLineEdit *field, const Decimal &value)
{
    field->setText(DecimalFormat::toInput(value));
}

bool OrderForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->isAutoRepeat() && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter))
            return true;
        if (event->type() == QEvent::KeyPress && (watched == m_price || watched == m_quantity)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
            && stepField(static_cast<QLineEdit *>(watched), key->key()))
            return true;
        // Esc in the form takes back an order still waiting here (also without the shortcut,
        // whose window may not be the active one).
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_Escape
            && m_escape->isEnabled()) {
            withdraw();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderForm::withdraw()
{
    if (m_tracker->stateOf(m_shown) == PlacementTracker::State::Queued)
        m_tracker->withdraw(m_shown);
}
