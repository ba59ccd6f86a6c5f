// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring from stored interviews: units and estimates against numbers worked out by hand, disclosure control in
// every output, gaps, and the demo workspace's report end to end.
#include "testsupport.h"

#include "interview/script.h"
#include "interview/session.h"
#include "scoring/demo.h"
#include "scoring/report.h"
#include "store/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace baseline;
using namespace baseline::test;

namespace {

const QString DataDir = QStringLiteral(BASELINE_SOURCE_DIR "/tests/data");

/** One finalized interview of the indicators example with the given answers. */
QString interview(Repository& repo, const std::shared_ptr<const Instrument>& in, const QString& agencyAssessment,
                  qint64 n, const QString& region, const QString& opinion, const QList<qint64>& ages)
{
    auto s = InterviewSession::start(repo, in, agencyAssessment);
    REQUIRE(s.ok());
    InterviewSession& session = **s;
    const auto set = [&](const QString& path, const QJsonValue& value) {
        auto r =
            script::applyStep(session, QJsonObject{{QStringLiteral("set"), path}, {QStringLiteral("value"), value}});
        INFO(path.toStdString() << ": " << r.message().toStdString());
        REQUIRE(r.ok());
    };
    set(QStringLiteral("n"), n);
    set(QStringLiteral("t"), QStringLiteral("x"));
    set(QStringLiteral("region"), region);
    set(QStringLiteral("opinion"), opinion);
    for (int i = 0; i < ages.size(); ++i)
        set(QStringLiteral("members[%1]/member_age").arg(i + 1), ages[i]);
    REQUIRE(session.finalize().ok());
    return session.id();
}

} // namespace

TEST_CASE("estimates, gaps and suppression from stored interviews", "[scoring]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto in =
        InterviewSession::install(repo, readFile(DataDir + QStringLiteral("/instruments/indicators-example.json")),
                                  QStringLiteral("indicators-example.json"));
    REQUIRE(in.ok());
    auto agency = repo.addAgency(Agency{{}, QStringLiteral("Test Station"), AgencyKind::Station, {}, {}});
    REQUIRE(agency.ok());
    Assessment a;
    a.agencyId = *agency;
    a.title = QStringLiteral("Test");
    a.periodStart = QDate(2026, 1, 1);
    a.periodEnd = QDate(2026, 2, 1);
    auto assessment = repo.addAssessment(a);
    REQUIRE(assessment.ok());

    // 40 interviews: 30 agree (a3), 10 neutral (a2); 37 in the north, 3 in the south (a small group).
    // Each has n = 2 members aged 30 and 50, and "n" as its event count.
    QStringList agree, neutral;
    for (int i = 0; i < 40; ++i)
        (i < 30 ? agree : neutral) << interview(repo, *in, *assessment, 2,
                                                i < 37 ? QStringLiteral("north") : QStringLiteral("south"),
                                                i < 30 ? QStringLiteral("a3") : QStringLiteral("a2"), {30, 50});
    // One still in progress: it must not count.
    auto open = InterviewSession::start(repo, *in, *assessment);
    REQUIRE(open.ok());

    auto ids = scoring::agencyInterviews(repo, *agency);
    REQUIRE(ids.ok());
    CHECK(ids->size() == 41);
    auto card = scoring::score(repo, *ids);
    REQUIRE(card.ok());
    CHECK(card->interviews == 40);
    const auto find = [&](const QString& id, const QString& group = {}) -> const scoring::IndicatorResult& {
        for (const auto& r : card->results)
            if (r.indicatorId == id && r.group == group)
                return r;
        FAIL("no result " << id.toStdString() << " " << group.toStdString());
        return card->results.front();
    };

    // Proportion: 30/40 = 75 %, Wilson interval, above the target of 60: no gap.
    const auto& top = find(QStringLiteral("opinion_top"));
    REQUIRE(top.estimate.value);
    CHECK(*top.estimate.value == Catch::Approx(75.0));
    auto wilson = stats::proportion(30, 40);
    REQUIRE(wilson.ok());
    CHECK(top.estimate.ci->lower == Catch::Approx(wilson->ci->lower * 100));
    CHECK(top.estimate.ci->upper == Catch::Approx(wilson->ci->upper * 100));
    CHECK(top.estimate.n == 40);
    CHECK_FALSE(top.suppressed);
    REQUIRE(top.gap);
    CHECK(*top.gap == 0);

    // Breakdown by region: the south's 3 respondents are below the threshold of 5, and the north is suppressed too,
    // because with the total known it would give the south away.
    const auto& south = find(QStringLiteral("opinion_top"), QStringLiteral("South"));
    const auto& north = find(QStringLiteral("opinion_top"), QStringLiteral("North"));
    CHECK(south.suppressed);
    CHECK(north.estimate.n == 37);
    CHECK(north.suppressed);

    // Mean over the members roster (unit = instance): ages 30 and 50 → 40, rescaled 0–120 → 33.3.
    const auto& age = find(QStringLiteral("mean_age"));
    REQUIRE(age.estimate.value);
    CHECK(age.estimate.n == 80);
    CHECK(*age.estimate.value == Catch::Approx(40.0 / 120.0 * 100.0));

    // Rate: 2 events per interview, capped at 10 → 2,000 per 1,000.
    const auto& events = find(QStringLiteral("events"));
    REQUIRE(events.estimate.value);
    CHECK(*events.estimate.value == Catch::Approx(2000.0));

    // Nothing suppressed leaks into the CSV or the HTML.
    scoring::ReportModel model;
    model.agencyName = QStringLiteral("Test Station");
    model.card = *card;
    const QString csv = QString::fromUtf8(scoring::renderCsv(model));
    for (const QString& line : csv.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral(",region,")) && line.contains(QStringLiteral("suppressed")))
            CHECK(line.contains(QStringLiteral(",,,,,")));
    const QString html = QString::fromUtf8(scoring::renderHtml(model));
    CHECK(html.contains(QStringLiteral("suppressed: fewer respondents")));
    CHECK_FALSE(html.contains(QStringLiteral(">37<")));

    // Design weights from the assessment: each neutral respondent stands for 3 people, each who agrees for 1, so
    // 30 of 60 weighted agree (50 %), with the Korn–Graubard interval on Kish's n_eff = 60² / (30 + 10·9) = 30.
    QHash<QString, double> weights;
    for (const QString& id : std::as_const(agree))
        weights.insert(id, 1.0);
    for (const QString& id : std::as_const(neutral))
        weights.insert(id, 3.0);
    REQUIRE(repo.setInterviewWeights(*assessment, weights).ok());
    auto weighted = scoring::score(repo, *ids);
    REQUIRE(weighted.ok());
    CHECK(weighted->weightedInterviews == 40);
    const scoring::IndicatorResult* w = nullptr;
    for (const auto& r : weighted->results)
        if (r.indicatorId == QLatin1String("opinion_top") && r.breakdown.isEmpty())
            w = &r;
    REQUIRE(w);
    REQUIRE(w->estimate.value);
    CHECK(*w->estimate.value == Catch::Approx(50.0));
    CHECK(w->estimate.nEffective == Catch::Approx(30.0));
    CHECK(w->estimate.n == 40);
    std::vector<double> ys(30, 1.0), ws(30, 1.0);
    ys.insert(ys.end(), 10, 0.0);
    ws.insert(ws.end(), 10, 3.0);
    auto kg = stats::weightedProportion(ys, ws);
    REQUIRE(kg.ok());
    CHECK(w->estimate.ci->lower == Catch::Approx(kg->ci->lower * 100));
    CHECK(w->estimate.ci->upper == Catch::Approx(kg->ci->upper * 100));
    // n_eff 30 is at the edge: the estimate is no longer "reliable", only usable with caution.
    CHECK(w->reliability.level != stats::ReliabilityLevel::Reliable);

    // Bad weights are refused whole, naming what is wrong; an empty set removes them.
    CHECK(repo.setInterviewWeights(*assessment, {{agree.first(), 0.0}}).message().contains(agree.first()));
    CHECK(repo.setInterviewWeights(*assessment, {{QStringLiteral("nope"), 1.0}})
              .message()
              .contains(QStringLiteral("not in assessment")));
    CHECK(repo.interviewWeight(neutral.first()).value() == std::optional<double>(3.0));
    REQUIRE(repo.setInterviewWeights(*assessment, {}).ok());
    CHECK_FALSE(repo.interviewWeight(neutral.first()).value());
    CHECK(scoring::score(repo, *ids)->weightedInterviews == 0);
}

TEST_CASE("cached units are used only while they match the answers, and damage is recomputed", "[scoring]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto summary = demo::build(repo, 3, 6, QDate(2026, 6, 30));
    REQUIRE(summary.ok());
    Connection& db = tw.ws->db();
    const auto csvNow = [&] {
        auto model = scoring::buildReport(repo, summary->nationalAgencyId);
        REQUIRE(model.ok());
        return scoring::renderCsv(*model);
    };
    REQUIRE(db.scalarInt(QStringLiteral("SELECT count(*) FROM interview_units")).value() == 0);
    const QByteArray fresh = csvNow(); // from the answer logs; writes the cache
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM interview_units")).value() == summary->finalized);
    CHECK(csvNow() == fresh); // from the cache

    // Damaged rows (truncated, garbage, another encoding, another instrument file) are recomputed, not trusted.
    REQUIRE(db.exec(QStringLiteral("UPDATE interview_units SET units = substr(units, 1, length(units) / 2) "
                                   "WHERE unicode(interview_id) % 4 = 0"))
                .ok());
    REQUIRE(
        db.exec(QStringLiteral("UPDATE interview_units SET units = randomblob(64) WHERE unicode(interview_id) % 4 = 1"))
            .ok());
    REQUIRE(
        db.exec(QStringLiteral("UPDATE interview_units SET format = 999 WHERE unicode(interview_id) % 4 = 2")).ok());
    REQUIRE(db.exec(QStringLiteral(
                        "UPDATE interview_units SET instrument_sha256 = 'x' WHERE unicode(interview_id) % 4 = 3"))
                .ok());
    CHECK(csvNow() == fresh);
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM interview_units WHERE format = 999 OR length(units) = 64 "
                                      "OR instrument_sha256 = 'x'"))
              .value()
          == 0);

    // A new answer by any path (here a refusal appended to one interview's log in plain SQL) deletes the interview's
    // row; the next scoring works its units out again from the answers.
    const QString id = db.scalarText(QStringLiteral("SELECT interview_id FROM interview_units LIMIT 1")).value();
    const auto rows = [&] {
        return db.scalarInt(QStringLiteral("SELECT count(*) FROM interview_units WHERE interview_id = '%1'").arg(id))
            .value();
    };
    REQUIRE(db.exec(QStringLiteral("INSERT INTO answer_event (interview_id, rev, item_path, state, at, actor) SELECT "
                                   "interview_id, (SELECT max(rev) + 1 FROM answer_event WHERE interview_id = '%1'), "
                                   "item_path, 'refused', at, actor FROM answer_event WHERE interview_id = '%1' AND "
                                   "state = 'value' ORDER BY rev DESC LIMIT 1")
                        .arg(id))
                .ok());
    CHECK(rows() == 0);
    (void)csvNow();
    CHECK(rows() == 1);
}

TEST_CASE("the demo workspace scores and reports end to end", "[scoring]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto summary = demo::build(repo, 7, 12);
    REQUIRE(summary.ok());
    CHECK(summary->agencies == 7);
    CHECK(summary->finalized > summary->interviews / 2);
    auto model = scoring::buildReport(repo, summary->nationalAgencyId);
    REQUIRE(model.ok());
    CHECK(model->card.interviews == summary->finalized);
    // Sensitive instruments use the stricter threshold; every suppressed result has no number in the CSV.
    const QStringList lines = QString::fromUtf8(scoring::renderCsv(*model)).split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 10);
    for (const QString& line : lines)
        if (line.endsWith(QStringLiteral("disclosure threshold)")))
            CHECK(line.contains(QStringLiteral(",,,,,")));
    const QString html = QString::fromUtf8(scoring::renderHtml(*model));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("Recommended services")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    // Never free text: the demo's text answers are place words; none may appear in the report.
    CHECK_FALSE(html.contains(QStringLiteral("near the market")));
    // In a language the instruments have, indicator and group labels are theirs; the numbers are the same.
    auto fr = scoring::buildReport(repo, summary->nationalAgencyId, {}, QStringLiteral("fr"));
    REQUIRE(fr.ok());
    REQUIRE(fr->card.results.size() == model->card.results.size());
    QString version;
    for (const auto& i : repo.instruments().value())
        if (i.id == QLatin1String("victimization-survey"))
            version = i.version;
    auto victimization = InterviewSession::installedInstrument(repo, QStringLiteral("victimization-survey"), version);
    REQUIRE(victimization.ok());
    const Instrument& vs = **victimization;
    int translatedLabels = 0, translatedGroups = 0;
    for (std::size_t i = 0; i < fr->card.results.size(); ++i) {
        const auto& f = fr->card.results[i];
        if (f.instrumentId != vs.id)
            continue;
        const Indicator* ind = nullptr;
        for (const Indicator& x : vs.indicators)
            ind = x.id == f.indicatorId ? &x : ind;
        REQUIRE(ind);
        CHECK(f.label == vs.text(ind->json.value(QStringLiteral("label")), QStringLiteral("fr")));
        translatedLabels += f.label != vs.text(ind->json.value(QStringLiteral("label"))) ? 1 : 0;
        if (f.breakdown.isEmpty())
            continue;
        const int node = vs.byName.value(f.breakdown, -1);
        REQUIRE(node >= 0);
        const int list = vs.compiled[std::size_t(node)].list;
        if (list < 0 || vs.lists[std::size_t(list)].id == QLatin1String("yes_no"))
            continue;
        bool known = false;
        for (const Choice& c : vs.lists[std::size_t(list)].choices)
            known = known || vs.text(c.label, QStringLiteral("fr")) == f.group;
        CHECK(known);
        translatedGroups += known ? 1 : 0;
    }
    CHECK(translatedLabels > 5);
    CHECK(translatedGroups > 3);
    // The report's own words too (translations/, context "Report"), without touching the process's language.
    const QString frHtml = QString::fromUtf8(scoring::renderHtml(*fr));
    CHECK(frHtml.contains(QStringLiteral("<h2>Méthode</h2>")));
    CHECK(frHtml.contains(QStringLiteral("<h2>Services recommandés</h2>")));
    CHECK_FALSE(frHtml.contains(QStringLiteral("<h2>Method</h2>")));
    CHECK(QCoreApplication::translate("Report", "Method") == QStringLiteral("Method"));
    CHECK(html.contains(QStringLiteral("<h2>Method</h2>")));
    // The reasons behind a flag as well: worded as in the CSV in English, in French in the French report.
    int flagged = 0;
    for (const auto& r : model->card.results)
        if (!r.suppressed && r.breakdown.isEmpty() && r.reliability.level == stats::ReliabilityLevel::Caution) {
            ++flagged;
            CHECK(html.contains(r.reliability.reason.toHtmlEscaped()));
        }
    CHECK(flagged > 0);
    for (const char* english : {"sample size", "percentage points wide", "relative standard error"})
        CHECK_FALSE(frHtml.contains(QString::fromUtf8(english)));
    CHECK(
        (frHtml.contains(QStringLiteral("inférieure à")) || frHtml.contains(QStringLiteral("points de pourcentage"))));

    // The recommended services and the reasons behind them in the report's language: the same services, ranked the
    // same, each title and rationale as the catalogue and the rules give them in Arabic.
    QFile menuFile(QStringLiteral(":/baseline/services/menu.json"));
    QFile rulesFile(QStringLiteral(":/baseline/services/rules.json"));
    REQUIRE(menuFile.open(QIODevice::ReadOnly));
    REQUIRE(rulesFile.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> titles, rationales;
    for (const auto& c :
         QJsonDocument::fromJson(menuFile.readAll()).object().value(QStringLiteral("clusters")).toArray())
        for (const auto& s : c.toObject().value(QStringLiteral("services")).toArray())
            titles.insert(s.toObject().value(QStringLiteral("id")).toString(),
                          s.toObject().value(QStringLiteral("short")).toObject());
    for (const auto& r : QJsonDocument::fromJson(rulesFile.readAll()).object().value(QStringLiteral("rules")).toArray())
        rationales.insert(r.toObject().value(QStringLiteral("id")).toString(),
                          r.toObject().value(QStringLiteral("rationale")).toObject());
    auto ar = scoring::buildReport(repo, summary->nationalAgencyId, {}, QStringLiteral("ar"));
    REQUIRE(ar.ok());
    const auto& enServices = model->recommendations.services;
    const auto& arServices = ar->recommendations.services;
    REQUIRE_FALSE(enServices.isEmpty());
    REQUIRE(arServices.size() == enServices.size());
    for (qsizetype i = 0; i < arServices.size(); ++i) {
        INFO(arServices[i].service.toStdString());
        CHECK(arServices[i].service == enServices[i].service);
        CHECK(arServices[i].serviceTitle == titles.value(arServices[i].service).value(QStringLiteral("ar")).toString());
        CHECK(arServices[i].serviceTitle != enServices[i].serviceTitle);
        REQUIRE(arServices[i].evidence.size() == enServices[i].evidence.size());
        for (qsizetype e = 0; e < arServices[i].evidence.size(); ++e) {
            const auto& ev = arServices[i].evidence[e];
            CHECK(ev.rationale == rationales.value(ev.rule).value(QStringLiteral("ar")).toString());
            CHECK(ev.rationale != enServices[i].evidence[e].rationale);
        }
    }
    const QString arHtml = QString::fromUtf8(scoring::renderHtml(*ar));
    CHECK(arHtml.contains(arServices.first().serviceTitle.toHtmlEscaped()));
}

TEST_CASE("two assessments compared: the change and its interval, suppression and reliability carried over",
          "[scoring]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto summary = demo::build(repo, 11, 30, QDate(2026, 6, 30), true);
    REQUIRE(summary.ok());
    auto assessments = repo.assessments();
    REQUIRE(assessments.ok());
    REQUIRE(summary->followUps.size() == 4); // a follow-up wave per station
    // A station's baseline and its follow-up: the same agency, two waves.
    const QString a = summary->followUps.cbegin().key();
    const QString b = summary->followUps.cbegin().value();
    auto c = scoring::compare(repo, a, b);
    REQUIRE(c.ok());
    CHECK(c->fromInterviews > 0);
    CHECK(c->toInterviews > 0);
    REQUIRE_FALSE(c->rows.empty());
    int changes = 0;
    for (const auto& row : c->rows) {
        INFO(row.instrumentId.toStdString() << "/" << row.indicatorId.toStdString());
        if (row.suppressed) {
            // Nothing of a suppressed estimate, and no change that would reveal it.
            CHECK_FALSE(row.change);
            CHECK((!row.from || !row.from->suppressed));
            CHECK((!row.to || !row.to->suppressed));
            continue;
        }
        if (!row.change)
            continue;
        ++changes;
        CHECK(row.change->value == *row.to->estimate.value - *row.from->estimate.value);
        if (row.change->ci) {
            CHECK(row.change->ci->lower <= row.change->value);
            CHECK(row.change->ci->upper >= row.change->value);
        }
    }
    CHECK(changes > 5);
    // Against itself: every change is zero and none is distinguishable.
    auto self = scoring::compare(repo, a, a);
    REQUIRE(self.ok());
    for (const auto& row : self->rows)
        if (row.change) {
            CHECK(row.change->value == 0);
            CHECK_FALSE(row.change->distinguishable());
        }
    const QByteArray csv = scoring::comparisonCsv(*c);
    CHECK(csv.startsWith("instrument,indicator,label,type,from_n"));
    CHECK(csv.count('\n') == qsizetype(c->rows.size()) + 1);
    CHECK_FALSE(scoring::compare(repo, a, QStringLiteral("nope")).ok());

    // In the agency's report: a section with both titles, a line per indicator, and no number where either
    // assessment suppressed it.
    auto model = scoring::buildReport(repo, summary->nationalAgencyId);
    REQUIRE(model.ok());
    REQUIRE(scoring::attachComparison(repo, summary->nationalAgencyId, *model, a, b).ok());
    const QString html = QString::fromUtf8(scoring::renderHtml(*model));
    const QString section = html.section(QStringLiteral("<h2>Change: "), 1).section(QStringLiteral("<h2>"), 0, 0);
    REQUIRE_FALSE(section.isEmpty());
    CHECK(section.contains(QStringLiteral("Baseline assessment 2026 → Follow-up assessment 2026")));
    const auto inBoth = std::count_if(c->rows.begin(), c->rows.end(), [](const auto& r) { return r.inBoth; });
    CHECK(inBoth > 5);
    CHECK(section.count(QStringLiteral("<tr>")) == qsizetype(inBoth) + 1);
    for (const QString& line : section.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral("suppressed in one assessment"))) {
            CHECK(line.count(QStringLiteral("<td class='num'>–</td>")) == 2);
            CHECK(line.contains(QStringLiteral("<td class='num'></td>")));
        }
    CHECK(QString::fromUtf8(scoring::renderPrintHtml(*model)).contains(QStringLiteral("<h2>Change: ")));
    // Assessments of an agency outside this one's tree are refused, naming them.
    auto agencies = repo.agencies();
    REQUIRE(agencies.ok());
    QString station, otherAssessment;
    for (const Agency& ag : *agencies)
        if (ag.kind == AgencyKind::Station && station.isEmpty())
            station = ag.id;
    for (const Assessment& x : *assessments)
        if (x.agencyId != station && otherAssessment.isEmpty())
            otherAssessment = x.id;
    auto stationModel = scoring::buildReport(repo, station);
    REQUIRE(stationModel.ok());
    auto refused = scoring::attachComparison(repo, station, *stationModel, otherAssessment, otherAssessment);
    CHECK(refused.message().contains(otherAssessment));
}

TEST_CASE("a target set for an assessment overrides the instrument's, and only where all assessments agree",
          "[scoring]")
{
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto summary = demo::build(repo, 5, 12);
    REQUIRE(summary.ok());
    const QString key = QStringLiteral("victimization-survey/feel_safe_dark");
    const auto targetOf = [&](const scoring::ReportModel& m) -> std::optional<double> {
        for (const auto& r : m.card.results)
            if (r.instrumentId + QLatin1Char('/') + r.indicatorId == key && r.breakdown.isEmpty())
                return r.target;
        return std::nullopt;
    };
    auto before = scoring::buildReport(repo, summary->nationalAgencyId);
    REQUIRE(before.ok());
    const auto instrumentTarget = targetOf(*before);
    REQUIRE(instrumentTarget);
    auto assessments = repo.assessments();
    REQUIRE(assessments.ok());
    // On one assessment only: the agency's report mixes assessments, so the instrument's target holds.
    REQUIRE(repo.setAssessmentTarget(assessments->first().id, key, 85.0).ok());
    CHECK(targetOf(*scoring::buildReport(repo, summary->nationalAgencyId)) == instrumentTarget);
    // On every one: it holds for the whole agency, and the gap follows.
    for (const auto& a : *assessments)
        REQUIRE(repo.setAssessmentTarget(a.id, key, 85.0).ok());
    auto after = scoring::buildReport(repo, summary->nationalAgencyId);
    REQUIRE(after.ok());
    CHECK(targetOf(*after) == std::optional<double>(85.0));
    // Removing it brings the instrument's back.
    for (const auto& a : *assessments)
        REQUIRE(repo.setAssessmentTarget(a.id, key, std::nullopt).ok());
    CHECK(targetOf(*scoring::buildReport(repo, summary->nationalAgencyId)) == instrumentTarget);
}

TEST_CASE("golden report: a fixed workspace gives the same estimates and recommendations", "[scoring][golden]")
{
    // The demo service for seed 2026 with 30 interviews per station, answered through the interview session, scored
    // for the national agency. Every estimate, interval, flag and gap (the CSV) and every recommended service with the
    // rules behind it must match tests/data/golden-report/. After a deliberate change to scoring, an instrument or the
    // rules, rewrite them with BASELINE_UPDATE_GOLDEN=1 (the test then fails once, so a rewrite is never a pass) and
    // review the diff before committing it.
    TempWorkspace tw;
    Repository repo(*tw.ws);
    auto summary = demo::build(repo, 2026, 30, QDate(2026, 6, 30));
    REQUIRE(summary.ok());
    auto model = scoring::buildReport(repo, summary->nationalAgencyId);
    REQUIRE(model.ok());
    const QByteArray csv = scoring::renderCsv(*model);
    // The second report reads the units cached by the first: the same numbers.
    auto again = scoring::buildReport(repo, summary->nationalAgencyId);
    REQUIRE(again.ok());
    CHECK(scoring::renderCsv(*again) == csv);
    QString recs;
    for (const auto& s : model->recommendations.services) {
        recs += QStringLiteral("%1\t%2\t%3\n").arg(s.service, s.cluster, QString::number(s.priority, 'f', 3));
        for (const auto& e : s.evidence)
            recs += QStringLiteral("\t%1\t%2/%3\t%4\n")
                        .arg(e.rule, e.result->instrumentId, e.result->indicatorId,
                             QString::number(*e.result->estimate.value, 'f', 3));
    }
    for (const QString& u : model->recommendations.tooUncertain)
        recs += QStringLiteral("too uncertain\t%1\n").arg(u);

    const QString dir = DataDir + QStringLiteral("/golden-report/");
    const bool update = qEnvironmentVariableIsSet("BASELINE_UPDATE_GOLDEN");
    const auto expected = [&](const QString& name, const QByteArray& actual) {
        QFile f(dir + name);
        if (update) {
            REQUIRE(QDir().mkpath(dir));
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(actual);
            return actual;
        }
        INFO("golden file " << (dir + name).toStdString());
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    const QStringList want = QString::fromUtf8(expected(QStringLiteral("estimates.csv"), csv)).split(QLatin1Char('\n'));
    const QStringList got = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    // Line by line, so a failure names the estimate that moved.
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        INFO("estimates.csv line " << i + 1);
        CHECK(got.value(i).toStdString() == want.value(i).toStdString());
    }
    CHECK(recs.toStdString() == expected(QStringLiteral("recommendations.tsv"), recs.toUtf8()).toStdString());
    CHECK(model->card.interviews == summary->finalized);
    CHECK(model->recommendations.services.size() > 3);
    if (update)
        FAIL("rewrote the golden files in " << dir.toStdString()
                                            << ": review the diff, then run without BASELINE_UPDATE_GOLDEN");
}
