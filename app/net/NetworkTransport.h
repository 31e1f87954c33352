#pragma once

#include "core/HttpTransport.h"

#include <functional>
#include <memory>

class QNetworkAccessManager;

// HttpTransport over QNetworkAccessManager: every request with a body that cannot be re-read
// (OneShotUploadDevice), so the network stack never sends it twice on its own; redirects are not
// followed; the request's timeout is Qt's transfer timeout. Linked by tests and the storm; the
// app opens it as a module (libtradedesk-net.so, NetTransportModule.cpp) after its first frame.
class NetworkTransport final : public HttpTransport
{
public:
    // Over `nam` (not owned; tests hand in a fake or a counting one), or a manager of its own.
    explicit NetworkTransport(QNetworkAccessManager *nam = nullptr);
    ~NetworkTransport() override;

    // For Session::Options::makeNetwork where it is linked (tests, the storm): a transport of its
    // own when the session starts.
    static std::function<std::unique_ptr<HttpTransport>(QString *problem)> maker();

    HttpCall *send(const HttpRequest &request) override;
    QNetworkAccessManager *manager() const { return m_nam; }

    // Where nothing but loopback HTTP is spoken (the embedded demo exchange): TLS is never
    // initialised (Qt's certificate-only backend), and its warnings about that are not shown.
    static void useWithoutTls();

private:
    QNetworkAccessManager *m_nam;
    bool m_owned;
};
