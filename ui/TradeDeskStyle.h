#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

// Fusion, with the toolbar extension ("more") icons drawn rather than read from PNG files, and
// the dock title bars' close and float icons decoded once: Fusion parses them from XPM text on
// every call, and each dock asks when it is built, laid out and painted (~2 ms before the first
// frame with six docks).
class TradeDeskStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    TradeDeskStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    mutable QHash<int, QIcon> m_titleBarIcons; // Fusion's, which depend on nothing else
};
