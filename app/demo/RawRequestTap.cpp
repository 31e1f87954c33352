#include "demo/RawRequestTap.h"

namespace {
constexpr qint64 MaxHeaderBytes = 64 * 1024;
}

RawRequestSocket::RawRequestSocket(QObject *parent)
    : QTcpSocket(parent)
{
    // Connected before the HTTP server's own handler, so it sees each chunk before that reads it.
    connect(this, &QTcpSocket::readyRead, this, &RawRequestSocket::tap);
}

QByteArray RawRequestSocket::takeTarget()
{
    if (m_targets.empty())
        return {};
    QByteArray t = std::move(m_targets.front());
    m_targets.pop_front();
    return t;
}

void RawRequestSocket::tap()
{
    m_stream += peek(bytesAvailable());
    parse();
}

void RawRequestSocket::parse()
{
    for (;;) {
        if (m_bodyLeft > 0) {
            const qint64 skip = std::min<qint64>(m_bodyLeft, m_stream.size());
            m_stream.remove(0, skip);
            m_bodyLeft -= skip;
            if (m_bodyLeft > 0)
                return;
        }
        const qsizetype end = m_stream.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_stream.size() > MaxHeaderBytes)
                m_stream.clear(); // not HTTP the server will accept either
            return;
        }
        const QByteArray head = m_stream.left(end);
        m_stream.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_targets.push_back(requestLine.value(1));
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                m_bodyLeft = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
}

void RawRequestServer::incomingConnection(qintptr handle)
{
    auto *socket = new RawRequestSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    addPendingConnection(socket);
}
