#include "DemoModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <cstdio>

namespace {

// The exchange the app gets when the module cannot be opened: it never listens.
class MissingExchange final : public EmbeddedExchange
{
public:
    QUrl startOnLoopback() override { return {}; }
    bool accept(const Credentials &) override { return false; }
    Credentials newCredentials() override { return {}; }
};

using MakeExchange = EmbeddedExchange *(*)();

} // namespace

QString DemoModule::defaultFile()
{
    const QDir dir(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("libtradedesk-demo.so");
    if (dir.exists(name))
        return dir.filePath(name);
    return QDir::cleanPath(dir.filePath(QStringLiteral(TRADEDESK_MODULE_DIR_FROM_BIN "/") + name));
}

std::function<std::unique_ptr<EmbeddedExchange>()> DemoModule::maker(const QString &file)
{
    return [file]() -> std::unique_ptr<EmbeddedExchange> {
        // Never unloaded: the exchange's code must outlive every object it made.
        QLibrary module(file);
        const auto make =
            reinterpret_cast<MakeExchange>(module.resolve("tradedesk_new_demo_exchange"));
        if (!make) {
            std::fprintf(stderr, "Cannot open the demo exchange: %s\n",
                         qPrintable(module.errorString()));
            return std::make_unique<MissingExchange>();
        }
        return std::unique_ptr<EmbeddedExchange>(make());
    };
}

QString DemoModule::defaultAccountId()
{
    return QStringLiteral("1403134775");
}
