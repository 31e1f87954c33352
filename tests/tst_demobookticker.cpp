#include "DemoFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

// The demo exchange's best bid/ask (GET book_ticker) is the top of the book its depth endpoint
// shows at the same moment, in the documented shape (exchange.md: best `bid`/`ask` as
// `[[price, qty]]`, `time`). Asked over real HTTP, as the app asks.
class TestDemoBookTicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tickerIsTheTopOfTheDepth_data();
    void tickerIsTheTopOfTheDepth();
};

namespace {

// The reply's `data`, or an empty value when the request failed.
QJsonValue getData(QNetworkAccessManager *nam, const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(QStringLiteral("symbol=BTC-USDT"));
    QNetworkReply *reply = nam->get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data"));
}

QString firstPrice(const QJsonValue &levels)
{
    return levels.toArray().at(0).toArray().at(0).toString();
}

} // namespace

void TestDemoBookTicker::tickerIsTheTopOfTheDepth_data()
{
    QTest::addColumn<int>("side"); // the trader's order that rests crossed: 0 none, 1 buy, 2 sell
    QTest::newRow("the market alone") << 0;
    QTest::newRow("an own bid resting at the market's best ask") << 1;
    QTest::newRow("an own ask resting at the market's best bid") << 2;
}

void TestDemoBookTicker::tickerIsTheTopOfTheDepth()
{
    QFETCH(int, side);
    DemoFixture f;
    MatchingEngine &engine = f.exchange.engine();
    const Depth before = engine.book(QStringLiteral("BTC-USDT"), 20);
    if (side != 0) {
        // A limit at the best level of the other side, for more than that level holds: it takes
        // the level and the rest rests there, where the market's level was.
        const DepthLevel &top = side == 1 ? before.asks.first() : before.bids.first();
        NewOrder o = f.limit(side == 1 ? Side::Buy : Side::Sell, "1", "1");
        o.price = top.price;
        o.quantity = *top.quantity.add(*Decimal::parse("0.0100"));
        QVERIFY(engine.place(o).ok());
        QCOMPARE(engine.openOrders(f.account(), {}, 0, 10).size(), 1);
    }
    const QJsonValue ticker =
        getData(&f.nam, f.exchange.baseUrl(), QStringLiteral("/api/v1/spot/ticker/book_ticker"));
    const QJsonValue depth =
        getData(&f.nam, f.exchange.baseUrl(), QStringLiteral("/api/v1/spot/depth"));
    QVERIFY(ticker.isObject());
    QVERIFY(depth.isObject());
    const QJsonObject t = ticker.toObject();
    QCOMPARE(t.keys(),
             (QStringList{QStringLiteral("ask"), QStringLiteral("bid"), QStringLiteral("time")}));
    QVERIFY(t.value(QStringLiteral("time")).toDouble() > 0);
    const QJsonObject d = depth.toObject();
    for (const char *name : {"bid", "ask"}) {
        const QString key = QLatin1String(name);
        const QJsonArray levels = t.value(key).toArray();
        const QJsonArray all = d.value(key + u's').toArray();
        QVERIFY2(!all.isEmpty(), name);
        QCOMPARE(levels.size(), 1); // [[price, qty]]: exactly one level
        QCOMPARE(levels.at(0).toArray().size(), 2);
        QCOMPARE(levels.at(0).toArray(), all.at(0).toArray()); // price and quantity both
    }
    QVERIFY(Decimal::parse(firstPrice(t.value(QStringLiteral("bid"))).toLatin1())
            < Decimal::parse(firstPrice(t.value(QStringLiteral("ask"))).toLatin1()));
}

QTEST_MAIN(TestDemoBookTicker)
#include "tst_demobookticker.moc"
