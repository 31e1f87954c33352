#pragma once

#include <QString>

// The app's own folders (settings, data, the credentials' fallback) hold what is the trader's
// alone: each folder the app has to make is made 0700, not 0755 (review 32: other users could list
// order-times-<hash>.json). Folders that exist already are left as they are.
namespace PrivateFolder {

// Makes `path` and whatever above it is missing, each 0700. True when `path` is a folder after.
bool make(const QString &path);

} // namespace PrivateFolder
