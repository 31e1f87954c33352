#include "ui/OneLineLabel.h"

#include <QEvent>
#include <QLabel>
#include <QTextLayout>

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

} // namespace OneLineLabel
