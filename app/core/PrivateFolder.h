#pragma once

#include <QString>

// The app's own folders (settings, data, the credentials' fallback) hold what is the trader's
// alone: each folder the app has to make is made 0700, not 0755 (review 32: other users could list
// order-times-<hash>.json). Folders that exist already are left as they are.
namespace PrivateFolder {

// Makes `path` and whatever above it is missing, each 0700. True when `path` is a folder after.
bool make(const QString &path);

// Why the folder at `path` may not hold the trader's files; empty when it may (or is not there
// yet). Looked at with lstat: a symbolic link is refused, not followed (review 33: a data folder
// replaced by a link had a file in the link's target read and replaced), and so is what is not a
// folder and a folder of another user. A folder of this user that other users can change (group-
// or world-writable: they could put a link or a file of theirs in it) is made 0700 through a
// descriptor opened without following links; *changed then says so (refused if that fails).
QString check(const QString &path, QString *changed = nullptr);

} // namespace PrivateFolder
