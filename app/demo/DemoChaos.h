#pragma once

#include "demo/DemoExchange.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <array>
#include <optional>

// Storm mode of the demo exchange: a seeded, per-request draw of the faults a bad day brings,
// each in a documented shape, and a market that moves under the trader. Every fault is logged
// with the request it hit. Off by default; DemoExchange asks it about every API request.
//
// What it throws (per request, independently, at the configured rate):
//   503 before acting; a refusal in a 200 reply (code "-1", "System busy") before acting;
//   500 after acting; a reply slower than any client timeout after acting
//   (stall); the connection dropped after acting; 429 before acting; a reply held back and
//   written later, after replies to later requests (out of order); a list with one unreadable
//   item; the exchange's clock stepping by seconds or by minutes.
//   For a share of seeds the exchange's timestamp window is stricter than the documented 60 s
//   (5 to 10 s; never kinder), so that a clock step of seconds is refused with a 401.
//   A cover-up: after a fault that hides a placement's outcome, for a few seconds the exchange
//   answers look-ups of that very order with a refusal that is not "no such order" (busy-200
//   or a 400 with another code) and sends it as the unreadable item of every list, for its
//   next 3 to 5 look-ups (at most 15 s). A cover-up begun before the calm runs its course.
//   Faults also come in incidents: now and then a run of requests fails far more often.
//   Optionally (deliverLateWeight > 0): a signed request held on its way (a starved process,
//   a network that stood still) until the exchange's clock has left its timestamp's window
//   behind; it reaches the exchange then, which judges it by its documented check (more than
//   the window from its clock: refused 401) and answers at once; and so does the same request
//   sent again right after the late reply is back.
//
// Replays. Every draw is keyed, not taken from one stream in arrival order: a request's key is
// its kind (method, path, and its clientOrderId or orderId if it names one) with its number
// among the requests of that kind ("GET /api/v1/spot/order id=abc #2"); its faults are drawn
// from (seed, key) alone. The market's moves are drawn from (seed, tick number). What a run
// decided is kept (decisions(): key, kind, parameter); setScript() makes a replay apply exactly
// those decisions to the requests with the same keys and nothing else (DemoChaosScript.h).
// And on its own timer: market steps (resting orders fill when crossed), fills and partial
// fills of resting orders, and resting orders cancelled by the exchange itself.
class DemoChaos final : public QObject, public DemoRequestHook
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoChaos)

public:
    enum class Kind
    {
        Unavailable503,
        Busy200,
        Error500After,
        StallAfter,
        DropAfter,
        RateLimited429,
        HeldBack,
        UnreadableItem,
        ClockStepSeconds,
        ClockStepMinutes,
        MarketStep,
        Fill,
        PartialFill,
        ExchangeCancel,
        CoverUp,
        DeliverLate,
        Count
    };
    struct Entry
    {
        quint64 seq = 0; // the request's number at this exchange (0: market, no request)
        qint64 atMs = 0; // since the chaos started
        Kind kind = Kind::Unavailable503;
        QByteArray request; // "POST /api/v1/order symbol=…&clientOrderId=…"
        QString detail;     // the order it moved, the clock step, …
    };
    // One decision of the storm, as a replay needs it: the request's key (or "market #tick"),
    // what it threw and its parameter (a clock step's size, a held reply's release time, a
    // late request's lateness, an unreadable item's draw, a cover-up's look-ups, a market
    // move's order). `keyed`: drawn from (seed, key) alone, so any run of the seed that sends
    // a request with this key makes the same decision; otherwise it came from state that
    // timing shapes (a minute step taken back some requests later, a market move's order).
    struct Decision
    {
        QByteArray key;
        Kind kind = Kind::Unavailable503;
        qint64 param = 0;
        bool keyed = true;
        QString detail;
    };
    struct Options
    {
        quint64 seed = 1;
        int faultPercent = 20;         // of API requests that get a fault
        int incidentPerMille = 10;     // chance per request that an incident starts: the next 10 to
        int incidentFaultPercent = 75; // 40 requests fail this often
        int marketEveryMs = 250;       // a market move this often (0: none)
        qint64 maxSkewMs = 300000;     // the clock never strays further than this in total
        int heldReleaseMs = 150;       // held replies are written this long after (at most)
        int strictWindowPercent = 50;  // of seeds with a 5-10 s timestamp window (0: none)
        int coverPercent = 60;         // of hidden placement outcomes that get a cover-up
        int coverLookups = 3;          // a cover-up refuses this many look-ups of the order
                                       // (up to 2 more), and lasts at most this long:
        int coverMaxMs = 15000;
        bool echo = false; // every entry on stderr as it happens (the demo server)
        // Weight of "deliver-late" among the faults (the others weigh 47 in all; 0: none).
        int deliverLateWeight = 0;
        // Test only, a planted defect: the storm's own 429s are counted as earned by the app,
        // so every seed whose requests meet a 429 fault breaks `rate-limit` (replay checks).
        bool plantEarned429 = false;
    };
    // A replay's script: the decisions of a recorded run, by request key and by market tick.
    struct Script
    {
        QHash<QByteArray, QList<Decision>> requests;
        QHash<qint64, Decision> market;
    };

    DemoChaos(DemoExchange *exchange, const Options &options, QObject *parent = nullptr);
    ~DemoChaos() override;
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    // Calm: no more faults or market moves, held replies written now.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    const QList<Entry> &log() const { return m_log; }
    const QList<Decision> &decisions() const { return m_decisions; }
    // Every API request's key, in the order they came.
    const QList<QByteArray> &requestKeys() const { return m_keys; }
    // How many of them came before the calm (no draws after it).
    int keysBeforeCalm() const { return m_calmFrom < 0 ? int(m_keys.size()) : m_calmFrom; }
    // Replay: from now on throw exactly these decisions and draw nothing.
    void setScript(const Script &script);
    int count(Kind kind) const { return m_counts[size_t(kind)]; }
    // 429 replies the exchange's own rate limiter sent (not the chaos): the client earned them.
    int earned429() const { return int(m_earned429.size()); }
    QStringList earned429Requests() const { return m_earned429; }
    // Replies refusing a signature (not a timestamp): the client signed wrongly.
    int badSignatures() const { return m_badSignatures; }
    quint64 requests() const { return m_seq; }
    // Late requests (deliver-late) still on their way to the exchange.
    int lateRepliesPending() const { return m_latePending; }
    // The exchange's timestamp window this seed drew (60000: as documented).
    qint64 timestampWindowMs() const { return m_windowMs; }

    // DemoRequestHook
    DemoFault before(const DemoRequest &request) override;
    void after(const DemoRequest &request, DemoFault fault, DemoResponse *response) override;
    Hold hold() const override { return m_hold; }

Q_SIGNALS:
    void logged(const DemoChaos::Entry &entry);
    // Every API request as the exchange got it, with its number (the storm's checks).
    void requestSeen(quint64 seq, const QByteArray &method, const QByteArray &path,
                     const QByteArray &params);
    // The same request's reply: whether the exchange carried the request out.
    void answered(quint64 seq, int status, bool carriedOut);

private:
    static QString clientOrderIdOf(const QByteArray &params);
    void record(Kind kind, const QByteArray &request, const QString &detail, quint64 seq);
    void decide(Kind kind, qint64 param, bool keyed = true, const QString &detail = {});
    void keyRequest(const DemoRequest &request, const QByteArray &params);
    DemoFault drawFault(const DemoRequest &request, const QByteArray &params, quint64 seq);
    DemoFault throwFault(Kind kind, qint64 param, const DemoRequest &request,
                         const QByteArray &params, quint64 seq);
    DemoFault scripted(const DemoRequest &request, const QByteArray &params, quint64 seq);
    void deliverLate(qint64 lateMs, const DemoRequest &request, quint64 seq);
    DemoFault arrive(const DemoRequest &request); // a late request reaches the exchange
    void stepClockBy(qint64 deltaMs, bool minutes, const QString &note, quint64 seq);
    void applyMarket(const Decision &move);
    void moveMarket();
    bool moveOrder(int what, const Order &order);
    void unreadable(DemoResponse *response, const QByteArray &request);
    void scrambleItem(QJsonObject *root, int at);
    void maybeCover(const QByteArray &params, quint64 seq);
    bool coverLookup(const DemoRequest &request, const QByteArray &params, quint64 seq);
    void coverItems(DemoResponse *response, const QByteArray &request);
    int roll(int below);    // the market's stream: (seed, tick)
    int rollFor(int below); // the current request's own stream: (seed, key)

    DemoExchange *m_exchange;
    Options m_options;
    quint64 m_tick = 0;
    quint64 m_tickDraw = 0;
    std::optional<Script> m_script;
    QList<Decision> m_decisions;
    QList<QByteArray> m_keys;
    int m_calmFrom = -1;
    QByteArray m_key;  // the current request's key
    QByteArray m_text; // the current request, as the log shows it
    // request kind -> (late ms, from when): the request sent again once the late reply is back
    QHash<QByteArray, QPair<qint64, qint64>> m_lateNext;
    struct Late
    {
        quint64 seq = 0;
        QByteArray key;
        QByteArray text;
        qint64 timestampMs = 0; // the timestamp it carries
        qint64 heldMs = 0;      // how long it has been on its way
    };
    QHash<quint64, Late> m_late; // by held id: late requests on their way
    quint64 m_lateIds = 0;
    Hold m_hold;            // the current request: held on its way
    quint64 m_replySeq = 0; // the current request's number (a late one's, when it arrives)
    qint64 m_releaseMs = 0; // a held reply of the current request: release after
    qint64 m_unreadableDraw = 0;
    bool m_active = true;
    QElapsedTimer m_started;
    QTimer m_marketTimer;
    QTimer m_releaseTimer;
    QList<Entry> m_log;
    std::array<int, size_t(Kind::Count)> m_counts{};
    quint64 m_seq = 0;
    int m_incidentLeft = 0;
    int m_latePending = 0;
    bool m_keyedThis = true; // the current request's fault: would the plain share throw it
    int m_stepBackIn = 0;    // a minute step is taken back this many requests later (NTP flapping)
    qint64 m_stepBackMs = 0;
    bool m_busyThis = false;
    QHash<QByteArray, int> m_perEndpoint;
    quint64 m_requestKey = 0;
    quint64 m_requestDraw = 0;
    bool m_holdThis = false;
    bool m_unreadableThis = false;
    bool m_refuseThis = false;
    qint64 m_windowMs = 60000;
    struct Cover
    {
        qint64 untilMs = 0;  // since the chaos started
        int lookupsLeft = 0; // refused look-ups to come; the next one is answered truly
    };
    QHash<QString, Cover> m_covered; // by client order id
    QStringList m_earned429;
    int m_badSignatures = 0;
};
