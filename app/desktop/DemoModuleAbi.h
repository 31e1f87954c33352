#pragma once

// The contract between the app and its demo exchange module (libtradedesk-demo.so), compiled
// into both. The module exports tradedesk_demo_abi() returning this number and
// tradedesk_new_demo_exchange() making an EmbeddedExchange; the app opens only a module whose
// number equals its own. Raise it whenever EmbeddedExchange or anything the two share changes
// its layout (a module of another build would otherwise call through a different vtable).
#define TRADEDESK_DEMO_ABI 2
#define TRADEDESK_DEMO_ABI_SYMBOL "tradedesk_demo_abi"
#define TRADEDESK_DEMO_FACTORY_SYMBOL "tradedesk_new_demo_exchange"
