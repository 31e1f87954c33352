#pragma once

#include <QStyledItemDelegate>

#include <functional>

class ColorScheme;

namespace DepthViewBars {

// Paints each level's depth bar behind its text (see DepthViewBars.cpp); `painted` is told each
// row as its price is drawn.
QStyledItemDelegate *delegate(const ColorScheme *colors, std::function<void(int)> painted,
                              QObject *parent);

} // namespace DepthViewBars
