#include "core/RequestSigner.h"

#include "core/Ed25519Key.h"

QByteArray RequestSigner::message(const QByteArray &method, const QByteArray &path,
                                  const QByteArray &param, const QByteArray &body,
                                  const QByteArray &timestamp)
{
    // Already in name order: body < method < param < path < timestamp.
    QByteArray out;
    out.reserve(body.size() + param.size() + path.size() + 64);
    const auto append = [&out](const char *name, const QByteArray &value) {
        if (value.isEmpty())
            return;
        if (!out.isEmpty())
            out += '&';
        out += name;
        out += '=';
        out += value;
    };
    append("body", body);
    append("method", method);
    append("param", param);
    append("path", path);
    append("timestamp", timestamp);
    return out;
}

QByteArray RequestSigner::signatureBase64(const Ed25519Key &key, const QByteArray &message)
{
    return key.sign(message).toBase64();
}
