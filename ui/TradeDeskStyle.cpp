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
    default: return QProxyStyle::standardIcon(icon, option, widget);
    }
}
