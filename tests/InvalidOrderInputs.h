#pragma once

#include "models/OrderDraft.h"

#include <QList>
#include <QString>

// The catalogue of invalid order-form inputs: each must be refused with its message before any
// request is sent. Context: BTC-USDT (tick 0.01, lot 0.0001, minimum 0.0001 BTC and 10 USDT,
// band 10 %), last price 70000.00, 100000.00 USDT and 2.5 BTC available.
struct InvalidOrderInput
{
    const char *name;
    Side side;
    OrderType type;
    QString price, quantity, amount, clientId, symbol;
    OrderCheck::Field field;
    QString message;
};

inline QList<InvalidOrderInput> invalidOrderInputs()
{
    using F = OrderCheck::Field;
    const Side B = Side::Buy, S = Side::Sell;
    const OrderType L = OrderType::Limit, M = OrderType::Market;
    const QString id = QStringLiteral("td-valid-1"), btc = QStringLiteral("BTC-USDT");
    const QString q = QStringLiteral("0.0100"), p = QStringLiteral("69000.00");
    return {
        {"price empty", B, L, "", q, "", id, btc, F::Price, "Enter the price"},
        {"price blank", B, L, "   ", q, "", id, btc, F::Price, "Enter the price"},
        {"price negative", B, L, "-1", q, "", id, btc, F::Price, "above zero"},
        {"price zero", B, L, "0", q, "", id, btc, F::Price, "above zero"},
        {"price zero decimals", B, L, "0.00", q, "", id, btc, F::Price, "above zero"},
        {"price exponent", B, L, "1e5", q, "", id, btc, F::Price, "exponent"},
        {"price exponent upper", B, L, "6.9E4", q, "", id, btc, F::Price, "exponent"},
        {"price thousands separator", B, L, "69,000.00", q, "", id, btc, F::Price, "Use digits"},
        {"price decimal comma", B, L, "69000,5", q, "", id, btc, F::Price, "Use digits"},
        {"price off tick", B, L, "69000.001", q, "", id, btc, F::Price, "tick"},
        {"price off tick half", B, L, "69000.005", q, "", id, btc, F::Price, "tick"},
        {"price too many digits", B, L, "123456789012345678901234", q, "", id, btc, F::Price,
         "too many digits"},
        {"price arabic-indic digits", B, L, QString::fromUtf8("٦٩٠٠٠"), q, "", id, btc, F::Price,
         "Use digits"},
        {"price fullwidth digits", B, L, QString::fromUtf8("６９０００"), q, "", id, btc, F::Price,
         "Use digits"},
        {"price plus sign", B, L, "+69000", q, "", id, btc, F::Price, "Use digits"},
        {"price leading point", B, L, ".5", q, "", id, btc, F::Price, "Use digits"},
        {"price trailing point", B, L, "69000.", q, "", id, btc, F::Price, "Use digits"},
        {"price two points", B, L, "1.2.3", q, "", id, btc, F::Price, "Use digits"},
        {"price letters", B, L, "abc", q, "", id, btc, F::Price, "Use digits"},
        {"price hex", B, L, "0x10", q, "", id, btc, F::Price, "Use digits"},
        {"price nan", B, L, "NaN", q, "", id, btc, F::Price, "Use digits"},
        {"price infinity", B, L, "inf", q, "", id, btc, F::Price, "Use digits"},
        {"price absurdly long", B, L, QString(200, QLatin1Char('9')), q, "", id, btc, F::Price,
         "too many digits"},
        {"price above band", B, L, "80000.00", q, "", id, btc, F::Price, "More than 10"},
        {"price below band", B, L, "60000.00", q, "", id, btc, F::Price, "More than 10"},
        {"quantity empty", B, L, p, "", "", id, btc, F::Quantity, "Enter the quantity"},
        {"quantity negative", B, L, p, "-0.01", "", id, btc, F::Quantity, "above zero"},
        {"quantity zero", B, L, p, "0", "", id, btc, F::Quantity, "above zero"},
        {"quantity below lot", B, L, p, "0.00001", "", id, btc, F::Quantity, "lot step"},
        {"quantity off lot", B, L, p, "0.00015", "", id, btc, F::Quantity, "lot step"},
        {"quantity too many decimals", B, L, p, "0.0100000000000000001", "", id, btc, F::Quantity,
         "too many digits"},
        {"notional below minimum", B, L, p, "0.0001", "", id, btc, F::Quantity,
         "below the minimum"},
        {"buy above balance", B, L, p, "100", "", id, btc, F::Quantity, "Not enough USDT"},
        {"quantity exponent", B, L, p, "1e-3", "", id, btc, F::Quantity, "exponent"},
        {"quantity decimal comma", B, L, p, "0,01", "", id, btc, F::Quantity, "Use digits"},
        {"quantity absurd", B, L, p, "99999999999999999999", "", id, btc, F::Quantity,
         "Not enough USDT"},
        {"quantity too long", B, L, p, "999999999999999999999", "", id, btc, F::Quantity,
         "too many digits"},
        {"sell above balance", S, L, p, "3.0000", "", id, btc, F::Quantity, "Not enough BTC"},
        {"amount empty", B, M, "", "", "", id, btc, F::Amount, "Enter the amount"},
        {"amount zero", B, M, "", "", "0", id, btc, F::Amount, "above zero"},
        {"amount negative", B, M, "", "", "-50", id, btc, F::Amount, "above zero"},
        {"amount below minimum", B, M, "", "", "5", id, btc, F::Amount, "minimum order value"},
        {"amount too many decimals", B, M, "", "", "100.001", id, btc, F::Amount,
         "At most 2 decimals"},
        {"amount above balance", B, M, "", "", "200000", id, btc, F::Amount, "Not enough USDT"},
        {"amount exponent", B, M, "", "", "1e3", id, btc, F::Amount, "exponent"},
        {"market sell above balance", S, M, "", "", "1000000", id, btc, F::Amount,
         "Not enough BTC"},
        {"client id empty", B, L, p, q, "", "", btc, F::ClientOrderId, "needed"},
        {"client id with space", B, L, p, q, "", "has space", btc, F::ClientOrderId,
         "Only letters"},
        {"client id non-ascii", B, L, p, q, "", QString::fromUtf8("ü-order"), btc, F::ClientOrderId,
         "Only letters"},
        {"client id too long", B, L, p, q, "", QString(37, QLatin1Char('a')), btc, F::ClientOrderId,
         "At most 36"},
        {"client id plus", B, L, p, q, "", "a+b", btc, F::ClientOrderId, "Only letters"},
        {"client id comma", B, L, p, q, "", "a,b", btc, F::ClientOrderId, "Only letters"},
        {"unknown symbol", B, L, p, q, "", id, "NOPE-USDT", F::Symbol, "not traded"},
        {"no symbol", B, L, p, q, "", id, "", F::Symbol, "Choose a symbol"},
    };
}
