#include "net/NetworkTransport.h"

#include "net/OneShotUploadDevice.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPluginLoader>
#include <QPointer>
#include <QSslSocket>

namespace {

HttpCall::Failure failureOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError: return HttpCall::Failure::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError: return HttpCall::Failure::NotSent;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError: return HttpCall::Failure::Timeout;
    case QNetworkReply::RemoteHostClosedError: return HttpCall::Failure::Closed;
    default: return HttpCall::Failure::Other;
    }
}

class NetworkCall final : public HttpCall
{
public:
    explicit NetworkCall(QNetworkReply *reply)
        : m_reply(reply)
    {
        QObject::connect(reply, &QNetworkReply::downloadProgress, this,
                         [this](qint64 received, qint64 total) {
                             if (onProgress)
                                 onProgress(received, total);
                         });
        QObject::connect(reply, &QNetworkReply::finished, this, [this] {
            if (auto done = std::exchange(onFinished, {}))
                done();
        });
    }
    ~NetworkCall() override
    {
        // Deleted by its owner: ends without a word (no callback runs from here).
        if (m_reply) {
            QObject::disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    int status() const override
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }
    QByteArray rawHeader(const QByteArray &name) const override
    {
        return m_reply ? m_reply->rawHeader(name) : QByteArray();
    }
    Failure failure() const override
    {
        return m_reply ? failureOf(m_reply->error()) : Failure::Other;
    }
    QString errorString() const override { return m_reply ? m_reply->errorString() : QString(); }
    QByteArray readAll() override { return m_reply ? m_reply->readAll() : QByteArray(); }
    void abort() override
    {
        if (m_reply)
            m_reply->abort();
    }

private:
    QPointer<QNetworkReply> m_reply;
};

} // namespace

NetworkTransport::NetworkTransport(QNetworkAccessManager *nam)
    : m_nam(nam ? nam : new QNetworkAccessManager),
      m_owned(!nam)
{}

NetworkTransport::~NetworkTransport()
{
    if (m_owned)
        delete m_nam; // its replies with it; their calls hold them weakly
}

std::function<std::unique_ptr<HttpTransport>(QString *)> NetworkTransport::maker()
{
    return [](QString *) -> std::unique_ptr<HttpTransport> {
        return std::make_unique<NetworkTransport>();
    };
}

HttpCall *NetworkTransport::send(const HttpRequest &http)
{
    QNetworkRequest request(http.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(http.timeoutMs);
    for (const auto &[name, value] : http.headers)
        request.setRawHeader(name, value);
    // Every request, even one without a body, goes with a body that cannot be re-read, so
    // the network stack can never send it a second time on its own.
    auto *upload = new OneShotUploadDevice(http.body);
    request.setHeader(QNetworkRequest::ContentLengthHeader, http.body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, http.method, upload);
    upload->setParent(reply);
    return new NetworkCall(reply);
}

void NetworkTransport::useWithoutTls()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qt.network.ssl.warning=false"));
    // Qt lists its TLS backends (as setActiveBackend does) by loading every TLS plugin and asking
    // each whether it works, and the OpenSSL backend answers by opening libssl and libcrypto and
    // initialising them (~0.6 MiB that stay mapped). Qt loads its plugins only while it knows of
    // no backend at all, so the certificate-only plugin is loaded first, alone: then it is the
    // whole list. Without that plugin file Qt looks for backends as before.
    QPluginLoader certOnly(QLibraryInfo::path(QLibraryInfo::PluginsPath)
                           + QStringLiteral("/tls/libqcertonlybackend.so"));
    certOnly.instance();
    QSslSocket::setActiveBackend(QStringLiteral("cert-only"));
}
