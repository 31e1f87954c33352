#pragma once

#include "StormRun.h"

#include <QString>
#include <QStringList>

// A storm's trace file: what a replay needs (the seed, the options, the exchange's decisions by
// request key and market tick) and what a comparison needs (the intents' draws, every request
// key, the violations). `tradedesk-storm --trace FILE` writes it, `--replay FILE` replays it,
// `--compare A B` checks two runs of one seed drew the same, `--shrink` cuts it down.
struct StormTrace
{
    quint64 seed = 0;
    int intents = 50;
    int faultPercent = 20;
    int deliverLateWeight = 0;
    bool plantEarned429 = false;
    QStringList intentDraws;
    QList<DemoChaos::Decision> decisions; // request faults and market moves, as they happened
    QList<QByteArray> requestKeys;
    int keysBeforeCalm = -1; // how many of them came before the calm (-1: all)
    QStringList violations;  // "invariant\tdetail"

    static StormTrace of(const StormRun &run);
    bool write(const QString &path) const;
    static std::optional<StormTrace> read(const QString &path, QString *error);
    // The script a replay throws: every decision, by request key and by market tick.
    DemoChaos::Script script() const;
    // The config that replays it (seed, intents, options, script).
    StormRun::Config replayConfig(const StormRun::Config &base) const;
    QStringList invariants() const; // the violated invariants, each once

    // Determinism: the same intents drawn, and for every request key both runs sent, the same
    // keyed decisions. Differences go to *report; returns whether there were none.
    static bool sameDraws(const StormTrace &a, const StormTrace &b, QStringList *report);
    // A replay of `recorded`: every decision recorded for a key the replay sent was thrown at
    // it, and nothing else; and every invariant the recording broke broke again.
    static bool replays(const StormTrace &recorded, const StormTrace &replay, QStringList *report);
};
