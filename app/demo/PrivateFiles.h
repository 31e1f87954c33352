#pragma once

#include <QByteArray>
#include <QString>

// Files that hold a secret (the demo server's generated private key, its control token), made so
// that no other user can read them, swap them, or have them written somewhere else:
// - a fresh directory with an unpredictable name (mkdtemp), 0700, checked to be ours after;
// - each file created exclusively (O_CREAT | O_EXCL | O_NOFOLLOW: an existing file or a planted
//   symlink is refused, never followed or truncated), then checked on the open descriptor to be
//   a regular file of ours with one link and mode 0600, before a byte is written.
namespace PrivateFiles {

// A new private directory under `parent` named prefix + six random characters; empty and
// *error set on failure.
QString makeDirectory(const QString &parent, const QString &prefix, QString *error);
// Creates `path` and writes `data`; false and *error set if it exists or any check fails.
bool writeExclusive(const QString &path, const QByteArray &data, QString *error);

} // namespace PrivateFiles
