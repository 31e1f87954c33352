#pragma once

#include <QByteArray>
#include <QString>

// The files the app keeps in its own folders (settings, order times, the credentials' fallback):
// each is used only when it is a regular file of this user, never a symbolic link (writing through
// one would overwrite whatever it points at), a FIFO (opening one waits for a writer for ever:
// a frozen window) or a device. Looked at with lstat before anything opens it, opened
// O_NOFOLLOW | O_NONBLOCK and checked again on the descriptor (something swapped in meanwhile
// cannot hang the opening or be followed), and written to a new file that is then renamed over
// the old one (rename replaces a link, never its target). The reasons are the trader's to read.
namespace OwnFile {

struct Check
{
    bool exists = false;
    QString refused; // why `path` may not be used; empty: usable (or not there yet)
    qint64 size = 0; // bytes, when it exists

    bool usable() const { return refused.isEmpty(); }
};

// What is at `path` now (lstat: a link is judged as a link, not by its target).
Check check(const QString &path);

// The whole file, at most maxBytes; empty when it is not there. *error says why it is refused or
// unreadable (empty when it was read or is not there).
QByteArray read(const QString &path, qint64 maxBytes, QString *error);

// Replaces `path` with `data`, 0600, through a new file in the same folder renamed over it.
// Refused (nothing written) when `path` is there and not usable. The folder must exist.
bool write(const QString &path, const QByteArray &data, QString *error);

} // namespace OwnFile
