// The module libtradedesk-demo.so: the demo exchange, opened by the app after its first frame
// (see DemoModule.h). Its one entry point makes an exchange with the default options; the
// caller owns it (EmbeddedExchange has a virtual destructor).
#include "demo/DemoExchange.h"

extern "C" Q_DECL_EXPORT EmbeddedExchange *tradedesk_new_demo_exchange()
{
    return new DemoExchange();
}
