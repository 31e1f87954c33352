#pragma once

#include "models/OrderDraft.h"

// Checks an order draft against the symbol's rules (tick, lot step, minimum size and notional,
// price band), the available balance and a fat-finger guard, before anything is sent. Pure
// logic: the form calls it on every keystroke.
namespace OrderValidator {

static constexpr int MaxClientOrderIdLength = 36;

OrderCheck check(const OrderDraft &draft, const MarketContext &market,
                 const QLocale &locale = QLocale());

// A client order id made of 64 random bits: "td-" and 16 hex digits.
QString clientOrderId(quint64 random);

} // namespace OrderValidator
