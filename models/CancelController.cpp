#include "models/CancelController.h"

#include "core/ApiService.h"
#include "models/ActivityLogModel.h"
#include "models/DecimalFormat.h"

using Severity = ActivityLogModel::Severity;

int CancelController::Summary::count(Result result) const
{
    return int(ids(result).size());
}

QList<OrderId> CancelController::Summary::ids(Result result) const
{
    QList<OrderId> out;
    for (const Outcome &o : outcomes) {
        if (o.result == result)
            out.append(o.orderId);
    }
    return out;
}

QString CancelController::Summary::text() const
{
    const auto list = [this](Result r) {
        QStringList ids;
        for (OrderId id : this->ids(r))
            ids.append(QString::number(id));
        return ids.join(QStringLiteral(", "));
    };
    QStringList parts;
    parts.append(tr("%1 of %n cancelled", nullptr, requested).arg(count(Result::Cancelled)));
    if (const int n = count(Result::AlreadyFinal))
        parts.append(
            tr("%n already filled or closed: %1", nullptr, n).arg(list(Result::AlreadyFinal)));
    if (const int n = count(Result::NotCancelled))
        parts.append(
            tr("%n not cancelled, still open: %1", nullptr, n).arg(list(Result::NotCancelled)));
    if (const int n = count(Result::NotConfirmed))
        parts.append(tr("%n not confirmed, may still be open: %1", nullptr, n)
                         .arg(list(Result::NotConfirmed)));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

CancelController::CancelController(ApiService *service, ActivityLogModel *log, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_log(log)
{}

void CancelController::begin(int requested)
{
    if (m_pending == 0)
        m_summary = {};
    m_summary.requested += requested;
}

void CancelController::cancel(const QList<Order> &orders)
{
    if (orders.isEmpty())
        return;
    begin(int(orders.size()));
    for (const Order &o : orders)
        m_userCancelled.insert(o.orderId);
    if (orders.size() == 1) {
        const OrderId id = orders.first().orderId;
        ++m_pending;
        m_service->cancelOrder(m_account, OrderRef::byId(id), this,
                               [this, id](const ApiResult<OrderId> &r) {
                                   if (r.ok())
                                       cancelled(id);
                                   else
                                       lookUp(id, r.error);
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
                for (OrderId id : chunk) {
                    if (r.ok() && r.value.canceled.contains(id))
                        cancelled(id);
                    else
                        lookUp(id, r.error); // not in the reply: what became of it?
                }
                done();
            });
    }
}

void CancelController::cancelAll(const QString &symbol)
{
    begin(0);
    ++m_pending;
    m_service->batchCancelSymbol(
        m_account, symbol, this, [this, symbol](const ApiResult<BatchCancelResult> &r) {
            const QString action = tr("Cancel all %1").arg(symbol);
            if (!r.ok()) {
                m_log->add(action, r.error.message,
                           r.error.kind == ApiError::Kind::Unknown ? Severity::Warning
                                                                   : Severity::Error);
                return done();
            }
            m_summary.requested += int(r.value.canceled.size());
            for (OrderId id : r.value.canceled) {
                m_userCancelled.insert(id);
                cancelled(id);
            }
            done();
        });
}

void CancelController::cancelled(OrderId id)
{
    record({id, Result::Cancelled, OrderStatus::Canceled, {}, {}});
}

void CancelController::lookUp(OrderId id, const ApiError &cancelError)
{
    ++m_pending;
    m_service->getOrder(
        m_account, OrderRef::byId(id), this, [this, id, cancelError](const ApiResult<Order> &r) {
            Outcome o{id, Result::NotConfirmed, OrderStatus::Unknown, {}, {}};
            if (!r.ok()) {
                o.detail = cancelError.ok() ? r.error.message : cancelError.message;
            } else {
                o.status = r.value.status;
                o.filled = r.value.tradeQty;
                if (r.value.status == OrderStatus::Canceled && !cancelError.ok()
                    && cancelError.kind == ApiError::Kind::Unknown)
                    o.result = Result::Cancelled; // the reply was lost, the cancel was not
                else if (OrderEnums::isFinal(r.value.status))
                    o.result = Result::AlreadyFinal;
                else
                    o.result = Result::NotCancelled;
                o.detail = cancelError.message;
            }
            record(o);
            done();
        });
}

void CancelController::record(const Outcome &o)
{
    m_summary.outcomes.append(o);
    const QString action = tr("Cancel order %1").arg(o.orderId);
    const QString filled =
        o.filled.isZero()
            ? QString()
            : tr(" (%1 had filled)").arg(DecimalFormat::display(o.filled.normalized(), 0));
    switch (o.result) {
    case Result::Cancelled:
        m_log->add(action, tr("Cancelled.%1").arg(filled), Severity::Success);
        break;
    case Result::AlreadyFinal:
        m_log->add(action,
                   tr("Not cancelled: already %1%2.")
                       .arg(OrderEnums::statusText(o.status).toLower(), filled),
                   Severity::Warning);
        break;
    case Result::NotCancelled:
        m_log->add(action,
                   tr("Not cancelled: still open%1.%2")
                       .arg(filled, o.detail.isEmpty() ? QString() : QLatin1Char(' ') + o.detail),
                   Severity::Error);
        break;
    case Result::NotConfirmed:
        m_log->add(action,
                   tr("Not confirmed — still open? Neither the cancel nor a look-up answered: %1")
                       .arg(o.detail),
                   Severity::Error);
        break;
    }
}

void CancelController::done()
{
    if (--m_pending > 0)
        return;
    Q_EMIT finished(m_summary);
    Q_EMIT refreshWanted();
}
