#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>

// QtHttpServer hands requests over with a parsed QUrl, which normalises the query ("%41" becomes
// "A", "%2c" becomes "%2C"). A signature is over the bytes the client sent, so the demo taps the
// raw stream: each connection records the request-target of every request as received, in order.
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

    QByteArray m_stream;
    qint64 m_bodyLeft = 0;
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
