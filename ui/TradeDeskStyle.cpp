#include "ui/TradeDeskStyle.h"

#include "ui/ChevronIconEngine.h"

#include <QStyleFactory>

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
