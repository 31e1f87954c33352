#pragma once

#include "core/NewOrder.h"

#include <QDialog>

class ColorScheme;

// Shows exactly what will be sent (the form body, byte for byte) and any fat-finger warnings.
// Opened with open(), never exec(): the window keeps running while it is up.
class ConfirmOrderDialog final : public QDialog
{
    Q_OBJECT

public:
    // `wireBody`: the request body as the placement will send it.
    ConfirmOrderDialog(const NewOrder &order, const QByteArray &wireBody,
                       const QStringList &warnings, const ColorScheme &colors,
                       QWidget *parent = nullptr);
};
