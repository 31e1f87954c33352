#pragma once

#include "core/ApiResult.h"
#include "core/MarketTypes.h"
#include "core/Order.h"

#include <QDialog>

#include <functional>
#include <optional>

class ColorScheme;
class MessageBar;
class QFormLayout;
class QLineEdit;
class QPushButton;
struct Order;

// Finds one order by its exchange id or its client id and shows every field, in rows kept in
// place at one size whatever the result (nothing moves under the pointer). Non-modal: the
// trader can keep working beside it.
class LookupDialog final : public QDialog
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult<Order> &)>;
    // Looks up the trader's text (an exchange id or a client order id); `done` runs once,
    // unless the receiver is gone.
    using LookUp = std::function<void(const QString &query, QObject *receiver, Done done)>;

    // The rules of a symbol (its assets and steps) when known, for units and decimals.
    using RulesOf = std::function<std::optional<SymbolRules>(const QString &symbol)>;

    LookupDialog(LookUp find, RulesOf rulesOf, const ColorScheme *colors,
                 QWidget *parent = nullptr);
    void lookUp(const QString &text);

Q_SIGNALS:
    void orderShown(OrderId orderId);

private:
    void showOrder(const Order &order);
    // The rows' values in their order ("—" for none): the rows are there from the start, so
    // nothing moves or shrinks when a result comes (review 33, trader F7).
    void setValues(const QStringList &values);

    LookUp m_lookUp;
    RulesOf m_rulesOf;
    QLineEdit *m_query;
    QPushButton *m_go;
    MessageBar *m_message;
    QWidget *m_details;
    QFormLayout *m_form;
    QList<class QLabel *> m_values;
};
