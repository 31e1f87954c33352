#pragma once

#include <QStyledItemDelegate>

#include <functional>

class ColorScheme;

namespace DepthViewBars {

// The rows the ladder marks: where the keys act (outlined) and under the pointer (tinted); -1:
// none.
struct Marks
{
    int keyRow = -1;
    int hoverRow = -1;
};

// Paints each level's depth bar behind its text (see DepthViewBars.cpp); `painted` is told each
// row as its price is drawn; `marks` says which rows to mark.
QStyledItemDelegate *delegate(const ColorScheme *colors, std::function<void(int)> painted,
                              std::function<Marks()> marks, QObject *parent);

} // namespace DepthViewBars
