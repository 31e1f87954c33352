#include "ui/OrderForm.h"

#include "models/BalancesModel.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/MarketDataController.h"
#include "models/OrderSizer.h"
#include "models/OrderValidator.h"
#include "session/AppSettings.h"
#include "session/Session.h"
#include "ui/ConfirmOrderDialog.h"
#include "ui/MessageBar.h"

#include "ui/WidgetColors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Field = OrderCheck::Field;

} // namespace

OrderForm::OrderForm(Session *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_market(session->market()),
      m_tracker(session->placement()),
      m_settings(session->settings())
{
    buildUi();
    connect(m_market, &MarketDataController::symbolsChanged, this, &OrderForm::reloadSymbols);
    connect(m_market, &MarketDataController::accountsChanged, this, &OrderForm::reloadAccounts);
    connect(m_market, &MarketDataController::marketChanged, this, &OrderForm::revalidate);
    connect(m_market, &MarketDataController::balancesChanged, this, &OrderForm::revalidate);
    connect(m_tracker, &PlacementTracker::placementChanged, this, &OrderForm::onPlacementState);
    connect(m_session->colors(), &ColorScheme::changed, this, &OrderForm::refreshColors);
    reloadAccounts();
    reloadSymbols();
    m_clientId->setText(m_tracker->newClientOrderId());
    revalidate();
}

void OrderForm::reloadAccounts()
{
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    for (const Account &a : m_market->accounts())
        m_account->addItem(a.name.isEmpty() ? a.id : tr("%1 (%2)").arg(a.name, a.id), a.id);
    if (m_account->count() == 0 && !m_session->account().isEmpty())
        m_account->addItem(m_session->account(), m_session->account());
    const int idx = m_account->findData(m_session->account());
    m_account->setCurrentIndex(std::max(idx, 0));
    revalidate();
}

void OrderForm::reloadSymbols()
{
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
    revalidate();
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
    // The chosen side and type are filled; the others show their colour as text only.
    const ColorScheme &c = *m_session->colors();
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
    revalidate();
}

OrderDraft OrderForm::draft() const
{
    OrderDraft d;
    d.accountId = m_account->currentData().toString();
    d.symbol = m_symbol->currentText().trimmed().toUpper();
    d.side = m_buy->isChecked() ? Side::Buy : Side::Sell;
    d.type = m_limit->isChecked() ? OrderType::Limit : OrderType::Market;
    d.priceText = m_price->text();
    d.quantityText = m_quantity->text();
    d.amountText = m_amount->text();
    d.clientOrderId = m_clientId->text();
    return d;
}

QString OrderForm::fieldError(Field field) const
{
    return m_check.error(field);
}

void OrderForm::setFieldError(QLineEdit *field, QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
    if (field) {
        WidgetColors::setInvalid(field, !error.isEmpty(), *m_session->colors());
        field->setAccessibleDescription(error);
    }
}

void OrderForm::revalidate()
{
    const OrderDraft d = draft();
    MarketContext ctx;
    ctx.rules = m_market->rules(d.symbol);
    ctx.lastPrice = m_market->lastPrice();
    if (ctx.rules && m_market->symbol() != d.symbol)
        ctx.lastPrice.reset();
    if (ctx.rules) {
        ctx.availableQuote = m_session->balances()->available(ctx.rules->quoteToken);
        ctx.availableBase = m_session->balances()->available(ctx.rules->baseToken);
    }
    if (const auto large = Decimal::parse(m_settings->largeNotional()))
        ctx.largeNotional = *large;
    m_check = OrderValidator::check(d, ctx);

    const bool limit = d.type == OrderType::Limit;
    // Empty fields are not shouted at before the trader has typed anything.
    const auto shown = [&](Field f, const QString &text) {
        return text.trimmed().isEmpty() ? QString() : m_check.error(f);
    };
    setFieldError(nullptr, m_accountError, m_check.error(Field::Account));
    setFieldError(nullptr, m_symbolError, m_check.error(Field::Symbol));
    setFieldError(m_price, m_priceError, limit ? shown(Field::Price, d.priceText) : QString());
    setFieldError(m_quantity, m_quantityError,
                  limit ? shown(Field::Quantity, d.quantityText) : QString());
    setFieldError(m_amount, m_amountError, limit ? QString() : shown(Field::Amount, d.amountText));
    setFieldError(m_clientId, m_clientIdError, m_check.error(Field::ClientOrderId));
    m_warnings->setText(m_check.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!m_check.warnings.isEmpty() && m_check.errors.isEmpty());

    const QString quote = ctx.rules ? ctx.rules->quoteToken : QString();
    m_notional->setText(m_check.notional
                            ? tr("%1 %2").arg(DecimalFormat::display(m_check.notional->normalized(),
                                                                     ctx.rules->priceDecimals()),
                                              quote)
                            : QStringLiteral("—"));
    updateBalanceLabel();

    updatePlaceButton(d);
    for (QPushButton *b : std::as_const(m_quickSizes))
        b->setEnabled(ctx.rules.has_value()
                      && (limit ? ctx.lastPrice.has_value() || !d.priceText.isEmpty() : true));
}

void OrderForm::updatePlaceButton(const OrderDraft &d)
{
    using S = PlacementTracker::State;
    const QString placeLabel = d.side == Side::Buy ? tr("Buy %1") : tr("Sell %1");
    // Only this same order is held while one is sent or checked; any other order can go.
    const bool busy =
        m_check.order && m_tracker->refusalFor(*m_check.order) == PlacementTracker::Refusal::Busy;
    const bool spent = m_check.order && m_tracker->isSpentFor(*m_check.order);
    const S state = m_tracker->stateOf(d.clientOrderId);
    m_place->setText(busy    ? (state == S::Queued    ? tr("Waiting to send…")
                                : state == S::Sending ? tr("Sending…")
                                                      : tr("Checking this order…"))
                     : spent ? tr("Sent — change it or press ↻ to place again")
                             : placeLabel.arg(d.symbol));
    m_place->setEnabled(m_check.isValid() && !busy && !spent);
    m_place->setAccessibleName(m_place->text());
    const bool queued = m_tracker->stateOf(m_shown) == S::Queued;
    m_withdraw->setVisible(queued);
    m_escape->setEnabled(queued);
}

void OrderForm::updateBalanceLabel()
{
    const auto rules = m_market->rules(draft().symbol);
    if (!rules) {
        m_available->setText(QStringLiteral("—"));
        return;
    }
    const auto quote = m_session->balances()->available(rules->quoteToken);
    const auto base = m_session->balances()->available(rules->baseToken);
    m_available->setText(
        tr("%1 %2 · %3 %4")
            .arg(quote ? DecimalFormat::display(quote->normalized(), rules->priceDecimals())
                       : QStringLiteral("—"),
                 rules->quoteToken,
                 base ? DecimalFormat::display(base->normalized(), rules->quantityDecimals())
                      : QStringLiteral("—"),
                 rules->baseToken));
}

void OrderForm::quickSize(int percent)
{
    const OrderDraft d = draft();
    const auto rules = m_market->rules(d.symbol);
    if (!rules)
        return;
    OrderSizer::Input in;
    in.side = d.side;
    in.type = d.type;
    in.percent = percent;
    in.availableQuote = m_session->balances()->available(rules->quoteToken).value_or(Decimal());
    in.availableBase = m_session->balances()->available(rules->baseToken).value_or(Decimal());
    in.typedPrice = DecimalFormat::parseInput(d.priceText);
    in.lastPrice = m_market->lastPrice();
    in.rules = *rules;
    const OrderSizer::Result r = OrderSizer::size(in);
    if (r.price)
        setDecimal(m_price, *r.price);
    if (r.quantity)
        setDecimal(m_quantity, *r.quantity);
    if (r.amount)
        setDecimal(m_amount, *r.amount);
}

void OrderForm::setPrice(const Decimal &price)
{
    m_limit->setChecked(true);
    setDecimal(m_price, price);
    renewSpentClientId(); // a new price is a new intent
    m_price->setFocus();
}

void OrderForm::setPriceAndQuantity(const Decimal &price, const Decimal &quantity)
{
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
        m_message->show(MessageBar::Kind::Warning,
                        tr("A %1 order cannot be entered here; only LIMIT and MARKET orders can.")
                            .arg(order.typeLabel()));
        return;
    }
    const Side side = reverse ? (order.side == Side::Buy ? Side::Sell : Side::Buy) : order.side;
    (side == Side::Buy ? m_buy : m_sell)->setChecked(true);
    (order.type == OrderType::Limit ? m_limit : m_market_)->setChecked(true);
    m_symbol->setCurrentText(order.symbol);
    if (order.type == OrderType::Limit) {
        setDecimal(m_price, order.price);
        setDecimal(m_quantity, order.quantity);
    } else {
        setDecimal(m_amount, order.amount);
    }
    m_clientId->setText(m_tracker->newClientOrderId());
    m_message->show(MessageBar::Kind::Info,
                    reverse
                        ? tr("Reverse of order %1 filled in; nothing is sent until you place it.")
                              .arg(order.orderId)
                        : tr("Order %1 repeated in the form; nothing is sent until you place it.")
                              .arg(order.orderId));
    revalidate();
    focusEntry();
}

void OrderForm::place()
{
    revalidate();
    if (!m_check.isValid())
        return; // each reason is beside its field
    const NewOrder order = *m_check.order;
    // The button, Enter and Ctrl+Return all come here: one guarded path.
    if (const auto refusal = m_tracker->refusalFor(order);
        refusal != PlacementTracker::Refusal::None) {
        m_message->show(MessageBar::Kind::Warning, PlacementTracker::refusalText(refusal));
        return;
    }
    if (m_settings->confirmOrders() || !m_check.warnings.isEmpty()) {
        auto *dialog = new ConfirmOrderDialog(order, PlacementTracker::wireBody(order),
                                              m_check.warnings, *m_session->colors(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, order] { send(order); });
        dialog->open(); // window-modal, no nested event loop
        return;
    }
    send(order);
}

void OrderForm::send(const NewOrder &order)
{
    const auto refusal = m_tracker->refusalFor(order);
    if (!m_tracker->place(order))
        m_message->show(MessageBar::Kind::Warning, PlacementTracker::refusalText(refusal));
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

void OrderForm::onPlacementState(const QString &clientOrderId, PlacementTracker::State state,
                                 const QString &message)
{
    // The bar shows the order in the form, or else the latest one; every placement's news is in
    // the activity log either way.
    if (clientOrderId != m_clientId->text() && clientOrderId != m_tracker->latest()) {
        revalidate();
        return;
    }
    m_shown = clientOrderId;
    using S = PlacementTracker::State;
    switch (state) {
    case S::Queued:
    case S::Sending:
    case S::Checking: m_message->show(MessageBar::Kind::Busy, message); break;
    case S::Placed:
        // The client ID stays until the trader changes the order: the same form sends nothing.
        m_message->show(MessageBar::Kind::Success, message);
        break;
    case S::Rejected:
    case S::NotSent: m_message->show(MessageBar::Kind::Error, message); break;
    case S::NotPlaced: m_message->show(MessageBar::Kind::Warning, message); break;
    case S::Unresolved: m_message->show(MessageBar::Kind::Error, message); break;
    case S::Idle:
        m_message->clear();
        renewSpentClientId();
        break;
    }
    revalidate();
}
