#include "DemoModule.h"

#include "DemoModuleAbi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoModule)
};

// The exchange the app gets when the module cannot be opened: it never listens, and says why.
class MissingExchange final : public EmbeddedExchange
{
public:
    explicit MissingExchange(QString problem)
        : m_problem(std::move(problem))
    {}
    QUrl startOnLoopback() override { return {}; }
    bool accept(const Credentials &) override { return false; }
    Credentials newCredentials() override { return {}; }
    QString startProblem() const override { return m_problem; }

private:
    QString m_problem;
};

using ModuleAbi = int (*)();
using MakeExchange = EmbeddedExchange *(*)();

// The module's exchange, or empty with `*problem` saying why (naming the file).
std::unique_ptr<EmbeddedExchange> open(const QString &file, QString *problem)
{
    if (!QFileInfo(file).isFile()) {
        // Not QLibrary's words: it would name the last file name it tried, not this one.
        *problem = Tr::tr("%1: no such file.").arg(QDir::toNativeSeparators(file));
        return {};
    }
    // Never unloaded: the exchange's code must outlive every object it made. Every symbol is
    // bound now (RTLD_NOW): a library it needs that lacks a function fails here, not in a call.
    QLibrary module(file);
    module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    if (!module.load()) {
        *problem = module.errorString();
        return {};
    }
    const auto missing = [&file](const char *symbol) {
        return Tr::tr("%1 has no function %2: it is not a TradeDesk demo exchange module.")
            .arg(QDir::toNativeSeparators(file), QLatin1String(symbol));
    };
    const auto abi = reinterpret_cast<ModuleAbi>(module.resolve(TRADEDESK_DEMO_ABI_SYMBOL));
    if (!abi) {
        *problem = missing(TRADEDESK_DEMO_ABI_SYMBOL);
        return {};
    }
    if (const int version = abi(); version != TRADEDESK_DEMO_ABI) {
        *problem = Tr::tr("%1 was built for another TradeDesk version (module interface %2, this "
                          "TradeDesk needs %3).")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(version)
                       .arg(TRADEDESK_DEMO_ABI);
        return {};
    }
    const auto make = reinterpret_cast<MakeExchange>(module.resolve(TRADEDESK_DEMO_FACTORY_SYMBOL));
    if (!make) {
        *problem = missing(TRADEDESK_DEMO_FACTORY_SYMBOL);
        return {};
    }
    std::unique_ptr<EmbeddedExchange> exchange(make());
    if (!exchange)
        *problem = Tr::tr("%1 made no exchange.").arg(QDir::toNativeSeparators(file));
    return exchange;
}

} // namespace

QString DemoModule::defaultFile(const QString &appDir)
{
    const QDir dir(appDir.isEmpty() ? QCoreApplication::applicationDirPath() : appDir);
    return QDir::cleanPath(
        dir.filePath(QStringLiteral(TRADEDESK_MODULE_DIR_FROM_BIN "/libtradedesk-demo.so")));
}

std::function<std::unique_ptr<EmbeddedExchange>()> DemoModule::maker(const QString &file)
{
    return [file]() -> std::unique_ptr<EmbeddedExchange> {
        QString problem;
        if (auto exchange = open(file, &problem))
            return exchange;
        std::fprintf(stderr, "Cannot open the demo exchange: %s\n", qPrintable(problem));
        return std::make_unique<MissingExchange>(problem);
    };
}

QString DemoModule::defaultAccountId()
{
    return QStringLiteral("1403134775");
}
