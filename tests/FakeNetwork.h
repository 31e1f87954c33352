#pragma once

#include "net/NetworkTransport.h"

#include <QBuffer>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

// A transport with no server: every request is answered on the next event-loop turn (or after
// Response::delayMs) by a handler the test gives (HTTP status, body and a Date header), and kept
// in sent() for the test to read.
// Its transport() (the app's own NetworkTransport over this manager, so the upload, timeout and
// redirect handling is the app's) is handed to Session::Options::network or ApiService.
class FakeNetwork final : public QNetworkAccessManager
{
public:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QNetworkRequest request;
        QString path() const { return url.path(); }
        QString param(const QString &name) const
        {
            return QUrlQuery(url.query().isEmpty() ? QString::fromUtf8(body) : url.query())
                .queryItemValue(name);
        }
    };
    struct Response
    {
        int status = 200;
        QByteArray body = R"({"code":"0","msg":"success","data":[]})";
        QDateTime date = QDateTime::currentDateTimeUtc();
        int delayMs = 0; // the reply comes this much later (a slow link, a starved process)
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeNetwork(Handler handler, QObject *parent = nullptr)
        : QNetworkAccessManager(parent),
          m_handler(std::move(handler))
    {}

    HttpTransport *transport() { return &m_transport; }
    QList<Request> sent() const { return m_sent; }
    int count(const QString &path) const
    {
        return int(std::count_if(m_sent.begin(), m_sent.end(),
                                 [&](const Request &r) { return r.path() == path; }));
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        Request r;
        r.url = request.url();
        r.request = request;
        r.verb = op == CustomOperation
                     ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                 : op == PostOperation   ? QByteArrayLiteral("POST")
                 : op == DeleteOperation ? QByteArrayLiteral("DELETE")
                                         : QByteArrayLiteral("GET");
        if (outgoing)
            r.body = outgoing->readAll();
        m_sent.append(r);
        return new Reply(r, m_handler(r), this);
    }

private:
    class Reply final : public QNetworkReply
    {
    public:
        Reply(const Request &r, const Response &response, QObject *parent)
            : QNetworkReply(parent)
        {
            setRequest(r.request);
            setUrl(r.url);
            setOperation(QNetworkAccessManager::CustomOperation);
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
            setRawHeader("Date", QLocale::c()
                                     .toString(response.date.toUTC(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                     .toLatin1());
            setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            m_body.setData(response.body);
            m_body.open(QIODevice::ReadOnly);
            open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            if (response.status >= 400)
                setError(ProtocolInvalidOperationError,
                         QStringLiteral("HTTP %1").arg(response.status));
            QTimer::singleShot(response.delayMs, this, [this] {
                Q_EMIT metaDataChanged();
                Q_EMIT downloadProgress(m_body.size(), m_body.size());
                Q_EMIT readyRead();
                setFinished(true);
                Q_EMIT finished();
            });
        }
        void abort() override {}
        qint64 bytesAvailable() const override
        {
            return m_body.bytesAvailable() + QNetworkReply::bytesAvailable();
        }
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char *data, qint64 max) override { return m_body.read(data, max); }

    private:
        QBuffer m_body;
    };

    Handler m_handler;
    QList<Request> m_sent;
    NetworkTransport m_transport{this};
};

// The real network (the demo exchange on loopback), counting the requests it has taken and the
// replies not finished yet, for every instance alive: what quiesce() waits on, so that no
// production class has to count for the tests. Its transport() (NetworkTransport over it) is
// handed to DemoFixture's service and GuiFixture's Session.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    explicit CountingNetwork(QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
    {
        all().append(this);
    }
    ~CountingNetwork() override
    {
        // Its replies are deleted by the base class after this body: their `destroyed` must not
        // count on a network that is no longer one (UBSan: member access on the base object).
        *m_alive = false;
        all().removeOne(this);
    }

    HttpTransport *transport() { return &m_transport; }
    int sentCount() const { return m_sent; }
    int inFlight() const { return m_inFlight; }
    static int sentEverywhere()
    {
        int n = 0;
        for (const CountingNetwork *network : all())
            n += network->m_sent;
        return n;
    }
    static int inFlightEverywhere()
    {
        int n = 0;
        for (const CountingNetwork *network : all())
            n += network->m_inFlight;
        return n;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoing);
        ++m_sent;
        ++m_inFlight;
        // Connected before the caller's own slots: counted out before it reacts to the reply.
        auto counted = std::make_shared<bool>(true);
        const auto done = [this, counted, alive = m_alive] {
            if (*alive && std::exchange(*counted, false))
                --m_inFlight;
        };
        connect(reply, &QNetworkReply::finished, this, done);
        connect(reply, &QObject::destroyed, this, done);
        return reply;
    }

private:
    static QList<CountingNetwork *> &all()
    {
        static QList<CountingNetwork *> networks;
        return networks;
    }

    int m_sent = 0;
    int m_inFlight = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    NetworkTransport m_transport{this};
};
