// Broken demo exchange modules for tst_demomodule, one per BROKEN_* definition: each is what a
// stale, foreign or damaged libtradedesk-demo.so may be. None may crash the app.
#include "desktop/DemoModuleAbi.h"

#define EXPORT extern "C" __attribute__((visibility("default")))

class EmbeddedExchange;

#ifndef BROKEN_NO_ABI
EXPORT int tradedesk_demo_abi()
{
#ifdef BROKEN_OTHER_ABI
    return TRADEDESK_DEMO_ABI + 1;
#else
    return TRADEDESK_DEMO_ABI;
#endif
}
#endif

#ifdef BROKEN_UNBOUND
// Defined nowhere: bound lazily, the first call would end the process (exit 127), like a
// libcrypto.so.3 lacking a function the module needs.
extern "C" EmbeddedExchange *tradedesk_function_nobody_defines();
#endif

#ifndef BROKEN_NO_FACTORY
EXPORT EmbeddedExchange *tradedesk_new_demo_exchange()
{
#ifdef BROKEN_UNBOUND
    return tradedesk_function_nobody_defines();
#else
    return nullptr; // BROKEN_NULL and the others: makes nothing
#endif
}
#endif
