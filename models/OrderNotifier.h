#pragma once

#include "models/ActivityLogModel.h"
#include "models/OrdersController.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

// What the trader is told about their orders, decided without widgets: which changes are news,
// the words, the log entry, and whether to pop up and beep. The window only presents it.
class OrderNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderNotifier)

public:
    struct Preferences
    {
        QSet<QString> muted; // kinds not to pop up: "filled", "partial", "cancelled", "rejected"
        bool sound = false;
    };
    struct Notification
    {
        QString kind;
        QString text;
        bool popup = true;
        bool sound = false;
        // For an order gone without a known end: every such order since the trader last closed
        // the banner, counted ("2 orders are no longer listed … : Buy …; Sell …").
        QString banner;
    };
    // True for orders this window cancelled: their cancellation is not news, a fill before it is.
    using CancelledHere = std::function<bool(OrderId)>;

    OrderNotifier(ActivityLogModel *log, CancelledHere cancelledHere, QObject *parent = nullptr);
    void setPreferences(const Preferences &preferences) { m_preferences = preferences; }
    Preferences preferences() const { return m_preferences; }
    void onOrderEvent(const OrdersController::Event &event);
    // The orders are told at their symbol's decimals, with their assets.
    void setSymbolRules(const QList<SymbolRules> &rules);
    // The trader closed the banner: the orders gone without a known end are read.
    void clearVanished() { m_vanished.clear(); }
    QString vanishedBanner() const;

Q_SIGNALS:
    void notified(const OrderNotifier::Notification &notification);

private:
    void tell(const QString &kind, const QString &subject, const QString &text,
              ActivityLogModel::Severity severity, const QString &banner = {});

    ActivityLogModel *m_log;
    CancelledHere m_cancelledHere;
    Preferences m_preferences;
    QHash<QString, SymbolRules> m_rules;
    QStringList m_vanished; // "Buy 0.0100 BTC @ 69,000.00 USDT (order 42)", oldest first
    QString m_vanishedOne;  // the last one's whole sentence, for a banner of one
};
