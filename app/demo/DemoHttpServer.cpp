#include "DemoHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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

} // namespace

DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent),
      m_handler(std::move(handler))
{}

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    DemoRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    r.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    r.body = request.body();
    r.remote = request.remoteAddress();
    r.header = [&request](const QByteArray &name) {
        return request.value(name);
    };

    const DemoResponse response = m_handler(r);
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
    case DemoResponse::Action::Reply: break;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = QHttpServerResponder::StatusCode(response.status);
    if (response.date.isEmpty())
        responder.write(response.body, {{"Content-Type", "application/json"}}, status);
    else
        responder.write(response.body,
                        {{"Content-Type", "application/json"}, {"Date", response.date}}, status);
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QByteArray(R"({"code":"-1","msg":"Not found"})"),
               {{"Content-Type", "application/json"}}, QHttpServerResponder::StatusCode::NotFound);
}
