// libFuzzer target: any bytes as an exchange reply, through every reader. Must never crash,
// hang or read out of bounds; wrong input is a Malformed/Rejected result, nothing else.
#include "core/ReplyParser.h"
#include "core/ReplyScanner.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReplyParser::Envelope e = ReplyParser::envelope(body);
    const QJsonValue d = e.root.value(QLatin1String("data"));
    QString why;
    QList<Order> orders;
    Order order;
    BatchCancelResult batch;
    QList<Account> accounts;
    QList<Balance> balances;
    QList<Trade> trades;
    QList<SymbolRules> symbols;
    BookTicker book;
    Depth depth;
    Ticker24h ticker;
    OrderId id = 0;
    Decimal value;
    ReplyParser::orders(d, &orders, &why);
    ReplyParser::order(d, &order, &why);
    // The app's own path for order lists: the envelope checked without "data", then the text
    // scanned (and its "data" checked) by the order readers.
    (void)ReplyScanner::checkEnvelope(body, false);
    QStringList skipped;
    QList<qint64> skippedIds;
    QList<Order> scanned;
    ReplyParser::orders(ReplyDocument(body), &scanned, &why, &skipped, &skippedIds);
    ReplyParser::order(ReplyDocument(body), &order, &why);
    orders += scanned;
    ReplyParser::batchCancel(e.root, &batch, &why);
    ReplyParser::accounts(d, &accounts, &why);
    ReplyParser::balances(d, &balances, &why);
    ReplyParser::trades(d, &trades, &why);
    ReplyParser::symbols(d, &symbols, &why);
    ReplyParser::bookTicker(d, &book, &why);
    ReplyParser::depth(d, &depth, &why);
    ReplyParser::ticker24h(d, &ticker, &why);
    ReplyParser::orderId(d, &id);
    ReplyParser::decimal(d, &value);
    // Whatever was accepted must format back without trouble.
    for (const Order &o : orders)
        (void)(o.price.toWire() + o.quantity.toWire() + o.amount.toWire());
    for (const SymbolRules &s : symbols)
        (void)(s.priceDecimals() + s.quantityDecimals());
    return 0;
}
