#include "core/Endpoint.h"

#include <array>

const EndpointInfo &endpointInfo(Endpoint endpoint)
{
    static const std::array<EndpointInfo, size_t(Endpoint::Count)> table{{
        {"POST", "/api/v1/spot/order", true, true, RateClass::OrderWrite, "Place order"},
        {"DELETE", "/api/v1/spot/order", true, true, RateClass::OrderWrite, "Cancel order"},
        {"DELETE", "/api/v1/spot/batch/order", true, true, RateClass::BatchCancel, "Batch cancel"},
        {"GET", "/api/v1/spot/order", true, false, RateClass::GetOrder, "Look up order"},
        {"GET", "/api/v1/spot/open_order", true, false, RateClass::OpenOrders, "Open orders"},
        {"GET", "/api/v1/spot/finish_order", true, false, RateClass::FinishedOrders,
         "Finished orders"},
        {"GET", "/api/v1/user/info", true, false, RateClass::UserInfo, "Accounts"},
        {"GET", "/api/v1/account/balance", true, false, RateClass::Balance, "Balances"},
        {"GET", "/api/v1/account/trades", true, false, RateClass::Trades, "Trades"},
        {"GET", "/api/v1/symbols", false, false, RateClass::Symbols, "Symbols"},
        {"GET", "/api/v1/spot/ticker/price", false, false, RateClass::TickerPrice, "Last price"},
        {"GET", "/api/v1/spot/ticker/book_ticker", false, false, RateClass::BookTicker,
         "Best bid/ask"},
        {"GET", "/api/v1/spot/depth", false, false, RateClass::Depth, "Depth"},
        {"GET", "/api/v1/spot/ticker/24hr", false, false, RateClass::Ticker24h, "24h ticker"},
    }};
    return table[size_t(endpoint)];
}
