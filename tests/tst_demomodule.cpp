// The demo exchange as a module: the executable does not link Qt HttpServer or WebSockets, nor
// libcrypto (the loader maps and relocates none of them before the first frame), and the module
// opened after it makes an exchange the session trades on.
#include "SessionFixture.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"
#include "desktop/DemoModule.h"
#include "desktop/DemoModuleAbi.h"
#include "desktop/NetModule.h"
#include "models/ActivityLogModel.h"
#include "models/ConnectionStatus.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDemoModule : public QObject
{
    Q_OBJECT

private slots:
    void executableLinksNoDemoServer_data();
    void executableLinksNoDemoServer();
    void loaderMapsNoNetworkBeforeMain();
    void networkModuleCarriesTheSession();
    void brokenNetworkModuleIsAProblemNotACrash_data();
    void brokenNetworkModuleIsAProblemNotACrash();
    void moduleMakesTheDemoExchange();
    void sessionStartsTheModulesExchange();
    void missingModuleIsAProblemNotACrash();
    void brokenModuleIsAProblemNotACrash_data();
    void brokenModuleIsAProblemNotACrash();
    void moduleBesideTheExecutableIsNotOpened();
    void startProblemIsShownInTheWindowsStatus();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void privateKeyOthersCanReadIsRefused();
};

namespace {
// Runs the app to its end (it is given at most 30 s); its exit code, stdout and stderr.
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
Run runApp(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TRADEDESK_APP_FILE), args);
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

void TestDemoModule::executableLinksNoDemoServer_data()
{
    QTest::addColumn<QByteArray>("library");
    // Qt WebSockets came only with Qt HttpServer.
    QTest::newRow("Qt HttpServer") << QByteArray("libQt6HttpServer.so");
    // Not used at all: libsodium signs (core/Ed25519Key.h); TLS opens libssl itself.
    QTest::newRow("libcrypto") << QByteArray("libcrypto.so");
    // The network module's (libtradedesk-net.so), opened after the first frame (NetModule.h).
    QTest::newRow("Qt Network") << QByteArray("libQt6Network.so");
}

void TestDemoModule::executableLinksNoDemoServer()
{
    QFETCH(QByteArray, library);
    // A library the executable needs is named in its dynamic string table; nothing else in it
    // spells these names.
    QFile app(QStringLiteral(TRADEDESK_APP_FILE));
    QVERIFY2(app.open(QIODevice::ReadOnly), qPrintable(app.fileName()));
    const QByteArray image = app.readAll();
    QVERIFY(image.startsWith("\x7f"
                             "ELF"));
    QVERIFY(image.contains("libQt6Widgets.so")); // the check sees what the app does link
    QVERIFY2(!image.contains(library), library.constData());
}

void TestDemoModule::loaderMapsNoNetworkBeforeMain()
{
    // Every library the loader maps before main (ldd: the executable's and theirs, as they are
    // on this machine): Qt Network and what it brings (Kerberos, libproxy) are not among them.
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(TRADEDESK_APP_FILE)});
    QVERIFY(ldd.waitForFinished(30000));
    const QByteArray mapped = ldd.readAllStandardOutput();
    QVERIFY2(mapped.contains("libQt6Widgets.so"), mapped.constData()); // it sees what the app maps
    for (const char *library : {"libQt6Network.so", "libgssapi_krb5.so", "libproxy.so"})
        QVERIFY2(!mapped.contains(library), library);
}

void TestDemoModule::networkModuleCarriesTheSession()
{
    DemoExchangeOptions d;
    d.stepIntervalMs = 0;
    DemoExchange exchange(d);
    QVERIFY(exchange.listen(0) > 0);
    const auto credentials = exchange.createCredentials();
    Session::Options o;
    o.baseUrl = exchange.baseUrl();
    o.apiKey = credentials.apiKey;
    o.key = credentials.key;
    o.account = DemoExchange::defaultAccountId();
    o.makeNetwork = NetModule::maker(false, QStringLiteral(TRADEDESK_NET_MODULE_FILE));
    SessionFixture f(o);
    ApiService *service = probe(f.session).service();
    QList<ApiResult<QList<Balance>>> answers;
    service->balances(DemoExchange::defaultAccountId(), {}, nullptr,
                      [&answers](const ApiResult<QList<Balance>> &r) { answers += r; });
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QVERIFY(answers.isEmpty()); // waits for the module, opened when the session starts
    QCOMPARE(service->queuedRequests(), 1);
    f.session.start();
    QVERIFY2(probe(f.session).problem().isEmpty(), qPrintable(probe(f.session).problem()));
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY2(answers.first().ok(), qPrintable(answers.first().error.message));
    QVERIFY(!answers.first().value.isEmpty());
}

void TestDemoModule::brokenNetworkModuleIsAProblemNotACrash_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("why"); // in the problem the window shows
    QTest::newRow("missing") << "/nonexistent/libtradedesk-net.so"
                             << "/nonexistent/libtradedesk-net.so: no such file.";
    QTest::newRow("another module")
        << QStringLiteral(TRADEDESK_MODULE_FILE) << "has no function tradedesk_net_abi";
    QTest::newRow("no factory") << QStringLiteral(TRADEDESK_BROKEN_MODULE_DIR "/NO_FACTORY.so")
                                << "has no function tradedesk_net_abi";
}

void TestDemoModule::brokenNetworkModuleIsAProblemNotACrash()
{
    QFETCH(QString, file);
    QFETCH(QString, why);
    Session::Options o;
    o.baseUrl = QUrl(QStringLiteral("https://api.example.invalid"));
    o.makeNetwork = NetModule::maker(false, file);
    SessionFixture f(o);
    ApiService *service = probe(f.session).service();
    QList<ApiResult<QList<SymbolRules>>> answers;
    service->symbols({}, nullptr,
                     [&answers](const ApiResult<QList<SymbolRules>> &r) { answers += r; });
    f.session.start(); // must come back (no crash, no exit)
    const QString problem = probe(f.session).problem();
    QVERIFY2(problem.startsWith(QStringLiteral("The network could not be opened: ")),
             qPrintable(problem));
    QVERIFY2(problem.contains(why), qPrintable(problem));
    // Where the trader looks: the status bar's model and the activity log.
    const ConnectionStatus::State st = probe(f.session).link()->state();
    QCOMPARE(st.link, ConnectionStatus::Link::NotConnected);
    QCOMPARE(st.problem, problem);
    QVERIFY2(!probe(f.session).log()->find(problem).isEmpty(), "no log row");
    // What waited for the network is answered, nothing sent; so is what is asked for later.
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().error.kind, ApiError::Kind::NotSent);
    QVERIFY2(answers.first().error.message.contains(why),
             qPrintable(answers.first().error.message));
    service->symbols({}, nullptr,
                     [&answers](const ApiResult<QList<SymbolRules>> &r) { answers += r; });
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(answers.last().error.kind, ApiError::Kind::NotSent);
    QCOMPARE(service->queuedRequests(), 0);
}

void TestDemoModule::moduleMakesTheDemoExchange()
{
    QCOMPARE(DemoModule::defaultAccountId(), DemoExchange::defaultAccountId());
    const auto make = DemoModule::maker(QStringLiteral(TRADEDESK_MODULE_FILE));
    const std::unique_ptr<EmbeddedExchange> exchange = make();
    QVERIFY(exchange);
    const QUrl url = exchange->startOnLoopback();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    const EmbeddedExchange::Credentials credentials = exchange->newCredentials();
    QVERIFY(credentials.apiKey.startsWith(QStringLiteral("demo-")));
    QVERIFY(credentials.key && credentials.key->isValid());
    // A key this process made (its own copy of the core) is one the module's exchange checks.
    EmbeddedExchange::Credentials given{QStringLiteral("demo-given"),
                                        std::make_shared<Ed25519Key>(Ed25519Key::generate())};
    QVERIFY(given.key->isValid());
    QVERIFY(exchange->accept(given));
}

void TestDemoModule::sessionStartsTheModulesExchange()
{
    Session::Options o;
    o.embedded = DemoModule::maker(QStringLiteral(TRADEDESK_MODULE_FILE));
    o.account = DemoModule::defaultAccountId();
    SessionFixture f(o);
    QVERIFY(probe(f.session).service()->baseUrl().isEmpty());
    f.session.start();
    QVERIFY2(probe(f.session).problem().isEmpty(), qPrintable(probe(f.session).problem()));
    QCOMPARE(probe(f.session).service()->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(f.session.key() && f.session.key()->isValid());
}

void TestDemoModule::missingModuleIsAProblemNotACrash()
{
    Session::Options o;
    o.embedded = DemoModule::maker(QStringLiteral("/nonexistent/libtradedesk-demo.so"));
    o.account = DemoModule::defaultAccountId();
    SessionFixture f(o);
    f.session.start();
    QVERIFY(!probe(f.session).problem().isEmpty());
    QVERIFY(probe(f.session).service()->baseUrl().isEmpty());
    // The file the app looked for, not the last name QLibrary tried.
    QVERIFY2(
        probe(f.session).problem().contains(QStringLiteral("/nonexistent/libtradedesk-demo.so: ")),
        qPrintable(probe(f.session).problem()));
}

void TestDemoModule::brokenModuleIsAProblemNotACrash_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("why"); // in the problem the window shows
    QTest::newRow("factory makes nothing") << "NULL"
                                           << "made no exchange";
    QTest::newRow("another build's module")
        << "OTHER_ABI" << QStringLiteral("module interface %1").arg(TRADEDESK_DEMO_ABI + 1);
    QTest::newRow("no version") << "NO_ABI"
                                << "has no function tradedesk_demo_abi";
    QTest::newRow("no factory") << "NO_FACTORY"
                                << "has no function tradedesk_new_demo_exchange";
    // A function a library it links lacks (F2: a libcrypto.so.3 without d2i_PUBKEY): bound
    // lazily, the first call ended the process with exit 127.
    QTest::newRow("unbound function") << "UNBOUND"
                                      << "tradedesk_function_nobody_defines";
    QTest::newRow("not a library") << "garbage"
                                   << "garbage";
}

void TestDemoModule::brokenModuleIsAProblemNotACrash()
{
    QFETCH(QString, module);
    QFETCH(QString, why);
    QString file = QStringLiteral(TRADEDESK_BROKEN_MODULE_DIR "/%1.so").arg(module);
    QTemporaryDir dir;
    if (module == QLatin1String("garbage")) {
        file = dir.filePath(QStringLiteral("garbage.so"));
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("garbage\n");
    }
    QVERIFY2(QFile::exists(file), qPrintable(file));
    Session::Options o;
    o.embedded = DemoModule::maker(file);
    o.account = DemoModule::defaultAccountId();
    SessionFixture f(o);
    f.session.start(); // must come back (no crash, no exit)
    const QString problem = probe(f.session).problem();
    QVERIFY2(problem.startsWith(QStringLiteral("Demo exchange could not start: ")),
             qPrintable(problem));
    QVERIFY2(problem.contains(file), qPrintable(problem));
    QVERIFY2(problem.contains(why), qPrintable(problem));
    QVERIFY(probe(f.session).service()->baseUrl().isEmpty());
}

void TestDemoModule::moduleBesideTheExecutableIsNotOpened()
{
    // A file beside the executable (anyone who can write the bin directory) or in the current
    // directory must not win over the one place the module is installed.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QFile beside(bin + QStringLiteral("/libtradedesk-demo.so"));
    QVERIFY(beside.open(QIODevice::WriteOnly));
    beside.close();
    QCOMPARE(DemoModule::defaultFile(bin),
             dir.filePath(QStringLiteral("lib/tradedesk/libtradedesk-demo.so")));
    const QString here = QDir::currentPath();
    QVERIFY(QDir::setCurrent(bin));
    const QString fromHere = DemoModule::defaultFile(bin);
    QVERIFY(QDir::setCurrent(here));
    QCOMPARE(fromHere, dir.filePath(QStringLiteral("lib/tradedesk/libtradedesk-demo.so")));
}

void TestDemoModule::startProblemIsShownInTheWindowsStatus()
{
    Session::Options o;
    o.embedded = DemoModule::maker(QStringLiteral("/nonexistent/libtradedesk-demo.so"));
    o.account = DemoModule::defaultAccountId();
    SessionFixture f(o);
    f.session.start();
    // The status bar's model: not connected, with the reason; nothing measured is claimed.
    const ConnectionStatus::State st = probe(f.session).link()->state();
    QCOMPARE(st.link, ConnectionStatus::Link::NotConnected);
    QCOMPARE(st.problem, probe(f.session).problem());
    QVERIFY(!st.clockSkewMeasured);
    QVERIFY(!st.rateLimitsKnown);
    // And the activity log has the reason too.
    QVERIFY2(!probe(f.session).log()->find(probe(f.session).problem()).isEmpty(), "no log row");
}

void TestDemoModule::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("printed");
    QTest::newRow("--help") << "--help" << QByteArray("TRADEDESK_API_KEY");
    QTest::newRow("--version") << "--version" << QByteArray(TRADEDESK_VERSION);
}

void TestDemoModule::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, printed);
    // No display at all: neither X11, Wayland nor the offscreen platform the tests use.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    const Run r = runApp({option}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains(printed), r.out.constData());
}

void TestDemoModule::privateKeyOthersCanReadIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("key.pem"));
    QFile pem(file);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    QVERIFY(pem.write(Ed25519Key::generate().privateKeyPkcs8Pem()) > 0);
    pem.close();
    QVERIFY(pem.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                               | QFile::ReadOther)); // 0644
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList args{QStringLiteral("--base-url"),    QStringLiteral("http://127.0.0.1:9"),
                           QStringLiteral("--private-key"), file,
                           QStringLiteral("--quit-after"),  QStringLiteral("1")};
    Run r = runApp(args, env);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("chmod 600 " + file.toUtf8()), r.err.constData());
    // Its owner's alone (0600): accepted.
    QVERIFY(pem.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    r = runApp(args, env);
    QVERIFY2(r.code == 0, r.err.constData());
}

QTEST_MAIN(TestDemoModule)
#include "tst_demomodule.moc"
