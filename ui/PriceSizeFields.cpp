#include "ui/PriceSizeFields.h"

#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DecimalFormat.h"
#include "models/TicketModel.h"
#include "ui/FormGrid.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace {

using Field = OrderCheck::Field;

// What a number field takes, as its placeholder says.
QString inputHint()
{
    const QString point = QLocale().decimalPoint();
    return point == QLatin1String(".") ? PriceSizeFields::tr("digits and '.'")
                                       : PriceSizeFields::tr("digits and '%1' or '.'").arg(point);
}

void setDecimal(QLineEdit *field, const Decimal &value)
{
    field->setText(DecimalFormat::toInput(value));
}

} // namespace

PriceSizeFields::PriceSizeFields(TicketModel *ticket, const ColorScheme *colors, QWidget *owner,
                                 FormGrid &grid)
    : QObject(owner),
      m_ticket(ticket),
      m_colors(colors)
{
    const QString hint = inputHint();
    m_price = addField(owner, QStringLiteral("price"), tr("Price (%1)").arg(hint));
    // Three lines: the longest reason, the exchange's band with its price ("More than 10 % from
    // the last price 70,000.00 USDT: the exchange would refuse it."), reads whole in the field's
    // column at 1440 px (review 31: "…would refu").
    m_priceError =
        FormGrid::reasonLabel(owner, QStringLiteral("priceError"), colors, &ColorScheme::error, 3);
    m_priceLabel = grid.addRow(tr("&Price"), m_price, m_priceError);

    m_quantity = addField(owner, QStringLiteral("quantity"), tr("Quantity (%1)").arg(hint));
    m_quantityError =
        FormGrid::reasonLabel(owner, QStringLiteral("quantityError"), colors, &ColorScheme::error);
    m_quantityLabel = grid.addRow(tr("&Quantity"), m_quantity, m_quantityError);

    m_amount =
        addField(owner, QStringLiteral("amount"), tr("Amount in quote currency (%1)").arg(hint));
    m_amountError =
        FormGrid::reasonLabel(owner, QStringLiteral("amountError"), colors, &ColorScheme::error);
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

    // Every input goes to the ticket, which decides once per change.
    connect(m_price, &QLineEdit::textChanged, m_ticket, [this](const QString &text) {
        // The quantity alone is also the book's; a price the trader typed, pasted or deleted is
        // the form's own order (one decision with the text). A price filled in is not typed.
        const TicketModel::Batch batch(m_ticket);
        if (m_price->isModified())
            m_ticket->priceTouched();
        m_ticket->setPriceText(text);
    });
    connect(m_quantity, &QLineEdit::textChanged, m_ticket, &TicketModel::setQuantityText);
    connect(m_amount, &QLineEdit::textChanged, m_ticket, &TicketModel::setAmountText);
    for (QLineEdit *e : {m_price, m_quantity, m_amount})
        connect(e, &QLineEdit::textEdited, this, &PriceSizeFields::edited);
    m_price->installEventFilter(this);
    m_quantity->installEventFilter(this);
}

QLineEdit *PriceSizeFields::addField(QWidget *owner, const QString &name,
                                     const QString &placeholder)
{
    auto *field = new QLineEdit(owner);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    return field;
}

void PriceSizeFields::showType(bool limit)
{
    for (QWidget *w : {static_cast<QWidget *>(m_price), static_cast<QWidget *>(m_priceLabel),
                       static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_quantityLabel)})
        w->setVisible(limit);
    // A reason's room is kept (reasonLabel), the price's too, and the amount shares the
    // quantity's row: nothing below moves when the type changes.
    m_amount->setVisible(!limit);
    m_amountLabel->setVisible(!limit);
}

void PriceSizeFields::render(const TicketState &s, bool limit)
{
    // Quantity and amount share a row: only the shown field's reason (never one over the other).
    const ColorScheme &c = *m_colors;
    FormGrid::showReason(m_price, m_priceError, limit ? s.shownError(Field::Price) : QString(), c);
    FormGrid::showReason(m_quantity, m_quantityError,
                         limit ? s.shownError(Field::Quantity) : QString(), c);
    FormGrid::showReason(m_amount, m_amountError, limit ? QString() : s.shownError(Field::Amount),
                         c);
    const QString quote = s.rules ? s.rules->quoteToken : QString();
    const QString base = s.rules ? s.rules->baseToken : QString();
    m_priceLabel->setText(AssetFormat::title(tr("&Price"), quote));
    m_quantityLabel->setText(AssetFormat::title(tr("&Quantity"), base));
    m_amountLabel->setText(AssetFormat::title(tr("&Amount"), quote));
    // Accessible names equal the visible labels, unit included.
    for (QLabel *l : {m_priceLabel, m_quantityLabel, m_amountLabel})
        l->buddy()->setAccessibleName(QString(l->text()).remove(QLatin1Char('&')));
    // A % size of a MARKET order follows the book: its amount, sized again, shows as it changes.
    if (s.marketPercent && m_amount->text() != s.draft.amountText)
        m_amount->setText(s.draft.amountText);
    if (!quote.isEmpty())
        m_amount->setPlaceholderText(tr("Amount in %1 (%2)").arg(quote, inputHint()));
}

void PriceSizeFields::setPrice(const Decimal &price)
{
    setDecimal(m_price, price);
}

void PriceSizeFields::setQuantity(const Decimal &quantity)
{
    setDecimal(m_quantity, quantity);
}

void PriceSizeFields::setAmount(const Decimal &amount)
{
    setDecimal(m_amount, amount);
}

bool PriceSizeFields::apply(const OrderSizer::Result &r)
{
    if (r.price)
        setDecimal(m_price, *r.price);
    if (r.quantity)
        setQuantity(*r.quantity);
    if (r.amount)
        setDecimal(m_amount, *r.amount);
    return r.price || r.quantity || r.amount;
}

void PriceSizeFields::clear()
{
    for (QLineEdit *field : {m_price, m_quantity, m_amount})
        field->clear();
}

void PriceSizeFields::clearPriceAndAmount()
{
    m_price->clear();
    m_amount->clear();
}

void PriceSizeFields::focusEntry(bool limit)
{
    (limit ? m_price : m_amount)->setFocus();
}

void PriceSizeFields::focusPrice()
{
    m_price->setFocus();
}

void PriceSizeFields::focusQuantity()
{
    m_quantity->setFocus();
}

// Up/Down: one tick (price) or lot step (quantity); Page Up/Down: ten. Exact, on the grid.
bool PriceSizeFields::step(QLineEdit *field, int key)
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
        const TicketModel::Batch batch(m_ticket);
        if (field == m_price)
            m_ticket->priceTouched();
        setDecimal(field, *next);
        Q_EMIT edited(); // a new price or size is a new intent
    }
    return true;
}

bool PriceSizeFields::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_price || watched == m_quantity)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
            && step(static_cast<QLineEdit *>(watched), key->key()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}
