// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring: interviews → units (§16.2) → estimates with intervals, reliability flags and disclosure control
// (scoring/statistics.h) → gaps against targets → services from the rules. Every interview is read back through the
// logic engine, so non-relevant and excluded values never count (§11), exactly as in the runner and the exports.
#include "scoring.h"

#include "common/logging.h"
#include "interview/session.h"

#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <map>

namespace baseline::scoring {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

/** The lowest and highest score an item can have: its list's scores, or its numeric bounds. */
std::pair<double, double> itemRange(const Instrument& in, int node)
{
    const CompiledNode& c = in.compiled[at(node)];
    if (c.list >= 0) {
        double lo = 0, hi = 0;
        bool first = true;
        for (const Choice& ch : in.lists[at(c.list)].choices)
            if (ch.score) {
                lo = first ? *ch.score : std::min(lo, *ch.score);
                hi = first ? *ch.score : std::max(hi, *ch.score);
                first = false;
            }
        return {lo, hi};
    }
    return {c.min.value_or(0), c.max.value_or(1)};
}

/** A unit's group in a breakdown, as stored: the choice's code, or the value as text. Labels come at estimation, in
 *  the report's language (groupLabel). */
QString groupCode(const InterviewState& st, ItemRef r)
{
    const EValue v = st.value(r);
    return v.kind == EValue::Kind::String ? v.text : eval::toText(v);
}

/** The label of a breakdown group: the choice's label in `language` (the instrument's default where it has none),
 *  or the code itself for an item without a list. */
QString groupLabel(const Instrument& in, int node, const QString& code, const QString& language)
{
    const CompiledNode& c = in.compiled[at(node)];
    if (c.list < 0)
        return code;
    const ChoiceList& list = in.lists[at(c.list)];
    if (list.id == QLatin1String("yes_no")) {
        // The built-in list has no labels: the interface languages' words.
        static const QHash<QString, QPair<QString, QString>> words{
            {QStringLiteral("en"), {QStringLiteral("Yes"), QStringLiteral("No")}},
            {QStringLiteral("fr"), {QStringLiteral("Oui"), QStringLiteral("Non")}},
            {QStringLiteral("es"), {QStringLiteral("Sí"), QStringLiteral("No")}},
            {QStringLiteral("ru"), {QStringLiteral("Да"), QStringLiteral("Нет")}},
            {QStringLiteral("ar"), {QStringLiteral("نعم"), QStringLiteral("لا")}},
            {QStringLiteral("zh"), {QStringLiteral("是"), QStringLiteral("否")}}};
        const auto yesNo = words.value(language, words.value(QStringLiteral("en")));
        return code == QLatin1String("yes") ? yesNo.first : yesNo.second;
    }
    const int k = list.byCode.value(code, -1);
    return k < 0 ? code : in.text(list.choices[at(k)].label, language);
}

stats::Estimate scaled(stats::Estimate e, double factor)
{
    if (e.value)
        *e.value *= factor;
    if (e.se)
        *e.se *= factor;
    if (e.ci) {
        e.ci->lower *= factor;
        e.ci->upper *= factor;
    }
    return e;
}

/** What one estimate (an indicator overall, or one group of a breakdown) needs of its units: running sums, so memory
 *  does not grow with the number of interviews (stats::Moments). */
struct Cell {
    qint64 units = 0;
    stats::Moments y; ///< units with a value (proportion 0/1, mean, scale, rubric)
    stats::RateSums rate;
    stats::AlphaSums alpha;
    std::vector<stats::BorichSums> borich;

    void add(const Indicator& ind, const Unit& u)
    {
        ++units;
        if (ind.type == QLatin1String("rate")) {
            if (u.y && std::isfinite(*u.y))
                rate.add(*u.y, u.weight);
            return;
        }
        // A value that is not a finite number (a calculation dividing by zero, say) counts as missing.
        if (u.y && std::isfinite(*u.y))
            y.add(*u.y, u.weight);
        if (ind.type == QLatin1String("scale") && alpha.k() >= 2)
            (void)alpha.add(u.items);
        if (ind.type == QLatin1String("borich"))
            for (std::size_t k = 0; k < borich.size() && k < u.pairs.size(); ++k)
                borich[k].add(u.pairs[k].first, u.pairs[k].second);
    }
};

Cell makeCell(const Indicator& ind)
{
    Cell c;
    const QJsonValue cap = ind.json.value(QStringLiteral("cap"));
    if (cap.isDouble())
        c.rate.cap = cap.toDouble();
    c.alpha = stats::AlphaSums(ind.type == QLatin1String("scale") ? static_cast<int>(ind.items.size()) : 0);
    c.borich.resize(ind.type == QLatin1String("borich") ? ind.pairs.size() : 0);
    return c;
}

/** One indicator: the overall cell, and per breakdown its groups' cells by label. */
struct Pool {
    const Instrument* instrument = nullptr;
    const Indicator* indicator = nullptr;
    Cell overall;
    std::vector<std::map<QString, Cell>> breakdowns;

    void add(const Unit& u)
    {
        overall.add(*indicator, u);
        for (std::size_t b = 0; b < breakdowns.size(); ++b)
            if (b < static_cast<std::size_t>(u.groups.size()) && !u.groups[static_cast<qsizetype>(b)].isEmpty()) {
                auto [it, fresh] = breakdowns[b].try_emplace(u.groups[static_cast<qsizetype>(b)]);
                if (fresh)
                    it->second = makeCell(*indicator);
                it->second.add(*indicator, u);
            }
    }
};

} // namespace

std::vector<Unit> unitsOf(const Indicator& ind, const InterviewState& st, double weight)
{
    std::vector<Unit> out;
    const Instrument& in = st.instrument();
    for (int inst : st.effectiveInstances(ind.unitScope)) {
        if (ind.population && !st.evaluate(*ind.population, inst).truthy())
            continue;
        Unit u;
        u.weight = weight;
        for (int b : ind.breakdowns)
            u.groups << groupCode(st, st.singleRef(b, inst));
        if (ind.type == QLatin1String("proportion")) {
            u.y = ind.condition && st.evaluate(*ind.condition, inst).truthy() ? 1.0 : 0.0;
        } else if (ind.type == QLatin1String("mean")) {
            const EValue v = ind.value ? st.evaluate(*ind.value, inst) : EValue{};
            if (v.kind != EValue::Kind::Number)
                continue; // empty values are left out (§16.2)
            u.y = v.number;
        } else if (ind.type == QLatin1String("rate")) {
            const EValue v = ind.count ? st.evaluate(*ind.count, inst) : EValue{};
            u.y = v.kind == EValue::Kind::Number ? std::max(0.0, v.number) : 0.0;
        } else if (ind.type == QLatin1String("scale") || ind.type == QLatin1String("rubric")) {
            double sum = 0;
            int answered = 0;
            for (int item : ind.items) {
                std::optional<double> s = st.itemScore(st.singleRef(item, inst));
                if (s && ind.type == QLatin1String("scale")) {
                    const auto [lo, hi] = itemRange(in, item);
                    if (std::find(ind.reverse.begin(), ind.reverse.end(), item) != ind.reverse.end())
                        s = lo + hi - *s;
                    sum += hi > lo ? (*s - lo) / (hi - lo) : 0;
                } else if (s) {
                    sum += *s;
                }
                answered += s ? 1 : 0;
                u.items.push_back(s);
            }
            const int k = static_cast<int>(ind.items.size());
            const int needed = ind.json.value(QStringLiteral("min_answered")).toInt((k + 1) / 2);
            if (ind.type == QLatin1String("scale") && answered >= std::max(1, needed))
                u.y = 100.0 * sum / answered;
            else if (ind.type == QLatin1String("rubric") && answered > 0)
                u.y = sum / answered;
        } else if (ind.type == QLatin1String("borich")) {
            for (const auto& [imp, prof] : ind.pairs)
                u.pairs.emplace_back(st.itemScore(st.singleRef(imp, inst)), st.itemScore(st.singleRef(prof, inst)));
        }
        out.push_back(std::move(u));
    }
    return out;
}

namespace {

// ---- Unit cache (schema/migrations/0006_interview_units.sql) ------------------------------------------------------

/** Bump when Unit, unitsOf() or this encoding changes: every stored row of another format is recomputed. */
constexpr int UnitsFormat = 3;
/** One interview's units, per indicator in the instrument's order. */
using InterviewUnits = std::vector<std::vector<Unit>>;

// A number is a tag byte, then nothing (absent), one signed byte (a whole number from -128 to 127: most scores and
// 0/1 flags), or eight (any other double). A unit is its value, its item scores and its Borich pairs as numbers
// (counts from the indicator), then one index per breakdown into the interview's table of group labels.
enum NumberTag : quint8 { Absent = 0, Small = 1, Full = 2 };

void writeNumber(QDataStream& out, const std::optional<double>& v)
{
    if (!v)
        out << quint8(Absent);
    else if (*v == std::trunc(*v) && *v >= -128 && *v <= 127)
        out << quint8(Small) << qint8(*v);
    else
        out << quint8(Full) << *v;
}

bool readNumber(QDataStream& in, std::optional<double>& v)
{
    quint8 tag = 0;
    in >> tag;
    if (tag == Absent) {
        v.reset();
    } else if (tag == Small) {
        qint8 x = 0;
        in >> x;
        v = double(x);
    } else if (tag == Full) {
        double x = 0;
        in >> x;
        v = x;
    } else {
        return false;
    }
    return in.status() == QDataStream::Ok;
}

QByteArray encodeUnits(const InterviewUnits& all)
{
    QStringList labels;
    QHash<QString, quint16> index;
    for (const auto& units : all)
        for (const Unit& u : units)
            for (const QString& g : u.groups)
                if (!index.contains(g)) {
                    index.insert(g, quint16(labels.size()));
                    labels << g;
                }
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << labels << quint32(all.size());
    for (const auto& units : all) {
        out << quint32(units.size());
        for (const Unit& u : units) {
            writeNumber(out, u.y);
            out << quint8(u.items.empty() ? 0 : 1) << quint8(u.pairs.empty() ? 0 : 1);
            for (const auto& v : u.items)
                writeNumber(out, v);
            for (const auto& [a, b] : u.pairs) {
                writeNumber(out, a);
                writeNumber(out, b);
            }
            for (const QString& g : u.groups)
                out << index.value(g);
        }
    }
    return data;
}

/** The stored units if they are whole and fit the instrument (every count as its indicators declare); else none,
 *  and the caller recomputes them from the answers. */
std::optional<InterviewUnits> decodeUnits(const Instrument& instrument, const QByteArray& data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    QStringList labels;
    quint32 indicators = 0;
    in >> labels >> indicators;
    if (in.status() != QDataStream::Ok || labels.size() > 0xFFFF || indicators != instrument.indicators.size())
        return std::nullopt;
    InterviewUnits out(indicators);
    for (std::size_t k = 0; k < indicators; ++k) {
        const Indicator& ind = instrument.indicators[k];
        quint32 n = 0;
        in >> n;
        // Every unit takes at least three bytes: a count beyond what is left is damage, not a big interview.
        if (in.status() != QDataStream::Ok || n > quint32(data.size()) / 3)
            return std::nullopt;
        out[k].resize(n);
        for (Unit& u : out[k]) {
            quint8 items = 0, pairs = 0;
            if (!readNumber(in, u.y))
                return std::nullopt;
            in >> items >> pairs;
            if (items > 1 || pairs > 1)
                return std::nullopt;
            u.items.resize(items ? ind.items.size() : 0);
            for (auto& v : u.items)
                if (!readNumber(in, v))
                    return std::nullopt;
            u.pairs.resize(pairs ? ind.pairs.size() : 0);
            for (auto& [a, b] : u.pairs)
                if (!readNumber(in, a) || !readNumber(in, b))
                    return std::nullopt;
            u.groups.reserve(qsizetype(ind.breakdowns.size()));
            for (std::size_t g = 0; g < ind.breakdowns.size(); ++g) {
                quint16 i = 0;
                in >> i;
                if (in.status() != QDataStream::Ok || i >= labels.size())
                    return std::nullopt;
                u.groups << labels[i]; // shared, not copied
            }
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return out;
}

} // namespace

/** The assessments of an agency and of every agency below it. */
Result<QSet<QString>> agencyAssessments(Repository& repository, const QString& agencyId)
{
    auto agencies = repository.agencies();
    if (!agencies)
        return agencies.error();
    QSet<QString> wanted{agencyId};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Agency& a : *agencies)
            if (!wanted.contains(a.id) && wanted.contains(a.parentId)) {
                wanted.insert(a.id);
                grew = true;
            }
    }
    auto assessments = repository.assessments();
    if (!assessments)
        return assessments.error();
    QSet<QString> out;
    for (const Assessment& a : *assessments)
        if (wanted.contains(a.agencyId))
            out.insert(a.id);
    return out;
}

Result<QStringList> agencyInterviews(Repository& repository, const QString& agencyId)
{
    auto inAgency = agencyAssessments(repository, agencyId);
    if (!inAgency)
        return inAgency.error();
    auto interviews = repository.interviews();
    if (!interviews)
        return interviews.error();
    QStringList out;
    for (const Interview& i : *interviews)
        if (inAgency->contains(i.assessmentId))
            out << i.id;
    return out;
}

Result<QHash<QString, double>> agencyTargets(Repository& repository, const QString& agencyId)
{
    auto inAgency = agencyAssessments(repository, agencyId);
    if (!inAgency)
        return inAgency.error();
    auto interviews = repository.interviews();
    if (!interviews)
        return interviews.error();
    QSet<QString> used; // the agency's assessments that have interviews
    for (const Interview& i : *interviews)
        if (inAgency->contains(i.assessmentId))
            used.insert(i.assessmentId);
    std::optional<QHash<QString, double>> common;
    for (const QString& a : std::as_const(used)) {
        auto t = repository.assessmentTargets(a);
        if (!t)
            return t.error();
        if (!common) {
            common = *t;
            continue;
        }
        for (auto it = common->begin(); it != common->end();)
            it = t->contains(it.key()) && t->value(it.key()) == it.value() ? std::next(it) : common->erase(it);
    }
    return common.value_or(QHash<QString, double>());
}

struct Scorer::State {
    QStringList ids;
    Options options;
    qsizetype next = 0;
    Scorecard card;
    std::map<QString, std::shared_ptr<const Instrument>> instruments; // id@version
    std::map<QString, Pool> pools; // instrument-id/indicator-id
};

Scorer::Scorer(QStringList interviewIds, Options options)
    : d(std::make_unique<State>())
{
    d->ids = std::move(interviewIds);
    d->options = std::move(options);
}

Scorer::~Scorer() = default;
Scorer::Scorer(Scorer&&) noexcept = default;
Scorer& Scorer::operator=(Scorer&&) noexcept = default;

qsizetype Scorer::done() const
{
    return d->next;
}

qsizetype Scorer::total() const
{
    return d->ids.size();
}

Result<void> Scorer::step(Repository& repository, qsizetype count)
{
    QList<QPair<QString, Repository::StoredUnits>> fresh; // units computed now, to cache
    // One read transaction for the step (one lock, one snapshot), paused only to write the cache.
    ReadTransaction reading = repository.readTransaction();
    if (auto r = reading.begin(); !r)
        return r.error();
    const auto flush = [&] {
        if (fresh.isEmpty())
            return;
        reading.end();
        // The cache only saves time: a report must not fail because it could not be written (a full disk, say).
        if (auto written = repository.storeUnits(fresh); !written)
            qCWarning(lcStore) << "scoring: could not cache the units of" << fresh.size()
                               << "interviews:" << written.message();
        fresh.clear();
        (void)reading.begin();
    };
    // Interview by interview, holding only running sums: memory does not grow with the number of interviews.
    const qsizetype end = std::min(d->ids.size(), d->next + std::max<qsizetype>(1, count));
    for (; d->next < end; ++d->next) {
        const QString& id = d->ids[d->next];
        auto row = repository.interview(id, Repository::Revision::Skip);
        if (!row)
            return row.error();
        if (row->status == InterviewStatus::InProgress && !d->options.includeInProgress)
            continue;
        // Conflicting copies wait for the coordinator's review; purged ones have no answers left on this device.
        if (row->conflict || row->purged)
            continue;
        const QString key = row->instrumentId + QLatin1Char('@') + row->instrumentVersion;
        if (!d->instruments.count(key)) {
            auto in = InterviewSession::installedInstrument(repository, row->instrumentId, row->instrumentVersion);
            if (!in)
                return in.error();
            d->instruments[key] = *in;
        }
        const auto& instrument = d->instruments[key];
        // Units from the cache when its row was computed from this copy and this instrument file (any new answer
        // deletes the row: schema/migrations/0006); otherwise replayed through the logic engine, and cached.
        std::optional<InterviewUnits> units;
        auto stored = repository.storedUnits(id);
        if (!stored)
            return stored.error();
        if (const auto& s = *stored;
            s && s->origin == row->origin && s->instrumentSha256 == row->instrumentSha256 && s->format == UnitsFormat)
            units = decodeUnits(*instrument, s->units);
        if (!units) {
            auto answers = repository.answers(id);
            if (!answers)
                return answers.error();
            InterviewState st(instrument);
            st.load(*answers, InterviewState::Validate::No);
            units.emplace();
            for (const Indicator& ind : instrument->indicators)
                units->push_back(unitsOf(ind, st));
            fresh.append({id, {row->origin, row->instrumentSha256, UnitsFormat, encodeUnits(*units)}});
            if (fresh.size() >= 500) // written as it goes, so memory stays flat on a first report too
                flush();
        }
        // The interview's weight (its assessment's design weights; 1 without), applied here, not cached.
        auto weight = repository.interviewWeight(id);
        if (!weight)
            return weight.error();
        ++d->card.interviews;
        ++d->card.interviewsByInstrument[row->instrumentId];
        if (*weight) {
            ++d->card.weightedInterviews;
            for (auto& indicatorUnits : *units)
                for (Unit& u : indicatorUnits)
                    u.weight = **weight;
        }
        for (std::size_t k = 0; k < instrument->indicators.size(); ++k) {
            const Indicator& ind = instrument->indicators[k];
            Pool& pool = d->pools[row->instrumentId + QLatin1Char('/') + ind.id];
            if (!pool.indicator) {
                pool.instrument = instrument.get();
                pool.indicator = &ind;
                pool.overall = makeCell(ind);
                pool.breakdowns.resize(ind.breakdowns.size());
            }
            for (const Unit& u : (*units)[k])
                pool.add(u);
        }
    }
    flush();
    return {};
}

Result<Scorecard> score(Repository& repository, const QStringList& interviewIds, const Options& options)
{
    Scorer scorer(interviewIds, options);
    while (scorer.done() < scorer.total())
        if (auto r = scorer.step(repository, 1000); !r)
            return r.error();
    return scorer.finish();
}

Scorecard Scorer::finish()
{
    const Options& options = d->options;
    Scorecard card = std::move(d->card);
    auto& pools = d->pools;
    for (auto& [key, pool] : pools) {
        const Indicator& ind = *pool.indicator;
        const Instrument& in = *pool.instrument;
        const bool sensitive = in.sensitive || ind.json.value(QStringLiteral("sensitive")).toBool();
        const qint64 threshold = sensitive ? options.sensitiveThreshold : options.threshold;
        const QJsonObject target = ind.json.value(QStringLiteral("target")).toObject();

        const auto estimate = [&](const Cell& cell, IndicatorResult& r) {
            const bool weighted = !cell.y.equalWeights();
            stats::EstimateKind kind = stats::EstimateKind::Other;
            if (ind.type == QLatin1String("proportion")) {
                kind = stats::EstimateKind::Proportion;
                // Equal weights: the successes are Σw·y / w exactly (y is 0 or 1).
                auto e = weighted
                    ? stats::weightedProportion(cell.y)
                    : stats::proportion(
                        cell.y.n() ? std::llround(cell.y.sumWeightedValues() / cell.y.firstWeight()) : 0, cell.y.n());
                if (e) {
                    r.reliability = stats::assessReliability(*e, kind);
                    r.estimate = scaled(*e, 100);
                }
            } else if (ind.type == QLatin1String("rate")) {
                stats::RateSums sums = cell.rate;
                sums.weighted = !sums.uncapped.equalWeights();
                auto e = stats::rate(sums, ind.json.value(QStringLiteral("per")).toDouble(1000));
                if (e) {
                    r.estimate = e->capped;
                    r.cappedRate = e->capped.value;
                    r.reliability = stats::assessReliability(e->capped, kind);
                }
            } else if (ind.type == QLatin1String("borich")) {
                for (std::size_t k = 0; k < cell.borich.size(); ++k) {
                    const stats::BorichScore b = stats::borich(cell.borich[k]);
                    const QJsonObject pair =
                        ind.json.value(QStringLiteral("pairs")).toArray().at(static_cast<qsizetype>(k)).toObject();
                    QString label = in.text(pair.value(QStringLiteral("label")), options.language);
                    if (label.isEmpty())
                        label = in.text(in.nodes[at(ind.pairs[k].second)].json.value(QStringLiteral("label")),
                                        options.language);
                    r.borich.append({label, b});
                }
                std::sort(r.borich.begin(), r.borich.end(), [](const auto& a, const auto& b) {
                    return a.second.mwds.value_or(-1e300) > b.second.mwds.value_or(-1e300);
                });
                r.estimate.n = cell.units;
                r.estimate.nEffective = static_cast<double>(cell.units);
                if (!r.borich.isEmpty())
                    r.estimate.value = r.borich.front().second.mwds;
                r.reliability = stats::assessReliability(r.estimate, kind);
            } else {
                auto e = stats::mean(cell.y);
                if (e && ind.type == QLatin1String("mean") && ind.json.value(QStringLiteral("min")).isDouble()
                    && ind.json.value(QStringLiteral("max")).isDouble())
                    e = stats::rescaleTo100(*e, ind.json.value(QStringLiteral("min")).toDouble(),
                                            ind.json.value(QStringLiteral("max")).toDouble());
                if (e) {
                    r.estimate = *e;
                    r.reliability = stats::assessReliability(*e, kind);
                }
                if (ind.type == QLatin1String("scale") && cell.alpha.k() >= 2)
                    if (auto a = stats::cronbachAlpha(cell.alpha))
                        r.alpha = a->alpha;
            }
            r.suppressed = r.estimate.n > 0 && r.estimate.n < threshold;
        };

        IndicatorResult overall;
        overall.instrumentId = in.id;
        overall.indicatorId = ind.id;
        overall.type = ind.type;
        overall.label = in.text(ind.json.value(QStringLiteral("label")), options.language);
        overall.severity = ind.json.value(QStringLiteral("severity")).toInt(1);
        estimate(pool.overall, overall);
        if (target.value(QStringLiteral("value")).isDouble()) {
            overall.target = options.targets.value(key, target.value(QStringLiteral("value")).toDouble());
            overall.direction = target.value(QStringLiteral("direction")).toString();
            const double top = ind.type == QLatin1String("rubric") ? 3.0 : 100.0;
            const double floor =
                target.value(QStringLiteral("floor")).toDouble(overall.direction == QLatin1String("lower") ? top : 0.0);
            if (overall.estimate.value && std::fabs(*overall.target - floor) > 1e-12) {
                const double o = *overall.estimate.value, t = *overall.target;
                const double shortfall = overall.direction == QLatin1String("lower") ? o - t : t - o;
                overall.gap = std::clamp(std::max(0.0, shortfall) / std::fabs(t - floor), 0.0, 1.0);
                overall.priority = overall.severity * *overall.gap;
            }
        }
        card.results.push_back(overall);

        // Breakdowns, with complementary suppression across each breakdown's groups.
        for (std::size_t b = 0; b < ind.breakdowns.size(); ++b) {
            std::vector<IndicatorResult> rows;
            std::vector<qint64> counts;
            // Groups in the order of their labels, in the report's language.
            std::vector<std::pair<QString, const Cell*>> groups;
            for (const auto& [code, cell] : pool.breakdowns[b])
                groups.emplace_back(groupLabel(in, ind.breakdowns[b], code, options.language), &cell);
            std::stable_sort(groups.begin(), groups.end(),
                             [](const auto& x, const auto& y) { return x.first < y.first; });
            for (const auto& [label, cell] : groups) {
                IndicatorResult r = overall;
                r.breakdown = in.nodes[at(ind.breakdowns[b])].name;
                r.group = label;
                r.alpha.reset();
                r.borich.clear();
                r.gap.reset();
                r.priority = 0;
                estimate(*cell, r);
                counts.push_back(r.estimate.n);
                rows.push_back(std::move(r));
            }
            if (auto plan = stats::planSuppression({counts}, threshold); plan && !counts.empty())
                for (std::size_t g = 0; g < rows.size(); ++g)
                    rows[g].suppressed = rows[g].suppressed || plan->suppressed(0, static_cast<int>(g));
            card.results.insert(card.results.end(), rows.begin(), rows.end());
        }
    }
    return card;
}

Result<Recommendations> recommend(const Scorecard& card, const QString& language)
{
    QFile rulesFile(QStringLiteral(":/baseline/services/rules.json"));
    QFile menuFile(QStringLiteral(":/baseline/services/menu.json"));
    if (!rulesFile.open(QIODevice::ReadOnly) || !menuFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("the services rules are missing from this build"));
    const QJsonArray rules =
        QJsonDocument::fromJson(rulesFile.readAll()).object().value(QStringLiteral("rules")).toArray();
    QHash<QString, QPair<QString, QString>> services; // id → (title, cluster)
    for (const auto& c :
         QJsonDocument::fromJson(menuFile.readAll()).object().value(QStringLiteral("clusters")).toArray())
        for (const auto& s : c.toObject().value(QStringLiteral("services")).toArray()) {
            const QJsonObject o = s.toObject();
            const QJsonObject shortTitle = o.value(QStringLiteral("short")).toObject();
            services.insert(o.value(QStringLiteral("id")).toString(),
                            {shortTitle.value(language).toString(shortTitle.value(QStringLiteral("en")).toString()),
                             c.toObject().value(QStringLiteral("id")).toString()});
        }
    Recommendations out;
    QHash<QString, Recommendation> byService;
    for (const auto& rv : rules) {
        const QJsonObject rule = rv.toObject();
        const QString indicator = rule.value(QStringLiteral("indicator")).toString();
        const IndicatorResult* result = nullptr;
        for (const IndicatorResult& r : card.results)
            if (r.breakdown.isEmpty() && r.instrumentId + QLatin1Char('/') + r.indicatorId == indicator)
                result = &r;
        if (!result || !result->estimate.value)
            continue;
        if (result->suppressed || !result->reliability.drivesRecommendation()) {
            out.tooUncertain << QStringLiteral("%1 (%2)").arg(result->label,
                                                              rule.value(QStringLiteral("id")).toString());
            continue;
        }
        const QJsonObject when = rule.value(QStringLiteral("when")).toObject();
        const double v = *result->estimate.value;
        bool fires = false;
        if (when.contains(QStringLiteral("below")))
            fires = v < when.value(QStringLiteral("below")).toDouble();
        else if (when.contains(QStringLiteral("above")))
            fires = v > when.value(QStringLiteral("above")).toDouble();
        else if (when.contains(QStringLiteral("gap_at_least")))
            fires = result->gap && *result->gap >= when.value(QStringLiteral("gap_at_least")).toDouble();
        if (!fires)
            continue;
        const QJsonObject rationale = rule.value(QStringLiteral("rationale")).toObject();
        const double priority = result->priority > 0 ? result->priority : 0.5 * result->severity;
        for (const auto& s : rule.value(QStringLiteral("services")).toArray()) {
            const QString id = s.toString();
            Recommendation& rec = byService[id];
            rec.service = id;
            rec.serviceTitle = services.value(id).first;
            rec.cluster = services.value(id).second;
            rec.priority = std::max(rec.priority, priority);
            rec.evidence.append({rule.value(QStringLiteral("id")).toString(),
                                 rationale.value(language).toString(rationale.value(QStringLiteral("en")).toString()),
                                 result});
        }
    }
    out.services = byService.values();
    std::sort(out.services.begin(), out.services.end(), [](const Recommendation& a, const Recommendation& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.service < b.service;
    });
    return out;
}

Result<Comparison> compare(Repository& repository, const QString& fromAssessmentId, const QString& toAssessmentId,
                           const Options& options)
{
    auto assessments = repository.assessments();
    if (!assessments)
        return assessments.error();
    Comparison c;
    for (const Assessment& a : *assessments) {
        if (a.id == fromAssessmentId)
            c.fromTitle = a.title;
        if (a.id == toAssessmentId)
            c.toTitle = a.title;
    }
    if (c.fromTitle.isEmpty() || c.toTitle.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no assessment with id %1").arg(c.fromTitle.isEmpty() ? fromAssessmentId : toAssessmentId));
    auto interviews = repository.interviews();
    if (!interviews)
        return interviews.error();
    QStringList fromIds, toIds;
    for (const Interview& i : *interviews) {
        if (i.assessmentId == fromAssessmentId)
            fromIds << i.id;
        if (i.assessmentId == toAssessmentId)
            toIds << i.id;
    }
    auto from = score(repository, fromIds, options);
    if (!from)
        return from.error();
    auto to = score(repository, toIds, options);
    if (!to)
        return to.error();
    c.fromInterviews = from->interviews;
    c.toInterviews = to->interviews;
    std::map<QString, ComparisonRow> rows;
    const auto add = [&](const Scorecard& card, bool isFrom) {
        for (const IndicatorResult& r : card.results) {
            if (!r.breakdown.isEmpty())
                continue;
            ComparisonRow& row = rows[r.instrumentId + QLatin1Char('/') + r.indicatorId];
            row.instrumentId = r.instrumentId;
            row.indicatorId = r.indicatorId;
            row.label = r.label;
            row.type = r.type;
            (isFrom ? row.from : row.to) = r;
        }
    };
    add(*from, true);
    add(*to, false);
    for (auto& [key, row] : rows) {
        row.inBoth = row.from && row.to;
        row.suppressed = (row.from && row.from->suppressed) || (row.to && row.to->suppressed);
        row.unreliable = (row.from && row.from->reliability.level == stats::ReliabilityLevel::Unreliable)
            || (row.to && row.to->reliability.level == stats::ReliabilityLevel::Unreliable);
        if (row.suppressed) {
            // Nothing of a suppressed cell may leave the engine, nor a change that would reveal it.
            if (row.from && row.from->suppressed)
                row.from.reset();
            if (row.to && row.to->suppressed)
                row.to.reset();
            continue;
        }
        if (row.from && row.to && row.from->estimate.value && row.to->estimate.value
            && row.type != QLatin1String("borich"))
            if (auto ch = stats::change(row.from->estimate, row.to->estimate))
                row.change = *ch;
        c.rows.push_back(std::move(row));
    }
    // Suppressed rows stay listed (without numbers) so the reader sees what could not be compared.
    for (auto& [key, row] : rows)
        if (row.suppressed)
            c.rows.push_back(row);
    return c;
}

QByteArray comparisonCsv(const Comparison& c)
{
    const auto num = [](const std::optional<double>& v) { return v ? QString::number(*v, 'f', 3) : QString(); };
    const auto field = [](QString s) {
        if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')))
            s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return s;
    };
    QString out = QStringLiteral("instrument,indicator,label,type,from_n,from_estimate,to_n,to_estimate,change,"
                                 "change_lower,change_upper,distinguishable,flag\n");
    for (const ComparisonRow& r : c.rows) {
        QStringList f{r.instrumentId,
                      r.indicatorId,
                      field(r.label),
                      r.type,
                      r.from ? QString::number(r.from->estimate.n) : QString(),
                      r.from ? num(r.from->estimate.value) : QString(),
                      r.to ? QString::number(r.to->estimate.n) : QString(),
                      r.to ? num(r.to->estimate.value) : QString(),
                      r.change ? num(r.change->value) : QString(),
                      r.change && r.change->ci ? num(r.change->ci->lower) : QString(),
                      r.change && r.change->ci ? num(r.change->ci->upper) : QString(),
                      r.change && !r.unreliable && r.change->distinguishable() ? QStringLiteral("yes")
                                                                               : QStringLiteral("no"),
                      r.suppressed       ? QStringLiteral("suppressed in one assessment")
                          : r.unreliable ? QStringLiteral("unreliable in one assessment")
                                         : QString()};
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace baseline::scoring
