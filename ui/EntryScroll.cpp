#include "ui/EntryScroll.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace {

class EntryWidth final : public QObject
{
public:
    explicit EntryWidth(QScrollArea *area)
        : QObject(area),
          m_area(area)
    {
        area->widget()->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        m_area->setMinimumWidth(m_area->widget()->minimumSizeHint().width()
                                + m_area->verticalScrollBar()->sizeHint().width());
    }

    QScrollArea *m_area;
};

} // namespace

namespace EntryScroll {

QScrollArea *wrap(QWidget *entry, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(QStringLiteral("orderEntryScroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(entry);
    new EntryWidth(area);
    return area;
}

} // namespace EntryScroll
