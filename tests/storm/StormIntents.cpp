// The simulated trader's other intents, the calm period and what the storm watches.
#include "StormRun.h"

#include "../SessionFixture.h"
#include "core/ApiService.h"
#include "demo/DemoExchange.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"

#include <QUrlQuery>

void StormRun::cancelSome(int count)
{
    Session &s = m_fixture->session;
    QList<Order> rows = s.openOrders()->orders();
    if (rows.isEmpty() || s.cancels()->isBusy()) {
        note(QStringLiteral("intent: cancel %1 (nothing to cancel or a cancel is running)")
                 .arg(count));
        return;
    }
    QList<Order> chosen;
    while (!rows.isEmpty() && chosen.size() < count)
        chosen.append(rows.takeAt(int(m_rng() % quint64(rows.size()))));
    CancelAsk ask;
    ask.what = count == 1 ? QStringLiteral("cancel one") : QStringLiteral("batch cancel");
    for (const Order &o : chosen)
        ask.preview.append(o.orderId);
    QStringList ids;
    for (OrderId id : ask.preview)
        ids.append(QString::number(id));
    note(QStringLiteral("intent: %1 %2").arg(ask.what, ids.join(u',')));
    m_cancelPending = ask;
    s.cancels()->cancel(chosen);
}

void StormRun::cancelAll()
{
    Session &s = m_fixture->session;
    if (s.cancels()->isBusy())
        return;
    CancelAsk ask;
    ask.what = QStringLiteral("cancel all");
    ask.all = true;
    ask.symbol = s.market()->symbol();
    QList<Order> previewed;
    for (const Order &o : s.openOrders()->orders()) {
        if (o.symbol == ask.symbol) {
            ask.preview.append(o.orderId); // what the confirmation lists
            previewed.append(o);
        }
    }
    note(QStringLiteral("intent: cancel all %1 (%2 in the preview)")
             .arg(ask.symbol)
             .arg(ask.preview.size()));
    m_cancelPending = ask;
    s.cancels()->cancelAll(ask.symbol, previewed);
}

void StormRun::onCancelFinished(const CancelController::Summary &summary)
{
    note(QStringLiteral("app: cancel finished: %1").arg(summary.text()));
    if (!m_cancelPending)
        return;
    m_cancelDone.append({*m_cancelPending, summary});
    m_cancelPending.reset();
}

void StormRun::lookUp()
{
    Session &s = m_fixture->session;
    QString query;
    if (!m_attempts.isEmpty() && m_rng() % 2)
        query = m_attempts.at(int(m_rng() % quint64(m_attempts.size()))).clientId;
    else if (!s.openOrders()->orders().isEmpty())
        query = QString::number(s.openOrders()->orders().first().orderId);
    else
        query = QStringLiteral("nosuchorder");
    note(QStringLiteral("intent: look up %1").arg(query));
    s.lookUp(query, this, [](const ApiResult<Order> &) {});
}

void StormRun::switchSymbol()
{
    const QString symbol = m_symbols.at(int(m_rng() % quint64(m_symbols.size())));
    note(QStringLiteral("intent: switch symbol to %1").arg(symbol));
    m_fixture->session.market()->setSymbol(symbol);
}

void StormRun::switchAccount()
{
    Session &s = m_fixture->session;
    const QString next = s.account() == m_accounts.first() ? m_accounts.last() : m_accounts.first();
    note(QStringLiteral("intent: switch account to %1").arg(next));
    ++m_accountSwitches;
    s.setAccount(next);
}

void StormRun::changeFilter()
{
    OrdersController *orders = m_fixture->session.orders();
    const int what = int(m_rng() % 4);
    if (what == 0) {
        note(QStringLiteral("intent: finished list: older page"));
        orders->showOlderFinished();
        return;
    }
    if (what == 1) {
        note(QStringLiteral("intent: finished list: newest"));
        orders->showNewestFinished();
        return;
    }
    FinishedOrdersQuery q;
    q.symbol = m_rng() % 2 ? m_symbols.at(int(m_rng() % 3)) : QString();
    q.limit = m_rng() % 2 ? 500 : 5;
    if (m_rng() % 3 == 0)
        q.startTime = m_fixture->session.clocks().wallMs() - 30000;
    note(QStringLiteral("intent: finished filter symbol '%1' limit %2 from %3")
             .arg(q.symbol)
             .arg(q.limit)
             .arg(q.startTime));
    orders->setFinishedFilter(q);
}

void StormRun::observeOpen()
{
    // The account switches seen when the order was last shown open.
    for (const Order &o : m_fixture->session.openOrders()->orders())
        m_seenOpenAtSwitch.insert(o.orderId, m_accountSwitches);
}

void StormRun::onEvent(const OrdersController::Event &event)
{
    m_events[event.order.orderId].append(event.kind);
    note(QStringLiteral("app: event %1 for order %2 (%3 filled)")
             .arg(int(event.kind))
             .arg(event.order.orderId)
             .arg(event.order.tradeQty.toString()));
}

void StormRun::onRequest(quint64 seq, const QByteArray &method, const QByteArray &path,
                         const QByteArray &params)
{
    if (method == "GET")
        return;
    note(QStringLiteral("exchange got #%1 %2 %3 %4")
             .arg(seq)
             .arg(QString::fromUtf8(method), QString::fromUtf8(path), QString::fromUtf8(params)));
    if (method != "POST" || !path.endsWith("/spot/order"))
        return;
    const QUrlQuery q(QString::fromUtf8(params));
    m_placeSeqs[q.queryItemValue(QStringLiteral("clientOrderId"))].append(seq);
}

void StormRun::onSent(const RequestRecord &record)
{
    // A placement withdrawn before it left (NotSent) is recorded at the time it was given up,
    // not when it was sent: it never was.
    if (record.endpoint != Endpoint::PlaceOrder || record.result.kind == ApiError::Kind::NotSent)
        return;
    const QUrlQuery q(QString::fromUtf8(record.parameters));
    m_placeSent[q.queryItemValue(QStringLiteral("clientOrderId"))].append(
        record.sentAt.toMSecsSinceEpoch());
}

void StormRun::calm()
{
    Session &s = m_fixture->session;
    note(QStringLiteral("calm: no more faults; the app converges"));
    m_chaos->setActive(false);
    s.setMinimised(false);
    FinishedOrdersQuery q; // the default view: every symbol, newest first
    s.orders()->setFinishedFilter(q);
    s.orders()->showNewestFinished();
    s.refreshNow(); // F5, and once more a few seconds later, as a trader would
    QTimer::singleShot(4000, this, [this] { m_fixture->session.refreshNow(); });
    m_calmStarted = m_clock.elapsed();
    connect(&m_calmTimer, &QTimer::timeout, this, &StormRun::checkConverged);
    m_calmTimer.start(300);
}

void StormRun::checkConverged()
{
    Session &s = m_fixture->session;
    m_figures.maxQueued = std::max(m_figures.maxQueued, s.service()->queuedRequests());
    const bool settled = !s.placement()->isBusy() && !s.cancels()->isBusy();
    if (settled && tableViolations().isEmpty() && m_clock.elapsed() - m_calmStarted > 1200) {
        m_figures.converged = 1;
        finish();
    } else if (m_clock.elapsed() - m_calmStarted > m_config.calmMaxMs) {
        finish();
    }
}

void StormRun::finish()
{
    if (m_done)
        return;
    m_calmTimer.stop();
    m_intentTimer.stop();
    if (m_exchange)
        checkAll();
    m_figures.requests = m_chaos ? m_chaos->requests() : 0;
    if (m_chaos) {
        for (int k = 0; k < int(DemoChaos::Kind::Count); ++k) {
            const auto kind = DemoChaos::Kind(k);
            if (m_chaos->count(kind) > 0)
                m_figures.faults.insert(DemoChaos::kindName(kind), m_chaos->count(kind));
        }
    }
    m_done = true;
    Q_EMIT done();
}
