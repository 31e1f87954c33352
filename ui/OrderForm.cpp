#include "ui/OrderForm.h"

#include "models/AccountDataController.h"
#include "models/ColorScheme.h"
#include "models/MarketDataController.h"
#include "models/PlacementTracker.h"
#include "models/StaleMonitor.h"
#include "models/TicketModel.h"
#include "ui/ClientIdField.h"
#include "ui/FormGrid.h"
#include "ui/PlaceControls.h"
#include "ui/PlaceFlow.h"
#include "ui/PriceSizeFields.h"
#include "ui/SideTypePicker.h"
#include "ui/SizeShortcuts.h"
#include "ui/TargetPicker.h"
#include "ui/TicketFeeds.h"
#include "ui/TicketMessages.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OrderForm::OrderForm(const Dependencies &deps, QWidget *parent)
    : QWidget(parent),
      m_deps(deps),
      m_ticket(new TicketModel(this))
{
    m_ticket->setPlacement(m_deps.placement);
    m_ticket->followStale(m_deps.marketStale);
    buildParts();
    setTabOrders();
    connectParts();
    onSideOrTypeChanged();
    connect(m_ticket, &TicketModel::changed, this, &OrderForm::render);
    connect(m_deps.market, &MarketDataController::symbolsChanged, this, &OrderForm::reloadSymbols);
    connect(m_deps.accounts, &AccountDataController::accountsChanged, m_target,
            &TargetPicker::reloadAccounts);
    m_feeds->follow();
    connect(m_deps.placement, &PlacementTracker::placementChanged, m_messages,
            &TicketMessages::onPlacementState);
    connect(m_deps.colors, &ColorScheme::changed, this, &OrderForm::refreshColors);
    {
        const TicketModel::Batch batch(m_ticket);
        m_target->reloadAccounts();
        reloadSymbols();
        m_clientId->renew();
        m_feeds->readAll();
    }
    render();
}

// The parts in the order they stand (and were always made in): one grid, one label column.
void OrderForm::buildParts()
{
    FormGrid grid(this);
    m_target =
        new TargetPicker({m_deps.market, m_deps.accounts, m_deps.account, m_deps.chooseAccount},
                         m_ticket, m_deps.colors, this, grid);
    m_sideType = new SideTypePicker(m_deps.colors, m_ticket, this, grid);
    m_fields = new PriceSizeFields(m_ticket, m_deps.colors, this, grid);
    connect(m_fields, &PriceSizeFields::quantitySet, this, &OrderForm::quantitySetByForm);
    m_shortcuts = new SizeShortcuts(m_ticket, m_deps.settings, this);
    m_shortcuts->addQuickRow(grid);
    m_clientId = new ClientIdField(m_deps.placement, m_ticket, m_deps.colors, this, grid);
    m_shortcuts->addPresetRows(grid);
    m_controls = new PlaceControls(m_deps.colors, this, grid);

    auto *layout = new QVBoxLayout(this);
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(margins.left(), 4, margins.right(), 4);
    layout->setSpacing(4);
    layout->addLayout(grid.layout());
    m_controls->addTo(layout);
    layout->addStretch(1);

    m_messages = new TicketMessages(
        m_controls->messageBar(), m_deps.placement, m_ticket, [this] { return m_clientId->text(); },
        this);
    m_flow = new PlaceFlow({m_ticket, m_deps.placement, m_deps.settings, m_deps.colors, m_messages,
                            [this] {
                                m_feeds->poll();
                                if (m_deps.marketStale) // its age now, not at its last second
                                    m_deps.marketStale->evaluate();
                            }},
                           m_controls->withdrawButton(), this);
    m_feeds =
        new TicketFeeds({m_deps.market, m_deps.balances, m_deps.link, m_deps.settings, m_deps.book},
                        m_ticket, this);
}

void OrderForm::setTabOrders()
{
    QList<QWidget *> chain{m_target->accountBox(), m_target->symbolBox()};
    for (QPushButton *b : m_sideType->buttons())
        chain << b;
    for (QLineEdit *e : m_fields->fields())
        chain << e;
    chain << m_clientId->field() << m_controls->placeButton();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void OrderForm::connectParts()
{
    QList<QLineEdit *> entries = m_fields->fields();
    entries << m_clientId->field();
    QList<QWidget *> guarded;
    for (QLineEdit *e : std::as_const(entries)) {
        connect(e, &QLineEdit::returnPressed, this, &OrderForm::place);
        guarded << e;
    }
    // A held Enter repeats; only the first press is the trader's intent.
    guarded << m_controls->placeButton();
    m_flow->guardKeys(guarded);
    connect(m_controls->placeButton(), &QPushButton::clicked, this, &OrderForm::place);
    connect(m_controls, &PlaceControls::disabledPlaceClicked, m_ticket, &TicketModel::placeTried);
    // A new price, size, side, type or symbol is a new intent: a spent client ID is renewed.
    connect(m_fields, &PriceSizeFields::edited, m_clientId, &ClientIdField::renewIfSpent);
    connect(m_sideType, &SideTypePicker::picked, this, [this] {
        m_clientId->renewIfSpent();
        onSideOrTypeChanged();
    });
    connect(m_sideType, &SideTypePicker::typePicked, this, [this](bool limit) {
        if (!limit)
            tellMarketSizing();
    });
    connect(m_target, &TargetPicker::symbolEdited, this, [this](bool another) {
        m_clientId->renewIfSpent();
        // A price or a size of another asset never carries over: 10 ETH is not 10 BTC.
        if (another)
            m_fields->clear();
    });
    connect(m_shortcuts, &SizeShortcuts::quickSized, this, [this](const OrderSizer::Result &r) {
        const TicketModel::Batch batch(m_ticket);
        if (m_fields->apply(r))
            m_clientId->renewIfSpent(); // a new size is a new intent, as a typed one is
    });
    connect(m_shortcuts, &SizeShortcuts::presetChosen, this, [this](const Decimal &quantity) {
        m_fields->setQuantity(quantity);
        m_clientId->renewIfSpent();
    });
    connect(m_shortcuts, &SizeShortcuts::presetsSaved, this, [this] {
        m_shortcuts->loadPresets(m_deps.market->symbols());
        m_fields->focusQuantity();
    });
    connect(m_messages, &TicketMessages::placementShown, this,
            [this](PlacementTracker::State state) {
                if (state == PlacementTracker::State::Idle)
                    m_clientId->renewIfSpent();
                render(); // the withdraw button follows the shown order
            });
    connect(m_feeds, &TicketFeeds::polled, m_messages, &TicketMessages::dropGone);
}

// A MARKET order is sized by its amount in the quote asset, buy or sell: the exchange documents
// no quantity for it (order-api.md: quantity "required for LIMIT order", amount "required for
// MARKET order"). The quantity typed stays in its (hidden) field and comes back with Limit; the
// message line says why the field changed, while the form is as the switch left it.
void OrderForm::tellMarketSizing()
{
    const TicketState &s = m_ticket->state();
    if (!s.rules || s.draft.quantityText.trimmed().isEmpty())
        return;
    const OrderDraft was = s.draft;
    const QString text =
        was.side == Side::Buy
            ? tr("MARKET buys are sized in %1, the amount to spend; your %2 quantity is kept for "
                 "Limit.")
            : tr("MARKET sells are sized in %1, the amount to receive; your %2 quantity is kept "
                 "for Limit.");
    m_messages->tell(MessageBar::Kind::Info, text.arg(s.rules->quoteToken, s.rules->baseToken),
                     [ticket = m_ticket, was] {
                         const OrderDraft &now = ticket->state().draft;
                         return now.type == OrderType::Market && now.side == was.side
                                && now.symbol == was.symbol && now.quantityText == was.quantityText
                                && now.amountText == was.amountText;
                     });
}

void OrderForm::reloadSymbols()
{
    const TicketModel::Batch batch(m_ticket);
    m_target->reloadSymbols();
    m_shortcuts->loadPresets(m_deps.market->symbols());
}

void OrderForm::onSideOrTypeChanged()
{
    m_fields->showType(m_sideType->isLimit());
    m_controls->paintSide(m_sideType->side());
    m_sideType->apply();
}

void OrderForm::render()
{
    const TicketState &s = m_ticket->state();
    m_target->render(s);
    m_fields->render(s, m_sideType->isLimit());
    m_clientId->render(s);
    m_controls->renderFacts(s);
    m_shortcuts->render(s);
    m_controls->renderButton(s);
    m_flow->render();
    m_messages->dropGone();
}

QString OrderForm::placingBlocked()
{
    m_feeds->poll();
    return m_ticket->state().blocked;
}

OrderDraft OrderForm::draft() const
{
    return m_ticket->state().draft;
}

OrderCheck OrderForm::check() const
{
    return m_ticket->state().check;
}

QString OrderForm::fieldError(OrderCheck::Field field) const
{
    return m_ticket->state().check.error(field);
}

QPushButton *OrderForm::placeButton() const
{
    return m_controls->placeButton();
}

QPushButton *OrderForm::withdrawButton() const
{
    return m_controls->withdrawButton();
}

MessageBar *OrderForm::messageBar() const
{
    return m_controls->messageBar();
}

void OrderForm::place()
{
    m_flow->place();
}

void OrderForm::withdraw()
{
    m_flow->withdraw();
}

void OrderForm::setPrice(const Decimal &price)
{
    const TicketModel::Batch batch(m_ticket);
    m_sideType->pick(OrderType::Limit);
    m_fields->setPrice(price);
    m_ticket->priceTouched();   // the trader chose the form's price
    m_clientId->renewIfSpent(); // a new price is a new intent
    m_fields->focusPrice();
}

void OrderForm::setSide(Side side)
{
    m_sideType->pick(side);
}

void OrderForm::setPriceAndQuantity(const Decimal &price, const Decimal &quantity)
{
    const TicketModel::Batch batch(m_ticket);
    setPrice(price);
    // As given; the form's rules (lot step, minimum, balance) judge it like a typed one.
    m_fields->setQuantity(quantity);
    m_fields->focusQuantity();
}

void OrderForm::focusEntry()
{
    m_fields->focusEntry(m_sideType->isLimit());
}

void OrderForm::fillFrom(const Order &order, bool reverse)
{
    if (order.type == OrderType::Other) {
        m_messages->tellAboutTicket(
            MessageBar::Kind::Warning,
            tr("A %1 order cannot be entered here; only LIMIT and MARKET orders can.")
                .arg(order.typeLabel()));
        return;
    }
    if (reverse) {
        fillReverse(order);
        m_ticket->priceTouched(); // the form holds the trader's order: a blank price is told
        return;
    }
    {
        const TicketModel::Batch batch(m_ticket);
        m_sideType->pick(order.side);
        m_sideType->pick(order.type);
        m_target->pickSymbol(order.symbol);
        if (order.type == OrderType::Limit) {
            m_fields->setPrice(order.price);
            m_fields->setQuantity(order.quantity);
        } else {
            m_fields->setAmount(order.amount);
        }
        m_clientId->renew();
        m_ticket->priceTouched(); // after the symbol: the trader's order is in the form
    }
    // Told while the form holds that order as filled in.
    m_messages->tellAboutTicket(
        MessageBar::Kind::Info,
        tr("Order %1 repeated in the form; nothing is sent until you place it.")
            .arg(order.orderId));
    focusEntry();
}

// A reverse undoes what the order did: the base quantity it filled (tradeQty), never what it
// asked for; a partial fill reverses only its filled part. A MARKET order was sized in the quote
// asset, but what it bought or sold is a base quantity, which only a LIMIT order can name: the
// reverse is a LIMIT order. Its price is left empty: the order's own price is an old number
// (a MARKET order has none), the trader enters today's (a click on bid/ask, or Up from the last).
void OrderForm::fillReverse(const Order &order)
{
    if (order.tradeQty.isZero() || order.tradeQty.isNegative()) {
        m_messages->tellAboutTicket(
            MessageBar::Kind::Warning,
            tr("Order %1 has filled nothing: there is nothing to reverse.").arg(order.orderId));
        return; // the form is left as it was
    }
    {
        const TicketModel::Batch batch(m_ticket);
        m_sideType->pick(order.side == Side::Buy ? Side::Sell : Side::Buy);
        m_sideType->pick(OrderType::Limit);
        m_target->pickSymbol(order.symbol);
        m_fields->clearPriceAndAmount();
        m_fields->setQuantity(order.tradeQty);
        m_clientId->renew();
    }
    const bool partial = order.type == OrderType::Limit && order.tradeQty < order.quantity;
    // "Enter a price": told until one is entered (or the form holds another order).
    m_messages->tell(MessageBar::Kind::Info,
                     partial ? tr("Reverse of the part of order %1 that has filled so far: enter a "
                                  "price. Nothing is sent until you place it.")
                                   .arg(order.orderId)
                             : tr("Reverse of what order %1 filled: enter a price. Nothing is "
                                  "sent until you place it.")
                                   .arg(order.orderId),
                     [ticket = m_ticket, draft = m_ticket->state().draft] {
                         const OrderDraft &now = ticket->state().draft;
                         return now.priceText.isEmpty() && now.symbol == draft.symbol
                                && now.side == draft.side && now.quantityText == draft.quantityText;
                     });
    m_fields->focusPrice();
}
