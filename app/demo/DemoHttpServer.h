#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>

#include <functional>
#include <memory>
#include <vector>

class QHttpServerResponder;

struct DemoRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query; // exactly as sent, without '?'
    QByteArray body;
    QHostAddress remote;
    std::function<QByteArray(const QByteArray &)> header;
    // Non-zero: a request that was held on its way (DemoResponse::Action::Defer) and reaches the
    // handler now; the id the handler gave it when it held it.
    quint64 heldId = 0;
    // When it reached this computer (ms on QElapsedTimer's monotonic clock, as
    // msecsSinceReference() counts; -1: not known, or held on its way: it arrives now). A busy
    // process reads its sockets late, and the exchange counts a request when it came, not when
    // the process got round to reading it.
    qint64 arrivedMs = -1;
};

struct DemoResponse
{
    enum class Action
    {
        Reply,
        Stall,
        Drop,
        Defer // not here yet: handed to the handler again delayMs later (with heldId)
    };
    Action action = Action::Reply;
    int status = 200;
    QByteArray body;
    QByteArray date;    // RFC 2822, empty for none
    bool hold = false;  // computed now, written when the server is told to release it
    int delayMs = 0;    // computed now, written this long after (a request that reached the
                        // exchange late: its round trip is as long as its lateness)
    QByteArray allow;   // 405: the methods the path takes
    quint64 heldId = 0; // Defer: the request's heldId when it arrives
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
    ~DemoHttpServer() override;
    // Listens on this address through a tap that keeps each request's raw target.
    quint16 listenRaw(const QHostAddress &address, quint16 port);
    // Writes every held reply, oldest first (tests: a reply that arrives late).
    void releaseHeld();
    int heldCount() const { return int(m_held.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Held;
    static void write(QHttpServerResponder &responder, const DemoResponse &response);
    // A request that was held on its way reaches the handler now; its reply is written.
    void arrive(DemoRequest request, const std::shared_ptr<Held> &held);

    Handler m_handler;
    std::vector<std::unique_ptr<Held>> m_held;
};
