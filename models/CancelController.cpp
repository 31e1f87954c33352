#include "models/CancelController.h"

#include "core/ApiService.h"
#include "models/ActivityLogModel.h"
#include "models/AssetFormat.h"
#include "models/OrderText.h"

#include <QDateTime>

#include <algorithm>

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

QString CancelController::Outcome::subject() const
{
    return what.isEmpty() ? tr("order %1").arg(orderId)
                          : tr("%1 (order %2)").arg(what).arg(orderId);
}

QString CancelController::Outcome::verdict() const
{
    const QString had = filledText.isEmpty() ? QString() : tr(", %1 had filled").arg(filledText);
    const QString more = detail.isEmpty() ? QString() : tr(": %1").arg(detail);
    switch (result) {
    case Result::Cancelled: return tr("Cancelled%1").arg(had);
    case Result::AlreadyFinal:
        return tr("Not cancelled: already %1%2").arg(OrderEnums::statusText(status).toLower(), had);
    case Result::NotCancelled: return tr("Not cancelled: still open%1%2").arg(had, more);
    case Result::NotConfirmed:
        if (status == OrderStatus::Unknown)
            return tr("Not confirmed — still open? Neither the cancel nor a look-up answered%1")
                .arg(more);
        return tr("Not confirmed%1%2").arg(had, more);
    case Result::NotSent: return tr("Not sent%1").arg(more);
    }
    return {};
}

QString CancelController::Summary::text() const
{
    // One order: which one, and what became of it.
    if (requested == 1 && outcomes.size() == 1 && failure.isEmpty()) {
        const Outcome &o = outcomes.first();
        QString verdict = o.verdict();
        if (!verdict.isEmpty())
            verdict[0] = verdict[0].toLower(); // after the dash: "… — cancelled"
        return tr("%1 — %2.").arg(o.subject(), verdict);
    }
    const auto list = [this](Result r) {
        QStringList which;
        for (const Outcome &o : outcomes)
            if (o.result == r)
                which.append(o.subject());
        return which.join(QStringLiteral(", "));
    };
    QStringList parts;
    // Once a later look settled every order, the failure is history, not news: no contradiction
    // between "failed" and "2 of 2 cancelled" in a green banner (review 31).
    if (!failure.isEmpty())
        parts.append(count(Result::NotConfirmed) == 0 && !outcomes.isEmpty()
                         ? tr("Checked after the cancel request failed (%1)").arg(failure)
                         : tr("The cancel request failed (%1)").arg(failure));
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
    if (const int n = count(Result::NotSent))
        parts.append(
            tr("%n not sent (another account's order): %1", nullptr, n).arg(list(Result::NotSent)));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

CancelController::CancelController(ApiService *service, ActivityLogModel *log, QObject *parent,
                                   std::function<qint64()> wallMs)
    : QObject(parent),
      m_service(service),
      m_log(log),
      m_wallMs(wallMs ? std::move(wallMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void CancelController::setSymbolRules(const QList<SymbolRules> &rules)
{
    m_rules.clear();
    for (const SymbolRules &r : rules)
        m_rules.insert(r.symbol, r);
}

SymbolRules CancelController::rulesOf(const QString &symbol) const
{
    return OrderText::rulesOrName(m_rules.value(symbol), symbol);
}

QString CancelController::what(const Order &o) const
{
    // A typed id carries no terms until looked up: then only its id is told.
    if (o.symbol.isEmpty())
        return {};
    return OrderText::describe({o.side, o.type, o.symbol, o.price, o.quantity, o.amount},
                               rulesOf(o.symbol));
}

QString CancelController::describe(const Order &order) const
{
    Outcome o;
    o.orderId = order.orderId;
    o.what = what(order);
    return o.subject();
}

void CancelController::begin(int requested)
{
    if (m_pending == 0) {
        m_summary = {};
        m_orders.clear();
    }
    m_summary.requested += requested;
}

QList<Order> CancelController::ofThisAccount(const QList<Order> &orders)
{
    QList<Order> mine;
    for (const Order &o : orders) {
        // Untagged orders (a typed id) are the current account's.
        if (o.accountId.isEmpty() || o.accountId == m_account) {
            mine.append(o);
            continue;
        }
        record({o.orderId,
                Result::NotSent,
                o.status,
                {},
                tr("it belongs to account %1, and account %2 is in use now")
                    .arg(o.accountId, m_account),
                what(o),
                {}});
    }
    return mine;
}

void CancelController::cancel(const QList<Order> &given)
{
    if (given.isEmpty())
        return;
    begin(int(given.size()));
    ++m_pending; // held while the requests go out, so a refusal alone still ends in a summary
    const QList<Order> orders = ofThisAccount(given);
    const QString account = m_account;
    for (const Order &o : orders)
        m_userCancelled.insert(o.orderId);
    for (const Order &o : given)
        if (!o.symbol.isEmpty() || !m_orders.contains(o.orderId))
            m_orders.insert(o.orderId, o);
    if (orders.size() == 1) {
        const OrderId id = orders.first().orderId;
        ++m_pending;
        m_service->cancelOrder(account, OrderRef::byId(id), this,
                               [this, id, account](const ApiResult<OrderId> &r) {
                                   if (r.ok())
                                       cancelled(id);
                                   else
                                       lookUp(id, account, r.error);
                                   done();
                               });
        return done();
    }
    for (qsizetype i = 0; i < orders.size(); i += BatchLimit) {
        QList<OrderId> chunk;
        for (qsizetype j = i; j < std::min(orders.size(), i + BatchLimit); ++j)
            chunk.append(orders[j].orderId);
        ++m_pending;
        m_service->batchCancel(
            account, chunk, this, [this, chunk, account](const ApiResult<BatchCancelResult> &r) {
                if (!r.ok())
                    m_summary.failure = r.error.message;
                for (OrderId id : chunk) {
                    if (r.ok() && r.value.canceled.contains(id))
                        cancelled(id);
                    else
                        lookUp(id, account, r.error); // not in the reply: what became of it?
                }
                done();
            });
    }
    done();
}

void CancelController::cancelAll(const QString &symbol, const QList<Order> &previewed)
{
    // One intent: the orders the trader saw in the preview, and only those. The exchange's
    // cancel-by-symbol would also take an order placed after the preview (from another device, or
    // one the list had not shown yet), which the trader never agreed to; so the preview's orders go
    // by id, five a request, like any batch cancel, each accounted for.
    if (previewed.isEmpty()) {
        begin(0);
        m_log->add(tr("Cancel all %1").arg(symbol),
                   tr("No open %1 orders were listed; nothing was sent.").arg(symbol),
                   Severity::Info);
        ++m_pending;
        return done();
    }
    const auto foreign = [this](const Order &o) {
        return !o.accountId.isEmpty() && o.accountId != m_account;
    };
    if (std::any_of(previewed.cbegin(), previewed.cend(), foreign)) {
        // The preview was of another account: nothing is sent.
        begin(int(previewed.size()));
        ++m_pending;
        for (const Order &o : previewed)
            record({o.orderId,
                    Result::NotSent,
                    o.status,
                    {},
                    tr("the preview was of account %1, and account %2 is in use now")
                        .arg(o.accountId, m_account),
                    what(o),
                    {}});
        return done();
    }
    cancel(previewed);
}

void CancelController::cancelled(OrderId id)
{
    record({id, Result::Cancelled, OrderStatus::Canceled, {}, {}, {}, {}});
}

void CancelController::lookUp(OrderId id, const QString &account, const ApiError &cancelError)
{
    ++m_pending;
    m_service->getOrder(account, OrderRef::byId(id), this,
                        [this, id, cancelError](const ApiResult<Order> &r) {
                            if (r.ok() && !r.value.symbol.isEmpty())
                                m_orders.insert(id, r.value);
                            record(judge(id, r, cancelError));
                            done();
                        });
}

CancelController::Outcome CancelController::judge(OrderId id, const ApiResult<Order> &r,
                                                  const ApiError &cancelError) const
{
    Outcome o{id, Result::NotConfirmed, OrderStatus::Unknown, {}, {}, {}, {}};
    if (!r.ok()) {
        o.detail = cancelError.ok() ? r.error.message : cancelError.message;
        return o;
    }
    const bool unknown = !cancelError.ok() && cancelError.kind == ApiError::Kind::Unknown;
    o.status = r.value.status;
    o.filled = r.value.tradeQty;
    if (!r.value.symbol.isEmpty())
        o.what = what(r.value); // as the exchange has it now
    o.detail = cancelError.message;
    if (r.value.status == OrderStatus::Canceled && unknown)
        o.result = Result::Cancelled; // the reply was lost, the cancel was not
    else if (OrderEnums::isFinal(r.value.status))
        o.result = Result::AlreadyFinal;
    else if (unknown) // open when looked at; the cancel itself may still be on its way
        o.detail = tr("still open when checked at %1, the cancel may still land; check again")
                       .arg(QDateTime::fromMSecsSinceEpoch(m_wallMs())
                                .toLocalTime()
                                .toString(QStringLiteral("HH:mm:ss")));
    else
        o.result = Result::NotCancelled;
    return o;
}

void CancelController::cancelForMove(const Order &order, const QString &what,
                                     std::function<void(const Outcome &)> done)
{
    m_orders.insert(order.orderId, order);
    const QString action = tr("Move order %1").arg(order.orderId);
    const auto finish = [this, action, what, done](const Outcome &outcome) {
        const Outcome o = described(outcome);
        log(action, o, what);
        done(o);
        Q_EMIT refreshWanted();
    };
    if (!order.accountId.isEmpty() && order.accountId != m_account)
        return finish({order.orderId,
                       Result::NotSent,
                       order.status,
                       {},
                       tr("it belongs to account %1, and account %2 is in use now")
                           .arg(order.accountId, m_account)});
    const OrderId id = order.orderId;
    const QString account = m_account;
    m_userCancelled.insert(id);
    m_service->cancelOrder(
        account, OrderRef::byId(id), this,
        [this, id, account, finish](const ApiResult<OrderId> &r) {
            if (r.ok())
                return finish({id, Result::Cancelled, OrderStatus::Canceled, {}, {}});
            const ApiError error = r.error;
            m_service->getOrder(account, OrderRef::byId(id), this,
                                [this, id, error, finish](const ApiResult<Order> &l) {
                                    finish(judge(id, l, error));
                                });
        });
}

CancelController::Outcome CancelController::described(Outcome o) const
{
    const auto known = m_orders.constFind(o.orderId);
    if (o.what.isEmpty() && known != m_orders.cend())
        o.what = what(*known);
    if (!o.filled.isZero()) {
        const Order *order = known != m_orders.cend() ? &*known : nullptr;
        const SymbolRules rules = rulesOf(order ? order->symbol : QString());
        o.filledText =
            order && !order->symbol.isEmpty()
                ? AssetFormat::withUnit(AssetFormat::quantity(o.filled, rules), rules.baseToken)
                : o.filled.normalized().toString();
    }
    return o;
}

void CancelController::record(const Outcome &outcome)
{
    const Outcome o = described(outcome);
    m_summary.outcomes.append(o);
    if (o.result == Result::NotConfirmed)
        m_unconfirmed.insert(o.orderId, {m_account, o.what, m_wallMs()});
    else
        m_unconfirmed.remove(o.orderId);
    // The order in words where its terms are known, then what became of it.
    log(o.what.isEmpty() ? tr("Cancel order %1").arg(o.orderId) : tr("Cancel %1").arg(o.what), o);
}

void CancelController::log(const QString &action, const Outcome &o, const QString &move)
{
    if (!move.isEmpty() && o.result == Result::Cancelled) { // a move's first step
        const QString filled =
            o.filledText.isEmpty() ? QString() : tr(" (%1 had filled)").arg(o.filledText);
        m_log->add(action, tr("%1: cancelled%2 (the first step).").arg(move, filled),
                   Severity::Info);
        return;
    }
    const QString result = tr("%1 (order %2).").arg(o.verdict()).arg(o.orderId);
    Severity severity = Severity::Warning;
    switch (o.result) {
    case Result::Cancelled: severity = Severity::Success; break;
    case Result::AlreadyFinal: severity = Severity::Warning; break;
    case Result::NotCancelled: severity = Severity::Error; break;
    case Result::NotConfirmed:
        severity = o.status == OrderStatus::Unknown ? Severity::Error : Severity::Warning;
        break;
    case Result::NotSent: severity = Severity::Error; break;
    }
    m_log->add(action, result, severity);
}

void CancelController::done()
{
    if (--m_pending > 0)
        return;
    m_told = m_summary;
    Q_EMIT finished(m_summary);
    Q_EMIT refreshWanted();
}

void CancelController::reconcile(const QList<Order> &seen, bool open, qint64 askedAtMs)
{
    for (const Order &o : seen) {
        const auto it = m_unconfirmed.constFind(o.orderId);
        if (it == m_unconfirmed.cend() || (!o.accountId.isEmpty() && o.accountId != it->account))
            continue;
        if (OrderEnums::isFinal(o.status))
            resolve(o,
                    o.status == OrderStatus::Canceled ? Result::Cancelled : Result::AlreadyFinal);
        else if (open && askedAtMs > it->sinceMs) // listed open after the cancel was told
            resolve(o, Result::NotCancelled);
    }
}

void CancelController::resolve(const Order &seen, Result result)
{
    const Unconfirmed pending = m_unconfirmed.take(seen.orderId);
    if (!seen.symbol.isEmpty())
        m_orders.insert(seen.orderId, seen);
    Outcome o{seen.orderId, result, seen.status, seen.tradeQty, {}, what(seen), {}};
    if (o.what.isEmpty())
        o.what = pending.what;
    o = described(o);
    QString verdict;
    Severity severity = Severity::Success;
    switch (result) {
    case Result::Cancelled: verdict = tr("is cancelled"); break;
    case Result::NotCancelled:
        verdict = tr("is still open — it was not cancelled");
        severity = Severity::Error;
        break;
    default:
        verdict = tr("was not cancelled: it is %1").arg(seen.statusLabel().toLower());
        severity = Severity::Warning;
        break;
    }
    const QString had =
        o.filledText.isEmpty() ? QString() : tr(" (%1 had filled)").arg(o.filledText);
    m_log->add(o.what.isEmpty() ? tr("Cancel order %1").arg(o.orderId)
                                : tr("Cancel %1").arg(o.what),
               tr("Resolved: %1 %2%3.").arg(o.subject(), verdict, had), severity);
    // Settled while the cancel is still being summarised: the summary told will say so.
    for (Outcome &pendingOutcome : m_summary.outcomes)
        if (m_pending > 0 && pendingOutcome.orderId == o.orderId
            && pendingOutcome.result == Result::NotConfirmed)
            pendingOutcome = o;
    const QString before = m_told.text();
    bool revised = false;
    for (Outcome &told : m_told.outcomes) {
        if (told.orderId != o.orderId || told.result != Result::NotConfirmed)
            continue;
        told = o;
        revised = true;
    }
    if (revised)
        Q_EMIT summaryRevised(m_told, before);
}
