#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

// The one seam between the API core and the network, with nothing of Qt Network in it: the core
// builds and reads requests through it; app/net implements it over QNetworkAccessManager, in a
// module the app opens after its first frame (so the loader does not map Qt Network, Kerberos
// and libproxy before the window is on screen). Header only: the module and the app share no
// code through it, only this layout (app/net/NetModuleAbi.h numbers it).

// What goes on the wire: exactly these bytes, never sent twice by the transport (a connection
// that closes before the reply fails the call; it is not sent again), redirects not followed.
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // raw, as sent
    QByteArray body;                                  // sent as it is, with its Content-Length
    int timeoutMs = 0; // no byte moving for this long: the call fails with Failure::Timeout
};

// One request on its way. Owned by whoever asked for it (deleteLater() after finished, or delete
// to abort it without a word). A QObject for ownership and deleteLater only: it has no signals of
// its own, its callbacks are set by the owner before control returns to the event loop.
class HttpCall : public QObject
{
public:
    // How a call ended without an HTTP status.
    enum class Failure
    {
        None,    // a reply came (status() says which)
        NotSent, // refused, no such host, TLS or proxy failure: the request never left
        Timeout, // no reply within the timeout, or aborted
        Closed,  // the connection closed before the reply
        Other,   // anything else; errorString() says what
    };

    // Bytes of the reply so far and the announced total (-1: not announced).
    std::function<void(qint64 received, qint64 total)> onProgress;
    // Once, when the call has ended (with a reply or a failure).
    std::function<void()> onFinished;

    // The HTTP status, 0 when there was no reply.
    virtual int status() const = 0;
    virtual QByteArray rawHeader(const QByteArray &name) const = 0;
    virtual Failure failure() const = 0;
    virtual QString errorString() const = 0;
    // The reply's body (all of it, once finished).
    virtual QByteArray readAll() = 0;
    // Ends the call now: onFinished runs (Failure::Timeout) unless it has already.
    virtual void abort() = 0;
};

class HttpTransport
{
public:
    HttpTransport() = default;
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;
    virtual ~HttpTransport() = default;
    // Starts the request; the caller owns the call.
    virtual HttpCall *send(const HttpRequest &request) = 0;
};
