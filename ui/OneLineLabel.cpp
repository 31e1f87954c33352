#include "ui/OneLineLabel.h"

#include <QEvent>
#include <QLabel>
#include <QTextLayout>

#include <algorithm>

namespace {

const char *const FullText = "oneLineFullText";
const char *const Lines = "oneLineLines";

// The text broken into at most `lines` lines of `width`, the last elided: each line ends in a
// line break of its own, so the label shows exactly these lines.
QString elided(const QLabel *label, QString full, int width, int lines)
{
    const QFontMetrics fm = label->fontMetrics();
    if (lines <= 1)
        return fm.elidedText(full, Qt::ElideRight, width);
    full.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(full, label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList shown;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (shown.size() == lines - 1) {
            shown.append(
                fm.elidedText(full.mid(line.textStart()).simplified(), Qt::ElideRight, width));
            break;
        }
        shown.append(full.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return shown.join(QLatin1Char('\n'));
}

// Whether a word-wrapping label of `width` shows `text` whole on `lines` lines.
bool fits(const QLabel *label, const QString &text, int width, int lines)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(t, label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int count = 0;
    bool fit = true;
    for (QTextLine line = layout.createLine(); fit && line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        fit = ++count <= lines && line.naturalTextWidth() <= width;
    }
    layout.endLayout();
    return fit;
}

void elide(QLabel *label)
{
    const QString full = label->property(FullText).toString();
    const int width = label->contentsRect().width();
    label->setText(width > 0 ? elided(label, full, width, label->property(Lines).toInt()) : full);
}

class Elider final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            elide(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

namespace OneLineLabel {

void keep(QLabel *label, int lines)
{
    label->setProperty(Lines, lines);
    label->setWordWrap(false);
    label->setFixedHeight(lines <= 1 ? label->fontMetrics().height()
                                     : lines * label->fontMetrics().lineSpacing() + 1);
    // Its text never widens what holds it: the width is given, the text fits itself to it.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
    label->setMinimumWidth(1);
    label->installEventFilter(new Elider(label));
}

void setText(QLabel *label, const QString &text)
{
    label->setProperty(FullText, text);
    label->setToolTip(text);
    label->setAccessibleDescription(text);
    elide(label);
}

QString text(const QLabel *label)
{
    return label->property(FullText).toString();
}

QString fitted(const QLabel *label, const QString &text, int width, int lines)
{
    // What shows is a few lines: the text beyond what any line could hold is never laid out.
    const int most = std::max(1, lines) * std::max(width, 1);
    QString t = text.size() > most ? text.left(most) : text;
    if (t.size() < text.size() && t.back().isHighSurrogate())
        t.chop(1); // never half a character
    if (width <= 0 || (t.size() == text.size() && fits(label, t, width, std::max(1, lines))))
        return t;
    return elided(label, t, width, std::max(1, lines));
}

} // namespace OneLineLabel
