// Which TLS code the network opens: none where only loopback HTTP is spoken (the embedded demo
// exchange), OpenSSL's where an https address is asked for. Qt's TLS backend is chosen once per
// process, so the loopback-only case runs in a child process of its own (this executable with
// LoopbackOnlyChild as its argument) with a deadline: a hang fails, it does not wait for ever.
#include "demo/DemoExchange.h"
#include "net/NetworkTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>
#include <memory>

namespace {

constexpr const char *LoopbackOnlyChild = "--loopback-only-child";

// The TLS libraries and plugins this process has mapped, one per line ("" when none).
QByteArray tlsMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return "(no /proc/self/maps)";
    QByteArray found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QByteArray file = line.mid(line.lastIndexOf('/') + 1);
        if ((file.startsWith("libssl.so") || file.startsWith("libqopensslbackend"))
            && !found.contains(file))
            found += file + '\n';
    }
    return found;
}

// Sends a GET and waits (event loop) for its end; the call is returned finished.
std::unique_ptr<HttpCall> get(HttpTransport &transport, const QUrl &url)
{
    HttpRequest request;
    request.method = "GET";
    request.url = url;
    request.timeoutMs = 20000;
    std::unique_ptr<HttpCall> call(transport.send(request));
    bool finished = false;
    call->onFinished = [&finished] {
        finished = true;
    };
    if (!QTest::qWaitFor([&finished] { return finished; }, 30000))
        return {};
    return call;
}

// Plain HTTP on loopback, no Qt HttpServer (which would open a TLS backend itself): every request
// gets "200 ok"; what came in is kept.
class PlainServer : public QObject
{
public:
    PlainServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                received += socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            });
        });
    }
    QUrl url(const QString &scheme) const
    {
        QUrl u(QStringLiteral("http://127.0.0.1/api/v1/symbols"));
        u.setScheme(scheme);
        u.setPort(m_server.serverPort());
        return u;
    }
    QByteArray received;

private:
    QTcpServer m_server;
};

// The app on its embedded demo exchange: the network module told loopback only, then the demo's
// HTTP server, then a request to it. Prints what TLS code got mapped; exit code 0 when none.
int runLoopbackOnlyChild()
{
    NetworkTransport::useWithoutTls();
    NetworkTransport transport;
    DemoExchange exchange;
    if (!exchange.listen(0)) {
        std::printf("the demo exchange did not listen\n");
        return 3;
    }
    const auto call =
        get(transport, exchange.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/symbols"))));
    if (!call || call->status() != 200) {
        std::printf("no answer from the demo exchange: %s\n",
                    call ? qPrintable(call->errorString()) : "timeout");
        return 4;
    }
    const QByteArray mapped = tlsMapped();
    std::printf("mapped TLS code:\n%s", mapped.constData());
    return mapped.isEmpty() ? 0 : 1;
}

} // namespace

class TestTlsUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackOnlyOpensNoTlsLibrary();
    // In this order: Qt's TLS backend, once opened, stays for the process.
    void plainHttpOpensNoTlsLibrary();
    void httpsStillGoesThroughTls();
};

void TestTlsUse::loopbackOnlyOpensNoTlsLibrary()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(LoopbackOnlyChild)});
    QVERIFY(child.waitForStarted(30000));
    const bool ended = child.waitForFinished(60000);
    if (!ended)
        child.kill();
    const QByteArray output = child.readAll();
    QVERIFY2(ended, output.constData());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, output.constData());
}

void TestTlsUse::plainHttpOpensNoTlsLibrary()
{
    // The app on a real exchange's http://127.0.0.1 address (the demo exchange as a process of
    // its own): the network as it is, no TLS backend chosen, and none opened for plain HTTP.
    PlainServer server;
    NetworkTransport transport;
    const auto call = get(transport, server.url(QStringLiteral("http")));
    QVERIFY(call);
    QCOMPARE(call->status(), 200);
    QCOMPARE(call->readAll(), QByteArray("ok"));
    QCOMPARE(tlsMapped(), QByteArray());
}

void TestTlsUse::httpsStillGoesThroughTls()
{
    // An https address on a port that speaks no TLS: the client's first bytes are a TLS handshake
    // record (0x16, version 3.x), the handshake fails, and the request counts as never sent.
    PlainServer server;
    NetworkTransport transport;
    const auto call = get(transport, server.url(QStringLiteral("https")));
    QVERIFY(call);
    QCOMPARE(call->failure(), HttpCall::Failure::NotSent);
    QCOMPARE(call->status(), 0);
    const QByteArray received = server.received;
    QVERIFY2(received.size() >= 3, received.toHex().constData());
    QCOMPARE(received.at(0), char(0x16));
    QCOMPARE(received.at(1), char(0x03));
    QVERIFY2(tlsMapped().contains("libssl.so"), tlsMapped().constData());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], LoopbackOnlyChild) == 0)
        return runLoopbackOnlyChild();
    TestTlsUse test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tlsuse.moc"
