#include "models/BookController.h"

#include "core/ApiService.h"
#include "models/DepthModel.h"
#include "models/PollIntervals.h"
#include "models/PollingFeed.h"
#include "models/TradingContext.h"

#include <algorithm>

BookController::BookController(ApiService *service, TradingContext *context, DepthModel *model,
                               QObject *parent)
    : QObject(parent),
      m_service(service),
      m_context(context),
      m_model(model)
{
    m_feed = new PollingFeed(
        tr("Order book"),
        [this](QObject *ctx, PollingFeed::Done done) {
            const QString asked = m_context->symbol();
            if (asked.isEmpty())
                return done({});
            m_service->depth(asked, ctx, [this, done, asked](const ApiResult<Depth> &r) {
                if (asked != m_context->symbol())
                    return done({});
                if (r.ok()) {
                    m_depth = r.value;
                    m_depthSymbol = asked;
                    m_received.start();
                    m_waitedMs = std::max<qint64>(0, m_feed->msSinceLastPoll());
                    applyDepth();
                }
                done(r.error);
            });
        },
        PollIntervals::DepthMs, this);
}

void BookController::followSymbol()
{
    m_depth.reset();
    m_depthSymbol.clear();
    m_received.invalidate();
    followRules();
    applyDepth();
    m_feed->refreshNow();
}

void BookController::setSymbolRules(const QList<SymbolRules> &symbols)
{
    m_symbols = symbols;
    followRules();
}

void BookController::followRules()
{
    for (const SymbolRules &r : std::as_const(m_symbols)) {
        if (r.symbol == m_context->symbol())
            return m_model->setDecimals(r.priceDecimals(), r.quantityDecimals());
    }
}

void BookController::applyDepth()
{
    m_model->applySnapshot(m_depth.value_or(Depth()));
    Q_EMIT depthChanged();
}

void BookController::start()
{
    m_started = true;
    if (m_wanted)
        m_feed->start();
}

void BookController::stop()
{
    m_started = false;
    m_feed->stop();
}

void BookController::setWanted(bool wanted)
{
    if (wanted == m_wanted)
        return;
    m_wanted = wanted;
    if (wanted && m_started)
        m_feed->start();
    else if (!wanted)
        m_feed->stop();
}
