#include "ui/OrderForm.h"

#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/MarketDataController.h"
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
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Field = OrderCheck::Field;

// "&Price" -> "Price": accessible names equal the visible label.
QString plain(const QString &label)
{
    QString s = label;
    return s.remove(QLatin1Char('&'));
}

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
    connect(m_tracker, &PlacementTracker::stateChanged, this, &OrderForm::onPlacementState);
    connect(&ColorScheme::instance(), &ColorScheme::changed, this, &OrderForm::refreshColors);
    reloadAccounts();
    reloadSymbols();
    m_clientId->setText(OrderValidator::newClientOrderId());
    revalidate();
}

QLabel *OrderForm::errorLabel(const QString &name)
{
    auto *l = new QLabel(this);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setVisible(false);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, ColorScheme::instance().error());
    l->setPalette(p);
    return l;
}

void OrderForm::buildUi()
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString &label, QWidget *field, QLabel *error,
                            QLabel **labelOut = nullptr) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        field->setAccessibleName(plain(label));
        grid->addWidget(l, row, 0);
        grid->addWidget(field, row++, 1);
        if (error)
            grid->addWidget(error, row++, 1);
        if (labelOut)
            *labelOut = l;
    };

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("account"));
    m_accountError = errorLabel(QStringLiteral("accountError"));
    addRow(tr("A&ccount"), m_account, m_accountError);

    m_symbol = new QComboBox(this);
    m_symbol->setObjectName(QStringLiteral("symbol"));
    m_symbol->setEditable(true);
    m_symbol->setInsertPolicy(QComboBox::NoInsert);
    m_symbol->completer()->setFilterMode(Qt::MatchContains);
    m_symbol->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_symbol->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_symbolError = errorLabel(QStringLiteral("symbolError"));
    addRow(tr("S&ymbol"), m_symbol, m_symbolError);

    auto *sides = new QWidget(this);
    auto *sideLayout = new QHBoxLayout(sides);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_buy = new QPushButton(tr("&Buy"), sides);
    m_sell = new QPushButton(tr("&Sell"), sides);
    for (QPushButton *b : {m_buy, m_sell}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setAccessibleName(plain(b->text()));
        sideLayout->addWidget(b);
    }
    m_buy->setObjectName(QStringLiteral("buy"));
    m_sell->setObjectName(QStringLiteral("sell"));
    m_buy->setToolTip(tr("Buy (Alt+B)"));
    m_sell->setToolTip(tr("Sell (Alt+S)"));
    auto *sideGroup = new QButtonGroup(this);
    sideGroup->addButton(m_buy);
    sideGroup->addButton(m_sell);
    m_buy->setChecked(true);
    addRow(tr("Side"), sides, nullptr);
    sides->setAccessibleName(tr("Side"));

    auto *types = new QWidget(this);
    auto *typeLayout = new QHBoxLayout(types);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    m_limit = new QPushButton(tr("&Limit"), types);
    m_market_ = new QPushButton(tr("&Market"), types);
    for (QPushButton *b : {m_limit, m_market_}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setAccessibleName(plain(b->text()));
        typeLayout->addWidget(b);
    }
    m_limit->setObjectName(QStringLiteral("limit"));
    m_market_->setObjectName(QStringLiteral("market"));
    m_limit->setToolTip(tr("Limit order: price and quantity (Alt+L)"));
    m_market_->setToolTip(tr("Market order: an amount to spend or receive (Alt+M)"));
    auto *typeGroup = new QButtonGroup(this);
    typeGroup->addButton(m_limit);
    typeGroup->addButton(m_market_);
    m_limit->setChecked(true);
    addRow(tr("Type"), types, nullptr);
    types->setAccessibleName(tr("Type"));

    const QString point = QLocale().decimalPoint();
    const QString hint = point == QLatin1String(".") ? tr("digits and '.'")
                                                     : tr("digits and '%1' or '.'").arg(point);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setPlaceholderText(tr("Price (%1)").arg(hint));
    m_priceError = errorLabel(QStringLiteral("priceError"));
    addRow(tr("&Price"), m_price, m_priceError, &m_priceLabel);

    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setPlaceholderText(tr("Quantity (%1)").arg(hint));
    m_quantityError = errorLabel(QStringLiteral("quantityError"));
    addRow(tr("&Quantity"), m_quantity, m_quantityError, &m_quantityLabel);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount in quote currency (%1)").arg(hint));
    m_amountError = errorLabel(QStringLiteral("amountError"));
    addRow(tr("&Amount"), m_amount, m_amountError, &m_amountLabel);

    auto *quick = new QWidget(this);
    auto *quickLayout = new QHBoxLayout(quick);
    quickLayout->setContentsMargins(0, 0, 0, 0);
    for (int pct : {25, 50, 75, 100}) {
        auto *b = new QPushButton(tr("%1 %").arg(pct), quick);
        b->setObjectName(QStringLiteral("quick%1").arg(pct));
        b->setAutoDefault(false);
        b->setToolTip(tr("Size the order at %1 % of the available balance").arg(pct));
        b->setAccessibleName(b->text());
        quickLayout->addWidget(b);
        m_quickSizes.append(b);
        connect(b, &QPushButton::clicked, this, [this, pct] { quickSize(pct); });
    }
    grid->addWidget(quick, row++, 1);

    auto *idRow = new QWidget(this);
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    m_clientId = new QLineEdit(idRow);
    m_clientId->setObjectName(QStringLiteral("clientOrderId"));
    m_clientId->setMaxLength(64);
    m_clientId->setToolTip(tr("Identifies this order if the connection fails; a fresh one is made "
                              "after each placed order."));
    m_newId = new QToolButton(idRow);
    m_newId->setText(QStringLiteral("↻"));
    m_newId->setToolTip(tr("New client order ID"));
    m_newId->setAccessibleName(tr("New client order ID"));
    idLayout->addWidget(m_clientId, 1);
    idLayout->addWidget(m_newId);
    m_clientIdError = errorLabel(QStringLiteral("clientOrderIdError"));
    addRow(tr("Client &ID"), idRow, m_clientIdError);
    m_clientId->setAccessibleName(tr("Client ID"));

    m_notional = new QLabel(this);
    m_notional->setObjectName(QStringLiteral("notional"));
    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("available"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    QPalette wp = m_warnings->palette();
    wp.setColor(QPalette::WindowText, ColorScheme::instance().warning());
    m_warnings->setPalette(wp);
    grid->addWidget(new QLabel(tr("Value"), this), row, 0);
    grid->addWidget(m_notional, row++, 1);
    grid->addWidget(new QLabel(tr("Available"), this), row, 0);
    grid->addWidget(m_available, row++, 1);
    grid->addWidget(m_warnings, row++, 0, 1, 2);

    m_place = new QPushButton(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setMinimumHeight(36);
    m_place->setToolTip(tr("Place the order (Enter)"));
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("orderMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_place);
    layout->addWidget(m_message);
    layout->addStretch(1);

    setTabOrder(m_account, m_symbol);
    setTabOrder(m_symbol, m_buy);
    setTabOrder(m_buy, m_sell);
    setTabOrder(m_sell, m_limit);
    setTabOrder(m_limit, m_market_);
    setTabOrder(m_market_, m_price);
    setTabOrder(m_price, m_quantity);
    setTabOrder(m_quantity, m_amount);
    setTabOrder(m_amount, m_clientId);
    setTabOrder(m_clientId, m_place);

    for (QLineEdit *e : {m_price, m_quantity, m_amount, m_clientId}) {
        connect(e, &QLineEdit::textChanged, this, &OrderForm::revalidate);
        connect(e, &QLineEdit::returnPressed, this, &OrderForm::place);
        // A held Enter repeats; only the first press is the trader's intent.
        e->installEventFilter(this);
    }
    m_place->installEventFilter(this);
    for (QLineEdit *e : {m_price, m_quantity, m_amount})
        connect(e, &QLineEdit::textEdited, this, &OrderForm::renewSpentClientId);
    connect(m_buy, &QPushButton::toggled, this, &OrderForm::renewSpentClientId);
    connect(m_limit, &QPushButton::toggled, this, &OrderForm::renewSpentClientId);
    connect(m_buy, &QPushButton::toggled, this, &OrderForm::onSideOrTypeChanged);
    connect(m_limit, &QPushButton::toggled, this, &OrderForm::onSideOrTypeChanged);
    connect(m_message, &MessageBar::dismissed, this, [this] {
        using S = PlacementTracker::State;
        if (m_tracker->state() == S::Unresolved || m_tracker->state() == S::NotPlaced)
            m_tracker->dismiss();
    });
    connect(m_place, &QPushButton::clicked, this, &OrderForm::place);
    connect(m_newId, &QToolButton::clicked, this,
            [this] { m_clientId->setText(OrderValidator::newClientOrderId()); });
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_account->currentData().toString();
        if (!id.isEmpty() && id != m_session->account())
            m_session->setAccount(id);
        revalidate();
    });
    connect(m_symbol, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        renewSpentClientId();
        const QString symbol = text.trimmed().toUpper();
        if (m_market->rules(symbol))
            m_market->setSymbol(symbol);
        revalidate();
    });
    onSideOrTypeChanged();
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
    const ColorScheme &c = ColorScheme::instance();
    const QColor buyColor = c.side(Side::Buy), sellColor = c.side(Side::Sell);
    if (buy) {
        WidgetColors::setFill(m_buy, buyColor);
        WidgetColors::clearFill(m_sell);
        WidgetColors::setText(m_sell, sellColor);
    } else {
        WidgetColors::setFill(m_sell, sellColor);
        WidgetColors::clearFill(m_buy);
        WidgetColors::setText(m_buy, buyColor);
    }
    WidgetColors::setFill(m_place, buy ? buyColor : sellColor);
    // A neutral slate for the type, so it is never mistaken for a side colour.
    const QColor slate = c.isDark() ? QColor(0x8a, 0x93, 0xa3) : QColor(0x4a, 0x52, 0x60);
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
        WidgetColors::setInvalid(field, !error.isEmpty());
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
        ctx.availableQuote = m_market->available(ctx.rules->quoteToken);
        ctx.availableBase = m_market->available(ctx.rules->baseToken);
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

    const QString placeLabel = d.side == Side::Buy ? tr("Buy %1") : tr("Sell %1");
    const bool busy = m_tracker->isBusy();
    const bool spent = m_check.order && m_tracker->isSpentFor(*m_check.order);
    m_place->setText(busy    ? (m_tracker->state() == PlacementTracker::State::Checking
                                    ? tr("Checking the last order…")
                                    : tr("Sending…"))
                     : spent ? tr("Sent — change it or press ↻ to place again")
                             : placeLabel.arg(d.symbol));
    m_place->setEnabled(m_check.isValid() && !busy && !spent);
    m_place->setAccessibleName(m_place->text());
    for (QPushButton *b : std::as_const(m_quickSizes))
        b->setEnabled(ctx.rules.has_value()
                      && (limit ? ctx.lastPrice.has_value() || !d.priceText.isEmpty() : true));
}

void OrderForm::updateBalanceLabel()
{
    const auto rules = m_market->rules(draft().symbol);
    if (!rules) {
        m_available->setText(QStringLiteral("—"));
        return;
    }
    const auto quote = m_market->available(rules->quoteToken);
    const auto base = m_market->available(rules->baseToken);
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
    const Decimal pct = *Decimal::fromInteger(percent).divide(Decimal::fromInteger(100), 2);
    const auto quote = m_market->available(rules->quoteToken).value_or(Decimal());
    const auto base = m_market->available(rules->baseToken).value_or(Decimal());
    qint64 scale = 1; // the quote currency's smallest step, e.g. 0.01
    for (int i = 0; i < rules->priceDecimals(); ++i)
        scale *= 10;
    const Decimal quoteTick =
        *Decimal::fromInteger(1).divide(Decimal::fromInteger(scale), rules->priceDecimals());
    if (d.type == OrderType::Limit) {
        auto price = DecimalFormat::parseInput(d.priceText);
        if (!price)
            price = m_market->lastPrice();
        if (!price || price->isZero())
            return;
        const Decimal qty = d.side == Side::Buy ? quote.multiply(pct)
                                                      .value_or(Decimal())
                                                      .divide(*price, Decimal::MaxScale)
                                                      .value_or(Decimal())
                                                : base.multiply(pct).value_or(Decimal());
        const auto rounded = qty.roundDownToStep(rules->baseIncrement);
        if (d.priceText.trimmed().isEmpty())
            setDecimal(m_price, price->withMinScale(rules->priceDecimals()));
        if (rounded)
            setDecimal(m_quantity, *rounded);
    } else {
        const auto last = m_market->lastPrice().value_or(Decimal());
        const Decimal amount =
            d.side == Side::Buy
                ? quote.multiply(pct).value_or(Decimal())
                : base.multiply(pct).value_or(Decimal()).multiply(last).value_or(Decimal());
        const auto rounded = amount.roundDownToStep(quoteTick);
        if (rounded)
            setDecimal(m_amount, *rounded);
    }
}

void OrderForm::setPrice(const Decimal &price)
{
    m_limit->setChecked(true);
    setDecimal(m_price, price);
    m_price->setFocus();
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
    m_clientId->setText(OrderValidator::newClientOrderId());
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
        auto *dialog = new ConfirmOrderDialog(order, m_check.warnings, this);
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
        m_clientId->setText(OrderValidator::newClientOrderId());
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
    }
    return QWidget::eventFilter(watched, event);
}

void OrderForm::onPlacementState(PlacementTracker::State state, const QString &message)
{
    using S = PlacementTracker::State;
    switch (state) {
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
