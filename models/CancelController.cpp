#include "CancelController.h"

#include "ActivityLogModel.h"
#include "ApiService.h"

using Severity = ActivityLogModel::Severity;

CancelController::CancelController(ApiService *service, ActivityLogModel *log, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_log(log)
{}

void CancelController::cancel(const QList<Order> &orders)
{
    if (orders.isEmpty())
        return;
    if (m_pending == 0)
        m_summary = {};
    m_summary.requested += int(orders.size());
    for (const Order &o : orders)
        m_userCancelled.insert(o.orderId);
    if (orders.size() == 1) {
        const OrderId id = orders.first().orderId;
        ++m_pending;
        m_service->cancelOrder(
            m_account, OrderRef::byId(id), this, [this, id](const ApiResult<OrderId> &r) {
                const QString action = tr("Cancel order %1").arg(id);
                if (r.ok()) {
                    m_summary.cancelled.append(id);
                    m_log->add(action, tr("Cancelled."), Severity::Success);
                } else {
                    m_summary.unknown |= r.error.kind == ApiError::Kind::Unknown;
                    m_summary.problems.append(tr("%1: %2").arg(id).arg(r.error.message));
                    m_log->add(action, r.error.message,
                               r.error.kind == ApiError::Kind::Unknown ? Severity::Warning
                                                                       : Severity::Error);
                }
                done();
            });
        return;
    }
    for (qsizetype i = 0; i < orders.size(); i += BatchLimit) {
        QList<OrderId> chunk;
        for (qsizetype j = i; j < std::min(orders.size(), i + BatchLimit); ++j)
            chunk.append(orders[j].orderId);
        ++m_pending;
        m_service->batchCancel(
            m_account, chunk, this, [this, chunk](const ApiResult<BatchCancelResult> &r) {
                QStringList ids;
                for (OrderId id : chunk)
                    ids.append(QString::number(id));
                const QString action = tr("Batch cancel %1").arg(ids.join(QStringLiteral(", ")));
                if (!r.ok()) {
                    m_summary.unknown |= r.error.kind == ApiError::Kind::Unknown;
                    m_summary.problems.append(r.error.message);
                    m_log->add(action, r.error.message, Severity::Error);
                    return done();
                }
                for (OrderId id : r.value.canceled) {
                    m_summary.cancelled.append(id);
                    m_log->add(tr("Cancel order %1").arg(id), tr("Cancelled."), Severity::Success);
                }
                for (const auto &f : r.value.failed) {
                    m_summary.problems.append(tr("%1: %2").arg(f.orderId).arg(f.message));
                    m_log->add(tr("Cancel order %1").arg(f.orderId), f.message, Severity::Error);
                }
                done();
            });
    }
}

void CancelController::cancelAll(const QString &symbol)
{
    if (m_pending == 0)
        m_summary = {};
    ++m_pending;
    m_service->batchCancelSymbol(
        m_account, symbol, this, [this, symbol](const ApiResult<BatchCancelResult> &r) {
            const QString action = tr("Cancel all %1").arg(symbol);
            if (!r.ok()) {
                m_summary.unknown |= r.error.kind == ApiError::Kind::Unknown;
                m_summary.problems.append(r.error.message);
                m_log->add(action, r.error.message, Severity::Error);
                return done();
            }
            m_summary.requested += int(r.value.canceled.size() + r.value.failed.size());
            for (OrderId id : r.value.canceled) {
                m_userCancelled.insert(id);
                m_summary.cancelled.append(id);
            }
            for (const auto &f : r.value.failed)
                m_summary.problems.append(tr("%1: %2").arg(f.orderId).arg(f.message));
            m_log->add(action, tr("%n order(s) cancelled.", nullptr, int(r.value.canceled.size())),
                       Severity::Success);
            done();
        });
}

void CancelController::done()
{
    if (--m_pending > 0)
        return;
    Q_EMIT finished(m_summary);
    Q_EMIT refreshWanted();
}
