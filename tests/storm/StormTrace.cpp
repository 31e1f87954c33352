#include "StormTrace.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

namespace {

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

bool isMarket(const QByteArray &key)
{
    return key.startsWith("market #");
}

// A decision as a comparison sees it: its key, kind and parameter.
QString identity(const DemoChaos::Decision &d)
{
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromUtf8(d.key), DemoChaos::kindName(d.kind))
        .arg(d.param);
}

} // namespace

StormTrace StormTrace::of(const StormRun &run)
{
    StormTrace t;
    const StormRun::Config &c = run.config();
    t.seed = c.seed;
    t.intents = c.intents;
    t.faultPercent = c.faultPercent;
    t.deliverLateWeight = c.deliverLateWeight;
    t.plantEarned429 = c.plantEarned429;
    t.intentDraws = run.intentDraws();
    if (run.chaos()) {
        t.decisions = run.chaos()->decisions();
        t.requestKeys = run.chaos()->requestKeys();
        t.keysBeforeCalm = run.chaos()->keysBeforeCalm();
    }
    for (const auto &v : run.violations())
        t.violations.append(v.invariant + u'\t' + oneLine(v.detail));
    return t;
}

bool StormTrace::write(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&f);
    out << "# tradedesk-storm trace 1 (replay: tradedesk-storm --replay " << path << ")\n";
    out << "seed\t" << seed << "\nintents\t" << intents << "\nfault-percent\t" << faultPercent
        << "\ndeliver-late\t" << deliverLateWeight << "\nplant-earned-429\t"
        << (plantEarned429 ? 1 : 0) << '\n';
    for (const QString &i : intentDraws)
        out << "intent\t" << i << '\n';
    for (const auto &d : decisions)
        out << "decision\t" << d.key << '\t' << DemoChaos::kindName(d.kind) << '\t' << d.param
            << '\t' << (d.keyed ? "keyed" : "state") << '\t' << oneLine(d.detail) << '\n';
    out << "calm-from\t" << keysBeforeCalm << '\n';
    for (const QByteArray &k : requestKeys)
        out << "request\t" << k << '\n';
    for (const QString &v : violations)
        out << "violation\t" << v << '\n';
    return true;
}

std::optional<StormTrace> StormTrace::read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    StormTrace t;
    int n = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        ++n;
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        const QList<QByteArray> p = raw.split('\t');
        const QByteArray &what = p.first();
        const QByteArray value = p.value(1);
        if (what == "seed")
            t.seed = value.toULongLong();
        else if (what == "intents")
            t.intents = value.toInt();
        else if (what == "fault-percent")
            t.faultPercent = value.toInt();
        else if (what == "deliver-late")
            t.deliverLateWeight = value.toInt();
        else if (what == "plant-earned-429")
            t.plantEarned429 = value == "1";
        else if (what == "intent")
            t.intentDraws.append(QString::fromUtf8(raw.mid(what.size() + 1)));
        else if (what == "calm-from")
            t.keysBeforeCalm = value.toInt();
        else if (what == "request")
            t.requestKeys.append(value);
        else if (what == "violation")
            t.violations.append(QString::fromUtf8(raw.mid(what.size() + 1)));
        else if (what == "decision" && p.size() >= 5) {
            const auto kind = DemoChaos::kindFromName(QString::fromUtf8(p.at(2)));
            if (!kind) {
                *error = QStringLiteral("%1:%2: unknown fault %3").arg(path).arg(n).arg(p.at(2));
                return std::nullopt;
            }
            t.decisions.append({value, *kind, p.at(3).toLongLong(), p.at(4) == "keyed",
                                QString::fromUtf8(p.value(5))});
        } else {
            *error = QStringLiteral("%1:%2: not understood").arg(path).arg(n);
            return std::nullopt;
        }
    }
    if (t.seed == 0) {
        *error = QStringLiteral("%1: no seed").arg(path);
        return std::nullopt;
    }
    return t;
}

DemoChaos::Script StormTrace::script() const
{
    DemoChaos::Script s;
    for (const auto &d : decisions) {
        if (isMarket(d.key))
            s.market.insert(d.key.mid(8).toLongLong(), d);
        else
            s.requests[d.key].append(d);
    }
    return s;
}

StormRun::Config StormTrace::replayConfig(const StormRun::Config &base) const
{
    StormRun::Config c = base;
    c.seed = seed;
    c.intents = intents;
    c.faultPercent = faultPercent;
    c.deliverLateWeight = deliverLateWeight;
    c.plantEarned429 = plantEarned429;
    c.script = std::make_shared<const DemoChaos::Script>(script());
    return c;
}

QStringList StormTrace::invariants() const
{
    QStringList names;
    for (const QString &v : violations) {
        const QString name = v.section(u'\t', 0, 0);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

bool StormTrace::sameDraws(const StormTrace &a, const StormTrace &b, QStringList *report)
{
    const int before = int(report->size());
    const auto seed = QStringLiteral("seed %1: ").arg(a.seed);
    for (int i = 0; i < std::max(a.intentDraws.size(), b.intentDraws.size()); ++i) {
        if (a.intentDraws.value(i) != b.intentDraws.value(i))
            report->append(seed
                           + QStringLiteral("intent %1 drew \"%2\", then \"%3\"")
                                 .arg(i)
                                 .arg(a.intentDraws.value(i), b.intentDraws.value(i)));
    }
    // The requests both runs sent before their calms (in a calm nothing is drawn).
    const auto stormed = [](const StormTrace &t) {
        const int n = t.keysBeforeCalm < 0 ? int(t.requestKeys.size()) : t.keysBeforeCalm;
        return QSet<QByteArray>(t.requestKeys.cbegin(), t.requestKeys.cbegin() + n);
    };
    const QSet<QByteArray> inA = stormed(a);
    const QSet<QByteArray> inB = stormed(b);
    // A keyed decision of one run at a request both sent must be among the other's decisions
    // there (keyed or not: an incident raises the share, it never changes what hits).
    const auto of = [](const StormTrace &t, const QSet<QByteArray> &both, bool keyedOnly) {
        QSet<QString> out;
        for (const auto &d : t.decisions) {
            if ((d.keyed || !keyedOnly) && !isMarket(d.key) && both.contains(d.key))
                out.insert(identity(d));
        }
        return out;
    };
    const QSet<QByteArray> both = inA & inB;
    const QSet<QString> allA = of(a, both, false);
    const QSet<QString> allB = of(b, both, false);
    for (const QString &d : of(a, both, true)) {
        if (!allB.contains(d))
            report->append(seed + QStringLiteral("only the first run threw %1").arg(d));
    }
    for (const QString &d : of(b, both, true)) {
        if (!allA.contains(d))
            report->append(seed + QStringLiteral("only the second run threw %1").arg(d));
    }
    return report->size() == before;
}

bool StormTrace::replays(const StormTrace &recorded, const StormTrace &replay, QStringList *report)
{
    const int before = int(report->size());
    const auto seed = QStringLiteral("seed %1: ").arg(recorded.seed);
    const QSet<QByteArray> sent(replay.requestKeys.cbegin(), replay.requestKeys.cend());
    QStringList want;
    for (const auto &d : recorded.decisions) {
        if (!isMarket(d.key) && sent.contains(d.key))
            want.append(identity(d));
    }
    QStringList got;
    for (const auto &d : replay.decisions) {
        if (!isMarket(d.key))
            got.append(identity(d));
    }
    want.sort();
    got.sort();
    if (want != got)
        report->append(seed
                       + QStringLiteral("the replay threw %1 request faults, the recording "
                                        "%2 at the same requests (first difference: %3)")
                             .arg(got.size())
                             .arg(want.size())
                             .arg([&] {
                                 for (int i = 0; i < std::max(want.size(), got.size()); ++i)
                                     if (want.value(i) != got.value(i))
                                         return want.value(i) + u'/' + got.value(i);
                                 return QString();
                             }()));
    for (const QString &name : recorded.invariants()) {
        if (!replay.invariants().contains(name))
            report->append(
                seed + QStringLiteral("the recording broke %1, the replay did not").arg(name));
    }
    return report->size() == before;
}
