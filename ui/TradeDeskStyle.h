#pragma once

#include <QProxyStyle>

// Fusion, with the toolbar extension ("more") icons drawn rather than read from PNG files.
class TradeDeskStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    TradeDeskStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
