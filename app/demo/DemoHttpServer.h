#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>

#include <functional>

struct DemoRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query; // exactly as sent, without '?'
    QByteArray body;
    QHostAddress remote;
    std::function<QByteArray(const QByteArray &)> header;
};

struct DemoResponse
{
    enum class Action
    {
        Reply,
        Stall,
        Drop
    };
    Action action = Action::Reply;
    int status = 200;
    QByteArray body;
    QByteArray date; // RFC 2822, empty for none
};

// A thin HTTP server that hands each request to one handler and writes what it returns, with
// the low-level control that fault injection needs (stall, drop).
class DemoHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHttpServer)

public:
    using Handler = std::function<DemoResponse(const DemoRequest &)>;
    explicit DemoHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
