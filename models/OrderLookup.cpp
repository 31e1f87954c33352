#include "models/OrderLookup.h"

#include "core/ApiService.h"
#include "models/ActivityLogModel.h"
#include "models/OrderTimes.h"
#include "models/TradingContext.h"

#include <QRegularExpression>

OrderLookup::OrderLookup(ApiService *service, const TradingContext *context, ActivityLogModel *log,
                         OrderTimes *times, std::function<qint64()> wallMs, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_context(context),
      m_log(log),
      m_times(times),
      m_wallMs(std::move(wallMs))
{}

OrderRef OrderLookup::reference(const QString &query)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    bool numeric = false;
    const qint64 id = digits.match(query).hasMatch() ? query.toLongLong(&numeric) : 0;
    return numeric && id > 0 ? OrderRef::byId(id) : OrderRef::byClientId(query);
}

void OrderLookup::lookUp(const QString &query, QObject *receiver, Done done)
{
    const QString asked = m_context->account();
    m_service->getOrder(
        asked, reference(query), receiver,
        [this, query, done = std::move(done), asked](ApiResult<Order> r) {
            const QString now = m_context->account();
            if (r.ok() && asked != now)
                r.error = ApiError::make(ApiError::Kind::NotSent,
                                         tr("The account changed to %1 while looking up in %2; "
                                            "look up again.")
                                             .arg(now, asked));
            r.value.accountId = asked;
            if (r.ok()) {
                if (m_times) {
                    QList<Order> one{r.value};
                    m_times->stamp(one, m_wallMs(), OrderEnums::isFinal(one.first().status));
                    r.value = one.first();
                }
                m_log->add(
                    tr("Look up %1").arg(query),
                    tr("Found order %1 (%2).").arg(r.value.orderId).arg(r.value.statusLabel()));
            } else {
                m_log->add(tr("Look up %1").arg(query), r.error.message,
                           ActivityLogModel::Severity::Error);
            }
            done(r);
        });
}
