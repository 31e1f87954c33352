#include "demo/DemoWire.h"

#include "core/Ed25519Key.h"

#include <algorithm>
#include <array>
#include <memory>

namespace DemoWire {

namespace {

const std::array<Route, 14> &routes()
{
    // exchange.md, "Rate limits": orders 10/s (placing and cancelling share it), batch cancel
    // 1/s, each signed query 1/s, public market data 1 per 2 s per endpoint.
    static const std::array<Route, 14> table{{
        {Endpoint::PlaceOrder, "POST", "/api/v1/spot/order", true, "order", 10, 1000},
        {Endpoint::CancelOrder, "DELETE", "/api/v1/spot/order", true, "order", 10, 1000},
        {Endpoint::BatchCancel, "DELETE", "/api/v1/spot/batch/order", true, "batch", 1, 1000},
        {Endpoint::GetOrder, "GET", "/api/v1/spot/order", true, "get-order", 1, 1000},
        {Endpoint::OpenOrders, "GET", "/api/v1/spot/open_order", true, "open", 1, 1000},
        {Endpoint::FinishedOrders, "GET", "/api/v1/spot/finish_order", true, "finished", 1, 1000},
        {Endpoint::UserInfo, "GET", "/api/v1/user/info", true, "user", 1, 1000},
        {Endpoint::Balance, "GET", "/api/v1/account/balance", true, "balance", 1, 1000},
        {Endpoint::Trades, "GET", "/api/v1/account/trades", true, "trades", 1, 1000},
        {Endpoint::Symbols, "GET", "/api/v1/symbols", false, "symbols", 1, 2000},
        {Endpoint::TickerPrice, "GET", "/api/v1/spot/ticker/price", false, "price", 1, 2000},
        {Endpoint::BookTicker, "GET", "/api/v1/spot/ticker/book_ticker", false, "book", 1, 2000},
        {Endpoint::Depth, "GET", "/api/v1/spot/depth", false, "depth", 1, 2000},
        {Endpoint::Ticker24h, "GET", "/api/v1/spot/ticker/24hr", false, "24hr", 1, 2000},
    }};
    return table;
}

} // namespace

const Route *route(const QByteArray &method, const QByteArray &path)
{
    const auto &all = routes();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Route &r) {
        return method == r.method && path == r.path;
    });
    return it == all.cend() ? nullptr : &*it;
}

QByteArray allowedMethods(const QByteArray &path)
{
    QByteArrayList methods;
    for (const Route &r : routes()) {
        if (path == r.path)
            methods.append(r.method);
    }
    return methods.join(", ");
}

QList<QPair<QString, QString>> decodeParams(const QByteArray &text)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QByteArray signedText(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                      const QByteArray &body, const QByteArray &timestamp)
{
    QList<QPair<QByteArray, QByteArray>> fields{
        {"method", method}, {"path", path}, {"timestamp", timestamp}};
    if (!body.isEmpty())
        fields.append({"body", body});
    if (!query.isEmpty())
        fields.append({"param", query});
    std::sort(fields.begin(), fields.end());
    QByteArray text;
    for (const auto &[name, value] : fields)
        text += (text.isEmpty() ? QByteArray() : QByteArray("&")) + name + '=' + value;
    return text;
}

bool verify(const QByteArray &spkiDer, const QByteArray &message, const QByteArray &signature)
{
    return Ed25519PublicKey::verify(spkiDer, message, signature);
}

bool isEd25519Key(const QByteArray &spkiDer)
{
    return Ed25519PublicKey::isEd25519(spkiDer);
}

} // namespace DemoWire

bool DemoRateWindow::allow(const QString &caller, const DemoWire::Route &route, qint64 atMs)
{
    // The arrival times of the requests it let through, in order. A request is counted when it
    // arrived, and a busy exchange may read one that came earlier after one that came later: so
    // no window of windowMs anywhere around this one may hold more than `limit` with it (with
    // times that only grow, that is the window that ends with it).
    std::deque<qint64> &sent = m_sent[caller + QLatin1Char('|') + QLatin1String(route.budget)];
    if (!sent.empty())
        atMs = std::max(atMs, sent.back() - MaxLateMs);
    const auto at = std::upper_bound(sent.begin(), sent.end(), atMs);
    const qsizetype index = at - sent.begin(); // where this one goes
    const auto timeAt = [&](qsizetype i) {
        return i == index ? atMs : sent[size_t(i < index ? i : i - 1)];
    };
    const qsizetype count = qsizetype(sent.size()) + 1;
    for (qsizetype first = std::max<qsizetype>(0, index - route.limit);
         first <= index && first + route.limit < count; ++first) {
        if (timeAt(first + route.limit) - timeAt(first) < route.windowMs)
            return false; // this one would make limit + 1 within one window
    }
    sent.insert(at, atMs);
    // What no later arrival can be counted against any more.
    while (sent.front() <= sent.back() - MaxLateMs - route.windowMs)
        sent.pop_front();
    return true;
}
