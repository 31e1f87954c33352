// The order form's widgets, layout, tab order and connections (its behaviour: OrderForm.cpp).
#include "ui/OrderForm.h"

#include "models/ColorScheme.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "ui/MessageBar.h"
#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int MaxPresets = 5; // as many as TicketModel::parsePresets accepts

// "&Price" -> "Price": accessible names equal the visible label.
QString plain(const QString &label)
{
    QString s = label;
    return s.remove(QLatin1Char('&'));
}

// A button as wide as its text needs, not the style's minimum for dialog buttons: the form stays
// narrow enough for the order tables beside it at 1440 px.
void compact(QPushButton *b)
{
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    b->setSizePolicy(policy);
    b->setMinimumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("100 %"))
                       + 4 * b->fontMetrics().averageCharWidth());
}

} // namespace

// Label beside field, the field's error under it; rows counted here.
class OrderForm::FormGrid
{
public:
    explicit FormGrid(QWidget *owner)
        : m_owner(owner),
          m_grid(new QGridLayout)
    {
        m_grid->setColumnStretch(1, 1);
        // A field's reason right under it; the form fits 1440 × 900 with every line kept.
        m_grid->setVerticalSpacing(2);
    }
    QLabel *addRow(const QString &label, QWidget *field, QLabel *error)
    {
        m_lastRow = m_row;
        auto *l = new QLabel(label, m_owner);
        l->setBuddy(field);
        field->setAccessibleName(plain(label));
        m_grid->addWidget(l, m_row, 0);
        m_grid->addWidget(field, m_row++, 1);
        if (error)
            m_grid->addWidget(error, m_row++, 1);
        return l;
    }
    // A row in the cells of the row added last: one of the two is shown at a time, so switching
    // between them never moves the rows below (review 29 F28: the Buy button jumped 52 px).
    QLabel *addRowInPlaceOfLast(const QString &label, QWidget *field, QLabel *error)
    {
        const int next = m_row;
        m_row = m_lastRow;
        QLabel *l = addRow(label, field, error);
        m_row = next;
        return l;
    }
    // A widget on its own row: from this column to the end.
    void addWide(QWidget *widget, int column)
    {
        m_grid->addWidget(widget, m_row++, column, 1, 2 - column);
    }
    QGridLayout *layout() const { return m_grid; }

private:
    QWidget *m_owner;
    QGridLayout *m_grid;
    int m_row = 0;
    int m_lastRow = 0;
};

// A reason's label keeps its room, shown or not: a message never moves the buttons under the
// mouse. `lines` of room; a longer reason is whole in the tooltip and the accessible description.
QLabel *OrderForm::errorLabel(const QString &name, int lines)
{
    auto *l = new QLabel(this);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setFixedHeight(lines * l->fontMetrics().lineSpacing());
    QSizePolicy policy = l->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    l->setSizePolicy(policy);
    l->setVisible(false);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, m_deps.colors->error());
    l->setPalette(p);
    return l;
}

void OrderForm::buildUi()
{
    FormGrid grid(this);
    buildTargetRows(grid);
    buildSizeRows(grid);
    buildPresetRows(grid);
    buildFooter(grid);
    setTabOrders();
    connectFields();
    onSideOrTypeChanged();
}

void OrderForm::buildTargetRows(FormGrid &grid)
{
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("account"));
    m_accountError = errorLabel(QStringLiteral("accountError"), 1);
    grid.addRow(tr("A&ccount"), m_account, m_accountError);

    m_symbol = new QComboBox(this);
    m_symbol->setObjectName(QStringLiteral("symbol"));
    m_symbol->setEditable(true);
    m_symbol->setInsertPolicy(QComboBox::NoInsert);
    m_symbol->completer()->setFilterMode(Qt::MatchContains);
    m_symbol->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_symbol->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_symbolError = errorLabel(QStringLiteral("symbolError"), 1);
    grid.addRow(tr("S&ymbol"), m_symbol, m_symbolError);

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
    grid.addRow(tr("Side"), sides, nullptr);
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
    grid.addRow(tr("Type"), types, nullptr);
    types->setAccessibleName(tr("Type"));
}

void OrderForm::buildSizeRows(FormGrid &grid)
{
    const QString point = QLocale().decimalPoint();
    const QString hint = point == QLatin1String(".") ? tr("digits and '.'")
                                                     : tr("digits and '%1' or '.'").arg(point);
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setPlaceholderText(tr("Price (%1)").arg(hint));
    m_priceError = errorLabel(QStringLiteral("priceError"));
    m_priceLabel = grid.addRow(tr("&Price"), m_price, m_priceError);

    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setPlaceholderText(tr("Quantity (%1)").arg(hint));
    m_quantityError = errorLabel(QStringLiteral("quantityError"));
    m_quantityLabel = grid.addRow(tr("&Quantity"), m_quantity, m_quantityError);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("Amount in quote currency (%1)").arg(hint));
    m_amountError = errorLabel(QStringLiteral("amountError"));
    // Market orders have an amount where limit orders have the quantity (and keep the price's
    // room).
    m_amountLabel = grid.addRowInPlaceOfLast(tr("&Amount"), m_amount, m_amountError);
    for (QWidget *w : {static_cast<QWidget *>(m_price), static_cast<QWidget *>(m_priceLabel),
                       static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_quantityLabel),
                       static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_amountLabel)}) {
        QSizePolicy p = w->sizePolicy();
        p.setRetainSizeWhenHidden(true);
        w->setSizePolicy(p);
    }

    auto *quick = new QWidget(this);
    auto *quickLayout = new QHBoxLayout(quick);
    quickLayout->setContentsMargins(0, 0, 0, 0);
    for (int pct : {25, 50, 75, 100}) {
        auto *b = new QPushButton(tr("%1 %").arg(pct), quick);
        b->setObjectName(QStringLiteral("quick%1").arg(pct));
        b->setAutoDefault(false);
        b->setToolTip(tr("Size the order at %1 % of the available balance").arg(pct));
        compact(b);
        b->setAccessibleName(b->text());
        quickLayout->addWidget(b);
        m_quickSizes.append(b);
        connect(b, &QPushButton::clicked, this, [this, pct] { quickSize(pct); });
    }
    grid.addWide(quick, 1);

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
    m_clientIdError = errorLabel(QStringLiteral("clientOrderIdError"), 1);
    grid.addRow(tr("Client &ID"), idRow, m_clientIdError);
    m_clientId->setAccessibleName(tr("Client ID"));
}

void OrderForm::buildPresetRows(FormGrid &grid)
{
    m_presetRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_presetRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(3);
    for (int i = 0; i < MaxPresets; ++i) {
        auto *b = new QPushButton(m_presetRow);
        b->setObjectName(QStringLiteral("preset%1").arg(i));
        // Never narrower than its quantity (set with the text): a figure is never cut or drawn
        // over its neighbour; not the style's 80 px either, which made four presets widen the
        // form (the unit is in the row's label).
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        b->setAutoDefault(false);
        b->hide();
        row->addWidget(b);
        m_presets.append(b);
        connect(b, &QPushButton::clicked, this, [this, i] {
            const QList<Decimal> presets = m_ticket->state().presets;
            if (i < presets.size()) {
                setDecimal(m_quantity, presets.at(i));
                renewSpentClientId();
            }
        });
    }
    row->addStretch(1);
    m_editPresets = new QToolButton(m_presetRow);
    m_editPresets->setObjectName(QStringLiteral("editPresets"));
    m_editPresets->setText(tr("Edit…"));
    m_editPresets->setToolTip(tr("Set this symbol's quantity presets"));
    m_editPresets->setAccessibleName(tr("Edit quantity presets"));
    row->addWidget(m_editPresets);
    connect(m_editPresets, &QToolButton::clicked, this, &OrderForm::editPresets);
    m_presetsLabel = grid.addRow(tr("Presets"), m_presetRow, nullptr);

    m_presetEdit = new QLineEdit(this);
    m_presetEdit->setObjectName(QStringLiteral("presetEdit"));
    m_presetEdit->setPlaceholderText(tr("Quantities separated by spaces, e.g. 0.01 0.05 0.1"));
    m_presetEdit->setAccessibleName(tr("Quantity presets"));
    m_presetEdit->hide();
    connect(m_presetEdit, &QLineEdit::returnPressed, this, &OrderForm::savePresets);
    m_presetError = new QLabel(this);
    m_presetError->setObjectName(QStringLiteral("presetError"));
    m_presetError->setWordWrap(true);
    m_presetError->hide();
    grid.addWide(m_presetEdit, 1);
    grid.addWide(m_presetError, 1);
}

void OrderForm::buildFooter(FormGrid &grid)
{

    m_notional = new QLabel(this);
    m_notional->setObjectName(QStringLiteral("notional"));
    m_available = new QLabel(this);
    m_available->setObjectName(QStringLiteral("available"));
    m_warnings = errorLabel(QStringLiteral("warnings"));
    QPalette wp = m_warnings->palette();
    wp.setColor(QPalette::WindowText, m_deps.colors->warning());
    m_warnings->setPalette(wp);
    grid.addRow(tr("Value"), m_notional, nullptr);
    grid.addRow(tr("Available"), m_available, nullptr);
    grid.addWide(m_warnings, 0);

    m_place = new QPushButton(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setMinimumHeight(26);
    m_place->setToolTip(tr("Place the order (Enter)"));
    // Why placing pauses though the order is fine: inline, under the button it disables.
    // One line, kept: the reason whole in its tooltip, nothing below moves when it shows.
    m_blocked = new QLabel(this);
    m_blocked->setObjectName(QStringLiteral("placeBlocked"));
    OneLineLabel::keep(m_blocked);
    QSizePolicy blockedPolicy = m_blocked->sizePolicy();
    blockedPolicy.setRetainSizeWhenHidden(true);
    m_blocked->setSizePolicy(blockedPolicy);
    m_blocked->hide();
    WidgetColors::setText(m_blocked, m_deps.colors->error());
    m_message = new MessageBar(m_deps.colors, this);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    // Two lines kept for a message, never more: a longer one is elided (whole in its tooltip and
    // in the activity log), so a message never moves Place or the % buttons under the mouse,
    // nor makes the window taller.
    m_message->setLines(2);
    // While an order waits here to leave (rate-limit pause, clock), it can still be taken back:
    // beside Place, in its row, so that showing it never makes the form (and the window) taller
    // (a ladder order waiting a moment made the window 8 px taller than 900, for good).
    m_withdraw = new QPushButton(tr("&Withdraw (Esc)"), this);
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_withdraw->setToolTip(tr("Withdraw the waiting order (Esc)"));
    m_withdraw->setAccessibleName(m_withdraw->toolTip());
    m_withdraw->setAutoDefault(false);
    m_withdraw->setMinimumHeight(m_place->minimumHeight());
    m_withdraw->hide();
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_place, 1);
    placeRow->addWidget(m_withdraw);

    auto *layout = new QVBoxLayout(this);
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(margins.left(), 4, margins.right(), 4);
    layout->setSpacing(4);
    layout->addLayout(grid.layout());
    layout->addLayout(placeRow);
    layout->addWidget(m_blocked);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

void OrderForm::setTabOrders()
{
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
}

void OrderForm::connectFields()
{
    // Every input goes to the ticket, which decides once per change.
    connect(m_price, &QLineEdit::textChanged, m_ticket, &TicketModel::setPriceText);
    connect(m_quantity, &QLineEdit::textChanged, m_ticket, &TicketModel::setQuantityText);
    connect(m_amount, &QLineEdit::textChanged, m_ticket, &TicketModel::setAmountText);
    connect(m_clientId, &QLineEdit::textChanged, m_ticket, &TicketModel::setClientOrderId);
    for (QLineEdit *e : {m_price, m_quantity, m_amount, m_clientId}) {
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
        const S state = m_tracker->stateOf(m_shown);
        if (state == S::Unresolved || state == S::NotPlaced)
            m_tracker->dismiss(m_shown);
    });
    connect(m_withdraw, &QPushButton::clicked, this, &OrderForm::withdraw);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setAutoRepeat(false);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &OrderForm::withdraw);
    connect(m_place, &QPushButton::clicked, this, &OrderForm::place);
    connect(m_newId, &QToolButton::clicked, this,
            [this] { m_clientId->setText(m_tracker->newClientOrderId()); });
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_account->currentData().toString();
        const TicketModel::Batch batch(m_ticket); // the context's news and the choice: one decision
        if (!id.isEmpty() && id != m_deps.account())
            m_deps.chooseAccount(id);
        m_ticket->setAccount(id);
    });
    connect(m_symbol, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        const TicketModel::Batch batch(m_ticket); // the market's news and the choice: one decision
        renewSpentClientId();
        const QString symbol = text.trimmed().toUpper();
        const QString before = m_ticket->state().draft.symbol;
        if (!before.isEmpty() && symbol != before) {
            // A price or a size of another asset never carries over: 10 ETH is not 10 BTC.
            for (QLineEdit *field : {m_price, m_quantity, m_amount})
                field->clear();
        }
        if (m_market->rules(symbol))
            m_market->setSymbol(symbol);
        m_ticket->setSymbol(symbol);
    });
}
