#include "core/Ed25519Key.h"
#include "core/SecretMemory.h"
#include "demo/DemoChaos.h"
#include "demo/DemoExchange.h"
#include "demo/PrivateFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace {

struct Cli
{
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any)."),
                            QStringLiteral("port"), QStringLiteral("0")};
    QCommandLineOption seed{QStringLiteral("seed"), QStringLiteral("Market random seed."),
                            QStringLiteral("n"), QStringLiteral("20260102")};
    QCommandLineOption fixed{QStringLiteral("fixed-clock"),
                             QStringLiteral("Deterministic: fixed clock, market moves only on "
                                            "/demo/step.")};
    QCommandLineOption fault{QStringLiteral("fault"),
                             QStringLiteral("Inject a fault into the next request: %1. Repeat for "
                                            "more; NAME:COUNT for several requests.")
                                 .arg(DemoFaults::names().join(QStringLiteral(", "))),
                             QStringLiteral("name[:count]")};
    QCommandLineOption apiKey{QStringLiteral("api-key"), QStringLiteral("API key to accept."),
                              QStringLiteral("key")};
    QCommandLineOption publicKey{QStringLiteral("public-key"),
                                 QStringLiteral("Public key for --api-key, as base64 DER "
                                                "(MCowBQYDK2VwAyEA...)."),
                                 QStringLiteral("base64")};
    QCommandLineOption keyOut{QStringLiteral("write-key"),
                              QStringLiteral("Where to write a generated private key (a new file; "
                                             "default: key.pem in the run's private directory)."),
                              QStringLiteral("file")};
    QCommandLineOption makerFee{QStringLiteral("maker-fee"),
                                QStringLiteral("Fee rate for fills of resting orders (0.0008)."),
                                QStringLiteral("rate"), QStringLiteral("0.0008")};
    QCommandLineOption takerFee{QStringLiteral("taker-fee"),
                                QStringLiteral("Fee rate for fills of crossing orders (0.001)."),
                                QStringLiteral("rate"), QStringLiteral("0.001")};
    QCommandLineOption dedupe{QStringLiteral("reject-duplicate-client-ids"),
                              QStringLiteral("Refuse an order whose clientOrderId was used before "
                                             "(the documented exchange promises no such check).")};
    QCommandLineOption chaos{
        QStringLiteral("chaos"),
        QStringLiteral("Storm mode: seeded faults on a share of requests and a "
                       "market moving by itself, each logged on stderr."),
        QStringLiteral("seed")};
};

bool injectFaults(DemoExchange &exchange, const QStringList &specs, QTextStream &err)
{
    for (const QString &spec : specs) {
        const QString name = spec.section(QLatin1Char(':'), 0, 0);
        const int count = std::max(1, spec.section(QLatin1Char(':'), 1, 1).toInt());
        const DemoFault f = DemoFaults::fromName(name);
        if (f == DemoFault::None) {
            err << "Unknown fault " << name << "; one of " << DemoFaults::names().join(u", ")
                << Qt::endl;
            return false;
        }
        exchange.injectFault(f, count);
    }
    return true;
}

// Registers the given key pair, or makes one and writes its private half to a new 0600 file.
// The API key to use, or empty after saying why not.
QString setUpCredentials(DemoExchange &exchange, const QCommandLineParser &parser, const Cli &cli,
                         const QString &privateDir, QTextStream &out, QTextStream &err)
{
    QString key = parser.value(cli.apiKey);
    if (parser.isSet(cli.apiKey) != parser.isSet(cli.publicKey)) {
        err << "--api-key and --public-key go together." << Qt::endl;
        return {};
    }
    if (parser.isSet(cli.apiKey)) {
        if (!exchange.addApiKey(key,
                                QByteArray::fromBase64(parser.value(cli.publicKey).toLatin1()))) {
            err << "--public-key is not an Ed25519 public key in base64 DER." << Qt::endl;
            return {};
        }
        return key;
    }
    const auto credentials = exchange.createCredentials();
    QString path = parser.value(cli.keyOut);
    if (path.isEmpty())
        path = QDir(privateDir).filePath(QStringLiteral("key.pem"));
    QByteArray pem = credentials.key->privateKeyPkcs8Pem();
    const SecretMemory::WipeOnExit wipePem(pem);
    QString error;
    if (!PrivateFiles::writeExclusive(path, pem, &error)) {
        err << "Cannot write the private key: " << error << Qt::endl;
        return {};
    }
    out << "Private key written to " << path << " (a new file, mode 0600 checked)" << Qt::endl;
    out << "Public key: " << credentials.key->publicKeySpkiBase64() << Qt::endl;
    return credentials.apiKey;
}

// The run's private directory (0700) with the control token in it; empty after saying why not.
QString setUpPrivateDirectory(const DemoExchange &exchange, QTextStream &out, QTextStream &err)
{
    QString error;
    const QString dir =
        PrivateFiles::makeDirectory(QStandardPaths::writableLocation(QStandardPaths::TempLocation),
                                    QStringLiteral("tradedesk-demo-"), &error);
    const QString tokenFile = QDir(dir).filePath(QStringLiteral("control-token"));
    if (dir.isEmpty()
        || !PrivateFiles::writeExclusive(tokenFile, exchange.controlToken(), &error)) {
        err << error << Qt::endl;
        return {};
    }
    out << "Private directory: " << dir << " (mode 0700)" << Qt::endl;
    out << "Control token in " << tokenFile << "; send it as " << DemoExchange::ControlTokenHeader
        << ": on /demo/ requests" << Qt::endl;
    return dir;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any key exists: no core file, no ptrace by other processes of this user.
    SecretMemory::forbidCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tradedesk-demo-exchange"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local exchange speaking the real exchange API on 127.0.0.1, with a "
        "simulated market. Control endpoints, with the run's token in the X-Demo-Token "
        "header: POST /demo/fault?mode=&count=, /demo/step?count=, "
        "/demo/mid?symbol=&price=, /demo/skew?ms=; GET /demo/stats. Every "
        "request names 127.0.0.1:PORT in Host."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Cli cli;
    parser.addOptions({cli.port, cli.seed, cli.fixed, cli.fault, cli.apiKey, cli.publicKey,
                       cli.keyOut, cli.dedupe, cli.makerFee, cli.takerFee, cli.chaos});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    DemoExchangeOptions options;
    options.seed = parser.value(cli.seed).toULongLong();
    options.fixedClock = parser.isSet(cli.fixed);
    options.rejectDuplicateClientIds = parser.isSet(cli.dedupe);
    options.makerFee = parser.value(cli.makerFee).toLatin1();
    options.takerFee = parser.value(cli.takerFee).toLatin1();
    for (const QByteArray &rate : {options.makerFee, options.takerFee}) {
        const auto r = Decimal::parse(rate);
        if (!r || r->isNegative() || *r >= Decimal::fromInteger(1)) {
            err << "A fee rate is a decimal from 0 to below 1, like 0.001." << Qt::endl;
            return 2;
        }
    }
    if (options.fixedClock)
        options.stepIntervalMs = 0;
    DemoExchange exchange(options);

    if (!injectFaults(exchange, parser.values(cli.fault), err))
        return 2;
    const QString privateDir = setUpPrivateDirectory(exchange, out, err);
    if (privateDir.isEmpty())
        return 2;
    const QString key = setUpCredentials(exchange, parser, cli, privateDir, out, err);
    if (key.isEmpty())
        return 2;

    const quint16 bound = exchange.listen(quint16(parser.value(cli.port).toUInt()));
    if (bound == 0) {
        err << "Cannot listen on 127.0.0.1:" << parser.value(cli.port) << Qt::endl;
        return 1;
    }
    out << "Demo exchange on " << exchange.baseUrl().toString() << Qt::endl;
    out << "API key: " << key << Qt::endl;
    out << "Account: " << exchange.defaultAccountId() << Qt::endl;
    std::unique_ptr<DemoChaos> storm;
    if (parser.isSet(cli.chaos)) {
        DemoChaos::Options chaosOptions;
        chaosOptions.seed = parser.value(cli.chaos).toULongLong();
        chaosOptions.echo = true;
        storm = std::make_unique<DemoChaos>(&exchange, chaosOptions);
        out << "Storm mode, seed " << chaosOptions.seed << Qt::endl;
    }
    return app.exec();
}
