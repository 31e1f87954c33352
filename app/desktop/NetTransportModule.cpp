// The module libtradedesk-net.so: the app's network (app/net), opened after its first frame
// (see NetModule.h). Its entry points say which contract it was built for and make a transport
// the caller owns (HttpTransport has a virtual destructor).
#include "net/NetModuleAbi.h"
#include "net/NetworkTransport.h"

extern "C" Q_DECL_EXPORT int tradedesk_net_abi()
{
    return TRADEDESK_NET_ABI;
}

extern "C" Q_DECL_EXPORT HttpTransport *tradedesk_new_http_transport(int flags)
{
    if (flags & TRADEDESK_NET_LOOPBACK_ONLY)
        NetworkTransport::useWithoutTls();
    return new NetworkTransport();
}
