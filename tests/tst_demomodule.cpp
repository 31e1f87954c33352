// The demo exchange as a module: the executable does not link Qt HttpServer or WebSockets, nor
// libcrypto (the loader maps and relocates none of them before the first frame), and the module
// opened after it makes an exchange the session trades on.
#include "SessionFixture.h"
#include "core/ApiService.h"
#include "core/Ed25519Key.h"
#include "demo/DemoExchange.h"
#include "desktop/DemoModule.h"

#include <QFile>
#include <QTest>

class TestDemoModule : public QObject
{
    Q_OBJECT

private slots:
    void executableLinksNoDemoServer_data();
    void executableLinksNoDemoServer();
    void moduleMakesTheDemoExchange();
    void sessionStartsTheModulesExchange();
    void missingModuleIsAProblemNotACrash();
};

void TestDemoModule::executableLinksNoDemoServer_data()
{
    QTest::addColumn<QByteArray>("library");
    // Qt WebSockets came only with Qt HttpServer.
    QTest::newRow("Qt HttpServer") << QByteArray("libQt6HttpServer.so");
    // Opened when a key is first read or made (core/LibCrypto.h).
    QTest::newRow("libcrypto") << QByteArray("libcrypto.so");
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
    QVERIFY2(f.session.problem().isEmpty(), qPrintable(f.session.problem()));
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
    QVERIFY(!f.session.problem().isEmpty());
    QVERIFY(probe(f.session).service()->baseUrl().isEmpty());
}

QTEST_MAIN(TestDemoModule)
#include "tst_demomodule.moc"
