#include "models/FillsController.h"

#include "core/ApiService.h"
#include "models/FillsModel.h"
#include "models/PollIntervals.h"
#include "models/PollingFeed.h"

FillsController::FillsController(ApiService *service, FillsModel *model, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_model(model)
{
    m_feed = new PollingFeed(
        tr("Fills"),
        [this](QObject *context, PollingFeed::Done done) {
            fetch(m_filter.endTime, context, std::move(done));
        },
        PollIntervals::FillsMs, this);
}

void FillsController::setAccount(const QString &accountId)
{
    if (accountId == m_account)
        return;
    m_account = accountId;
    ++m_generation;
    m_model->clear();
    refreshNow();
}

void FillsController::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    ++m_generation;
    m_model->clear();
    refreshNow();
}

void FillsController::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    if (wanted)
        m_feed->start();
    else
        m_feed->stop();
}

void FillsController::setIntervalMs(int ms)
{
    m_feed->setIntervalMs(ms);
}

void FillsController::refreshNow()
{
    if (m_wanted)
        m_feed->refreshNow();
}

void FillsController::showOlder()
{
    const qint64 oldest = m_model->oldestTime();
    if (oldest <= 0)
        return refreshNow();
    // endTime is inclusive: the fills of that millisecond come again and are merged away.
    fetch(oldest, this, [](const ApiError &) {});
}

void FillsController::fetch(qint64 endTime, QObject *context,
                            std::function<void(const ApiError &)> done)
{
    if (m_account.isEmpty() || m_filter.orderId < 0)
        return done({}); // no account yet, or "selected order" with none selected
    TradesQuery q;
    q.accountId = m_account;
    q.symbol = m_filter.symbol;
    q.orderId = m_filter.orderId;
    q.startTime = m_filter.startTime;
    q.endTime = endTime;
    q.limit = PageSize;
    const bool older = endTime != m_filter.endTime;
    m_service->trades(q, context,
                      [this, done, older, generation = m_generation,
                       orderId = m_filter.orderId](ApiResult<QList<Trade>> r) {
                          if (generation != m_generation)
                              return done({}); // asked for another filter or account
                          if (r.ok()) {
                              for (Trade &t : r.value) {
                                  if (orderId > 0)
                                      t.orderId = orderId; // the docs' trade has no order id
                              }
                              const int added = m_model->merge(r.value);
                              if (older || m_model->rowCount() == added)
                                  m_mayHaveOlder =
                                      r.value.size() >= PageSize && (added > 0 || !older);
                          }
                          Q_EMIT pageLoaded(r.error);
                          done(r.error);
                      });
}

FillsController::Summary FillsController::summarize(const QList<Trade> &fills)
{
    Summary s;
    int scale = 0;
    for (const Trade &t : fills) {
        ++s.count;
        s.quantity = s.quantity.add(t.quantity).value_or(s.quantity);
        s.amount = s.amount.add(t.amount).value_or(s.amount);
        scale = std::max(scale, t.price.scale());
        if (!t.feeAsset.isEmpty())
            s.fees[t.feeAsset] = s.fees.value(t.feeAsset).add(t.fee).value_or(Decimal());
    }
    if (!s.quantity.isZero())
        s.averagePrice = s.amount.divide(s.quantity, std::min(scale + 4, Decimal::MaxScale));
    return s;
}
