#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>

namespace DemoGate {
struct Verdict;
}

// QtHttpServer hands requests over with a parsed QUrl, which normalises the query ("%41" becomes
// "A", "%2c" becomes "%2C"). A signature is over the bytes the client sent, so the demo taps the
// raw stream: each connection records the request-target of every request as received, in order.
// The tap is also the door (DemoGate): it judges each head before the HTTP server reads its body,
// and a refused request is answered here and ends the connection, the server seeing none of it.
class RawRequestSocket final : public QTcpSocket
{
    Q_OBJECT

public:
    explicit RawRequestSocket(QObject *parent = nullptr);
    // The next request's target ("/path?query") exactly as received; empty if none is known.
    QByteArray takeTarget();

private:
    void tap();
    void parse();
    void refuse(const DemoGate::Verdict &verdict);
    void discard();

    QByteArray m_stream;
    qint64 m_bodyLeft = 0;
    bool m_refused = false;
    std::deque<QByteArray> m_targets;
};

class RawRequestServer final : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override;
};
