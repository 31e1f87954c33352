#include "demo/DemoHttpServer.h"

#include "demo/RawRequestTap.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <cstddef>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

constexpr int StallMs = 120000;

// When the connection's latest bytes reached this computer, on QElapsedTimer's monotonic clock
// (-1: not known): the kernel keeps the time of the last data received (TCP_INFO). The request
// just read ends with those bytes (a client that sent more after it on the connection only
// makes this later, never earlier), so this is when it arrived, however long this process
// took to read it.
qint64 arrivalOf(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    if (!socket || socket->socketDescriptor() < 0)
        return -1;
    tcp_info info{};
    socklen_t size = sizeof info;
    if (getsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_INFO, &info, &size) != 0
        || size < socklen_t(offsetof(tcp_info, tcpi_last_data_recv) + sizeof(quint32)))
        return -1;
    QElapsedTimer now;
    now.start();
    return now.msecsSinceReference() - qint64(info.tcpi_last_data_recv);
#else
    Q_UNUSED(socket);
    return -1;
#endif
}

} // namespace

struct DemoHttpServer::Held
{
    QHttpServerResponder responder;
    DemoResponse response;
    QPointer<QTcpSocket> socket; // the client may have hung up while its reply was held
};

DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent),
      m_handler(std::move(handler))
{}

DemoHttpServer::~DemoHttpServer() = default;

quint16 DemoHttpServer::listenRaw(const QHostAddress &address, quint16 port)
{
    auto *server = new RawRequestServer(this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void DemoHttpServer::releaseHeld()
{
    auto held = std::move(m_held);
    m_held.clear();
    for (auto &h : held) {
        if (h->socket)
            write(h->responder, h->response);
    }
}

void DemoHttpServer::write(QHttpServerResponder &responder, const DemoResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (!response.date.isEmpty())
        responder.writeHeader("Date", response.date);
    if (!response.allow.isEmpty())
        responder.writeHeader("Allow", response.allow);
    responder.writeBody(response.body);
}

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    DemoRequest r;
    r.method = methodName(request.method());
    // The target as the client sent it, not as QUrl re-encodes it: signatures are over bytes.
    // The tap has judged the head of every request it lets through (DemoGate); a request it has
    // no head for was framed in a way it did not follow, and is refused.
    const QByteArray target =
        socket ? static_cast<RawRequestSocket *>(socket)->takeTarget() : QByteArray();
    if (target.isEmpty()) {
        DemoResponse refusal;
        refusal.status = 400;
        refusal.body = R"({"code":"-1","msg":"Request not understood"})";
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, refusal);
        return true;
    }
    const qsizetype mark = target.indexOf('?');
    r.path = mark < 0 ? target : target.left(mark);
    r.query = mark < 0 ? QByteArray() : target.mid(mark + 1);
    r.body = request.body();
    r.remote = request.remoteAddress();
    r.arrivedMs = arrivalOf(socket);
    r.header = [&request](const QByteArray &name) {
        return request.value(name);
    };

    const DemoResponse response = m_handler(r);
    if (response.action == DemoResponse::Action::Defer) {
        // Held on its way: the handler sees it again later, so it keeps copies of its headers.
        QHash<QByteArray, QByteArray> headers;
        for (const auto &[name, value] : request.headers())
            headers.insert(name.toLower(), value);
        r.header = [headers](const QByteArray &name) {
            return headers.value(name.toLower());
        };
        r.heldId = response.heldId;
        r.arrivedMs = -1; // it reaches the exchange when the hold ends
        auto held = std::make_shared<Held>(Held{makeResponder(request, socket), {}, socket});
        QTimer::singleShot(response.delayMs, this, [this, r, held] { arrive(r, held); });
        return true;
    }
    switch (response.action) {
    case DemoResponse::Action::Drop: socket->abort(); return true;
    case DemoResponse::Action::Stall: {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(StallMs, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    case DemoResponse::Action::Reply:
    case DemoResponse::Action::Defer: break;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (response.hold) {
        m_held.push_back(std::unique_ptr<Held>(new Held{std::move(responder), response, socket}));
        return true;
    }
    if (response.delayMs > 0) {
        auto late = std::make_shared<Held>(Held{std::move(responder), response, socket});
        QTimer::singleShot(response.delayMs, this, [late] {
            if (late->socket)
                write(late->responder, late->response);
        });
        return true;
    }
    write(responder, response);
    return true;
}

void DemoHttpServer::arrive(DemoRequest request, const std::shared_ptr<Held> &held)
{
    // It reaches the exchange even if the client hung up meanwhile (the exchange cannot know);
    // only its reply then has nowhere to go.
    held->response = m_handler(request);
    if (!held->socket && held->response.action != DemoResponse::Action::Defer)
        return;
    switch (held->response.action) {
    case DemoResponse::Action::Defer:
        request.heldId = held->response.heldId;
        QTimer::singleShot(held->response.delayMs, this,
                           [this, request, held] { arrive(request, held); });
        return;
    case DemoResponse::Action::Drop:
    case DemoResponse::Action::Stall: held->socket->abort(); return;
    case DemoResponse::Action::Reply: break;
    }
    if (held->response.hold) {
        m_held.push_back(std::unique_ptr<Held>(
            new Held{std::move(held->responder), held->response, held->socket}));
        return;
    }
    write(held->responder, held->response);
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QByteArray(R"({"code":"-1","msg":"Not found"})"),
               {{"Content-Type", "application/json"}}, QHttpServerResponder::StatusCode::NotFound);
}
