#pragma once

#include "core/Endpoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <deque>

// The demo exchange's own reading of the wire, written from exchange.md and order-api.md and
// sharing none of the client's wire code (its endpoint table, query encoder, signer, limiter or
// key code): a mistake on one side then shows as a refusal on the other instead of being
// mirrored. Only the Endpoint enum is shared, as a name for each route.
namespace DemoWire {

struct Route
{
    Endpoint id;
    const char *method;
    const char *path;
    bool isSigned;
    const char *budget; // requests sharing one limit share a budget
    int limit;          // requests per window, per API key (public data: per caller address)
    qint64 windowMs;
};

// The documented route for this method and path, or null.
const Route *route(const QByteArray &method, const QByteArray &path);
// The methods documented for this path ("GET, POST, DELETE"), empty for an unknown path: a
// known path asked with another method is 405, not 404.
QByteArray allowedMethods(const QByteArray &path);
// "a=1&b=x%2Cy" as name/value pairs, percent-decoded; no other rules.
QList<QPair<QString, QString>> decodeParams(const QByteArray &text);
// The signed message of exchange.md: body, method, param, path, timestamp sorted by name,
// empty body and param left out, joined as name=value with '&', nothing re-encoded.
QByteArray signedText(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                      const QByteArray &body, const QByteArray &timestamp);
// Ed25519 verification against a DER SubjectPublicKeyInfo (core: Ed25519PublicKey, libsodium).
bool verify(const QByteArray &spkiDer, const QByteArray &message, const QByteArray &signature);
// Whether an uploaded public key is an Ed25519 DER SubjectPublicKeyInfo.
bool isEd25519Key(const QByteArray &spkiDer);

} // namespace DemoWire

// The exchange's own counting: a sliding window per caller and budget, no margin, over the
// times the requests arrived (which may come to it out of order).
class DemoRateWindow
{
public:
    // How much earlier than the latest one a request may have arrived and still be counted
    // against the requests around it (older arrivals are counted as if they came this late).
    static constexpr qint64 MaxLateMs = 30000;
    // Whether a request that arrived at `atMs` is within the limit; if so it is counted.
    bool allow(const QString &caller, const DemoWire::Route &route, qint64 atMs);

private:
    QHash<QString, std::deque<qint64>> m_sent;
};
