#pragma once

#include "core/NewOrder.h"

#include <QDialog>

// Shows exactly what will be sent (the form body, byte for byte) and any fat-finger warnings.
// Opened with open(), never exec(): the window keeps running while it is up.
class ConfirmOrderDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmOrderDialog(const NewOrder &order, const QStringList &warnings,
                       QWidget *parent = nullptr);
};
