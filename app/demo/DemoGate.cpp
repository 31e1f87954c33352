#include "demo/DemoGate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace {

DemoGate::Verdict refuse(int status, const char *message)
{
    DemoGate::Verdict v;
    v.status = status;
    v.message = message;
    return v;
}

const char *reason(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 421: return "Misdirected Request";
    case 431: return "Request Header Fields Too Large";
    default: return "Refused";
    }
}

bool digitsOnly(const QByteArray &text)
{
    return !text.isEmpty() && text.size() <= 18
           && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

namespace DemoGate {

Verdict judge(const QByteArray &head, quint16 port)
{
    if (head.size() > MaxHeadBytes)
        return refuse(431, "The request head is over 16 KiB");
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            return refuse(400, "Lines end in CRLF");
    }
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(1).isEmpty())
        return refuse(400, "The request line is METHOD TARGET HTTP/1.1");
    QList<QByteArray> hosts, lengths;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, "A header line is NAME: value");
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host")
            hosts.append(value.toLower());
        else if (name == "content-length")
            lengths.append(value);
        else if (name == "transfer-encoding")
            return refuse(411, "Send the body with a Content-Length; Transfer-Encoding is refused");
    }
    if (hosts.size() != 1)
        return refuse(400, "Send exactly one Host header");
    const QByteArray portText = ':' + QByteArray::number(port);
    if (hosts.first() != "127.0.0.1" + portText && hosts.first() != "localhost" + portText)
        return refuse(421, "Host must be this server's loopback address and port");
    Verdict v;
    v.target = requestLine.at(1);
    if (lengths.size() > 1)
        return refuse(400, "Send one Content-Length");
    if (lengths.size() == 1) {
        if (!digitsOnly(lengths.first()))
            return refuse(400, "Content-Length is a whole number");
        v.bodyLength = lengths.first().toLongLong();
        if (v.bodyLength > MaxBodyBytes)
            return refuse(413, "The body is over 16 KiB");
    }
    return v;
}

QByteArray response(const Verdict &verdict)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("-1")},
                                  {QStringLiteral("msg"), QString::fromUtf8(verdict.message)}})
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(verdict.status) + ' ' + reason(verdict.status)
           + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace DemoGate
