#pragma once

#include <QByteArray>

class Ed25519Key;

// The exchange's signing rule: fields body, method, param, path, timestamp; blank ones left out;
// sorted by name; joined as name=value with '&'; values exactly as sent, never re-encoded.
namespace RequestSigner {

QByteArray message(const QByteArray &method, const QByteArray &path, const QByteArray &param,
                   const QByteArray &body, const QByteArray &timestamp);
QByteArray signatureBase64(const Ed25519Key &key, const QByteArray &message);

} // namespace RequestSigner
