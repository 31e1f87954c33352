#pragma once

// How often each feed polls, defined once. The order lists' intervals are the settings'
// defaults (Settings may slow them, never below MinimumMs: the exchange allows one open- or
// finished-orders query a second); public market data is allowed one request per 2 s per
// endpoint.
namespace PollIntervals {

constexpr int MinimumMs = 1000;
constexpr int OpenOrdersMs = 2000;
constexpr int FinishedOrdersMs = 5000;
constexpr int FillsMs = 5000;
constexpr int BalancesMs = 5000;
constexpr int SymbolsMs = 300000;
constexpr int AccountsMs = 300000;
constexpr int LastPriceMs = 2000;
constexpr int BookTickerMs = 2000;
constexpr int Ticker24hMs = 10000;
constexpr int DepthMs = 2000;

} // namespace PollIntervals
