// The order form's quantity presets (sizes a trader sets once per symbol, in its base asset),
// and Reverse, which fills the form from what an order filled.
#include "ui/OrderForm.h"

#include "models/AssetFormat.h"
#include "models/DecimalFormat.h"
#include "models/MarketDataController.h"
#include "models/PlacementTracker.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"
#include "ui/MessageBar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

void OrderForm::loadPresets()
{
    QHash<QString, QList<Decimal>> bySymbol;
    for (const SymbolRules &r : m_market->symbols()) {
        const QString text = m_settings->quantityPresets(r.symbol);
        if (text.isEmpty())
            continue;
        // Stored settings are checked like typed ones: a preset off the lot step is dropped.
        if (const auto presets = TicketModel::parsePresets(text, r))
            bySymbol.insert(r.symbol, *presets);
    }
    m_ticket->setQuantityPresets(bySymbol);
}

void OrderForm::editPresets()
{
    const bool show = !m_presetEdit->isVisible();
    m_presetEdit->setVisible(show);
    m_presetError->hide();
    if (show) {
        m_presetEdit->setText(TicketModel::presetsText(m_ticket->state().presets));
        m_presetEdit->setFocus();
    }
}

void OrderForm::savePresets()
{
    const auto rules = m_ticket->state().rules;
    if (!rules)
        return;
    QString error;
    const auto presets = TicketModel::parsePresets(m_presetEdit->text(), *rules, &error);
    if (!presets) {
        m_presetError->setText(error); // inline; nothing is stored
        m_presetError->show();
        return;
    }
    m_settings->setQuantityPresets(rules->symbol, TicketModel::presetsText(*presets));
    m_presetError->hide();
    m_presetEdit->hide();
    loadPresets();
    m_quantity->setFocus();
}

void OrderForm::renderPresets(const TicketState &s)
{
    const bool limit = s.draft.type == OrderType::Limit;
    for (int i = 0; i < m_presets.size(); ++i) {
        QPushButton *b = m_presets.at(i);
        const bool shown = i < s.presets.size();
        b->setVisible(shown);
        if (!shown)
            continue;
        const QString figure = AssetFormat::quantity(s.presets.at(i), *s.rules);
        const QString text = AssetFormat::withUnit(figure, s.rules->baseToken);
        b->setText(figure); // the unit is in the row's label, "Presets (BTC)"
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(figure) + 8);
        b->setAccessibleName(tr("Quantity %1").arg(text));
        b->setToolTip(limit ? tr("Set the quantity to %1").arg(text)
                            : tr("Presets size LIMIT orders (a market order is sized by amount)"));
        b->setEnabled(limit);
    }
    m_editPresets->setEnabled(s.rules.has_value());
    m_presetsLabel->setText(
        AssetFormat::title(tr("Presets"), s.rules ? s.rules->baseToken : QString()));
    m_presetRow->setAccessibleName(m_presetsLabel->text());
}

// A reverse undoes what the order did: the base quantity it filled (tradeQty), never what it
// asked for; a partial fill reverses only its filled part. A MARKET order was sized in the quote
// asset, but what it bought or sold is a base quantity, which only a LIMIT order can name: the
// reverse is a LIMIT order. Its price is left empty: the order's own price is an old number
// (a MARKET order has none), the trader enters today's (a click on bid/ask, or Up from the last).
void OrderForm::fillReverse(const Order &order)
{
    if (order.tradeQty.isZero() || order.tradeQty.isNegative()) {
        tellAboutTicket(
            MessageBar::Kind::Warning,
            tr("Order %1 has filled nothing: there is nothing to reverse.").arg(order.orderId));
        return; // the form is left as it was
    }
    {
        const TicketModel::Batch batch(m_ticket);
        (order.side == Side::Buy ? m_sell : m_buy)->setChecked(true);
        m_limit->setChecked(true);
        m_symbol->setCurrentText(order.symbol);
        m_price->clear();
        m_amount->clear();
        setDecimal(m_quantity, order.tradeQty);
        m_clientId->setText(m_tracker->newClientOrderId());
    }
    const bool partial = order.type == OrderType::Limit && order.tradeQty < order.quantity;
    // "Enter a price": told until one is entered (or the form holds another order).
    tell(MessageBar::Kind::Info,
         partial ? tr("Reverse of the part of order %1 that has filled so far: enter a "
                      "price. Nothing is sent until you place it.")
                       .arg(order.orderId)
                 : tr("Reverse of what order %1 filled: enter a price. Nothing is "
                      "sent until you place it.")
                       .arg(order.orderId),
         [this, draft = m_ticket->state().draft] {
             const OrderDraft &now = m_ticket->state().draft;
             return now.priceText.isEmpty() && now.symbol == draft.symbol && now.side == draft.side
                    && now.quantityText == draft.quantityText;
         });
    m_price->setFocus();
}
