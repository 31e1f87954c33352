#include "StormRun.h"

#include "../SessionFixture.h"
#include "core/ApiService.h"
#include "demo/DemoExchange.h"
#include "models/FinishedOrdersModel.h"
#include "models/MarketDataController.h"
#include "models/OpenOrdersModel.h"

#include <QDateTime>
#include <QMetaEnum>
#include <QUrlQuery>

namespace {

const QString SecondAccount = QStringLiteral("1403134776");

Decimal dec(const char *text)
{
    return *Decimal::parse(QByteArray(text));
}

QString stateName(PlacementTracker::State s)
{
    return QString::fromLatin1(QMetaEnum::fromType<PlacementTracker::State>().valueToKey(int(s)));
}

} // namespace

StormRun::StormRun(const Config &config, QObject *parent)
    : QObject(parent),
      m_config(config),
      m_rng(config.seed * 2654435761ULL + 17)
{
    m_clock.start();
    DemoExchangeOptions demo;
    demo.seed = config.seed;
    demo.stepIntervalMs = 0; // the storm moves the market
    Session::Options o;
    o.embedded = DemoExchange::maker(demo, &m_exchange);
    o.account = DemoExchange::defaultAccountId();
    o.symbol = QStringLiteral("BTC-USDT");
    auto ids = std::make_shared<std::mt19937_64>(config.seed ^ 0xC1D5EEDULL);
    o.random64 = [ids] {
        return (*ids)();
    };
    // Storm time: the app's monotonic clock (guards, settle times) runs four times as fast as
    // the wall, so a storm of a minute of trading passes in a quarter of it. The wall clock
    // stays true: the exchange's clock is compared with it.
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    o.clocks.monotonicMs = [started] {
        return started->elapsed() * TimeScale;
    };
    m_fixture = std::make_unique<SessionFixture>(o);
    m_accounts = {DemoExchange::defaultAccountId(), SecondAccount};
    m_symbols = {QStringLiteral("BTC-USDT"), QStringLiteral("ETH-USDT"),
                 QStringLiteral("SOL-USDT")};
}

StormRun::~StormRun()
{
    m_hands.reset(); // the window, before the session it shows
    delete m_chaos;  // before the exchange it hooks into
    m_chaos = nullptr;
}

void StormRun::note(const QString &line)
{
    const QString text = QStringLiteral("[%1 ms] %2").arg(m_clock.elapsed(), 6).arg(line);
    m_trace.append(text);
    if (m_config.verbose)
        qInfo().noquote() << text;
}

void StormRun::start()
{
    Session &s = m_fixture->session;
    if (m_config.hands && m_config.widgetsEvery > 0 && m_config.seed % m_config.widgetsEvery == 0) {
        // Half of these seeds confirm every order in the dialog (Alt+P places, Enter is "no").
        const bool confirm = (m_config.seed / quint64(m_config.widgetsEvery)) % 2 == 1;
        probe(s).settings()->setConfirmOrders(confirm);
        m_hands = m_config.hands(&s);
        m_figures.byHands = 1;
        note(QStringLiteral("the trader's hands are on the real window: key events into the "
                            "order form and the open orders table (confirmation dialog %1)")
                 .arg(confirm ? QStringLiteral("on") : QStringLiteral("off")));
    }
    s.start();
    if (!m_exchange) {
        violate(QStringLiteral("setup"),
                QStringLiteral("no demo exchange: %1").arg(probe(s).problem()));
        QTimer::singleShot(0, this, &StormRun::finish);
        return;
    }
    m_exchange->engine().addAccount({SecondAccount, QStringLiteral("Second"),
                                     QStringLiteral("SPOT"), QStringLiteral("NORMAL"), true},
                                    {{QStringLiteral("USDT"), dec("50000.00")},
                                     {QStringLiteral("BTC"), dec("1.0")},
                                     {QStringLiteral("ETH"), dec("10")},
                                     {QStringLiteral("SOL"), dec("300")}});
    DemoChaos::Options chaos;
    chaos.seed = m_config.seed;
    chaos.faultPercent = m_config.faultPercent;
    chaos.deliverLateWeight = m_config.deliverLateWeight;
    chaos.plantEarned429 = m_config.plantEarned429;
    m_chaos = new DemoChaos(m_exchange, chaos);
    if (m_config.script) {
        m_chaos->setScript(*m_config.script);
        note(QStringLiteral("replay: the exchange throws the recorded run's %1 request faults "
                            "and %2 market moves, by request key and tick, and draws none")
                 .arg(m_config.script->requests.size())
                 .arg(m_config.script->market.size()));
    }
    if (m_chaos->timestampWindowMs() < 60000)
        note(QStringLiteral("the exchange's timestamp window is %1 s (stricter than documented)")
                 .arg(m_chaos->timestampWindowMs() / 1000));
    connect(m_chaos, &DemoChaos::logged, this, [this](const DemoChaos::Entry &e) {
        if (!m_chaos->isActive())
            disturbed(); // a cover-up running its course in the calm
        note(QStringLiteral("fault %1 #%2 %3 %4")
                 .arg(DemoChaos::kindName(e.kind))
                 .arg(e.seq)
                 .arg(QString::fromUtf8(e.request), e.detail));
    });
    connect(m_chaos, &DemoChaos::requestSeen, this, &StormRun::onRequest);
    connect(m_chaos, &DemoChaos::answered, this, [this](quint64 seq, int status, bool carriedOut) {
        if (carriedOut)
            m_carriedOut.insert(seq);
        if (carriedOut && m_changeSeqs.contains(seq) && !m_chaos->isActive())
            disturbed(); // the app's own cancel or placement changed the exchange in the calm
        if (m_config.verbose)
            note(QStringLiteral("exchange answered #%1: %2 (%3)")
                     .arg(seq)
                     .arg(status)
                     .arg(carriedOut ? QStringLiteral("acted") : QStringLiteral("did nothing")));
    });
    connect(probe(s).service(), &ApiService::requestFinished, this, &StormRun::onSent);
    // Storm mode: short timeouts, polls and checking rounds (the rate limits stay as documented).
    probe(s).service()->setTimeoutMs(m_config.timeoutMs);
    probe(s).orders()->setIntervals(250, 250);
    PlacementTracker::Timing t;
    t.roundDelaysMs = {100, 300, 400};
    t.settleMs = 800;
    t.retryDelayMs = 400;
    probe(s).placement()->setTiming(t);
    connect(probe(s).placement(), &PlacementTracker::placementChanged, this,
            &StormRun::onTrackerState);
    connect(probe(s).cancels(), &CancelController::finished, this, &StormRun::onCancelFinished);
    connect(probe(s).orders(), &OrdersController::orderEvent, this, &StormRun::onEvent);
    connect(probe(s).openOrders(), &QAbstractItemModel::rowsInserted, this, &StormRun::observeOpen);
    connect(probe(s).openOrders(), &QAbstractItemModel::modelReset, this, &StormRun::observeOpen);
    m_intentTimer.setSingleShot(true);
    connect(&m_intentTimer, &QTimer::timeout, this, &StormRun::nextIntent);
    m_intentTimer.start(150); // the first polls are in
}

void StormRun::nextIntent()
{
    Session &s = m_fixture->session;
    m_figures.maxQueued = std::max(m_figures.maxQueued, probe(s).service()->queuedRequests());
    if (m_hands && m_hands->busy()) {
        m_intentTimer.start(30); // the trader waits for the dialog to close
        return;
    }
    if (m_next >= m_config.intents) {
        calm();
        return;
    }
    static constexpr std::array<int, 15> Weights{18, 8, 8, 6, 5, 8, 5, 4, 4, 5, 3, 4, 3, 4, 3};
    int total = 0;
    for (int w : Weights)
        total += w;
    // Each intent draws from its own stream, keyed by (seed, its number): what one intent drew
    // (which depends on what the app showed then: timing) shifts no later intent's draws.
    m_rng.seed(config().seed * 0x9E3779B97F4A7C15ULL
               ^ (quint64(m_next) + 1) * 0xBF58476D1CE4E5B9ULL);
    int pick = int(m_rng() % quint64(total));
    int kind = 0;
    while (pick >= Weights[size_t(kind)])
        pick -= Weights[size_t(kind++)];
    ++m_next;
    ++m_figures.intents;
    observeOpen();
    checkAccountScope();
    const int pause = 20 + int(m_rng() % (kind <= 4 ? 400 : 130));
    m_intentDraws.append(
        QStringLiteral("#%1 kind %2 pause %3").arg(m_next - 1).arg(kind).arg(pause));
    act(kind);
    m_intentTimer.start(pause);
}

void StormRun::act(int kind)
{
    Session &s = m_fixture->session;
    switch (kind) {
    case 0: placeIntent(false, false); break;
    case 1: placeIntent(false, true); break;
    case 2: placeIntent(true, false); break;
    case 3:
        placeIntent(false, false);
        if (m_hands)
            handsNervous(m_lastPlaceIntent, 1 + int(m_rng() % 2));
        else
            press(m_lastPlaceIntent, 1 + int(m_rng() % 2)); // the nervous hand
        break;
    case 4: retryLast(); break;
    case 5: cancelSome(1); break;
    case 6: cancelSome(2 + int(m_rng() % 4)); break;
    case 7: cancelAll(); break;
    case 8: lookUp(); break;
    case 9: switchSymbol(); break;
    case 10: switchAccount(); break;
    case 11: changeFilter(); break;
    case 12: {
        const bool down = m_rng() % 2;
        note(down ? QStringLiteral("intent: minimise") : QStringLiteral("intent: restore"));
        s.setMinimised(down);
        break;
    }
    case 13:
        // A trader mostly waits for an order the app is still checking (3 times in 4; drawn
        // from the intent's number, so the seed's stream of intents stays as it was).
        if (!m_attempts.isEmpty() && m_attempts.last().last == PlacementTracker::State::Checking
            && (quint32(m_next) * 2654435761u >> 13) % 4 != 0) {
            note(QStringLiteral("intent: dismiss message — left alone: an order is being checked"));
            break;
        }
        note(QStringLiteral("intent: dismiss message"));
        probe(s).placement()->dismiss();
        break;
    default:
        note(QStringLiteral("intent: refresh (F5)"));
        if (m_hands)
            m_hands->refresh();
        else
            s.refreshNow();
        break;
    }
}

void StormRun::placeIntent(bool market, bool ownId)
{
    Session &s = m_fixture->session;
    const QString symbol = probe(s).market()->symbol();
    const SymbolRules *rules = m_exchange->engine().market().rules(symbol);
    if (!rules)
        return;
    const Decimal mid = m_exchange->engine().market().mid(symbol);
    NewOrder o;
    o.accountId = s.account();
    o.symbol = symbol;
    o.side = m_rng() % 2 ? Side::Buy : Side::Sell;
    const qint64 notional = 20 + qint64(m_rng() % 400);
    const qint64 perMille = 1000 + qint64(m_rng() % 41) - 20; // a limit's: within 2 % of the mid
    if (!m_intentDraws.isEmpty())
        m_intentDraws.last() +=
            QStringLiteral(" %1 %2 %3")
                .arg(o.side == Side::Buy ? QStringLiteral("buy") : QStringLiteral("sell"))
                .arg(notional)
                .arg(market ? 0 : perMille);
    if (market) {
        o.type = OrderType::Market;
        o.amount = Decimal::fromInteger(notional);
    } else {
        o.type = OrderType::Limit;
        const auto factor = Decimal::fromInteger(perMille).divide(Decimal::fromInteger(1000), 6);
        o.price = mid.multiply(*factor)->roundHalfEvenToStep(rules->priceIncrement).value_or(mid);
        const auto qty = Decimal::fromInteger(notional).divide(o.price, 18);
        o.quantity =
            qty ? qty->roundDownToStep(rules->baseIncrement).value_or(Decimal()) : Decimal();
        if (o.quantity < rules->baseMinSize)
            o.quantity = rules->baseMinSize;
    }
    // Through the window the form's own ID goes (read at the press); the storm draws none from
    // the session's stream then, so it never takes an ID the form would have used.
    o.clientOrderId = ownId     ? QStringLiteral("storm%1x%2").arg(m_config.seed).arg(m_next)
                      : m_hands ? QString()
                                : probe(s).placement()->newClientOrderId();
    Intent intent;
    intent.index = int(m_intents.size());
    intent.order = o;
    m_intents.append(intent);
    m_lastPlaceIntent = intent.index;
    note(QStringLiteral("intent #%1: place %2 (%3)")
             .arg(intent.index)
             .arg(PlacementTracker::describe(o),
                  m_hands && !ownId ? QStringLiteral("the form's ID") : o.clientOrderId));
    if (m_hands)
        handsPlace(intent.index, ownId);
    else
        press(intent.index, 1);
}

void StormRun::press(int index, int times)
{
    if (index < 0 || index >= m_intents.size())
        return;
    PlacementTracker *tracker = probe(m_fixture->session).placement();
    for (int i = 0; i < times; ++i) {
        Intent &intent = m_intents[index];
        NewOrder order = intent.order;
        // The form renews an id the tracker has spent (a typed one stays as typed).
        if (!order.clientOrderId.startsWith(QLatin1String("storm"))
            && tracker->isSpent(order.clientOrderId))
            order.clientOrderId = tracker->newClientOrderId();
        intent.order.clientOrderId = order.clientOrderId;
        checkBlocked(index, order);
        const auto refusal = tracker->refusalFor(order);
        const qint64 pressedAt = QDateTime::currentMSecsSinceEpoch();
        if (refusal != PlacementTracker::Refusal::None || !tracker->place(order)) {
            note(QStringLiteral("press for intent #%1 refused (%2)").arg(index).arg(int(refusal)));
            continue;
        }
        recordAttempt(index, order.clientOrderId, pressedAt);
    }
}

void StormRun::retryLast()
{
    for (int i = int(m_attempts.size()) - 1; i >= 0; --i) {
        const auto state = m_attempts.at(i).last;
        // The trader presses again for an intent the app last said was not placed.
        bool later = false;
        for (int j = i + 1; j < m_attempts.size(); ++j)
            later = later || m_attempts.at(j).intent == m_attempts.at(i).intent;
        if (later)
            continue;
        if (state == PlacementTracker::State::NotPlaced
            || state == PlacementTracker::State::NotSent) {
            note(QStringLiteral("intent: press again for intent #%1 (the app said %2)")
                     .arg(m_attempts.at(i).intent)
                     .arg(stateName(state)));
            if (m_hands)
                handsPlace(m_attempts.at(i).intent,
                           m_attempts.at(i).clientId.startsWith(QLatin1String("storm")));
            else
                press(m_attempts.at(i).intent, 1);
            return;
        }
    }
    placeIntent(false, false);
}

void StormRun::onTrackerState(const QString &id, PlacementTracker::State state,
                              const QString &message)
{
    PlacementTracker *tracker = probe(m_fixture->session).placement();
    if ((state == PlacementTracker::State::Queued || state == PlacementTracker::State::Sending)
        && m_handsPending.contains(id)) {
        // A press of the hands went out. Its time is now: when the app took it (after a
        // confirmation, when its dialog closed), not when Enter opened the dialog.
        const int intent = m_handsPending.take(id).first;
        recordAttempt(intent, id, QDateTime::currentMSecsSinceEpoch());
    }
    for (int i = int(m_attempts.size()) - 1; i >= 0; --i) {
        if (m_attempts.at(i).clientId != id)
            continue;
        // Queued and Sending are announced before the attempt is recorded (it starts as
        // Sending); both mean "not yet known" to the checks.
        if (state != PlacementTracker::State::Idle && state != PlacementTracker::State::Sending
            && state != PlacementTracker::State::Queued)
            m_attempts[i].last = state;
        if (state == PlacementTracker::State::Placed)
            m_attempts[i].orderId = tracker->orderIdOf(id);
        break;
    }
    note(QStringLiteral("app: %1 %2 — %3").arg(id, stateName(state), message));
}
