// Cancels from the book: the own orders at a ladder price. With every order confirmed
// (Settings), they go through the same preview as Delete in the open orders: named, Keep the
// default, and the keys back on the book once it closes.
#include "models/AssetFormat.h"
#include "models/CancelController.h"
#include "session/AppSettings.h"
#include "ui/CancelPreviewDialog.h"
#include "ui/LadderTrader.h"

#include <memory>

using Kind = MessageBar::Kind;

bool LadderTrader::cancelAt(const Decimal &price)
{
    const QList<Order> orders = m_model->ownOrdersAt(m_model->rowOf(::Side::Buy, price));
    if (orders.isEmpty())
        return false;
    const QString where = AssetFormat::withUnit(AssetFormat::price(price, m_model->rules()),
                                                m_model->rules().quoteToken);
    if (!m_deps.settings->confirmOrders()) {
        cancelOrders(orders, where);
        return true;
    }
    // Which orders is the question: each is named (side, size, price, unit, its id).
    QStringList named;
    for (const Order &o : orders)
        named.append(m_deps.cancels->describe(o));
    const QString title =
        orders.size() == 1
            ? tr("Cancel %1?").arg(named.first())
            : tr("Cancel %n order(s) at %1?", nullptr, int(orders.size())).arg(where);
    auto *preview = new CancelPreviewDialog(title, orders, m_dialogParent,
                                            orders.size() == 1 ? QStringList() : named);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this,
            [this, orders, where] { cancelOrders(orders, where); });
    connect(preview, &QDialog::rejected, this, [this, where] {
        Q_EMIT message(Kind::Info, tr("Kept your orders at %1: nothing was cancelled.").arg(where));
    });
    // Closed either way: the keys reach the book again (the next Delete asks again).
    connect(preview, &QDialog::finished, this, &LadderTrader::confirmationClosed);
    preview->open(); // window-modal, no nested event loop
    return true;
}

void LadderTrader::cancelOrders(const QList<Order> &orders, const QString &where)
{
    QSet<OrderId> ids;
    for (const Order &o : orders)
        ids.insert(o.orderId);
    // The controller tells its cancels together: these orders' outcomes are picked out.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_deps.cancels, &CancelController::finished, this,
                          [this, connection, ids, where](const CancelController::Summary &s) {
                              for (const CancelController::Outcome &o : s.outcomes) {
                                  if (ids.contains(o.orderId)) {
                                      disconnect(*connection);
                                      return onCancelFinished(ids, where, s);
                                  }
                              }
                          });
    Q_EMIT message(Kind::Busy,
                   tr("Cancelling %n order(s) at %1…", nullptr, int(orders.size())).arg(where));
    m_deps.cancels->cancel(orders);
}

void LadderTrader::onCancelFinished(const QSet<OrderId> &ids, const QString &where,
                                    const CancelController::Summary &all)
{
    using R = CancelController::Result;
    CancelController::Summary s;
    s.requested = int(ids.size());
    s.failure = all.failure;
    for (const CancelController::Outcome &o : all.outcomes) {
        if (ids.contains(o.orderId))
            s.outcomes.append(o);
    }
    if (s.allCancelled())
        return Q_EMIT message(Kind::Success,
                              tr("Cancelled %n order(s) at %1.", nullptr, s.requested).arg(where));
    const bool failed = s.count(R::NotCancelled) + s.count(R::NotSent) > 0;
    Q_EMIT message(failed ? Kind::Error : Kind::Warning,
                   tr("Cancel at %1: %2").arg(where, s.text()));
}
