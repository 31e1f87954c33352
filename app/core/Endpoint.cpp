#include "core/Endpoint.h"

#include <array>

namespace {

struct Row
{
    Endpoint endpoint;
    const char *method;
    const char *path;
    bool isSigned;
    bool isWrite;
    RateClass rateClass;
    const char *actionName;
};

// One row per endpoint, in the enum's order (checked below, when this file compiles).
constexpr std::array<Row, size_t(Endpoint::Count)> Rows{{
    {Endpoint::PlaceOrder, "POST", "/api/v1/spot/order", true, true, RateClass::OrderWrite,
     "Place order"},
    {Endpoint::CancelOrder, "DELETE", "/api/v1/spot/order", true, true, RateClass::OrderWrite,
     "Cancel order"},
    {Endpoint::BatchCancel, "DELETE", "/api/v1/spot/batch/order", true, true,
     RateClass::BatchCancel, "Batch cancel"},
    {Endpoint::GetOrder, "GET", "/api/v1/spot/order", true, false, RateClass::GetOrder,
     "Look up order"},
    {Endpoint::OpenOrders, "GET", "/api/v1/spot/open_order", true, false, RateClass::OpenOrders,
     "Open orders"},
    {Endpoint::FinishedOrders, "GET", "/api/v1/spot/finish_order", true, false,
     RateClass::FinishedOrders, "Finished orders"},
    {Endpoint::UserInfo, "GET", "/api/v1/user/info", true, false, RateClass::UserInfo, "Accounts"},
    {Endpoint::Balance, "GET", "/api/v1/account/balance", true, false, RateClass::Balance,
     "Balances"},
    {Endpoint::Trades, "GET", "/api/v1/account/trades", true, false, RateClass::Trades, "Trades"},
    {Endpoint::Symbols, "GET", "/api/v1/symbols", false, false, RateClass::Symbols, "Symbols"},
    {Endpoint::TickerPrice, "GET", "/api/v1/spot/ticker/price", false, false,
     RateClass::TickerPrice, "Last price"},
    {Endpoint::BookTicker, "GET", "/api/v1/spot/ticker/book_ticker", false, false,
     RateClass::BookTicker, "Best bid/ask"},
    {Endpoint::Depth, "GET", "/api/v1/spot/depth", false, false, RateClass::Depth, "Depth"},
    {Endpoint::Ticker24h, "GET", "/api/v1/spot/ticker/24hr", false, false, RateClass::Ticker24h,
     "24h ticker"},
}};

constexpr bool inEnumOrder()
{
    for (size_t i = 0; i < Rows.size(); ++i) {
        if (Rows[i].endpoint != Endpoint(i) || Rows[i].path == nullptr)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "the endpoint table must list every Endpoint in the enum's order");

} // namespace

const EndpointInfo &endpointInfo(Endpoint endpoint)
{
    static const std::array<EndpointInfo, size_t(Endpoint::Count)> table = [] {
        std::array<EndpointInfo, size_t(Endpoint::Count)> t;
        for (size_t i = 0; i < Rows.size(); ++i) {
            const Row &r = Rows[i];
            t[i] = {r.method, r.path, r.isSigned, r.isWrite, r.rateClass, r.actionName};
        }
        return t;
    }();
    return table[size_t(endpoint)];
}
