#include "core/ApiService.h"

#include "core/QueryString.h"
#include "core/ReplyClassifier.h"
#include "core/ReplyParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <type_traits>

// The endpoints: each builds its parameters and names how its reply is read; queueing, signing,
// rate limits and error classification are ApiService.cpp's, the same for all.

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiService)
};

QueryString bySymbol(const QString &symbol)
{
    QueryString p;
    p.add("symbol", symbol);
    return p;
}

// Batch replies carry the cancelled ids beside "data", so they are read from the whole reply.
bool readBatch(const QJsonObject &root, BatchCancelResult *r, QString *why)
{
    return ReplyParser::batchCancel(root, r, why);
}

// Most replies are read from a tree. The classifier checked the envelope but passed over "data"
// (the order readers check it as they scan it), so the tree is where its JSON is checked.
bool readTree(const ReplyDocument &reply, bool isWrite, QJsonObject *root, ApiError *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.json(), &perr);
    if (perr.error == QJsonParseError::NoError && doc.isObject()) {
        *root = doc.object();
        return true;
    }
    *error = ApiError::make(isWrite ? ApiError::Kind::Unknown : ApiError::Kind::Malformed,
                            ReplyClassifier::unknownOutcome(
                                isWrite, Tr::tr("The exchange's reply is not valid JSON (%1 at "
                                                "byte %2).")
                                             .arg(perr.errorString())
                                             .arg(perr.offset)),
                            error->httpStatus);
    return false;
}

} // namespace

template <typename T, typename Parse>
quint64 ApiService::call(Endpoint endpoint, const QByteArray &params, QObject *context,
                         Callback<T> done, Parse parse, PlaceOptions options)
{
    const bool isWrite = endpointInfo(endpoint).isWrite;
    Handler handler = [done = std::move(done), parse, isWrite](const ApiError &error,
                                                               const ReplyDocument &reply) {
        ApiResult<T> result;
        result.error = error;
        QJsonObject root;
        constexpr bool scans =
            std::is_invocable_v<Parse, const ReplyDocument &, T *, QString *, ApiResult<T> *>;
        if (error.ok() && (scans || readTree(reply, isWrite, &root, &result.error))) {
            QString why;
            bool parsed = false;
            if constexpr (scans)
                parsed = parse(reply, &result.value, &why, &result); // checks "data" as it reads
            else
                parsed = parse(root, &result.value, &why);
            if (!parsed) {
                result.error =
                    ApiError::make(isWrite ? ApiError::Kind::Unknown : ApiError::Kind::Malformed,
                                   ReplyClassifier::unknownOutcome(
                                       isWrite, Tr::tr("The exchange's reply could not be "
                                                       "read: %1.")
                                                    .arg(why)),
                                   error.httpStatus);
                result.value = T{};
            }
        }
        done(result);
        return result.error;
    };
    Pending pending;
    pending.endpoint = endpoint;
    pending.parameters = params;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.handler = std::move(handler);
    if (options.leaveWithinMs > 0)
        pending.leaveBy = m_clock.elapsed() + options.leaveWithinMs;
    pending.onWire = std::move(options.onWire);
    return enqueue(std::move(pending));
}

template <typename T>
void ApiService::callData(Endpoint endpoint, const QueryString &params, QObject *context,
                          Callback<T> done, DataParser<T> parse)
{
    call<T>(endpoint, params.encoded(), context, std::move(done),
            [parse](const QJsonObject &root, T *value, QString *why) {
                return parse(root.value(QLatin1String("data")), value, why);
            });
}

QByteArray ApiService::placeOrderBody(const NewOrder &order)
{
    // Name order, as in the exchange's examples; every value goes out exactly as formatted here.
    QueryString p;
    p.add("accountId", order.accountId);
    if (order.type == OrderType::Market)
        p.add("amount", order.amount.toWire());
    p.addIfNotEmpty("clientOrderId", order.clientOrderId);
    if (order.type == OrderType::Limit) {
        p.add("price", order.price.toWire());
        p.add("quantity", order.quantity.toWire());
    }
    p.add("side", OrderEnums::sideWire(order.side));
    p.add("symbol", order.symbol);
    p.add("type", OrderEnums::typeWire(order.type));
    return p.encoded();
}

quint64 ApiService::placeOrder(const NewOrder &order, QObject *context, Callback<OrderId> done,
                               PlaceOptions options)
{
    return call<OrderId>(
        Endpoint::PlaceOrder, placeOrderBody(order), context, std::move(done),
        [](const QJsonObject &root, OrderId *id, QString *why) {
            if (ReplyParser::orderId(root.value(QLatin1String("data")), id))
                return true;
            *why = Tr::tr("no order id in the reply");
            return false;
        },
        std::move(options));
}

void ApiService::cancelOrder(const QString &accountId, const OrderRef &ref, QObject *context,
                             Callback<OrderId> done)
{
    QueryString p;
    p.add("accountId", accountId);
    if (ref.orderId > 0)
        p.add("orderId", QByteArray::number(ref.orderId));
    else
        p.add("clientOrderId", ref.clientOrderId);
    call<OrderId>(Endpoint::CancelOrder, p.encoded(), context, std::move(done),
                  [ref](const QJsonObject &root, OrderId *id, QString *) {
                      // The id comes at the top level (a documented quirk), or in data.
                      if (!ReplyParser::orderId(root.value(QLatin1String("orderId")), id)
                          && !ReplyParser::orderId(root.value(QLatin1String("data")), id))
                          *id = ref.orderId;
                      return true;
                  });
}

void ApiService::batchCancel(const QString &accountId, const QList<OrderId> &ids, QObject *context,
                             Callback<BatchCancelResult> done)
{
    QStringList list;
    for (OrderId id : ids)
        list.append(QString::number(id));
    QueryString p;
    p.add("accountId", accountId);
    p.add("orderIds", list.join(QLatin1Char(',')));
    call<BatchCancelResult>(Endpoint::BatchCancel, p.encoded(), context, std::move(done),
                            readBatch);
}

void ApiService::batchCancelSymbol(const QString &accountId, const QString &symbol,
                                   QObject *context, Callback<BatchCancelResult> done)
{
    QueryString p;
    p.add("accountId", accountId);
    p.add("symbol", symbol);
    call<BatchCancelResult>(Endpoint::BatchCancel, p.encoded(), context, std::move(done),
                            readBatch);
}

void ApiService::getOrder(const QString &accountId, const OrderRef &ref, QObject *context,
                          Callback<Order> done)
{
    QueryString p;
    p.add("accountId", accountId);
    if (ref.orderId > 0)
        p.add("orderId", QByteArray::number(ref.orderId));
    else
        p.add("clientOrderId", ref.clientOrderId);
    call<Order>(Endpoint::GetOrder, p.encoded(), context, std::move(done),
                [](const ReplyDocument &reply, Order *o, QString *why, ApiResult<Order> *) {
                    return ReplyParser::order(reply, o, why);
                });
}

void ApiService::openOrders(const OpenOrdersQuery &query, QObject *context,
                            Callback<QList<Order>> done)
{
    QueryString p;
    p.add("accountId", query.accountId);
    p.addIfNotEmpty("symbol", query.symbol);
    if (query.orderId > 0)
        p.add("orderId", QByteArray::number(query.orderId));
    p.add("limit", QByteArray::number(std::clamp(query.limit, 1, 100)));
    call<QList<Order>>(
        Endpoint::OpenOrders, p.encoded(), context, std::move(done),
        [](const ReplyDocument &reply, QList<Order> *o, QString *why, ApiResult<QList<Order>> *r) {
            return ReplyParser::orders(reply, o, why, &r->skipped, &r->skippedIds);
        });
}

void ApiService::finishedOrders(const FinishedOrdersQuery &query, QObject *context,
                                Callback<QList<Order>> done)
{
    QueryString p;
    p.add("accountId", query.accountId);
    p.addIfNotEmpty("symbol", query.symbol);
    if (query.orderId > 0)
        p.add("orderId", QByteArray::number(query.orderId));
    p.add("limit", QByteArray::number(std::clamp(query.limit, 1, 500)));
    if (query.startTime > 0)
        p.add("startTime", QByteArray::number(query.startTime));
    if (query.endTime > 0)
        p.add("endTime", QByteArray::number(query.endTime));
    call<QList<Order>>(
        Endpoint::FinishedOrders, p.encoded(), context, std::move(done),
        [](const ReplyDocument &reply, QList<Order> *o, QString *why, ApiResult<QList<Order>> *r) {
            return ReplyParser::orders(reply, o, why, &r->skipped, &r->skippedIds);
        });
}

void ApiService::userInfo(QObject *context, Callback<QList<Account>> done)
{
    callData<QList<Account>>(Endpoint::UserInfo, QueryString(), context, std::move(done),
                             &ReplyParser::accounts);
}

void ApiService::balances(const QString &accountId, const QString &token, QObject *context,
                          Callback<QList<Balance>> done)
{
    QueryString p;
    p.add("accountId", accountId);
    p.addIfNotEmpty("token", token);
    callData<QList<Balance>>(Endpoint::Balance, p, context, std::move(done),
                             &ReplyParser::balances);
}

void ApiService::trades(const TradesQuery &query, QObject *context, Callback<QList<Trade>> done)
{
    QueryString p;
    p.addIfNotEmpty("symbol", query.symbol);
    p.add("accountId", query.accountId);
    if (query.orderId > 0)
        p.add("orderId", QByteArray::number(query.orderId));
    if (query.startTime > 0)
        p.add("startTime", QByteArray::number(query.startTime));
    if (query.endTime > 0)
        p.add("endTime", QByteArray::number(query.endTime));
    p.add("limit", QByteArray::number(query.limit));
    callData<QList<Trade>>(Endpoint::Trades, p, context, std::move(done), &ReplyParser::trades);
}

void ApiService::symbols(const QString &symbol, QObject *context, Callback<QList<SymbolRules>> done)
{
    QueryString p;
    p.addIfNotEmpty("symbol", symbol);
    callData<QList<SymbolRules>>(Endpoint::Symbols, p, context, std::move(done),
                                 &ReplyParser::symbols);
}

void ApiService::tickerPrice(const QString &symbol, QObject *context, Callback<Decimal> done)
{
    const QueryString p = bySymbol(symbol);
    call<Decimal>(Endpoint::TickerPrice, p.encoded(), context, std::move(done),
                  [](const QJsonObject &root, Decimal *d, QString *why) {
                      if (ReplyParser::decimal(root.value(QLatin1String("data")), d))
                          return true;
                      *why = Tr::tr("the price is not an exact decimal");
                      return false;
                  });
}

void ApiService::bookTicker(const QString &symbol, QObject *context, Callback<BookTicker> done)
{
    const QueryString p = bySymbol(symbol);
    callData<BookTicker>(Endpoint::BookTicker, p, context, std::move(done),
                         &ReplyParser::bookTicker);
}

void ApiService::depth(const QString &symbol, QObject *context, Callback<Depth> done)
{
    const QueryString p = bySymbol(symbol);
    callData<Depth>(Endpoint::Depth, p, context, std::move(done), &ReplyParser::depth);
}

void ApiService::ticker24h(const QString &symbol, QObject *context, Callback<Ticker24h> done)
{
    const QueryString p = bySymbol(symbol);
    callData<Ticker24h>(Endpoint::Ticker24h, p, context, std::move(done), &ReplyParser::ticker24h);
}
