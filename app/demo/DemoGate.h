#pragma once

#include <QByteArray>

// The door of the demo exchange: what every request must be before its body is read. It runs on
// the raw bytes (RawRequestTap), ahead of QtHttpServer, which would otherwise buffer any body
// whole and decode chunked bodies that the tap cannot follow.
//
// Rules, each against a way a web page or a stray client gets in or gets memory:
// - Host names this server's loopback address and port ("127.0.0.1:PORT" or "localhost:PORT"),
//   so a page that rebinds its own name to 127.0.0.1 is refused (421); none or two: 400.
// - A body has one plain Content-Length of at most MaxBodyBytes (413 otherwise, answered from the
//   head, before the body arrives); Transfer-Encoding is refused (411), so every byte of the
//   stream is accounted for and the tap never loses its place.
// - Lines end in CRLF and the head is at most MaxHeadBytes (400, 431).
// A refused request ends its connection.
namespace DemoGate {

constexpr qint64 MaxBodyBytes = 16 * 1024;
constexpr qint64 MaxHeadBytes = 16 * 1024;

struct Verdict
{
    int status = 0; // 0: let it through
    QByteArray message;
    QByteArray target;     // the request-target as sent
    qint64 bodyLength = 0; // bytes of body that follow the head
    bool refused() const { return status != 0; }
};

// Judges one request head: the request line and header lines, each with its CR, split at LF,
// without the blank line that ends the head.
Verdict judge(const QByteArray &head, quint16 port);
// A refusal as raw HTTP bytes, JSON body, connection closing.
QByteArray response(const Verdict &verdict);

} // namespace DemoGate
