// The simulated trader's other intents, the calm period and what the storm watches.
#include "StormRun.h"

#include "../SessionFixture.h"
#include "core/ApiService.h"
#include "demo/DemoExchange.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"
#include "models/PollingFeed.h"

#include <QDateTime>
#include <QUrlQuery>

void StormRun::cancelSome(int count)
{
    Session &s = m_fixture->session;
    QList<Order> rows = probe(s).openOrders()->orders();
    if (rows.isEmpty() || probe(s).cancels()->isBusy()) {
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
    if (m_hands) {
        // Select the rows, Delete; a preview (two or more) accepted with Alt+O, or kept (Enter)
        // one time in five.
        const bool keep = m_rng() % 5 == 0; // drawn always: the stream stays as it was
        const bool accept = chosen.size() == 1 || !keep;
        m_cancelPending = ask;
        if (!m_hands->cancelSelected(ask.preview, accept) || !accept) {
            note(QStringLiteral("hands: nothing cancelled (%1)")
                     .arg(accept ? QStringLiteral("a row is not listed")
                                 : QStringLiteral("kept them")));
            m_cancelPending.reset();
        }
        return;
    }
    m_cancelPending = ask;
    probe(s).cancels()->cancel(chosen);
}

void StormRun::cancelAll()
{
    Session &s = m_fixture->session;
    if (probe(s).cancels()->isBusy())
        return;
    CancelAsk ask;
    ask.what = QStringLiteral("cancel all");
    ask.all = true;
    ask.symbol = probe(s).market()->symbol();
    QList<Order> previewed;
    for (const Order &o : probe(s).openOrders()->orders()) {
        if (o.symbol == ask.symbol) {
            ask.preview.append(o.orderId); // what the confirmation lists
            previewed.append(o);
        }
    }
    note(QStringLiteral("intent: cancel all %1 (%2 in the preview)")
             .arg(ask.symbol)
             .arg(ask.preview.size()));
    if (m_hands) {
        // Ctrl+Shift+Delete: the window lists the same orders; nothing listed, nothing sent.
        const bool accept = m_rng() % 5 != 0;
        m_cancelPending = ask;
        m_hands->cancelAll(accept);
        if (!accept || ask.preview.isEmpty())
            m_cancelPending.reset(); // kept, or nothing listed: nothing sent
        return;
    }
    m_cancelPending = ask;
    probe(s).cancels()->cancelAll(ask.symbol, previewed);
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
    else if (!probe(s).openOrders()->orders().isEmpty())
        query = QString::number(probe(s).openOrders()->orders().first().orderId);
    else
        query = QStringLiteral("nosuchorder");
    note(QStringLiteral("intent: look up %1").arg(query));
    s.lookUp(query, this, [](const ApiResult<Order> &) {});
}

void StormRun::switchSymbol()
{
    const QString symbol = m_symbols.at(int(m_rng() % quint64(m_symbols.size())));
    note(QStringLiteral("intent: switch symbol to %1").arg(symbol));
    if (m_hands)
        m_hands->switchSymbol(symbol); // the form's symbol box
    else
        probe(m_fixture->session).market()->setSymbol(symbol);
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
    OrdersController *orders = probe(m_fixture->session).orders();
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
    for (const Order &o : probe(m_fixture->session).openOrders()->orders())
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
    m_changeSeqs.insert(seq);
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
    probe(s).orders()->setFinishedFilter(q);
    probe(s).orders()->showNewestFinished();
    s.refreshNow(); // F5, and once more a few seconds later, as a trader would
    QTimer::singleShot(4000, this, [this] { m_fixture->session.refreshNow(); });
    m_calmStarted = std::max<qint64>(1, m_clock.elapsed());
    // The feeds behind the tables: open and finished orders, balances.
    for (PollingFeed *f : tableFeeds())
        connect(f, &PollingFeed::succeeded, this, [this, f] { ++m_freshReads[f]; });
    disturbed();
    connect(&m_calmTimer, &QTimer::timeout, this, &StormRun::checkConverged);
    m_calmTimer.start(300);
}

void StormRun::disturbed()
{
    m_lastDisturbedMs = QDateTime::currentMSecsSinceEpoch();
    m_freshReads.clear();
}

QList<PollingFeed *> StormRun::tableFeeds() const
{
    const Session &s = m_fixture->session;
    QList<PollingFeed *> out{probe(s).orders()->openFeed(), probe(s).orders()->finishedFeed()};
    for (PollingFeed *f : probe(s).accountData()->feeds()) {
        if (f->name() == QLatin1String("Balances"))
            out.append(f);
    }
    return out;
}

bool StormRun::listsFresh() const
{
    // Two successes in a row: polls never overlap, so the second was sent after the first
    // came back, after the disturbance.
    const QList<PollingFeed *> feeds = tableFeeds();
    for (PollingFeed *f : feeds) {
        if (m_freshReads.value(f) < 2)
            return false;
    }
    return feeds.size() == 3;
}

QString StormRun::feedStates() const
{
    const Session &s = m_fixture->session;
    QStringList out;
    QList<PollingFeed *> feeds = probe(s).dataFeeds();
    feeds << probe(s).orders()->openFeed() << probe(s).orders()->finishedFeed();
    for (const PollingFeed *f : feeds)
        out.append(QStringLiteral("%1: %2 failures, next in %3 ms%4")
                       .arg(f->name())
                       .arg(f->consecutiveFailures())
                       .arg(f->msUntilNextPoll())
                       .arg(f->isInFlight() ? QStringLiteral(", in flight") : QString()));
    QStringList reads;
    for (PollingFeed *f : tableFeeds())
        reads.append(QString::number(m_freshReads.value(f)));
    return QStringLiteral("last disturbance %1 ms ago; good polls since (open, finished, "
                          "balances): %2; %3")
        .arg(QDateTime::currentMSecsSinceEpoch() - m_lastDisturbedMs)
        .arg(reads.join(u'/'), out.join(QStringLiteral("; ")));
}

void StormRun::checkConverged()
{
    // The calm ends on a condition, not a clock: the tables match, or every list has been read
    // twice since the last disturbance (then a mismatch is the app's), or the bound is hit.
    Session &s = m_fixture->session;
    m_figures.maxQueued = std::max(m_figures.maxQueued, probe(s).service()->queuedRequests());
    const bool settled = !probe(s).placement()->isBusy() && !probe(s).cancels()->isBusy()
                         && m_chaos->lateRepliesPending() == 0;
    if (!settled || probe(s).orders()->closingCount() > 0)
        disturbed(); // the lists count from when the app has nothing of its own going on
    const qint64 inCalm = m_clock.elapsed() - m_calmStarted;
    if (inCalm > OldCalmMs && !m_figures.pastOldCalm) {
        // Where the old fixed 25 s calm would have judged the tables: what the feeds did.
        m_figures.pastOldCalm = 1;
        note(QStringLiteral("calm: %1 s in, not yet converged (%2); %3")
                 .arg(OldCalmMs / 1000)
                 .arg(tableViolations().isEmpty() ? QStringLiteral("tables match, app busy")
                                                  : tableViolations().first().detail,
                      feedStates()));
    }
    if (settled && tableViolations().isEmpty() && inCalm > 1200) {
        m_figures.converged = 1;
        finish();
    } else if (settled && listsFresh()) {
        note(QStringLiteral("calm: every table's feed polled twice since the last disturbance, "
                            "tables still differ; %1")
                 .arg(feedStates()));
        finish();
    } else if (inCalm > std::max<qint64>(OldCalmMs, m_config.timeoutMs + 5000)
               && !probe(s).cancels()->isBusy() && tableViolations().isEmpty()) {
        // The tables match; only a placement is still being checked (its intent ends in a
        // true "unknown — check"): nothing more to wait for (once a placement still sending
        // has had its timeout: 30 s with --deliver-late).
        note(QStringLiteral("calm: tables match, a placement is still being checked"));
        finish();
    } else if (inCalm > m_config.calmMaxMs) {
        m_figures.calmBound = 1;
        note(QStringLiteral("calm: bound reached before the app could converge; %1")
                 .arg(feedStates()));
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
    m_hands.reset(); // the window goes now, not when the run is deleted
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
