// The module libtradedesk-demo.so: the demo exchange, opened by the app after its first frame
// (see DemoModule.h). Its entry points say which contract it was built for and make an exchange
// with the default options; the caller owns it (EmbeddedExchange has a virtual destructor).
#include "DemoModuleAbi.h"
#include "demo/DemoExchange.h"

extern "C" Q_DECL_EXPORT int tradedesk_demo_abi()
{
    return TRADEDESK_DEMO_ABI;
}

extern "C" Q_DECL_EXPORT EmbeddedExchange *tradedesk_new_demo_exchange()
{
    return new DemoExchange();
}
