#pragma once

#include <QIcon>
#include <QStringList>

// An icon from PNG files, read as PNG by Qt's built-in reader. QIcon::addFile would first ask
// every image-format plugin (SVG, GIF, ICO, JPEG: each one loaded, with QtSvg) whether it reads
// ".png", which costs milliseconds and ~1 MiB for nothing.
namespace PngIcon {
QIcon fromFiles(const QStringList &files);
}
