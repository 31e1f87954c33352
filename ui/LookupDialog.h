#pragma once

#include "core/Order.h"

#include <QDialog>

class MessageBar;
class QFormLayout;
class QLineEdit;
class QPushButton;
class Session;
struct Order;

// Finds one order by its exchange id or its client id and shows every field. Non-modal: the
// trader can keep working beside it.
class LookupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LookupDialog(Session *session, QWidget *parent = nullptr);
    void lookUp(const QString &text);

Q_SIGNALS:
    void orderShown(OrderId orderId);

private:
    void showOrder(const Order &order);

    Session *m_session;
    QLineEdit *m_query;
    QPushButton *m_go;
    MessageBar *m_message;
    QWidget *m_details;
    QFormLayout *m_form;
};
