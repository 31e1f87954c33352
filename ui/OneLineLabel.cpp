#include "ui/OneLineLabel.h"

#include <QEvent>
#include <QLabel>

namespace {

const char *const FullText = "oneLineFullText";

void elide(QLabel *label)
{
    const QString full = label->property(FullText).toString();
    const int width = label->contentsRect().width();
    label->setText(width > 0 ? label->fontMetrics().elidedText(full, Qt::ElideRight, width) : full);
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

void keep(QLabel *label)
{
    label->setWordWrap(false);
    label->setFixedHeight(label->fontMetrics().height());
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
