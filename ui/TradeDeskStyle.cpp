#include "ui/TradeDeskStyle.h"

#include "ui/ChevronIconEngine.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

TradeDeskStyle::TradeDeskStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{}

QIcon TradeDeskStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                   const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton: return QIcon(new ChevronIconEngine(Qt::Horizontal));
    case SP_ToolBarVerticalExtensionButton: return QIcon(new ChevronIconEngine(Qt::Vertical));
    case SP_TitleBarNormalButton:
    case SP_TitleBarMinButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton: {
        // Fixed pictures (Fusion's XPM data): the same whatever the option, widget or palette.
        QIcon &cached = m_titleBarIcons[icon];
        if (cached.isNull())
            cached = QProxyStyle::standardIcon(icon, option, widget);
        return cached;
    }
    default: return QProxyStyle::standardIcon(icon, option, widget);
    }
}

QColor TradeDeskStyle::indicatorEdge(const QPalette &palette)
{
    // 55 % of the way from the window to its text: 4.7:1 on the dark window, 5:1 on the light
    // one (non-text contrast wants 3:1), and still quieter than the label beside it.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](float a, float b) {
        return 0.55f * a + 0.45f * b;
    };
    return QColor::fromRgbF(mix(text.redF(), window.redF()), mix(text.greenF(), window.greenF()),
                            mix(text.blueF(), window.blueF()));
}

void TradeDeskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    if (element == PE_IndicatorHeaderArrow) {
        // The flag QHeaderView sets (SortUp, SortDown) is not the order, and Fusion draws it
        // one way on Linux and the other elsewhere: drawn here by the header's order itself,
        // newest first (descending) pointing down.
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            if (header->sortIndicator == QStyleOptionHeader::None)
                return;
            QStyleOption arrow(*option);
            const auto *view = qobject_cast<const QHeaderView *>(widget);
            const bool descending = view ? view->sortIndicatorOrder() == Qt::DescendingOrder
                                         : header->sortIndicator == QStyleOptionHeader::SortDown;
            QProxyStyle::drawPrimitive(descending ? PE_IndicatorArrowDown : PE_IndicatorArrowUp,
                                       &arrow, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_FrameLineEdit && !option->state.testFlag(State_HasFocus)) {
        // A field's edge over Fusion's (the window darkened: 1.1:1 on the dark window, about
        // 2:1 on the light one): the check box's, 3:1 or more against the window and the field.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(indicatorEdge(option->palette));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
        return;
    }
    const bool keyFocus =
        option->state.testFlag(State_HasFocus) && option->state.testFlag(State_KeyboardFocusChange);
    if (element == PE_IndicatorCheckBox && !keyFocus) {
        // Over Fusion's edge (the window's colour darkened: lost on a dark window).
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(indicatorEdge(option->palette));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
}
