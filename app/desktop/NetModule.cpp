#include "NetModule.h"

#include "net/NetModuleAbi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NetModule)
};

using ModuleAbi = int (*)();
using MakeTransport = HttpTransport *(*)(int flags);

std::unique_ptr<HttpTransport> open(const QString &file, int flags, QString *problem)
{
    const QString name = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile()) {
        *problem = Tr::tr("%1: no such file.").arg(name);
        return {};
    }
    // Never unloaded (its code must outlive every object it made); every symbol bound now.
    QLibrary module(file);
    module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    if (!module.load()) {
        *problem = module.errorString();
        return {};
    }
    const auto missing = [&name](const char *symbol) {
        return Tr::tr("%1 has no function %2: it is not a TradeDesk network module.")
            .arg(name, QLatin1String(symbol));
    };
    const auto abi = reinterpret_cast<ModuleAbi>(module.resolve(TRADEDESK_NET_ABI_SYMBOL));
    if (!abi) {
        *problem = missing(TRADEDESK_NET_ABI_SYMBOL);
        return {};
    }
    if (const int version = abi(); version != TRADEDESK_NET_ABI) {
        *problem = Tr::tr("%1 was built for another TradeDesk version (module interface %2, this "
                          "TradeDesk needs %3).")
                       .arg(name)
                       .arg(version)
                       .arg(TRADEDESK_NET_ABI);
        return {};
    }
    const auto make = reinterpret_cast<MakeTransport>(module.resolve(TRADEDESK_NET_FACTORY_SYMBOL));
    if (!make) {
        *problem = missing(TRADEDESK_NET_FACTORY_SYMBOL);
        return {};
    }
    std::unique_ptr<HttpTransport> transport(make(flags));
    if (!transport)
        *problem = Tr::tr("%1 made no network.").arg(name);
    return transport;
}

} // namespace

QString NetModule::defaultFile(const QString &appDir)
{
    const QDir dir(appDir.isEmpty() ? QCoreApplication::applicationDirPath() : appDir);
    return QDir::cleanPath(
        dir.filePath(QStringLiteral(TRADEDESK_MODULE_DIR_FROM_BIN "/libtradedesk-net.so")));
}

std::function<std::unique_ptr<HttpTransport>(QString *problem)>
NetModule::maker(bool loopbackOnly, const QString &file)
{
    const int flags = loopbackOnly ? TRADEDESK_NET_LOOPBACK_ONLY : 0;
    return [file, flags](QString *problem) -> std::unique_ptr<HttpTransport> {
        QString why;
        auto transport = open(file, flags, &why);
        if (!transport) {
            std::fprintf(stderr, "Cannot open the network module: %s\n", qPrintable(why));
            if (problem)
                *problem = why;
        }
        return transport;
    };
}
