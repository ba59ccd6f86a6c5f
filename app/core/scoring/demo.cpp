// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "interview/session.h"

#include <QRandomGenerator>

#include <cmath>

namespace baseline::demo {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

const char* const Words[] = {"near the market", "main road",     "bus station", "river path",
                             "school gate",     "health centre", "old quarter", "sports ground"};

/** Answers one interview at random within the instrument's rules; `tilt` (0–1) leans choices towards the start
 *  (1) or the end (0) of their lists, so stations differ. Returns whether it could be finalized. */
bool answerAtRandom(InterviewSession& s, QRandomGenerator& rng, double tilt, QDate today)
{
    const InterviewState& st = s.state();
    const Instrument& in = s.instrument();
    QSet<QString> skipped;
    QSet<QString> rostersSeen;
    for (int guard = 0; guard < 4000; ++guard) {
        ItemRef next{-1, 0};
        for (const ItemRef& r : st.allItems()) {
            const CompiledNode& c = in.compiled[at(r.node)];
            if (!st.relevant(r))
                continue;
            const QString key = st.storagePath(r);
            if (c.kind == CompiledNode::Kind::Repeat && c.fixedCount < 0 && !c.repeatCount
                && !rostersSeen.contains(key)) {
                rostersSeen.insert(key);
                const int n = static_cast<int>(rng.bounded(3));
                for (int k = 0; k < n; ++k)
                    (void)s.addInstance(r.node, r.instance);
                next = {-2, 0};
                break;
            }
            if (c.kind != CompiledNode::Kind::Answerable || st.stored(r) || skipped.contains(key))
                continue;
            next = r;
            break;
        }
        if (next.node == -2)
            continue;
        if (next.node < 0)
            break;
        const CompiledNode& c = in.compiled[at(next.node)];
        const QString& type = in.nodes[at(next.node)].type;
        const QString key = st.storagePath(next);
        if (!c.required && !c.requiredIf && rng.bounded(10) == 0) {
            skipped.insert(key);
            continue;
        }
        bool done = false;
        for (int attempt = 0; attempt < 6 && !done; ++attempt) {
            std::optional<Value> v;
            if (type == QLatin1String("integer") || type == QLatin1String("decimal")) {
                const double lo = c.min.value_or(0), hi = c.max.value_or(std::max(lo + 10, 20.0));
                const double span = std::min(hi - lo, 60.0);
                // Mostly small numbers, as in real answers (how many times, how many people).
                const double u = rng.generateDouble();
                const double x = lo + std::floor(u * u * u * (span + 1));
                if (type == QLatin1String("integer"))
                    v.emplace(static_cast<qint64>(x));
                else
                    v.emplace(x);
            } else if (type == QLatin1String("text")) {
                v.emplace(TextValue{QString::fromLatin1(Words[rng.bounded(8)])});
            } else if (type == QLatin1String("date")) {
                QDate d = today.addDays(-static_cast<qint64>(rng.bounded(300)));
                if (c.minDate.isValid() && d < c.minDate)
                    d = c.minDate;
                if (c.maxDate.isValid() && d > c.maxDate)
                    d = c.maxDate;
                v.emplace(d);
            } else if (c.list >= 0) {
                const ChoiceList& list = in.lists[at(c.list)];
                std::vector<int> offered;
                for (int k = 0; k < static_cast<int>(list.choices.size()); ++k)
                    if (st.choiceOffered(next, k))
                        offered.push_back(k);
                if (offered.empty())
                    break;
                // Lean towards one end of the list: a tilted station answers "very safe" or "yes" more often.
                const auto pick = [&] {
                    const double u = rng.generateDouble();
                    const double skewed =
                        tilt >= 0.5 ? std::pow(u, 1.0 + 2 * (tilt - 0.5)) : 1 - std::pow(1 - u, 1.0 + 2 * (0.5 - tilt));
                    return offered[std::min(offered.size() - 1,
                                            static_cast<std::size_t>(skewed * static_cast<double>(offered.size())))];
                };
                if (type == QLatin1String("select_multiple")) {
                    QStringList codes;
                    for (int k : offered)
                        if (rng.bounded(3) == 0)
                            codes << list.choices[at(k)].code;
                    if (codes.isEmpty())
                        codes << list.choices[at(pick())].code;
                    v.emplace(ChoicesValue{codes});
                } else {
                    v.emplace(ChoiceValue{list.choices[at(pick())].code});
                }
            } else {
                break; // geopoint, photo, file: left for a real assessor
            }
            if (!v || !s.setAnswer(next, AnswerState::Value, *v))
                continue;
            done = st.validation(next).ok();
        }
        if (!done) {
            if (c.allowDontKnow)
                (void)s.setAnswer(next, AnswerState::DontKnow);
            else if (c.allowRefused)
                (void)s.setAnswer(next, AnswerState::Refused);
            else
                (void)s.clearAnswer(next);
            skipped.insert(key);
        }
    }
    return s.blockers().empty();
}

/** Answers, and while something still blocks completion (a form per reported incident, say), adds an entry to
 *  each open roster and answers again; then finalizes. */
bool answerAndFinalize(InterviewSession& s, QRandomGenerator& rng, double tilt, QDate today)
{
    for (int round = 0; round < 4; ++round) {
        if (answerAtRandom(s, rng, tilt, today))
            return s.finalize().ok();
        const InterviewState& st = s.state();
        const Instrument& in = s.instrument();
        // Re-answer invalid items from scratch, and give every open-ended roster one more entry.
        for (const ItemRef& b : s.blockers())
            if (in.compiled[at(b.node)].kind == CompiledNode::Kind::Answerable && st.stored(b))
                (void)s.clearAnswer(b);
        for (const ItemRef& r : st.allItems()) {
            const CompiledNode& c = in.compiled[at(r.node)];
            if (c.kind == CompiledNode::Kind::Repeat && c.fixedCount < 0 && !c.repeatCount && st.relevant(r))
                (void)s.addInstance(r.node, r.instance);
        }
    }
    return false;
}

} // namespace

Result<Summary> build(Repository& repository, quint32 seed, int interviewsPerStation, QDate today, bool followUp)
{
    if (!today.isValid())
        today = QDate::currentDate();
    if (auto lib = InterviewSession::installLibrary(repository); !lib)
        return lib.error();
    auto installed = repository.instruments();
    if (!installed)
        return installed.error();
    const auto instrument = [&](const QString& id) -> std::shared_ptr<const Instrument> {
        QString version;
        for (const auto& i : *installed)
            if (i.id == id)
                version = i.version;
        if (version.isEmpty())
            return nullptr;
        auto in = InterviewSession::installedInstrument(repository, id, version);
        return in ? *in : nullptr;
    };

    Summary out;
    QRandomGenerator rng(seed);
    Agency national{{}, QStringLiteral("National Police Service (demo)"), AgencyKind::NationalService, {}, {}};
    auto nationalId = repository.addAgency(national);
    if (!nationalId)
        return nationalId.error();
    out.nationalAgencyId = *nationalId;
    ++out.agencies;
    struct Station {
        const char* region;
        const char* name;
        double tilt; ///< how favourable its public's answers lean
    };
    const Station stations[] = {{"North", "Hill Station", 0.75},
                                {"North", "River Station", 0.55},
                                {"South", "Coast Station", 0.35},
                                {"South", "Plain Station", 0.2}};
    QHash<QString, QString> regions;
    // Per station: how many interviews of each instrument (respondents for surveys, one for key-informant tools).
    const QList<QPair<QString, double>> plan{
        {QStringLiteral("victimization-survey"), 1.0},       {QStringLiteral("police-satisfaction-survey"), 1.0},
        {QStringLiteral("police-integrity-survey"), 0.5},    {QStringLiteral("skills-gap-analysis"), 0.4},
        {QStringLiteral("training-needs-assessment"), 0.4},  {QStringLiteral("policy-survey"), 0.0},
        {QStringLiteral("technical-needs-assessment"), 0.0}, {QStringLiteral("safety-audit"), 0.0}};
    for (const Station& station : stations) {
        const QString region = QString::fromLatin1(station.region);
        if (!regions.contains(region)) {
            auto id = repository.addAgency(Agency{
                {}, region + QStringLiteral(" Regional Command"), AgencyKind::RegionalCommand, region, *nationalId});
            if (!id)
                return id.error();
            regions.insert(region, *id);
            ++out.agencies;
        }
        auto stationId = repository.addAgency(
            Agency{{}, QString::fromLatin1(station.name), AgencyKind::Station, region, regions.value(region)});
        if (!stationId)
            return stationId.error();
        ++out.agencies;
        Assessment assessment;
        assessment.agencyId = *stationId;
        assessment.title = QStringLiteral("Baseline assessment 2026");
        assessment.periodStart = QDate(2026, 3, 1);
        assessment.periodEnd = QDate(2026, 6, 30);
        assessment.targetSample = interviewsPerStation;
        for (const auto& [id, share] : plan)
            if (instrument(id))
                assessment.instruments.append({id, instrument(id)->version});
        auto assessmentId = repository.addAssessment(assessment);
        if (!assessmentId)
            return assessmentId.error();
        ++out.assessments;
        for (const auto& [id, share] : plan) {
            auto in = instrument(id);
            if (!in)
                continue;
            const int n = share > 0 ? std::max(1, static_cast<int>(std::lround(share * interviewsPerStation))) : 1;
            for (int k = 0; k < n; ++k) {
                auto session = InterviewSession::start(repository, in, *assessmentId);
                if (!session)
                    return session.error();
                ++out.interviews;
                if (answerAndFinalize(**session, rng, station.tilt, today))
                    ++out.finalized;
            }
        }
        if (!followUp)
            continue;
        // The follow-up wave: the two public surveys again, six months on, after reforms that helped somewhat.
        Assessment second = assessment;
        second.title = QStringLiteral("Follow-up assessment 2026");
        second.periodStart = QDate(2026, 9, 1);
        second.periodEnd = QDate(2026, 11, 30);
        second.instruments.clear();
        for (const QString& id : {QStringLiteral("victimization-survey"), QStringLiteral("police-satisfaction-survey")})
            if (auto in = instrument(id))
                second.instruments.append({id, in->version});
        auto secondId = repository.addAssessment(second);
        if (!secondId)
            return secondId.error();
        ++out.assessments;
        out.followUps.insert(*assessmentId, *secondId);
        for (const auto& [id, version] : std::as_const(second.instruments)) {
            auto in = instrument(id);
            for (int k = 0; k < interviewsPerStation; ++k) {
                auto session = InterviewSession::start(repository, in, *secondId);
                if (!session)
                    return session.error();
                ++out.interviews;
                if (answerAndFinalize(**session, rng, std::min(1.0, station.tilt + 0.2), today))
                    ++out.finalized;
            }
        }
    }
    return out;
}

} // namespace baseline::demo
