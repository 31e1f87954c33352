#pragma once

#include "core/Order.h"

#include <QDialog>

// Before cancelling several orders or all of a symbol: how many orders and how much notional per
// side will be cancelled. Opened with open(); accepted() means go.
class CancelPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    CancelPreviewDialog(const QString &title, const QList<Order> &orders,
                        QWidget *parent = nullptr);
    static QString summary(const QList<Order> &orders);
};
