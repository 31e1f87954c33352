#pragma once

#include <QString>

class QLabel;

// A label kept to one line whatever its text: shown elided to the label's width (again on every
// resize), whole in its tooltip and accessible description. For reasons and summaries whose line
// is reserved, so a long text never makes the window taller.
namespace OneLineLabel {

// Fixes `label` to `lines` lines and keeps its text elided from now on (the last line ends in
// "…" when the text needs more).
void keep(QLabel *label, int lines = 1);
// The whole text (empty: none); what shows is elided to the label's width.
void setText(QLabel *label, const QString &text);
QString text(const QLabel *label);
// `text` as a word-wrapping label of `width` shows it on `lines` lines: unchanged when it fits
// them (the label wraps it), else broken into them (anywhere, if a word is wider than the line)
// with the last elided. Never wider than `width`, whatever the text.
QString fitted(const QLabel *label, const QString &text, int width, int lines);

} // namespace OneLineLabel
