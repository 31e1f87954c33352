#include "demo/RawRequestTap.h"

#include "demo/DemoGate.h"

#include <QTimer>

namespace {
// How long a refused connection is read (and its bytes dropped) so the client can read the
// refusal before the connection closes under it.
constexpr int LingerMs = 2000;
} // namespace

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
    while (!m_refused) {
        if (m_bodyLeft > 0) {
            const qint64 skip = std::min<qint64>(m_bodyLeft, m_stream.size());
            m_stream.remove(0, skip);
            m_bodyLeft -= skip;
            if (m_bodyLeft > 0)
                return;
        }
        while (m_stream.startsWith("\r\n")) // empty lines before a request line are allowed
            m_stream.remove(0, 2);
        // The head ends at the first empty line, however its lines end; the gate then refuses
        // anything but CRLF, so this reading and the server's cannot differ.
        const qsizetype crlf = m_stream.indexOf("\n\r\n");
        const qsizetype lf = m_stream.indexOf("\n\n");
        if (crlf < 0 && lf < 0) {
            if (m_stream.size() > DemoGate::MaxHeadBytes)
                refuse(DemoGate::judge(m_stream, localPort()));
            return;
        }
        const bool lfFirst = lf >= 0 && (crlf < 0 || lf < crlf);
        const qsizetype end = lfFirst ? lf : crlf;
        const DemoGate::Verdict verdict = DemoGate::judge(m_stream.left(end), localPort());
        m_stream.remove(0, end + (lfFirst ? 2 : 3));
        if (verdict.refused())
            return refuse(verdict);
        m_targets.push_back(verdict.target);
        m_bodyLeft = verdict.bodyLength;
    }
}

void RawRequestSocket::refuse(const DemoGate::Verdict &verdict)
{
    m_refused = true;
    m_stream.clear();
    // The HTTP server reads this connection no more: only the tap stays, dropping what arrives.
    disconnect(this, &QIODevice::readyRead, nullptr, nullptr);
    connect(this, &QIODevice::readyRead, this, &RawRequestSocket::discard);
    discard();
    write(DemoGate::response(verdict));
    QTimer::singleShot(LingerMs, this, [this] { abort(); });
}

void RawRequestSocket::discard()
{
    if (isTransactionStarted())
        commitTransaction();
    skip(bytesAvailable());
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
