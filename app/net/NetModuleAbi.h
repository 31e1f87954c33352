#pragma once

// The contract between the app and its network module (libtradedesk-net.so), compiled into
// both. The module exports tradedesk_net_abi() returning this number and
// tradedesk_new_http_transport(int flags) making an HttpTransport (core/HttpTransport.h) the
// caller owns; the app opens only a module whose number equals its own. Raise it whenever
// HttpTransport, HttpCall, HttpRequest or the flags change their layout or meaning.
#define TRADEDESK_NET_ABI 1
#define TRADEDESK_NET_ABI_SYMBOL "tradedesk_net_abi"
#define TRADEDESK_NET_FACTORY_SYMBOL "tradedesk_new_http_transport"
// Flags: only loopback HTTP will be spoken (the embedded demo exchange): TLS is not initialised.
#define TRADEDESK_NET_LOOPBACK_ONLY 1
