#pragma once

#include "models/OrderDraft.h"

// Checks an order draft against the symbol's rules (tick, lot step, minimum size and notional,
// price band), the available balance and a fat-finger guard, before anything is sent. Pure
// logic: the form calls it on every keystroke.
namespace OrderValidator {

static constexpr int MaxClientOrderIdLength = 36;

OrderCheck check(const OrderDraft &draft, const MarketContext &market,
                 const QLocale &locale = QLocale());

// A fresh client order id: "td-" and 16 random hex digits.
QString newClientOrderId();
// For deterministic runs (screenshots): ids from a seeded generator from now on.
void seedClientOrderIds(quint64 seed);

} // namespace OrderValidator
